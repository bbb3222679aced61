/**
 * What every formatter shares: the context it is given, the wording of a finding, and the order
 * findings are listed in. Pure: path arithmetic only, no file system.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { AuditReport, ConditionBranch, Finding, RuleMeta } from '../core/types.js';
import type { FixSuggestion } from '../fix/suggest.js';

export interface FormatContext {
  /** Directory that relative `finding.file` values are relative to. */
  readonly cwd: string;
  readonly color: boolean;
  readonly rules: ReadonlyMap<string, RuleMeta>;
  /** Repository root; locations in SARIF and annotations are made relative to it (else to cwd). */
  readonly repoRoot?: string | null;
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

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;

/**
 * The finding's sentence: the rule's message with `{name}` filled from `finding.data`, then the
 * Fn::If branches it holds under, then a note when a value could not be resolved.
 * A few finding fields (logicalId, resourceType, …) also fill placeholders so rule authors can
 * name the resource without every check copying it into `data`.
 */
export function renderMessage(rule: RuleMeta | undefined, finding: Finding): string {
  const template = rule?.message.trim() ? rule.message : (rule?.title ?? `${finding.ruleId} on ${finding.logicalId}`);
  const fallback: Readonly<Record<string, string | null>> = {
    logicalId: finding.logicalId,
    resourceType: finding.resourceType,
    ruleId: finding.ruleId,
    cdkPath: finding.cdkPath,
    stackName: finding.stackName,
  };
  let text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(finding.data, name) ? finding.data[name] : fallback[name];
    // Unknown placeholders stay visible so a typo in a rule file is noticed, not silently blanked;
    // in an unknown finding the value is missing because it could not be resolved.
    if (value === undefined || value === null) return finding.outcome === 'unknown' ? '(unresolved)' : whole;
    return String(value);
  });
  text += conditionText(finding.conditions);
  if (finding.outcome === 'unknown') {
    const reason = finding.data['unknownReason'];
    text += reason === undefined || String(reason).trim() === ''
      ? ' (value could not be resolved; review manually)'
      : ` (value could not be resolved: ${String(reason)}; review manually)`;
  }
  return text;
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
