/**
 * The first problem a compiled JSON Schema validator found, as a key path and a short text. The
 * validators (./validators.generated.js) report ajv errors; this picks the one that explains the
 * problem best and words it, so config and rule files say the same thing for the same mistake.
 */
import type { SchemaError } from './validators.generated.js';

export interface SchemaIssue {
  /** Keys from the document root to the offending value (or to the unknown key itself). */
  readonly path: readonly (string | number)[];
  /** True when the offending thing is a key (unknown key), not a value. */
  readonly atKey: boolean;
  readonly message: string;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${String(v)}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = { string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping', null: 'nothing' };

/** A key as a JSON pointer gives it back: digits only (no leading zero) make an index. */
export function pointerSegment(key: string): string | number {
  return /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : key;
}

/** A JSON pointer (`/a/0/b~1c`) as keys, indices as numbers. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => pointerSegment(s.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/**
 * The error that explains a failure. ajv lists a union's branch errors before the union's own error.
 * A branch that got further into the value (errors deeper than the union) explains it best; else the
 * one branch whose basic shape fits (not a bare type mismatch); else the union as a whole.
 */
function explain(errors: readonly SchemaError[]): SchemaError {
  let last = errors[errors.length - 1]!;
  let rest = errors.slice(0, -1);
  while ((last.keyword === 'if' || last.keyword === 'allOf') && rest.length) {
    last = rest[rest.length - 1]!;
    rest = rest.slice(0, -1);
  }
  if (last.keyword !== 'oneOf' && last.keyword !== 'anyOf') return last;
  const at = last.instancePath;
  const deeper = rest.filter((e) => e.instancePath.startsWith(`${at}/`));
  if (deeper.length) return explain(deeper);
  const branches = new Map<string, SchemaError[]>();
  for (const e of rest) {
    if (!e.schemaPath.startsWith(`${last.schemaPath}/`)) continue;
    const branch = e.schemaPath.slice(last.schemaPath.length + 1).split('/')[0] ?? '';
    branches.set(branch, [...(branches.get(branch) ?? []), e]);
  }
  const fitting = [...branches.values()].filter((list) => !list.some((e) => e.keyword === 'type' && e.instancePath === at));
  if (fitting.length === 1) return explain(fitting[0]!);
  return last;
}

function orList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(' or ');
}

/** The first failure in a list of all errors: the first error that no later union (at or above its place) accounts for. */
function firstFailure(errors: readonly SchemaError[]): readonly SchemaError[] {
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!;
    const union = (u: SchemaError) => u.keyword === 'oneOf' || u.keyword === 'anyOf' || u.keyword === 'if';
    if (union(e) || !errors.slice(i + 1).some((u) => union(u) && (e.instancePath === u.instancePath || e.instancePath.startsWith(`${u.instancePath}/`)))) return errors.slice(0, i + 1);
  }
  return errors;
}

/**
 * The problem to report out of a failed validator's errors (all of them): a misspelt key first, as it
 * explains most other errors (a key that is not an operator of an assertion union: those are the
 * union's alternatives, not typos), else the first failure.
 */
export function schemaIssue(errors: readonly SchemaError[] | null | undefined): SchemaIssue {
  if (!errors || errors.length === 0) return { path: [], atKey: false, message: 'is not valid' };
  const typo = errors.find((x) => x.keyword === 'additionalProperties' && x.parentSchema?.['$comment'] !== 'operator');
  const e = typo ?? explain(firstFailure(errors));
  const path = pointerToPath(e.instancePath);
  const p = e.params;
  const about = typeof e.parentSchema?.['description'] === 'string' ? ` (${e.parentSchema['description']})` : '';
  const got = describe(e.data);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p['additionalProperty']);
      const props = e.parentSchema?.['properties'];
      const known = props && typeof props === 'object' ? Object.keys(props) : [];
      return { path: [...path, key], atKey: true, message: `unknown key "${key}"${known.length ? ` (expected one of: ${known.join(', ')})` : about}` };
    }
    case 'required':
      return { path, atKey: false, message: `missing required key "${String(p['missingProperty'])}"` };
    case 'discriminator': {
      const tag = String(p['tag']);
      if (p['error'] === 'tag') return { path, atKey: false, message: `missing required key "${tag}"` };
      const branches = (e.parentSchema?.['oneOf'] as readonly { properties?: Record<string, { const?: unknown }> }[] | undefined) ?? [];
      return { path: [...path, tag], atKey: false, message: `expected ${orList(branches.map((b) => b.properties?.[tag]?.const))}, got ${describe(p['tagValue'])}` };
    }
    case 'type':
      return { path, atKey: false, message: `expected ${String(p['type']).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ')}, got ${got}` };
    case 'enum': {
      const allowed = (p['allowedValues'] as readonly unknown[]) ?? [];
      return { path, atKey: false, message: `expected ${allowed.length > 12 ? `one of the ${allowed.length} names the schema lists` : orList(allowed)}, got ${got}` };
    }
    case 'const':
      return { path, atKey: false, message: `expected ${JSON.stringify(p['allowedValue'])}, got ${got}` };
    case 'pattern':
      return { path, atKey: false, message: String(p['pattern']) === '\\S' ? 'must not be empty' : `${got} does not match ${String(p['pattern'])}${about}` };
    case 'minLength':
      return { path, atKey: false, message: 'must not be empty' };
    case 'minimum':
    case 'maximum':
      return { path, atKey: false, message: `must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p['limit'])}, got ${String(e.data)}` };
    case 'minItems':
    case 'maxItems':
      return { path, atKey: false, message: `must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${String(p['limit'])} entries` };
    case 'maxProperties':
      return { path, atKey: false, message: `must have at most ${String(p['limit'])} keys${about}` };
    case 'oneOf':
    case 'anyOf':
      return { path, atKey: false, message: `${about ? about.slice(2, -1) : 'does not have any allowed shape'} (got ${got})` };
    default:
      return { path, atKey: false, message: `${e.message ?? 'is not valid'}${about}` };
  }
}
