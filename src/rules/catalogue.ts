/**
 * Rule catalogues: the built-in one (compiled into JSON at build time so start-up parses no YAML)
 * and user rule files. Pure: callers hand in text; the adapters read files.
 */
import { parse as parseYaml } from 'yaml';
import catalogue from './catalogue.generated.json' with { type: 'json' };
import { convertLegacyRules, isLegacyRuleList, RuleError, validateRule, type RuleSpec } from './schema.js';
import { regexProblem } from './regex-safety.js';

let builtin: RuleSpec[] | null = null;

/** Built-in rules. Their schema is checked by the test suite, not on every start. */
export function builtinRules(): readonly RuleSpec[] {
  builtin ??= (catalogue as unknown as Partial<RuleSpec>[]).map((r) => {
    const eq: Partial<RuleSpec['equivalents']> = r.equivalents ?? {};
    return {
      ...r,
      enabled: r.enabled ?? true,
      references: r.references ?? [],
      equivalents: { cfn_nag: eq.cfn_nag ?? [], checkov: eq.checkov ?? [], cdk_nag: eq.cdk_nag ?? [] },
      source: 'builtin',
    } as RuleSpec;
  });
  return builtin;
}

/** Built-in rules through the full validator: for tests and `cfn-audit rules --check`. */
export function validateBuiltinRules(): RuleSpec[] {
  return (catalogue as unknown[]).map((r) => {
    const { file, ...doc } = r as { file: string } & Record<string, unknown>;
    return validateRule(doc, file, 'builtin', () => null);
  });
}

/**
 * Parse a user rule file: one rule (YAML/JSON mapping), a list of rules, `{rules: [...]}`, or the
 * original audit-Lambda list. User patterns are checked with safe-regex2.
 */
export function parseRuleFile(text: string, file: string): RuleSpec[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { schema: 'core', uniqueKeys: true, maxAliasCount: 50 });
  } catch (e) {
    throw new RuleError(file, null, `cannot parse: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (isLegacyRuleList(doc)) return convertLegacyRules(doc, file, regexProblem);
  const list = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && Array.isArray((doc as { rules?: unknown }).rules) ? (doc as { rules: unknown[] }).rules : [doc];
  return list.map((r) => validateRule(r, file, file, regexProblem));
}
