/**
 * How CloudFormation reads YAML: its short-form tags and its YAML 1.1 scalars. One table and one
 * scalar resolver, used by the direct reader (the normal path), the js-yaml schema and the
 * `yaml`-package fallback, so every reader reads every scalar alike.
 *
 * Plain (unquoted, untagged) scalars, as CloudFormation's YAML 1.1 parser lineage (SnakeYAML; the
 * AWS CLI's PyYAML agrees) resolves them:
 * - booleans: `true/false/yes/no/on/off` in lower, Capitalised or UPPER case (`yes`, `Yes`, `YES`).
 *   Mixed case (`yEs`) and single letters (`y`, `n`, `Y`, `N`: DynamoDB's `AttributeType: N`) stay text.
 * - null: empty, `~`, `null`, `Null`, `NULL`.
 * - integers: decimal (`22`, `+22`, `2_2` = 22), octal with a leading 0 (`026` = 22; `089` is text),
 *   binary (`0b10110` = 22), hex (`0x16` = 22), sexagesimal (`1:30` = 90). Integers beyond 2^53 keep
 *   their text, like JSON's, rather than a rounded number.
 * - floats: `1.5`, `1e3`, `1_000.5`, `.5`; `.inf`, `-.Inf`, `.nan` and overflows (`1e400`) keep their text.
 *   Digits with a leading 0 that are not octal (`08`, `012345678901`) stay text.
 * - dates (`2010-09-09`) stay text: CloudFormation has no timestamp type.
 * Quoted and tagged scalars are text as written (`!Ref 0123` refers to "0123").
 */
import type { Schema, Type } from 'js-yaml';
import { jsYamlModule } from '../lazy/modules.js';

export const SHORT_TAGS: ReadonlySet<string> = new Set([
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'RefAll',
  'ValueOf',
  'ValueOfAll',
  'Implies',
  'ToJsonString',
  'Length',
  'ForEach',
]);

/** `!Sub` → `Fn::Sub`; `!Ref`/`!Condition` keep their bare names. */
export function longFormOf(tag: string): string | null {
  if (!tag.startsWith('!') || tag.startsWith('!!')) return null;
  const name = tag.slice(1);
  if (!SHORT_TAGS.has(name)) return null;
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** `!Sub` → `Fn::Sub` for every short-form tag, without slicing the tag on every node. */
export const LONG_FORM: ReadonlyMap<string, string> = new Map([...SHORT_TAGS].map((name) => [`!${name}`, longFormOf(`!${name}`)!]));

/** The value of a short-form tag: `{ [long form]: content }`; a scalar keeps its text, `!GetAtt a.b.c` splits once. */
export function intrinsicValue(long: string, content: unknown): Record<string, unknown> {
  if (content === null || content === undefined) content = '';
  if (long === 'Fn::GetAtt' && typeof content === 'string') {
    const i = content.indexOf('.');
    content = i < 0 ? [content] : [content.slice(0, i), content.slice(i + 1)];
  }
  return { [long]: content };
}

const BOOLEANS: ReadonlyMap<string, boolean> = new Map<string, boolean>(
  (
    [
      ['true', true],
      ['yes', true],
      ['on', true],
      ['false', false],
      ['no', false],
      ['off', false],
    ] as const
  ).flatMap(([w, v]) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()].map((s) => [s, v] as [string, boolean])),
);
const NULLS: ReadonlySet<string> = new Set(['', '~', 'null', 'Null', 'NULL']);
const INT = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]*|[1-9][0-9_]*(?::[0-5]?[0-9])*)$/;
// A float needs a point or an exponent: `08` and `012345678901` (not octal) stay text.
const FLOAT =
  /^[-+]?(?:(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|\.(?:inf|Inf|INF))$|^\.(?:nan|NaN|NAN)$/;

/** A plain scalar's value. The only place that decides what unquoted text means. */
export function resolvePlain(text: string): string | number | boolean | null {
  const c = text.charCodeAt(0);
  // Letters first: most plain scalars are words, and only a few words are not text.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 126 || text.length === 0) {
    if (text.length > 5) return text;
    const b = BOOLEANS.get(text);
    if (b !== undefined) return b;
    return NULLS.has(text) ? null : text;
  }
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return text;
  if (INT.test(text)) return intValue(text);
  if (FLOAT.test(text)) return floatValue(text);
  return text;
}

