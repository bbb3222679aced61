/** `--format text` (the default): findings grouped by file, a code frame and the fix for each. */
import type { AuditReport, Decision, Finding, SecurityChange, SecurityChangeKind, StackReport } from '../types/types.js';
import { countsText, decisionWord, fixOnce, fixText, locationText, renderMessage, resourceText, ruleFor, sameFixText, type FormatContext } from './context.js';
import { describe } from './describe.js';

type Paint = (s: string) => string;

function palette(color: boolean) {
  const c = (code: string): Paint => (color ? (s) => `\u001b[${code}m${s}\u001b[0m` : (s) => s);
  return { red: c('31'), yellow: c('33'), green: c('32'), dim: c('2'), bold: c('1'), cyan: c('36') };
}

const DECISION_WORD: Readonly<Record<Decision, string>> = { pass: 'PASS', 'manual-approval': 'MANUAL APPROVAL', fail: 'FAIL' };

const CHANGE_WORD: Readonly<Record<SecurityChangeKind, string>> = {
  'iam-statement-added': 'IAM statement added',
  'managed-policy-added': 'managed policy attached',
  'security-group-rule-added': 'security-group rule added',
  'resource-replaced': 'will be replaced',
  'resource-removed': 'removed',
};

export function changeText(c: SecurityChange): string {
  const detail = c.detail === '' ? '' : c.kind === 'resource-replaced' ? ` (changed: ${c.detail})` : `: ${c.detail}`;
  return `${c.logicalId} (${c.resourceType}) ${CHANGE_WORD[c.kind]}${detail}`;
}

export function formatText(report: AuditReport, ctx: FormatContext): string {
  const p = palette(ctx.color);
  const paintDecision = (d: Decision): string => {
    switch (d) {
      case 'pass':
        return p.green(DECISION_WORD[d]);
      case 'manual-approval':
        return p.yellow(DECISION_WORD[d]);
      case 'fail':
        return p.red(DECISION_WORD[d]);
      default: {
        const never: never = d;
        return never;
      }
    }
  };
  const lines: string[] = [];
  const fixOf = fixOnce(report.stacks.flatMap((s) => s.findings));
  const finding = (f: Finding): void => {
    const rule = ruleFor(report, ctx, f.ruleId);
    const mark = f.status !== 'active' ? p.dim('○') : f.outcome === 'unknown' ? p.yellow('?') : f.risk >= 7 ? p.red('✖') : f.risk >= 4 ? p.yellow('▲') : p.cyan('•');
    const where = locationText(f.file, f.line, f.column, ctx);
    const tag = f.status !== 'active' ? p.dim(` [${f.status}]`) : f.outcome === 'unknown' ? p.yellow(' [unresolved]') : '';
    lines.push(`  ${mark} ${p.bold(f.ruleId)}  risk ${f.risk}${tag}  ${resourceText(f)}  ${p.dim(where)}`);
    lines.push(`    ${renderMessage(rule, f)}`);
    if (f.snippet !== undefined && f.snippet.trim() !== '') lines.push(p.dim(`    ${String(f.line).padStart(5)} | ${f.snippet.trimEnd()}`));
    if (f.status !== 'active') lines.push(p.dim(`    ${f.status}: ${f.reason ?? ''}`));
    else {
      const once = fixOf(f);
      const fix = once.show ? fixText(rule, f) : '';
      if (fix) lines.push(`    ${p.green('fix:')} ${fix}${p.dim(sameFixText(once.count))}`);
    }
  };
  const stackLine = (s: StackReport): string => {
    const name = s.name ? `stack ${s.name}` : 'stack';
    const scoring = s.scoring && s.scoring !== 'per-rule' ? `; scoring ${s.scoring}` : '';
    return `  ${name}: score ${s.score} → ${paintDecision(s.decision)}  ${p.dim(`(approval ≥ ${s.thresholds.approval}, fail ≥ ${s.thresholds.fail}${scoring}; ${countsText(s.findings)})`)}`;
  };
  for (const s of report.stacks) {
    const title = s.parents.length ? `${s.file}  ${p.dim(`(nested in ${s.parents.join(' → ')})`)}` : s.file;
    lines.push(p.bold(title));
    for (const f of s.findings) finding(f);
    if (s.findings.length === 0) lines.push(p.dim('  no findings'));
    if (s.changes) {
      lines.push(s.changes.length ? `  ${p.bold('Security-relevant changes since the base')}` : p.dim('  no security-relevant changes since the base'));
      for (const c of s.changes) lines.push(`    ${c.kind === 'resource-removed' || c.kind === 'resource-replaced' ? p.yellow('~') : p.red('+')} ${changeText(c)}`);
    }
    lines.push(stackLine(s), '');
  }
  if (report.notices.length) {
    lines.push(p.bold('Notices'));
    for (const n of report.notices) lines.push(`  ${p.yellow('!')} ${n.file ? `${n.file}: ` : ''}${describe(n)}`);
    lines.push('');
  }
  if (report.errors.length) {
    lines.push(p.bold(p.red('Could not audit')));
    for (const e of report.errors) lines.push(`  ${p.red('✖')} ${locationText(e.file, e.line, e.column, ctx)}  ${e.message}`);
    lines.push('');
  }
  const summary = [
    `${report.stacks.length} stack${report.stacks.length === 1 ? '' : 's'}`,
    countsText(report.stacks.flatMap((s) => s.findings)),
    report.errors.length ? `${report.errors.length} file${report.errors.length === 1 ? '' : 's'} could not be audited` : '',
    report.skipped ? `${report.skipped} non-template file${report.skipped === 1 ? '' : 's'} skipped` : '',
  ].filter(Boolean);
  const word = decisionWord(report);
  const decision = word === 'COULD NOT AUDIT' ? p.red(word) : paintDecision(report.decision);
  lines.push(`Decision: ${decision}  ${p.dim(`(${summary.join(', ')})`)}`);
  return lines.join('\n') + '\n';
}
