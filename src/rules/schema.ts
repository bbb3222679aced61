/**
 * Rule files in, validated rules out: built-in and user rules, and the original audit-Lambda list
 * format (`{rule, category, ruletype: regex, active, riskvalue, ruledata}`). The shape is checked by
 * the validators compiled from `RULE_SCHEMA` (./rule-schema.ts); what a JSON Schema cannot say
 * (a regular expression that can backtrack, a JSONPath script) is checked here. Every error names the
 * file, line and column, the rule and the key. Pure: text in, rules out.
 */
import type { RuleMeta } from '../types/types.js';
import { DocumentSyntaxError, keyName, parseLocated, type DocPath, type LocatedDocument } from '../schema/positions.js';
import { schemaIssue } from '../schema/issues.js';
import { schemaValidators } from '../lazy/modules.js';
import type { Assertion, Clause, LegacyRuleEntry, RuleDocument } from './rule-schema.js';
import { CHECK_DEFINITIONS } from './checks/index.js';

export type { Assertion } from './rule-schema.js';

type AbsentMode = 'pass' | 'fail';

/** One clause of a path rule, with its default filled in: over a JSONPath selection, or over one property looked up through intrinsics. */
export type PathClause =
  | { readonly given: string; readonly assert: Assertion; readonly absent: AbsentMode }
  | { readonly property: readonly string[]; readonly assert: Assertion; readonly absent: AbsentMode };

interface RuleExtras {
  /** Loaded from the original audit-Lambda list format, whose rule names are fixed by that system. */
  readonly legacy?: boolean;
  /** Name of the fix function (src/fix/fixes) that `cfn-audit fix` applies to this rule's findings. */
  readonly fix?: string;
}

type DocOf<K extends RuleDocument['kind']> = Extract<RuleDocument, { readonly kind: K }>;

type CheckRuleSpec = RuleMeta &
  RuleExtras & {
    readonly kind: 'check';
    readonly check: DocOf<'check'>['check'];
    readonly options: Readonly<Record<string, unknown>>;
  };

type PathRuleSpec = RuleMeta &
  RuleExtras & {
    readonly kind: 'path';
    /** `all`: every clause must hold (each failing one is a finding); `any`: one clause holding is enough. */
    readonly match: 'all' | 'any';
    readonly clauses: readonly PathClause[];
    /** The rule applies only where every `when` clause holds; empty: everywhere. */
    readonly when: readonly PathClause[];
  };

type RegexRuleSpec = RuleMeta &
  RuleExtras & {
    readonly kind: 'regex';
    readonly pattern: string;
    readonly flags: string;
    /** JSONPath selecting the texts to match; absent: the resource's JSON text. */
    readonly given?: string;
    /** From the original format: a substring the resource type must contain. */
    readonly typeContains?: string;
  };

/** A rule as loaded: a discriminated union on `kind`. */
export type RuleSpec = CheckRuleSpec | PathRuleSpec | RegexRuleSpec;

/** Why a rule file is refused: `syntax` (not YAML/JSON), `schema` (shape), `pattern` (unsafe or invalid regular expression), `jsonpath` (filter or script). */
export type RuleErrorCode = 'syntax' | 'schema' | 'pattern' | 'jsonpath';

