/**
 * `--format gitlab`: a GitLab Code Quality report (the Code Climate issue subset GitLab reads for the
 * merge-request widget and the pipeline's Code Quality tab). GitLab needs `description`,
 * `check_name`, `fingerprint`, `severity` and `location.path` + `location.lines.begin` per issue; the
 * fingerprint must be unique within the report and stable across runs, so the finding's own
 * fingerprint (which ignores positions and wording) is used. Only active findings are issues:
 * suppressed, excepted and baselined ones are accepted and would otherwise reappear on every MR.
 */
import type { AuditReport, Finding } from '../types/types.js';
import { createHash } from 'node:crypto';
import { allFindings, fixText, isActive, renderMessage, repoRelative, resourceText, riskBand, ruleFor, type FormatContext, type RiskBand } from './context.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Readonly<Record<RiskBand, CodeQualitySeverity>> = { low: 'minor', medium: 'major', high: 'critical', critical: 'blocker' };

export interface CodeQualityIssue {
  readonly type: 'issue';
  readonly engine_name: 'cfn-audit';
  readonly check_name: string;
  readonly description: string;
  readonly content?: { readonly body: string };
  readonly categories: readonly string[];
  readonly severity: CodeQualitySeverity;
  readonly fingerprint: string;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

function findingIssue(report: AuditReport, f: Finding, ctx: FormatContext): CodeQualityIssue {
  const rule = ruleFor(report, ctx, f.ruleId);
  const fix = fixText(rule, f);
  const unknown = f.outcome === 'unknown' ? ', unresolved' : '';
  return {
    type: 'issue',
    engine_name: 'cfn-audit',
    check_name: f.ruleId,
    description: `${f.ruleId} (risk ${f.risk}${unknown}) ${resourceText(f)}: ${renderMessage(rule, f)}`,
    ...(fix ? { content: { body: `Fix: ${fix}` } } : {}),
    categories: ['Security'],
    severity: SEVERITY[riskBand(f.risk)],
    fingerprint: f.fingerprint,
    location: { path: repoRelative(f.file, ctx).path, lines: { begin: Math.max(1, f.line) } },
  };
}

export function formatGitlab(report: AuditReport, ctx: FormatContext): string {
  const issues: CodeQualityIssue[] = allFindings(report)
    .filter(isActive)
    .map((f) => findingIssue(report, f, ctx));
  // A template that could not be audited blocks the gate; it must show in the widget too.
  for (const e of report.errors) {
    const path = repoRelative(e.file, ctx).path;
    issues.push({
      type: 'issue',
      engine_name: 'cfn-audit',
      check_name: 'cfn-audit/could-not-audit',
      description: `could not audit: ${e.message}`,
      categories: ['Security'],
      severity: 'blocker',
      fingerprint: createHash('sha256').update(`could-not-audit\0${path}\0${e.message}`).digest('hex').slice(0, 32),
      location: { path, lines: { begin: Math.max(1, e.line ?? 1) } },
    });
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
