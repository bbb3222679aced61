/** `--format json`: the report as data, with each finding's message and fix rendered. */
import type { AuditReport, Notice, UnauditableContent } from '../types/types.js';
import { fixText, renderMessage, ruleFor, type FormatContext } from './context.js';
import { dataWithReason, describe, describeUnauditable } from './describe.js';

export function formatJson(report: AuditReport, ctx: FormatContext): string {
  const out = {
    tool: report.tool,
    decision: report.decision,
    stacks: report.stacks.map((s) => ({
      file: s.file,
      name: s.name,
      origin: s.origin,
      parents: s.parents,
      score: s.score,
      decision: s.decision,
      thresholds: s.thresholds,
      counts: s.counts,
      findings: s.findings.map((f) => {
        const rule = ruleFor(report, ctx, f.ruleId);
        return {
          ruleId: f.ruleId,
          title: rule?.title ?? null,
          risk: f.risk,
          outcome: f.outcome,
          status: f.status,
          reason: f.reason,
          logicalId: f.logicalId,
          resourceType: f.resourceType,
          path: f.path,
          line: f.line,
          column: f.column,
          cdkPath: f.cdkPath,
          message: renderMessage(rule, f),
          remediation: fixText(rule, f),
          conditions: f.conditions,
          ...(f.condition ? { condition: f.condition } : {}),
          data: dataWithReason(f),
          fingerprint: f.fingerprint,
        };
      }),
      ...(s.changes ? { changes: s.changes } : {}),
      // The sentence in place of the form it is worded from.
      ...(s.unauditable ? { unauditable: s.unauditable.map((u) => ({ ...withoutForm(u), reason: describeUnauditable(u) })) } : {}),
      ...(s.skippedByCondition ? { skippedByCondition: s.skippedByCondition } : {}),
    })),
    errors: report.errors,
    notices: report.notices.map(noticeJson),
    skipped: report.skipped,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** A notice as the JSON contract has it: its kind, where, and the sentence (the code stays internal). */
function noticeJson(n: Notice): Record<string, unknown> {
  return {
    kind: n.kind,
    file: n.file,
    ...(n.logicalId !== undefined ? { logicalId: n.logicalId } : {}),
    ...(n.ruleId !== undefined ? { ruleId: n.ruleId } : {}),
    message: describe(n),
  };
}

function withoutForm(u: UnauditableContent): Omit<UnauditableContent, 'form'> {
  const { form: _form, ...rest } = u;
  return rest;
}