function intValue(text: string): number | string {
  let s = text.replace(/_/g, '');
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  let n: number;
  if (s.includes(':')) n = s.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  else if (s.startsWith('0b')) n = s.length > 2 ? parseInt(s.slice(2), 2) : NaN;
  else if (s.startsWith('0x')) n = s.length > 2 ? parseInt(s.slice(2), 16) : NaN;
  else if (s.length > 1 && s[0] === '0') n = parseInt(s, 8);
  else n = Number(s);
  n *= sign;
  return Number.isSafeInteger(n) ? n : text;
}

function floatValue(text: string): number | string {
  let s = text.replace(/_/g, '');
  if (s.includes(':')) {
    const sign = s[0] === '-' ? -1 : 1;
    if (s[0] === '-' || s[0] === '+') s = s.slice(1);
    const n = sign * s.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
    return Number.isFinite(n) ? n : text;
  }
  const n = Number(s);
  // .inf / .nan and overflows keep their text: JSON (and so CloudFormation's internal form) has no such numbers.
  return Number.isFinite(n) ? n : text;
}

/** Explicit core tags (`!!int "22"`): the text must read as that type. */
function explicitScalar(TypeOf: typeof Type, tag: 'null' | 'bool' | 'int' | 'float', test: (v: unknown, text: string) => boolean): Type {
  return new TypeOf(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => test(resolvePlain(data === null ? '' : String(data)), data === null ? '' : String(data)),
    construct: (data: unknown) => resolvePlain(data === null ? '' : String(data)),
  });
}

let schema: Schema | null = null;

/**
 * The js-yaml schema: failsafe str/seq/map, merge keys, CloudFormation scalars, the short-form tags.
 * Nothing else. Made on first use: js-yaml is loaded only for the YAML the direct reader leaves to it.
 */
export function cfnSchema(): Schema {
  if (schema !== null) return schema;
  const { FAILSAFE_SCHEMA, Type } = jsYamlModule();
  return (schema = FAILSAFE_SCHEMA.extend({
    implicit: [
      new Type('tag:yaml.org,2002:merge', { kind: 'scalar', resolve: (data: unknown) => data === '<<', construct: (data: unknown) => data }),
      // Every plain scalar lands here (js-yaml tries implicit types in order): one resolver, one call.
      new Type('tag:cfn-audit,2026:plain', { kind: 'scalar', resolve: () => true, construct: (data: unknown) => resolvePlain(data === null ? '' : String(data)) }),
    ],
    explicit: [
      explicitScalar(Type, 'null', (v) => v === null),
      explicitScalar(Type, 'bool', (v) => typeof v === 'boolean'),
      explicitScalar(Type, 'int', (v, text) => (typeof v === 'number' && Number.isInteger(v) && INT.test(text)) || (typeof v === 'string' && INT.test(text))),
      explicitScalar(Type, 'float', (v, text) => typeof v === 'number' || FLOAT.test(text) || INT.test(text)),
      // Collections first: for an empty node (`!Ref` and nothing) js-yaml takes the last one registered, the scalar.
      ...(['mapping', 'sequence', 'scalar'] as const).flatMap((kind) =>
        [...SHORT_TAGS].map((name) => {
          const long = longFormOf(`!${name}`)!;
          return new Type(`!${name}`, { kind, resolve: () => true, construct: (data: unknown) => intrinsicValue(long, data) });
        }),
      ),
    ],
  }));
}
