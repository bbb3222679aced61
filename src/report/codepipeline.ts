/**
 * The CodePipeline job's text: one headline with the decision and score, then the errors and active
 * findings, cut to the API's character limit (the adapter passes it) so the service never rejects it.
 */
import type { AuditReport, Decision, Finding, RuleMeta, StackReport } from '../types/types.js';
import { clip, renderMessage } from './context.js';

const DECISION_WORD: Readonly<Record<Decision, string>> = { pass: 'PASS', 'manual-approval': 'MANUAL APPROVAL', fail: 'FAIL' };

/** The run's score: the stacks are gated one by one, so the worst stack's score is the one that matters. */
export function runScore(report: AuditReport): number {
  return report.stacks.reduce((m, s) => Math.max(m, s.score), 0);
}

function activeFindings(report: AuditReport): { finding: Finding; stack: StackReport }[] {
  const out: { finding: Finding; stack: StackReport }[] = [];
  for (const stack of report.stacks) for (const finding of stack.findings) if (finding.status === 'active') out.push({ finding, stack });
  // Highest risk first: when the text is cut, the findings that decided the gate survive.
  return out.sort((a, b) => b.finding.risk - a.finding.risk);
}

function headline(report: AuditReport, decision: Decision): string {
  const stacks = report.stacks.length;
  const active = activeFindings(report).length;
  const t = report.stacks[0]?.thresholds;
  const gate = t ? ` (approval ≥ ${t.approval}, fail ≥ ${t.fail})` : '';
  const errors = report.errors.length ? `, ${report.errors.length} file${report.errors.length === 1 ? '' : 's'} could not be audited` : '';
  return `cfn-audit: ${DECISION_WORD[decision]} — score ${runScore(report)}${gate}; ${stacks} stack${stacks === 1 ? '' : 's'}, ${active} active finding${active === 1 ? '' : 's'}${errors}`;
}

/** The summary or failure message of a CodePipeline job: headline, then as many findings (highest risk first) as fit in `max` characters, then how many did not. */
export function pipelineSummary(report: AuditReport, rules: ReadonlyMap<string, RuleMeta>, max: number): string {
  const decision = report.decision;
  const lines: string[] = [];
  for (const e of report.errors) lines.push(`could not audit ${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ''}: ${e.message}`);
  for (const { finding: f, stack } of activeFindings(report)) {
    const where = `${f.file}:${f.line}`;
    const stackName = stack.name ? `${stack.name} ` : '';
    lines.push(
      clip(`${f.ruleId} (risk ${f.risk}${f.outcome === 'unknown' ? ', unknown' : ''}) ${stackName}${f.logicalId} at ${where}: ${renderMessage(rules.get(f.ruleId), f)}`, 400),
    );
  }
  let text = headline(report, decision);
  for (let i = 0; i < lines.length; i++) {
    const rest = lines.length - i;
    const more = `\n… and ${rest} more (the function's log has the full report)`;
    const next = `\n- ${lines[i]}`;
    const reserve = i + 1 < lines.length ? more.length : 0;
    if (text.length + next.length + reserve > max) return clip(text + more, max);
    text += next;
  }
  return clip(text, max);
}

export function activeFindingCount(report: AuditReport): number {
  return activeFindings(report).length;
}
