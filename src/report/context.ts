/**
 * What every formatter shares: the context it is given, the wording of a finding, and the order
 * findings are listed in. Pure: path arithmetic only, no file system.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { AuditReport, ConditionBranch, Finding, RuleMeta } from '../types/types.js';
import type { FixSuggestion } from '../fix/suggest.js';
import { unknownReasonText } from './describe.js';

export interface FormatContext {
  /** Directory that relative `finding.file` values are relative to. */
  readonly cwd: string;
  readonly color: boolean;
  readonly rules: ReadonlyMap<string, RuleMeta>;
  /** Repository root; locations in SARIF and annotations are made relative to it (else to cwd). */
  readonly repoRoot?: string | null | undefined;
  /** Link to the tool's documentation for SARIF `tool.driver.informationUri`. */
  readonly informationUri?: string;
  /** Fixes cfn-audit can make, by finding fingerprint (SARIF `fixes`, Markdown diffs). */
  readonly fixes?: ReadonlyMap<string, FixSuggestion>;
}

export type Level = 'error' | 'warning' | 'note';

/** Used when the caller gives no `informationUri`; the package page always exists once published. */
export const DEFAULT_INFORMATION_URI = 'https://www.npmjs.com/package/cfn-audit';

/** One scale for every format so SARIF levels, annotations and badges never disagree. */
export function levelForRisk(risk: number): Level {
  if (risk >= 7) return 'error';
  if (risk >= 4) return 'warning';
  return 'note';
}

/** Cut to `max` characters, marking the cut, never splitting a surrogate pair; never empty. */
export function clip(text: string, max: number): string {
  const t = text === '' ? '-' : text;
  if (t.length <= max) return t;
  const mark = '…';
  let end = max - mark.length;
  const code = t.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return t.slice(0, end) + mark;
}

/** Risk bands for formats with a named severity scale (GitLab Code Quality, CloudFormation Hook annotations). */
export type RiskBand = 'low' | 'medium' | 'high' | 'critical';

/** Same cut points as `levelForRisk` (4 and 7), with 9–10 set apart as critical. */
export function riskBand(risk: number): RiskBand {
  if (risk >= 9) return 'critical';
  if (risk >= 7) return 'high';
  if (risk >= 4) return 'medium';
  return 'low';
}

export function isActive(finding: Finding): boolean {
  return finding.status === 'active';
}

/** Rule metadata from the context, falling back to the report's own rule table. */
export function ruleFor(report: AuditReport, ctx: FormatContext, ruleId: string): RuleMeta | undefined {
  return ctx.rules.get(ruleId) ?? report.rules.find((r) => r.id === ruleId);
}

/** `{name}`, with the article before it when there is one, so `a {kind}` can become `an AWS access key id`. */
const ARTICLE_PLACEHOLDER = /(?:\b(a|an|A|An) )?\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;

