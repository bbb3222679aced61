import type { Decision, Finding, Status, Thresholds } from '../core/types.js';

export const DEFAULT_THRESHOLDS: Thresholds = { approval: 5, fail: 10 };

const ORDER: Readonly<Record<Decision, number>> = { pass: 0, 'manual-approval': 1, fail: 2 };

/** Whether a finding adds its risk to the score. */
export function counts(f: Finding, countUnknown: boolean): boolean {
  return f.status === 'active' && (f.outcome === 'fail' || countUnknown);
}

/**
 * A stack's score: the risk of its counted findings, each rule counted once per resource (its highest
 * risk there). Every violating place is still reported; a policy with two `*`-on-`*` statements is one
 * full-admin problem, not twice the risk.
 */
export function score(findings: readonly Finding[], countUnknown: boolean): number {
  const best = new Map<string, number>();
  for (const f of findings) {
    if (!counts(f, countUnknown)) continue;
    const key = `${f.ruleId}\u0000${f.logicalId}`;
    best.set(key, Math.max(best.get(key) ?? 0, f.risk));
  }
  let s = 0;
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
