/**
 * Rule catalogues: the built-in one (validated and compiled into JSON at build time by
 * scripts/catalogue.mjs, so start-up parses no YAML and validates nothing) and user rule files.
 * Pure: callers hand in text; the adapters read files.
 */
import catalogue from './catalogue.generated.json' with { type: 'json' };
import { parseRuleFile as parseRules, type RuleSpec } from './schema.js';
import { regexProblem } from './regex-safety.js';

let builtin: readonly RuleSpec[] | null = null;

/** Built-in rules, as the build validated and normalised them. */
export function builtinRules(): readonly RuleSpec[] {
  builtin ??= (catalogue as unknown as readonly Omit<RuleSpec, 'source'>[]).map((r) => ({ ...r, source: 'builtin' }) as RuleSpec);
  return builtin;
}

/**
 * Parse a user rule file: one rule (YAML/JSON mapping), a list of rules, `{rules: [...]}`, or the
 * original audit-Lambda list. User patterns are checked with safe-regex2.
 */
export function parseRuleFile(text: string, file: string): RuleSpec[] {
  return parseRules(text, file, regexProblem);
}