/** `a` or `an` by the sound of the word: vowels, and letter-by-letter acronyms whose first letter sounds like one (an SSM, an HTTP). */
export function articleFor(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s/(),:-]/)[0] ?? '';
  if (word === '') return 'a';
  if (/^[A-Z0-9]{2,}s?$/.test(word)) return /^[AEFHILMNORSX8]/.test(word) || /^(11|18)/.test(word) ? 'an' : 'a';
  if (/^(uni|use|usu|uti|uri|one|once|eu)/i.test(word)) return 'a';
  if (/^(hour|honest|honou?r|heir)/i.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function withCase(original: string, article: 'a' | 'an'): string {
  return original[0] === 'A' ? article[0]!.toUpperCase() + article.slice(1) : article;
}

/** Data values that are codes (for matching and fingerprints), in words for a reader. */
function valueText(name: string, value: string | number | boolean, data: Finding['data']): string {
  if (name === 'exposure') {
    const parameter = typeof data['parameter'] === 'string' ? data['parameter'] : null;
    switch (value) {
      case 'literal':
        return 'plain text in the template';
      case 'plain-ssm':
        return 'a plain String SSM parameter (not SecureString)';
      case 'parameter-echoed':
        return parameter ? `parameter ${parameter}, which is not NoEcho` : 'a parameter that is not NoEcho';
      case 'parameter-default':
        return parameter ? `the default value of parameter ${parameter}` : 'a parameter default';
      default:
        return String(value);
    }
  }
  return String(value);
}

/**
 * The finding's sentence: the rule's message with `{name}` filled from `finding.data`, then the
 * Fn::If branches it holds under, then a note when a value could not be resolved.
 * A few finding fields (logicalId, resourceType, …) also fill placeholders so rule authors can
 * name the resource without every check copying it into `data`.
 */
export function renderMessage(rule: RuleMeta | undefined, finding: Finding): string {
  // Read back from a JSON report: worded by the run that found it, with the rule texts it had (message ids are not in the JSON).
  if (finding.message !== undefined) return finding.message;
  if (finding.outcome === 'unknown') return undecidedText(rule, finding);
  const template = messageTemplate(rule, finding);
  const fallback: Readonly<Record<string, string | null>> = {
    logicalId: finding.logicalId,
    resourceType: finding.resourceType,
    ruleId: finding.ruleId,
    cdkPath: finding.cdkPath,
    stackName: finding.stackName,
  };
  let text = template.replace(ARTICLE_PLACEHOLDER, (whole, article: string | undefined, name: string) => {
    const raw = Object.hasOwn(finding.data, name) ? finding.data[name] : fallback[name];
    // Unknown placeholders stay visible so a typo in a rule file is noticed, not silently blanked.
    if (raw === undefined || raw === null) return whole;
    const value = valueText(name, raw, finding.data);
    return article === undefined ? value : `${withCase(article, articleFor(value))} ${value}`;
  });
  text += contextText(finding.data);
  text += conditionText(finding.conditions) + resourceConditionText(finding);
  return text;
}

/** The rule's template for the finding's message id, else its `message`, else its title. */
function messageTemplate(rule: RuleMeta | undefined, finding: Finding): string {
  if (rule === undefined) return `${finding.ruleId} on ${finding.logicalId}`;
  const id = finding.messageId;
  const byId = id !== undefined && rule.messages !== undefined && Object.hasOwn(rule.messages, id) ? rule.messages[id] : undefined;
  if (byId?.trim()) return byId;
  return rule.message.trim() ? rule.message : rule.title;
}

/** Data keys that are notes about the finding, not values it is about. */
const NOTE_KEYS = new Set(['unknownReason', 'context', 'fronts', 'others', 'listeners']);

/**
 * An unknown finding did not establish what the rule's message asserts ("can reach every port"), so it
 * is worded from the title: what could not be ruled out, the values that were known, and why.
 */
function undecidedText(rule: RuleMeta | undefined, finding: Finding): string {
  const title = rule?.title.trim() || finding.ruleId;
  const values = Object.entries(finding.data)
    .filter(([k, v]) => !NOTE_KEYS.has(k) && typeof v !== 'boolean' && String(v).trim() !== '')
    .map(([, v]) => String(v));
  const reason = unknownReasonText(finding);
  const why = reason === undefined || reason.trim() === '' ? 'a value could not be resolved' : `a value could not be resolved: ${reason}`;
  return `Not decided: ${title}${values.length ? ` (${values.join(', ')})` : ''}${conditionText(finding.conditions)}${resourceConditionText(finding)}; ${why}; review manually`;
}

/** When a rule looked at the resource's surroundings (what a group is attached to) and still reports. */
export function contextText(data: Finding['data']): string {
  const s = (k: string): string => String(data[k] ?? '');
  switch (data['context']) {
    case 'also-attached':
      return ` (the group fronts the internet-facing ${s('fronts')}, where this is by design, but is also attached to ${s('others')})`;
    case 'lb-listeners':
      return ` (the group is attached only to internet-facing load balancers (${s('fronts')}), which take connections on their listeners only; plain-text listeners in reach: ${s('listeners')})`;
    case 'http-served':
      return ` (the group fronts the internet-facing ${s('fronts')}, but port 80 there does not only redirect to HTTPS: ${s('listeners')})`;
    default:
      return '';
  }
}

/** ` (resource created only when condition X is true)` for a finding in a resource with a `Condition`. */
export function resourceConditionText(finding: Finding): string {
  return finding.condition ? ` (the resource exists only when condition ${finding.condition} is true)` : '';
}

/** ` (when condition IsProd is true and condition HasVpc is false)`, or '' when unconditional. */
export function conditionText(conditions: readonly ConditionBranch[]): string {
  if (conditions.length === 0) return '';
  const parts = conditions.map((c) => `condition ${c.condition} is ${c.branch ? 'true' : 'false'}`);
  return ` (when ${parts.join(' and ')})`;
}

/** How to fix it. The CDK variant is added for findings that came from a CDK app. */
export function fixText(rule: RuleMeta | undefined, finding?: Finding): string {
  if (rule === undefined) return '';
  const base = rule.remediation.trim();
  const cdk = rule.remediationCdk?.trim();
  if (cdk && finding !== undefined && finding.cdkPath !== null) {
    return base ? `${base} In CDK: ${cdk}` : cdk;
  }
  return base;
}

/** `FAIL`, or `COULD NOT AUDIT` when a template could not be read: then the score says nothing. */
export function decisionWord(report: AuditReport): 'PASS' | 'MANUAL APPROVAL' | 'FAIL' | 'COULD NOT AUDIT' {
  if (report.errors.length > 0) return 'COULD NOT AUDIT';
  switch (report.decision) {
    case 'pass':
      return 'PASS';
    case 'manual-approval':
      return 'MANUAL APPROVAL';
    case 'fail':
      return 'FAIL';
    default: {
      const never: never = report.decision;
      throw new Error(`unknown decision ${String(never)}`);
    }
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What the findings are, counted in words: `2 findings, 1 unresolved, 1 suppressed`. */
export function countsText(findings: readonly Finding[]): string {
  return countParts(findings).join(', ');
}

export function countParts(findings: readonly Finding[]): string[] {
  let fail = 0;
  let unresolved = 0;
  const other = { suppressed: 0, excepted: 0, baselined: 0 };
  for (const f of findings) {
    if (f.status !== 'active') other[f.status]++;
    else if (f.outcome === 'unknown') unresolved++;
    else fail++;
  }
  return [
    plural(fail, 'finding'),
    unresolved ? `${unresolved} unresolved` : '',
    other.suppressed ? `${other.suppressed} suppressed` : '',
    other.excepted ? `${other.excepted} excepted` : '',
    other.baselined ? `${other.baselined} baselined` : '',
  ].filter(Boolean);
}

/**
 * The fix is said once per rule and file: the first active finding of each pair carries it with the
 * number of findings it covers; `fixOnce` answers for each finding whether to print it, and the count.
 */
export function fixOnce(findings: readonly Finding[]): (f: Finding) => { readonly show: boolean; readonly count: number } {
  const count = new Map<string, number>();
  const first = new Map<string, Finding>();
  const key = (f: Finding) => `${f.ruleId}\u0000${f.file}`;
  for (const f of findings) {
    if (!isActive(f)) continue;
    const k = key(f);
    count.set(k, (count.get(k) ?? 0) + 1);
    if (!first.has(k)) first.set(k, f);
  }
  return (f) => ({ show: first.get(key(f)) === f, count: count.get(key(f)) ?? 0 });
}

/** ` (same fix for 26 findings)`, or '' for one. */
export function sameFixText(count: number): string {
  return count > 1 ? ` (same fix for ${count} findings)` : '';
}

function compareText(a: string, b: string): number {
  // Code-unit order, not localeCompare: output must not depend on the machine's locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** File, line, column, rule; then logical id and fingerprint so the order is total and stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.logicalId, b.logicalId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Every finding of every stack, in report order. */
export function allFindings(report: AuditReport): Finding[] {
  return sortFindings(report.stacks.flatMap((s) => s.findings));
}

/**
 * `file` relative to the repository root (or cwd), with forward slashes and no leading `./`.
 * Returns `outside: true` when the file is not under the root, so callers can choose an absolute form.
 */
export function repoRelative(file: string, ctx: FormatContext): { readonly path: string; readonly outside: boolean; readonly absolute: string } {
  const absolute = resolve(ctx.cwd, file);
  const root = resolve(ctx.cwd, ctx.repoRoot ?? ctx.cwd);
  const rel = relative(root, absolute);
  const outside = rel === '' || rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel);
  const path = (outside ? absolute : rel).replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return { path, outside, absolute };
}

/** `file:line:col`, repository-relative. */
export function locationText(file: string, line: number | null, column: number | null, ctx: FormatContext): string {
  // Outside the repository the file is shown as the user gave it (e.g. ../shared/x.yaml), not absolute.
  const rel = repoRelative(file, ctx);
  const path = rel.outside ? file.replace(/\\/g, '/') : rel.path;
  if (line === null) return path;
  return column === null ? `${path}:${line}` : `${path}:${line}:${column}`;
}

/** `Sg` or `Sg (App/Stack/Sg/Resource)`. */
export function resourceText(finding: Finding): string {
  return finding.cdkPath ? `${finding.logicalId} (${finding.cdkPath})` : finding.logicalId;
}
