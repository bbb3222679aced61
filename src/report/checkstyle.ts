/**
 * `--format checkstyle`: Checkstyle XML, read by Jenkins (warnings-ng), reviewdog, SonarQube's
 * generic importers and many editors. One `<file>` per template, one `<error>` per active finding
 * (severity from the same risk scale as SARIF), and audit errors as `error` entries.
 */
import type { AuditReport } from '../types/types.js';
import { allFindings, isActive, levelForRisk, renderMessage, repoRelative, ruleFor, type FormatContext } from './context.js';
import { xmlAttr } from './junit.js';

type CheckstyleSeverity = 'error' | 'warning' | 'info';

interface Entry {
  readonly line: number;
  readonly column: number | null;
  readonly severity: CheckstyleSeverity;
  readonly message: string;
  readonly source: string;
}

export function formatCheckstyle(report: AuditReport, ctx: FormatContext): string {
  const files = new Map<string, Entry[]>();
  const add = (file: string, e: Entry): void => {
    const path = repoRelative(file, ctx).path;
    const list = files.get(path);
    if (list) list.push(e);
    else files.set(path, [e]);
  };
  for (const f of allFindings(report).filter(isActive)) {
    const level = levelForRisk(f.risk);
    const unknown = f.outcome === 'unknown' ? ', unresolved' : '';
    add(f.file, {
      line: f.line,
      column: f.column,
      severity: level === 'note' ? 'info' : level,
      message: `${f.logicalId}: ${renderMessage(ruleFor(report, ctx, f.ruleId), f)} (risk ${f.risk}${unknown})`,
      source: `cfn-audit.${f.ruleId}`,
    });
  }
  for (const e of report.errors) add(e.file, { line: e.line ?? 1, column: e.column, severity: 'error', message: `could not audit: ${e.message}`, source: 'cfn-audit.AuditError' });
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const [path, entries] of files) {
    out.push(`  <file name="${xmlAttr(path)}">`);
    for (const e of entries) {
      const column = e.column === null ? '' : ` column="${e.column}"`;
      out.push(`    <error line="${e.line}"${column} severity="${e.severity}" message="${xmlAttr(e.message)}" source="${xmlAttr(e.source)}"/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>', '');
  return out.join('\n');
}
