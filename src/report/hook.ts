/**
 * The CloudFormation Lambda Hook response for an audit: status, error code, a message within the
 * service's limit naming the highest-risk findings, and one annotation per finding. Shapes and limits
 * are from the Hooks User Guide (docs/hooks.md): `message` is truncated by CloudFormation to 4,096
 * characters (1,024 for Cloud Control API), so it is cut here first, keeping the findings that decided.
 */
import type { AuditReport, Decision, Finding, RuleMeta } from '../types/types.js';
import { VERSION } from '../types/version.js';
import { clip, fixText, renderMessage, riskBand, type RiskBand } from './context.js';

export type HookStatus = 'SUCCESS' | 'FAILED' | 'IN_PROGRESS';
export type HookErrorCode = 'NonCompliant' | 'InternalFailure';
export type AnnotationStatus = 'PASSED' | 'FAILED' | 'SKIPPED';
export type SeverityLevel = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface HookAnnotation {
  readonly annotationName: string;
  readonly status: AnnotationStatus;
  readonly statusMessage: string;
  readonly remediationMessage?: string;
  readonly remediationLink?: string;
  readonly severityLevel: SeverityLevel;
}

export interface HookResponse {
  readonly hookStatus: HookStatus;
  readonly errorCode?: HookErrorCode;
  readonly message: string;
  readonly clientRequestToken: string;
  readonly annotations?: readonly HookAnnotation[];
}

export const HOOK_LIMITS = {
  message: 4096,
  cloudControlMessage: 1024,
  /** Our own caps: the guide states no annotation limits, and a response must stay small. */
  annotations: 50,
  annotationText: 1024,
} as const;

const SEVERITY: Readonly<Record<RiskBand, SeverityLevel>> = { low: 'LOW', medium: 'MEDIUM', high: 'HIGH', critical: 'CRITICAL' };

export function severityLevel(risk: number): SeverityLevel {
  return SEVERITY[riskBand(risk)];
}

export interface HookResponseOptions {
  readonly token: string;
  /** What was audited, for the headline: `stack my-app`, `change set v2 of stack my-app`, `resource Bucket (AWS::S3::Bucket)`. */
  readonly target: string;
  readonly onManualApproval: 'fail' | 'warn';
  readonly rules: ReadonlyMap<string, RuleMeta>;
  readonly cloudControl: boolean;
  /** Resource operations: rules that need the rest of the stack and did not run. */
  readonly notRun?: readonly string[];
  /** Link to a rule's documentation, or null. */
  readonly ruleLink: (rule: RuleMeta | undefined, ruleId: string) => string | null;
}

const WORD: Readonly<Record<Decision, string>> = { pass: 'PASS', 'manual-approval': 'MANUAL APPROVAL', fail: 'FAIL' };

const byRisk = (a: Finding, b: Finding): number =>
  b.risk - a.risk || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0);

/** Headline, then one line per item while they fit in `max`, then how many did not. */
function fit(headline: string, lines: readonly string[], max: number, rest: (n: number) => string): string {
  let text = headline;
  for (let i = 0; i < lines.length; i++) {
    const next = `\n- ${lines[i]}`;
    const more = i + 1 < lines.length ? `\n${rest(lines.length - i - 1)}`.length : 0;
    if (text.length + next.length + more > max) return clip(`${text}\n${rest(lines.length - i)}`, max);
    text += next;
  }
  return clip(text, max);
}

function findingLine(f: Finding, rules: ReadonlyMap<string, RuleMeta>): string {
  const unknown = f.outcome === 'unknown' ? ', unresolved' : '';
  return clip(`${f.ruleId} (risk ${f.risk}${unknown}) ${f.logicalId}: ${renderMessage(rules.get(f.ruleId), f)}`, 400);
}

