/** The run's report from its scored stacks, errors and notices. Pure. */
import type { AuditError, AuditReport, Notice, RuleMeta, StackReport } from '../types/types.js';
import { VERSION } from '../types/version.js';
import { worst } from '../policy/verdict.js';

export interface RunResult {
  readonly stacks: readonly StackReport[];
  readonly errors: readonly AuditError[];
  readonly notices: readonly Notice[];
  readonly skipped: number;
}

/**
 * The final report. A template that could not be audited never passes: any error makes the run's
 * decision `fail` (the CLI still exits 2, "could not audit", to tell the two apart).
 */
export function buildReport(run: RunResult, rules: readonly RuleMeta[]): AuditReport {
  const used = new Set<string>();
  for (const s of run.stacks) for (const f of s.findings) used.add(f.ruleId);
  return {
    tool: { name: 'cfn-audit', version: VERSION },
    decision: run.errors.length > 0 ? 'fail' : worst(run.stacks.map((s) => s.decision)),
    stacks: run.stacks,
    errors: run.errors,
    notices: run.notices,
    rules: rules.filter((r) => used.has(r.id)),
    skipped: run.skipped,
  };
}
