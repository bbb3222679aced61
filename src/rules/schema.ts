/**
 * The rule schema: one validator for built-in and user rules, and for the original audit-Lambda list
 * format (`{rule, category, ruletype: regex, active, riskvalue, ruledata}`). Pure: text in, rules out.
 */
import type { Equivalents, RuleKind, RuleMeta } from '../core/types.js';

export type Assertion =
  | { readonly equals: unknown }
  | { readonly notEquals: unknown }
  | { readonly in: readonly unknown[] }
  | { readonly notIn: readonly unknown[] }
  | { readonly matches: string }
  | { readonly notMatches: string }
  | { readonly exists: boolean }
  | { readonly cidrIsWorld: boolean }
  | { readonly portRangeIncludes: number }
  | { readonly all: readonly Assertion[] }
  | { readonly any: readonly Assertion[] }
  | { readonly not: Assertion };

export type AbsentMode = 'pass' | 'fail';

export interface RuleSpec extends RuleMeta {
  /** kind check */
  readonly check?: string;
  readonly options?: Readonly<Record<string, unknown>>;
  /** kind path and regex: JSONPath over the resource entry `{Type, Properties, Metadata, …}` */
  readonly given?: string;
  /** kind path: what a compliant value satisfies */
  readonly assert?: Assertion;
  /** kind path: outcome when `given` selects nothing */
  readonly absent?: AbsentMode;
  /** kind regex */
  readonly pattern?: string;
  readonly flags?: string;
  /** kind regex from the original format: substring a resource type must contain */
  readonly typeContains?: string;
  /** Loaded from the original audit-Lambda list format, whose rule names are fixed by that system. */
  readonly legacy?: boolean;
  /** Name of the fix function (src/fix/fixes) that `cfn-audit fix` applies to this rule's findings. */
  readonly fix?: string;
}

export class RuleError extends Error {
  constructor(readonly file: string, readonly ruleId: string | null, message: string) {
    super(`${file}${ruleId ? ` (rule ${ruleId})` : ''}: ${message}`);
  }
}