function annotations(report: AuditReport, opts: HookResponseOptions): HookAnnotation[] {
  const out: HookAnnotation[] = [];
  const findings = report.stacks.flatMap((s) => s.findings);
  const active = findings.filter((f) => f.status === 'active').sort(byRisk);
  const inactive = findings.filter((f) => f.status !== 'active').sort(byRisk);
  const text = (t: string): string => clip(t, HOOK_LIMITS.annotationText);
  for (const f of active) {
    const rule = opts.rules.get(f.ruleId);
    const fix = fixText(rule, f);
    const link = opts.ruleLink(rule, f.ruleId);
    out.push({
      annotationName: f.ruleId,
      status: 'FAILED',
      statusMessage: text(`${f.logicalId} (${f.resourceType}), risk ${f.risk}${f.outcome === 'unknown' ? ' (unresolved value)' : ''}: ${renderMessage(rule, f)}`),
      ...(fix ? { remediationMessage: text(fix) } : {}),
      ...(link ? { remediationLink: link } : {}),
      severityLevel: severityLevel(f.risk),
    });
  }
  // Accepted findings stay visible, with their reason.
  for (const f of inactive) {
    out.push({
      annotationName: f.ruleId,
      status: 'SKIPPED',
      statusMessage: text(`${f.logicalId}: ${f.status} (${f.reason ?? 'no reason recorded'}): ${renderMessage(opts.rules.get(f.ruleId), f)}`),
      severityLevel: 'INFORMATIONAL',
    });
  }
  for (const id of opts.notRun ?? []) {
    out.push({
      annotationName: id,
      status: 'SKIPPED',
      statusMessage: text('not run on a single resource: the rule needs the other resources of the stack (it runs when the hook targets STACK or CHANGE_SET operations)'),
      severityLevel: 'INFORMATIONAL',
    });
  }
  return out.slice(0, HOOK_LIMITS.annotations);
}

/** The response for a finished audit. */
export function hookResponse(report: AuditReport, opts: HookResponseOptions): HookResponse {
  const max = opts.cloudControl ? HOOK_LIMITS.cloudControlMessage : HOOK_LIMITS.message;
  if (report.errors.length > 0) {
    const lines = report.errors.map((e) => clip(`${e.line ? `line ${e.line}${e.column ? `:${e.column}` : ''}: ` : ''}${e.message}`, 400));
    return {
      hookStatus: 'FAILED',
      errorCode: 'InternalFailure',
      message: fit(`cfn-audit could not audit ${opts.target}:`, lines, max, (n) => `… and ${n} more`),
      clientRequestToken: opts.token,
    };
  }
  const decision = report.decision;
  const findings = report.stacks.flatMap((s) => s.findings);
  const active = findings.filter((f) => f.status === 'active').sort(byRisk);
  const score = report.stacks.reduce((m, s) => Math.max(m, s.score), 0);
  const t = report.stacks[0]?.thresholds;
  const gate = t ? ` (approval at ${t.approval}, fail at ${t.fail})` : '';
  let status: HookStatus;
  let note = '';
  switch (decision) {
    case 'pass':
      status = 'SUCCESS';
      break;
    case 'manual-approval':
      status = opts.onManualApproval === 'warn' ? 'SUCCESS' : 'FAILED';
      note = opts.onManualApproval === 'warn' ? ': allowed with warnings' : ': blocked until the findings are fixed or excepted';
      break;
    case 'fail':
      status = 'FAILED';
      break;
    default: {
      const unreachable: never = decision;
      throw new Error(`unknown decision ${String(unreachable)}`);
    }
  }
  const accepted = findings.length - active.length;
  const counts = `${active.length} active finding${active.length === 1 ? '' : 's'}${accepted ? `, ${accepted} accepted` : ''}`;
  const notRun = opts.notRun?.length ? `; not run on a single resource: ${opts.notRun.join(', ')}` : '';
  const headline = `cfn-audit ${VERSION}: ${WORD[decision]}${note} — ${opts.target}, score ${score}${gate}, ${counts}${notRun}`;
  const message = fit(
    headline,
    active.map((f) => findingLine(f, opts.rules)),
    max,
    (n) => `… and ${n} more (see the annotations and the function's log)`,
  );
  const notes = annotations(report, opts);
  return {
    hookStatus: status,
    ...(status === 'FAILED' ? { errorCode: 'NonCompliant' as const } : {}),
    message,
    clientRequestToken: opts.token,
    ...(notes.length ? { annotations: notes } : {}),
  };
}

/** The hook could not audit: FAILED with InternalFailure (fail closed; `FailureMode: WARN` turns it into a warning). */
export function internalFailure(token: string, message: string, cloudControl = false): HookResponse {
  return {
    hookStatus: 'FAILED',
    errorCode: 'InternalFailure',
    message: clip(`cfn-audit could not audit: ${message}`, cloudControl ? HOOK_LIMITS.cloudControlMessage : HOOK_LIMITS.message),
    clientRequestToken: token,
  };
}

/** Nothing to audit (a delete): let the operation proceed. */
export function nothingToAudit(token: string, why: string): HookResponse {
  return { hookStatus: 'SUCCESS', message: `cfn-audit ${VERSION}: nothing to audit (${why})`, clientRequestToken: token };
}
