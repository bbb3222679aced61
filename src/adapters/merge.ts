/**
 * `cfn-audit merge`: the JSON reports of several runs (the shards of a CI matrix) as one report, to
 * print in any format (`-f sarif` for one code-scanning upload) and to gate on (the exit code of the
 * merged decision). Pure: texts in, a report out.
 */
import type { AuditError, AuditReport, Finding, Notice, RuleMeta, StackReport } from '../types/types.js';
import { buildReport } from '../app/report.js';

export class MergeError extends Error {}

/** A report as the JSON output writes it: findings leave out their file and stack, and older versions left out some lists. */
interface ReportJson {
  readonly stacks: readonly (Omit<StackReport, 'findings'> & {
    readonly findings: readonly (Omit<Finding, 'file' | 'stackName'> & Partial<Pick<Finding, 'file' | 'stackName'>>)[];
  })[];
  readonly errors: AuditReport['errors'];
  readonly rules?: AuditReport['rules'];
  readonly skipped?: number;
}

function isReportJson(v: unknown): v is ReportJson {
  const r = v as { tool?: { name?: unknown }; stacks?: unknown; errors?: unknown } | null;
  return r?.tool?.name === 'cfn-audit' && Array.isArray(r.stacks) && Array.isArray(r.errors);
}

/** A notice as `-f json` writes it. */
type JsonNotice = Pick<Notice, 'kind' | 'file' | 'logicalId' | 'ruleId'> & { readonly message: unknown };

export function mergeReports(inputs: readonly { readonly file: string; readonly text: string }[]): AuditReport {
  if (inputs.length === 0) throw new MergeError('merge: name the JSON reports to merge (cfn-audit -f json -o part.json …)');
  const run: { stacks: StackReport[]; errors: AuditError[]; notices: Notice[] } = { stacks: [], errors: [], notices: [] };
  let skipped = 0;
  const rules = new Map<string, RuleMeta>();
  const notices = new Set<string>();
  for (const { file, text } of inputs) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new MergeError(`merge: ${file} is not JSON`);
    }
    if (!isReportJson(parsed)) {
      const sarif = Array.isArray((parsed as { runs?: unknown } | null)?.runs);
      throw new MergeError(`merge: ${file} is not a cfn-audit JSON report${sarif ? ' (SARIF: merge the -f json outputs, then print SARIF with -f sarif)' : ''}`);
    }
    const report = parsed;
    // The JSON output leaves out what each finding shares with its stack: put it back.
    // Each finding keeps the sentence it was worded with (a text, or nothing from a hand-made file).
    for (const st of report.stacks)
      run.stacks.push({
        ...st,
        findings: st.findings.map(({ message, ...f }) => ({
          ...f,
          file: f.file ?? st.file,
          stackName: f.stackName ?? st.name,
          ...(typeof message === 'string' ? { message } : {}),
        })),
      });
    run.errors.push(...report.errors);
    // Notices come back worded, as the JSON report has them.
    for (const n of (report as unknown as { notices?: readonly JsonNotice[] }).notices ?? []) {
      const key = JSON.stringify(n);
      if (!notices.has(key)) {
        notices.add(key);
        const { message, ...where } = n;
        run.notices.push({ ...where, code: 'reported', args: { message: String(message) } });
      }
    }
    skipped += report.skipped ?? 0;
    for (const r of report.rules ?? []) if (!rules.has(r.id)) rules.set(r.id, r);
  }
  run.stacks.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.name ?? '') < (b.name ?? '') ? -1 : 1));
  return buildReport({ ...run, skipped }, [...rules.values()]);
}
