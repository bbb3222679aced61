import type { Decision, Finding, Origin, ScoringMode, SecurityChange, SkippedByCondition, StackReport, Status, Thresholds, UnauditableContent } from '../types/types.js';

export type UnauditablePolicy = 'pass' | 'approval' | 'fail';

export const SCORING_MODES = ['per-rule', 'per-resource', 'per-violation'] as const satisfies readonly ScoringMode[];

export const DEFAULT_SCORING: ScoringMode = 'per-rule';

export function isScoringMode(v: string): v is ScoringMode {
  return (SCORING_MODES as readonly string[]).includes(v);
}

export const DEFAULT_THRESHOLDS: Thresholds = { approval: 5, fail: 10 };

const ORDER: Readonly<Record<Decision, number>> = { pass: 0, 'manual-approval': 1, fail: 2 };

/** Whether a finding adds its risk to the score. */
export function counts(f: Finding, countUnknown: boolean): boolean {
  return f.status === 'active' && (f.outcome === 'fail' || countUnknown);
}

/**
 * A stack's score: the risk of its counted findings. Every violating place is reported whatever the mode;
 * the mode decides how repetition adds up:
 * - `per-rule` (default): each rule adds its highest risk once per stack, so twenty-six functions on a
 *   deprecated runtime are one problem, not twenty-six;
 * - `per-resource`: each rule adds its highest risk once per resource;
 * - `per-violation`: every violating place (rule and template path) adds its risk (the original audit
 *   design); findings that share a place, such as a SAM `Globals` runtime reported on each function, add once.
 */
export function score(findings: readonly Finding[], countUnknown: boolean, mode: ScoringMode = DEFAULT_SCORING): number {
  const best = new Map<string, number>();
  let s = 0;
  for (const f of findings) {
    if (!counts(f, countUnknown)) continue;
    let key: string;
    switch (mode) {
      case 'per-violation':
        // A place in the template, not a resource: one Globals runtime shared by 26 functions is one violation.
        key = `${f.ruleId}\u0000${f.file}\u0000${f.path.join('\u0001')}`;
        break;
      case 'per-resource':
        key = `${f.ruleId}\u0000${f.logicalId}`;
        break;
      case 'per-rule':
        key = f.ruleId;
        break;
      default: {
        const never: never = mode;
        throw new Error(`unknown scoring mode ${String(never)}`);
      }
    }
    best.set(key, Math.max(best.get(key) ?? 0, f.risk));
  }
  for (const r of best.values()) s += r;
  return s;
}

export function decide(total: number, t: Thresholds): Decision {
  if (total >= t.fail) return 'fail';
  if (total >= t.approval) return 'manual-approval';
  return 'pass';
}

export function worst(decisions: Iterable<Decision>): Decision {
  let w: Decision = 'pass';
  for (const d of decisions) if (ORDER[d] > ORDER[w]) w = d;
  return w;
}

export function statusCounts(findings: readonly Finding[]): Record<Status, number> & { unknown: number } {
  const c = { active: 0, suppressed: 0, excepted: 0, baselined: 0, unknown: 0 };
  for (const f of findings) {
    c[f.status]++;
    if (f.outcome === 'unknown') c.unknown++;
  }
  return c;
}

/** A stack's findings after every step over findings, before it is scored. */
export interface EvaluatedStack {
  readonly file: string;
  readonly name: string | null;
  readonly origin: Origin;
  readonly parents: readonly string[];
  readonly findings: readonly Finding[];
  readonly unauditable: readonly UnauditableContent[];
  readonly skippedByCondition: readonly SkippedByCondition[];
  /** Change-aware runs: the security-relevant changes from the base version. */
  readonly changes?: readonly SecurityChange[];
}

export interface ScoringPolicy {
  readonly thresholds: Thresholds;
  readonly countUnknown: boolean;
  readonly scoring: ScoringMode;
  /** The least decision of a stack with content that cannot be audited. */
  readonly unauditable: UnauditablePolicy;
}

/** Score a stack once and decide it; content that cannot be audited lifts the decision to the policy's floor. */
export function stackVerdict(stack: EvaluatedStack, policy: ScoringPolicy): StackReport {
  const total = score(stack.findings, policy.countUnknown, policy.scoring);
  let decision = decide(total, policy.thresholds);
  const { unauditable, skippedByCondition, changes } = stack;
  if (unauditable.length && policy.unauditable !== 'pass') decision = worst([decision, policy.unauditable === 'fail' ? 'fail' : 'manual-approval']);
  return {
    file: stack.file,
    name: stack.name,
    origin: stack.origin,
    parents: stack.parents,
    score: total,
    decision,
    thresholds: policy.thresholds,
    scoring: policy.scoring,
    counts: statusCounts(stack.findings),
    findings: stack.findings,
    ...(unauditable.length ? { unauditable } : {}),
    ...(skippedByCondition.length ? { skippedByCondition } : {}),
    ...(changes ? { changes } : {}),
  };
}