const RULE_KEYS = new Set([
  'id', 'title', 'risk', 'resourceTypes', 'kind', 'enabled', 'description', 'message', 'remediation', 'remediationCdk',
  'references', 'equivalents', 'category', 'check', 'options', 'given', 'assert', 'absent', 'pattern', 'flags', 'file', 'docs', 'fix',
]);
const ASSERT_OPS = new Set(['equals', 'notEquals', 'in', 'notIn', 'matches', 'notMatches', 'exists', 'cidrIsWorld', 'portRangeIncludes', 'all', 'any', 'not']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Validates one rule document. `regexCheck` says why a pattern is unsafe, or null when it is fine. */
export function validateRule(doc: unknown, file: string, source: string, regexCheck: (p: string, flags?: string) => string | null): RuleSpec {
  if (!isObj(doc)) throw new RuleError(file, null, 'a rule must be a mapping');
  const id = doc['id'];
  if (typeof id !== 'string' || !/^[A-Z][A-Za-z0-9]+$/.test(id)) throw new RuleError(file, null, '`id` must be a PascalCase name such as SSHOpenToWorld');
  const err = (m: string): never => {
    throw new RuleError(file, id, m);
  };
  for (const k of Object.keys(doc)) if (!RULE_KEYS.has(k)) err(`unknown key \`${k}\``);
  const str = (k: string, required = true): string => {
    const v = doc[k];
    if (v === undefined && !required) return '';
    if (typeof v !== 'string' || (required && v.trim() === '')) return err(`\`${k}\` must be a non-empty text`);
    return v;
  };
  const risk = doc['risk'];
  if (typeof risk !== 'number' || !Number.isInteger(risk) || risk < 1 || risk > 10) err('`risk` must be a whole number from 1 to 10');
  const kind = doc['kind'];
  if (kind !== 'regex' && kind !== 'path' && kind !== 'check') err('`kind` must be regex, path or check');
  const types = doc['resourceTypes'];
  if (!Array.isArray(types) || types.length === 0 || !types.every((t) => typeof t === 'string')) err('`resourceTypes` must be a non-empty list of resource types (or ["*"])');
  const eq = doc['equivalents'] ?? {};
  if (!isObj(eq)) err('`equivalents` must be a mapping with cfn_nag, checkov, cdk_nag lists');
  const list = (v: unknown, k: string): string[] => {
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    return err(`\`${k}\` must be a list of ids`);
  };
  const eqo = eq as Obj;
  for (const k of Object.keys(eqo)) if (!['cfn_nag', 'checkov', 'cdk_nag'].includes(k)) err(`unknown equivalents key \`${k}\``);
  const equivalents: Equivalents = {
    cfn_nag: list(eqo['cfn_nag'], 'equivalents.cfn_nag'),
    checkov: list(eqo['checkov'], 'equivalents.checkov'),
    cdk_nag: list(eqo['cdk_nag'], 'equivalents.cdk_nag'),
  };
  const enabled = doc['enabled'] ?? true;
  if (typeof enabled !== 'boolean') err('`enabled` must be true or false');
  const spec: RuleSpec = {
    id,
    title: str('title'),
    risk: risk as number,
    resourceTypes: types as string[],
    kind: kind as RuleKind,
    enabled: enabled as boolean,
    description: str('description'),
    message: str('message'),
    remediation: str('remediation'),
    ...(doc['remediationCdk'] !== undefined ? { remediationCdk: str('remediationCdk') } : {}),
    references: list(doc['references'], 'references'),
    equivalents,
    ...(doc['category'] !== undefined ? { category: str('category') } : {}),
    ...(doc['fix'] !== undefined ? { fix: fixName(doc['fix'], err) } : {}),
    source,
  };
  switch (kind as RuleKind) {
    case 'check': {
      const check = str('check');
      const options = doc['options'] ?? {};
      if (!isObj(options)) err('`options` must be a mapping');
      return { ...spec, check, options: options as Obj };
    }
    case 'path': {
      const given = str('given');
      if (!given.startsWith('$')) err('`given` must be a JSONPath starting with $');
      if (/[?(]\s*[@(]|\(\s*@|\?\(/.test(given)) err('`given` may not use JSONPath filter or script expressions (?() / ())');
      const assert = doc['assert'];
      if (assert === undefined) err('a path rule needs `assert`');
      validateAssertion(assert, err, regexCheck);
      const absent = doc['absent'] ?? 'pass';
      if (absent !== 'pass' && absent !== 'fail') err('`absent` must be pass or fail');
      return { ...spec, given, assert: assert as Assertion, absent: absent as AbsentMode };
    }
    case 'regex': {
      const pattern = str('pattern');
      const flags = doc['flags'] === undefined ? '' : str('flags');
      if (!/^[imsu]*$/.test(flags)) err('`flags` may only hold i, m, s, u');
      const why = regexCheck(pattern, flags);
      if (why) err(`pattern refused: ${why}`);
      const given = doc['given'] === undefined ? undefined : str('given');
      if (given !== undefined && /\?\(|\(\s*@/.test(given)) err('`given` may not use JSONPath filter or script expressions');
      return { ...spec, pattern, flags, ...(given ? { given } : {}) };
    }
  }
}

function fixName(v: unknown, err: (m: string) => never): string {
  if (typeof v !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(v)) err('`fix` must be the name of a built-in fix (camelCase)');
  return v as string;
}

function validateAssertion(a: unknown, err: (m: string) => never, regexCheck: (p: string) => string | null, depth = 0): void {
  if (depth > 20) err('`assert` is nested too deeply');
  if (!isObj(a)) err('each assertion must be a mapping with one operator');
  const keys = Object.keys(a as Obj);
  if (keys.length !== 1 || !ASSERT_OPS.has(keys[0]!)) err(`an assertion has exactly one operator out of: ${[...ASSERT_OPS].join(', ')}`);
  const op = keys[0]!;
  const v = (a as Obj)[op];
  switch (op) {
    case 'all':
    case 'any':
      if (!Array.isArray(v) || v.length === 0) err(`\`${op}\` takes a non-empty list of assertions`);
      for (const x of v as unknown[]) validateAssertion(x, err, regexCheck, depth + 1);
      break;
    case 'not':
      validateAssertion(v, err, regexCheck, depth + 1);
      break;
    case 'in':
    case 'notIn':
      if (!Array.isArray(v)) err(`\`${op}\` takes a list`);
      break;
    case 'matches':
    case 'notMatches': {
      if (typeof v !== 'string') err(`\`${op}\` takes a regular expression`);
      const why = regexCheck(v as string);
      if (why) err(`pattern refused: ${why}`);
      break;
    }
    case 'exists':
    case 'cidrIsWorld':
      if (typeof v !== 'boolean') err(`\`${op}\` takes true or false`);
      break;
    case 'portRangeIncludes':
      if (typeof v !== 'number') err('`portRangeIncludes` takes a port number');
      break;
  }
}

/** The original audit-Lambda rule list: `[{rule, category, ruletype: "regex", active, riskvalue, ruledata}]`. */
export function isLegacyRuleList(doc: unknown): doc is unknown[] {
  return Array.isArray(doc) && doc.length > 0 && doc.every((x) => isObj(x) && 'ruledata' in x && 'rule' in x);
}

export function convertLegacyRules(doc: unknown[], file: string, regexCheck: (p: string) => string | null): RuleSpec[] {
  const out: RuleSpec[] = [];
  doc.forEach((raw, i) => {
    const r = raw as Obj;
    const id = typeof r['rule'] === 'string' ? r['rule'] : `entry ${i + 1}`;
    const err = (m: string): never => {
      throw new RuleError(file, id, m);
    };
    if (typeof r['rule'] !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(r['rule'])) err('`rule` must be a name');
    const active = String(r['active'] ?? 'Y').toUpperCase();
    if (active !== 'Y' && active !== 'N') err('`active` must be "Y" or "N"');
    if (active === 'N') return;
    if (String(r['ruletype'] ?? 'regex') !== 'regex') err('only `ruletype: regex` is supported');
    const risk = Number(r['riskvalue']);
    if (!Number.isFinite(risk) || risk < 0) err('`riskvalue` must be a number');
    const pattern = r['ruledata'];
    if (typeof pattern !== 'string' || pattern === '') err('`ruledata` must be a regular expression');
    const why = regexCheck(pattern as string);
    if (why) err(`pattern refused: ${why}`);
    const category = typeof r['category'] === 'string' ? r['category'] : '';
    // The original Lambda picked resources by a substring of their type, per category.
    const typeContains = category === 'SecurityGroup' ? 'SecurityGroup' : category === 'EC2Instance' ? 'AWS::EC2::Instance' : undefined;
    out.push({
      id: id as string,
      title: `${id} (custom regex rule)`,
      risk: Math.max(1, Math.min(10, Math.round(risk))),
      resourceTypes: ['*'],
      kind: 'regex',
      enabled: true,
      description: `Custom rule from ${file}: the pattern matches the resource's JSON text.`,
      message: `matches the pattern of custom rule ${id}`,
      remediation: 'Change the resource so that it no longer matches the rule, or suppress the finding with a reason.',
      references: [],
      equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] },
      category,
      source: file,
      pattern: pattern as string,
      flags: '',
      ...(typeContains ? { typeContains } : {}),
      legacy: true,
    });
  });
  return out;
}
