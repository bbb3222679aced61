/**
 * A small validator for the JSON Schema subset in `config-schema.ts`. It reports the first problem
 * with the key path where it sits, so the caller can turn the path into a line and column.
 */
import type { Schema } from './config-schema.js';

export interface SchemaIssue {
  /** Keys from the document root to the offending value (or to the unknown key itself). */
  readonly path: readonly (string | number)[];
  /** True when the offending thing is a key (unknown key), not a value. */
  readonly atKey: boolean;
  readonly message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${String(v)}`;
}

function expected(s: Schema): string {
  if ('oneOf' in s) return s.oneOf.map(expected).join(', or ');
  switch (s.type) {
    case 'string':
      return s.enum ? s.enum.map((e) => JSON.stringify(e)).join(' or ') : 'a string';
    case 'integer':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return s.properties && s.required?.length ? `a mapping with ${s.required.join(', ')}` : 'a mapping';
    default: {
      const never: never = s;
      return never;
    }
  }
}

/** The first problem of `value` under `schema`, or null when it is valid. */
export function validate(schema: Schema, value: unknown, path: readonly (string | number)[] = []): SchemaIssue | null {
  const bad = (message: string): SchemaIssue => ({ path, atKey: false, message });
  if ('oneOf' in schema) {
    const issues = schema.oneOf.map((s) => validate(s, value, path));
    if (issues.some((i) => i === null)) return null;
    // The alternative of the same basic shape explains the problem best (e.g. a mapping with a bad key).
    const sameShape = schema.oneOf.findIndex((s) => 'type' in s && (s.type === 'object' ? isObj(value) : s.type === 'string' ? typeof value === 'string' : false));
    const specific = sameShape >= 0 ? issues[sameShape] : undefined;
    return specific ?? bad(`expected ${expected(schema)}, got ${describe(value)}`);
  }
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return bad(`expected ${expected(schema)}, got ${describe(value)}`);
      if (schema.enum && !schema.enum.includes(value)) return bad(`expected ${expected(schema)}, got ${describe(value)}`);
      if (schema.minLength !== undefined && value.length < schema.minLength) return bad('must not be empty');
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return bad(`${describe(value)} does not match ${schema.pattern}`);
      return null;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad(`expected ${expected(schema)}, got ${describe(value)}`);
      if (schema.minimum !== undefined && value < schema.minimum) return bad(`must be at least ${schema.minimum}, got ${value}`);
      if (schema.maximum !== undefined && value > schema.maximum) return bad(`must be at most ${schema.maximum}, got ${value}`);
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : bad(`expected ${expected(schema)}, got ${describe(value)}`);
    case 'array': {
      if (!Array.isArray(value)) return bad(`expected ${expected(schema)}, got ${describe(value)}`);
      for (let i = 0; i < value.length; i++) {
        const issue = validate(schema.items, value[i], [...path, i]);
        if (issue) return issue;
      }
      return null;
    }
    case 'object': {
      if (!isObj(value)) return bad(`expected ${expected(schema)}, got ${describe(value)}`);
      const props = schema.properties ?? {};
      for (const key of Object.keys(value)) {
        // Own properties only: a key named `constructor` or `toString` is a name like any other.
        const own = Object.prototype.hasOwnProperty.call(props, key) ? (props as Record<string, Schema>)[key] : undefined;
        const sub = own ?? (schema.additionalProperties === false ? undefined : schema.additionalProperties);
        if (!sub) {
          const known = Object.keys(props);
          return { path: [...path, key], atKey: true, message: `unknown key "${key}"${known.length ? ` (expected one of: ${known.join(', ')})` : ''}` };
        }
        const issue = validate(sub, value[key], [...path, key]);
        if (issue) return issue;
      }
      for (const key of schema.required ?? []) if (!Object.prototype.hasOwnProperty.call(value, key)) return bad(`missing required key "${key}"`);
      return null;
    }
    default: {
      const never: never = schema;
      return never;
    }
  }
}