export class RuleError extends Error {
  constructor(
    readonly file: string,
    readonly ruleId: string | null,
    readonly problem: string,
    readonly code: RuleErrorCode = 'schema',
    readonly line: number | null = null,
    readonly column: number | null = null,
    /** The offending key, `assert.not.matches` or `all[1].given`. */
    readonly key: string | null = null,
  ) {
    super(`${file}${line !== null ? `:${line}:${column ?? 1}` : ''}${ruleId ? ` (rule ${ruleId})` : ''}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

/** Says why a regular expression is refused, or null. */
export type RegexCheck = (pattern: string, flags?: string) => string | null;

const FILTER_OR_SCRIPT = /[?(]\s*[@(]|\(\s*@|\?\(/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Parse a rule file: one rule (YAML/JSON mapping), a list of rules, `{rules: [...]}`, or the original
 * audit-Lambda list. `regexCheck` vets every pattern (user files: safe-regex2 and friends).
 */
export function parseRuleFile(text: string, file: string, regexCheck: RegexCheck, source = file): RuleSpec[] {
  let doc: LocatedDocument;
  try {
    doc = parseLocated(text);
  } catch (e) {
    if (e instanceof DocumentSyntaxError) throw new RuleError(file, null, `cannot parse: ${e.problem}`, 'syntax', e.line, e.column);
    throw e;
  }
  const value = doc.value;
  if (isLegacyRuleList(value)) return convertLegacyRules(value, file, regexCheck, doc);
  const { list, base } = Array.isArray(value) ? { list: value, base: [] } : isObj(value) && Array.isArray(value['rules']) ? { list: value['rules'] as unknown[], base: ['rules'] } : { list: [value], base: null };
  return list.map((r, i) => ruleFromDocument(r, file, source, regexCheck, doc, base === null ? [] : [...base, i]));
}

/** Validate one rule document at `at` in the file. */
function ruleFromDocument(raw: unknown, file: string, source: string, regexCheck: RegexCheck, doc?: LocatedDocument, at: DocPath = []): RuleSpec {
  const id = isObj(raw) && typeof raw['id'] === 'string' ? raw['id'] : null;
  const fail = (path: DocPath, problem: string, code: RuleErrorCode, atKey = false): never => {
    const pos = doc?.locate([...at, ...path], atKey);
    throw new RuleError(file, id, problem, code, pos?.line ?? null, pos?.column ?? null, path.length ? keyName(path) : null);
  };
  const { validateRule } = schemaValidators();
  if (!validateRule(raw)) {
    const issue = schemaIssue(validateRule.errors);
    return fail(issue.path, issue.message, 'schema', issue.atKey);
  }
  const d = raw as RuleDocument;
  const meta = {
    id: d.id,
    title: d.title,
    risk: d.risk,
    resourceTypes: d.resourceTypes,
    enabled: d.enabled ?? true,
    description: d.description,
    // Only a check rule may leave it out: its findings are then worded by the check's messages (below).
    message: d.message ?? '',
    remediation: d.remediation,
    ...(d.remediationCdk !== undefined ? { remediationCdk: d.remediationCdk } : {}),
    references: list(d.references),
    equivalents: { cfn_nag: list(d.equivalents?.cfn_nag), checkov: list(d.equivalents?.checkov), cdk_nag: list(d.equivalents?.cdk_nag) },
    ...(d.category !== undefined ? { category: d.category } : {}),
    ...(d.fix !== undefined ? { fix: d.fix } : {}),
    source,
  };
  const vetPath = (given: string, path: DocPath): void => {
    if (FILTER_OR_SCRIPT.test(given)) fail(path, '`given` may not use JSONPath filter or script expressions (?() / ())', 'jsonpath');
  };
  const vetPattern = (pattern: string, flags: string, path: DocPath): void => {
    const why = regexCheck(pattern, flags);
    if (why) fail(path, `pattern refused: ${why}`, 'pattern');
  };
  switch (d.kind) {
    case 'check': {
      const options = d.options ?? {};
      // The one option rule a JSON Schema cannot say: a [from, to] port range must not run backwards.
      for (const [key, v] of Object.entries(options)) {
        if (!Array.isArray(v)) continue;
        v.forEach((x: unknown, i) => {
          if (Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number' && x[0] > x[1])
            fail(['options', key, i], `the port range runs from ${x[0]} to ${x[1]}: from must not be above to`, 'schema');
        });
      }
      const messages = checkMessages(d.check, d.message, d.messages);
      return { ...meta, kind: 'check', check: d.check, options, ...(messages ? { messages } : {}) };
    }
    case 'regex': {
      const flags = d.flags ?? '';
      vetPattern(d.pattern, flags, ['pattern']);
      if (d.given !== undefined) vetPath(d.given, ['given']);
      return { ...meta, kind: 'regex', pattern: d.pattern, flags, ...(d.given !== undefined ? { given: d.given } : {}) };
    }
    case 'path': {
      // Absent by default passes a clause, but does not meet a `when` clause (the rule does not apply).
      const clause = (c: Clause, path: DocPath, absent: AbsentMode = 'pass'): PathClause => {
        vetAssertion(c.assert, [...path, 'assert'], vetPattern);
        if (c.property !== undefined) return { property: c.property.split('.'), assert: c.assert, absent: c.absent ?? absent };
        const given = c.given ?? '$';
        vetPath(given, [...path, 'given']);
        return { given, assert: c.assert, absent: c.absent ?? absent };
      };
      const match = d.any ? 'any' : 'all';
      const clauses = d.any ? d.any.map((c, i) => clause(c, ['any', i])) : d.all ? d.all.map((c, i) => clause(c, ['all', i])) : [clause(d as Clause, [])];
      const when = d.when === undefined ? [] : Array.isArray(d.when) ? (d.when as readonly Clause[]).map((c, i) => clause(c, ['when', i], 'fail')) : [clause(d.when as Clause, ['when'], 'fail')];
      return { ...meta, kind: 'path', match, clauses, when };
    }
  }
}

const CHECK_MESSAGES: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map(CHECK_DEFINITIONS.map((c) => [c.name, c.messages]));

/**
 * The templates of a check rule by message id: the rule's `messages`, and when it has no `message`,
 * the check's default for every other id. Undefined when `message` words every finding.
 */
function checkMessages(check: string, message: string | undefined, own: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> | undefined {
  if (message !== undefined && own === undefined) return undefined;
  const out = Object.create(null) as Record<string, string>;
  if (message === undefined) Object.assign(out, CHECK_MESSAGES.get(check));
  return Object.assign(out, own);
}

function vetAssertion(a: Assertion, path: DocPath, vetPattern: (p: string, flags: string, path: DocPath) => void): void {
  if ('matches' in a) vetPattern(a.matches, '', [...path, 'matches']);
  else if ('notMatches' in a) vetPattern(a.notMatches, '', [...path, 'notMatches']);
  else if ('all' in a) a.all.forEach((x, i) => vetAssertion(x, [...path, 'all', i], vetPattern));
  else if ('any' in a) a.any.forEach((x, i) => vetAssertion(x, [...path, 'any', i], vetPattern));
  else if ('not' in a) vetAssertion(a.not, [...path, 'not'], vetPattern);
}

function list(v: string | readonly string[] | null | undefined): readonly string[] {
  return v === undefined || v === null ? [] : typeof v === 'string' ? [v] : v;
}

/** The original audit-Lambda rule list: `[{rule, category, ruletype: "regex", active, riskvalue, ruledata}]`. */
function isLegacyRuleList(doc: unknown): doc is unknown[] {
  return Array.isArray(doc) && doc.length > 0 && doc.every((x) => isObj(x) && 'ruledata' in x && 'rule' in x);
}

function convertLegacyRules(doc: readonly unknown[], file: string, regexCheck: RegexCheck, located?: LocatedDocument): RuleSpec[] {
  const out: RuleSpec[] = [];
  doc.forEach((raw, i) => {
    const r = raw as Obj;
    const id = typeof r['rule'] === 'string' ? r['rule'] : `entry ${i + 1}`;
    const fail = (path: DocPath, problem: string, code: RuleErrorCode, atKey = false): never => {
      const pos = located?.locate([i, ...path], atKey);
      throw new RuleError(file, id, problem, code, pos?.line ?? null, pos?.column ?? null, path.length ? keyName(path) : null);
    };
    // Inactive entries are skipped before anything else: a retired rule's pattern does not matter.
    if (typeof r['active'] === 'string' && r['active'].toUpperCase() === 'N') return;
    const { validateLegacyRule } = schemaValidators();
    if (!validateLegacyRule(raw)) {
      const issue = schemaIssue(validateLegacyRule.errors);
      fail(issue.path, issue.message, 'schema', issue.atKey);
    }
    const e = raw as LegacyRuleEntry;
    const why = regexCheck(e.ruledata);
    if (why) fail(['ruledata'], `pattern refused: ${why}`, 'pattern');
    const category = e.category ?? '';
    // The original Lambda picked resources by a substring of their type, per category.
    const typeContains = category === 'SecurityGroup' ? 'SecurityGroup' : category === 'EC2Instance' ? 'AWS::EC2::Instance' : undefined;
    out.push({
      id: e.rule,
      title: `${e.rule} (custom regex rule)`,
      risk: Math.max(1, Math.min(10, Math.round(Number(e.riskvalue)))),
      resourceTypes: ['*'],
      kind: 'regex',
      enabled: true,
      description: `Custom rule from ${file}: the pattern matches the resource's JSON text.`,
      message: `matches the pattern of custom rule ${e.rule}`,
      remediation: 'Change the resource so that it no longer matches the rule, or suppress the finding with a reason.',
      references: [],
      equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] },
      category,
      source: file,
      pattern: e.ruledata,
      flags: '',
      ...(typeContains ? { typeContains } : {}),
      legacy: true,
    });
  });
  return out;
}
