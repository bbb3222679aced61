/**
 * Unknown is never silent: for every rule and every fail fixture, replacing the value a finding
 * points at (and each enclosing property up to the resource's Properties) with a `Ref` to a parameter
 * that has no value never makes the rule's finding on that resource disappear: it stays a `fail` or
 * becomes `unknown`. A check that read a property and said nothing when it could not resolve it
 * would pass such a template silently.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Auditor } from '../src/engine/audit.js';
import { parseTemplate } from '../src/load/parse.js';
import { builtinRules } from '../src/rules/catalogue.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const rules = builtinRules().map((r) => ({ ...r, enabled: true }));
const root = join(import.meta.dirname, '../fixtures/rules');
/** Values nothing before deployment can read: a parameter without default, and an item picked out of one. */
const UNRESOLVED_FORMS: readonly unknown[] = [{ Ref: 'UnresolvedValue' }, { 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'UnresolvedValue' }] }] }];

const failFixtures = (id: string): string[] => {
  const dir = join(root, id, 'fail');
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir)
    .filter((n) => /\.(ya?ml|json|template)$/.test(n) && !n.endsWith('.parameters.json'))
    .map((n) => join(dir, n));
};

const replaceAt = (body: Obj, path: readonly (string | number)[], opaque: unknown): Obj | null => {
  const copy = JSON.parse(JSON.stringify(body)) as Obj;
  let node: unknown = copy;
  for (const step of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)?.[step];
    if (node === null || typeof node !== 'object') return null;
  }
  const last = path[path.length - 1]!;
  if (!Object.prototype.hasOwnProperty.call(node, last)) return null;
  (node as Record<string | number, unknown>)[last] = opaque;
  const params = isObj(copy['Parameters']) ? copy['Parameters'] : {};
  copy['Parameters'] = { ...params, UnresolvedValue: { Type: 'String' } };
  return copy;
};

/**
 * Rules whose finding is about a literal written in the template (a secret, a NoEcho parameter
 * written into UserData): replacing that literal with an opaque parameter removes the cause.
 */
const ABOUT_LITERALS = new Set([
  'SecretsInUserData',
  'SecretsInEnvironment',
  'PlaintextSecretProperty',
  'NoEchoParameterInUserData',
  'SecretInOutputsOrMetadata',
  'CfnInitAuthCredentials',
]);

/**
 * Values whose replacement by a deploy-time value rightly removes the finding, each with its reason:
 * the rule's subject is that the value is missing or empty, and a value given at deploy time is a
 * value. Keyed by rule id, then by the property path below Properties (list positions as `#`).
 */
const BY_DESIGN: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['LambdaEnvNoCmk', new Map([['KmsKeyArn', 'an empty KmsKeyArn fails; a key ARN given at deploy time (a parameter, GetAtt) is a key']])],
]);

const byDesign = (id: string, path: readonly (string | number)[]): boolean => {
  const below = path
    .slice(3)
    .map((p) => (typeof p === 'number' ? '#' : p))
    .join('.');
  return BY_DESIGN.get(id)?.has(below) ?? false;
};

describe('by-design exclusions', () => {
  it('name only rules that exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    expect([...BY_DESIGN.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(rules.filter((r) => !ABOUT_LITERALS.has(r.id)).map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const auditor = new Auditor({ rules: [rule] });
  const fixtures = failFixtures(id);
  it.runIf(fixtures.length > 0)('a value it reads, made unresolvable, gives fail or unknown, never nothing', () => {
    const silent: string[] = [];
    for (const file of fixtures) {
      const parsed = parseTemplate({ file, text: readFileSync(file, 'utf8') });
      if (!parsed.ok) continue;
      const body = JSON.parse(JSON.stringify(parsed.template.body)) as Obj;
      const first = auditor.auditSource({ file, text: JSON.stringify(body), explicit: true });
      if (!('stack' in first)) continue;
      for (const f of first.stack.findings.filter((x) => x.ruleId === id && x.outcome === 'fail')) {
        const start = f.path.indexOf('Properties');
        if (f.path[0] !== 'Resources' || start !== 2) continue;
        // The reported value and each enclosing property, up to (not including) Properties itself.
        for (let end = f.path.length; end > start + 1; end--) {
          const path = f.path.slice(0, end);
          if (path.includes('Fn::If') || byDesign(id, path)) continue;
          for (const [form, opaque] of UNRESOLVED_FORMS.entries()) {
            const mutated = replaceAt(body, path, opaque);
            if (!mutated) continue;
            const r = auditor.auditSource({ file, text: JSON.stringify(mutated), explicit: true });
            if (!('stack' in r)) continue;
            const still = r.stack.findings.some((x) => x.ruleId === id && x.logicalId === f.logicalId);
            if (!still) silent.push(`${file.slice(root.length + 1)}: ${path.join('.')} (form ${form})`);
          }
        }
      }
    }
    expect(silent).toEqual([]);
  });
});
