/**
 * GitHub-flavoured Markdown for a PR comment or `$GITHUB_STEP_SUMMARY`. The decision comes first
 * because reviewers read the top line; the rest is tables a reviewer can act on.
 */
import type { AuditReport, Decision, Finding, StackReport } from '../types/types.js';
import { allFindings, countParts, fixOnce, fixText, isActive, locationText, renderMessage, ruleFor, sameFixText, type FormatContext } from './context.js';
import { changeText } from './text.js';
import { describe } from './describe.js';

/** Rows per table before the rest is summarised in one line. */
export const MAX_ROWS = 200;
/** The step summary is rejected above 1 MiB; stay under it with room for other steps' output. */
export const MAX_BYTES = 1_000_000;
const MAX_CELL = 400;

const EMOJI: Readonly<Record<Decision, string>> = {
  pass: '✅',
  'manual-approval': '⚠️',
  fail: '❌',
};

function badge(decision: Decision): string {
  return `${EMOJI[decision]} ${decision}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function breaks(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Authored Markdown (rule remediation, which uses backticks for code) for a table cell: HTML
 * escaped outside code spans (inside them entities would show literally), pipes escaped, line
 * breaks as `<br>`. GFM splits cells on a pipe after an even run of backslashes, so a backslash
 * run before a pipe is doubled too.
 */
export function markdownCell(text: string, max = MAX_CELL): string {
  const parts = clip(text, max).split(/((`+)[^`][\s\S]*?\2)/);
  let out = '';
  // split() with two groups yields [text, span, fence, text, span, fence, …].
  for (let i = 0; i < parts.length; i += 3) {
    out += html(parts[i] ?? '') + (parts[i + 1] ?? '');
  }
  return breaks(out.replace(/(\\*)\|/g, (_m, bs: string) => `${bs}${bs}\\|`));
}

/**
 * Untrusted text (messages carry template values; reasons and notices are user input) for a
 * table cell: Markdown punctuation escaped too, and `@` mentions broken with a zero-width joiner
 * so a template cannot ping people from a PR comment.
 */
export function cell(text: string, max = MAX_CELL): string {
  const escaped = clip(text, max)
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/@(?=\w)/g, '@\u200d');
  // Every backslash is doubled already, so a plain `\|` is enough for the pipe.
  return breaks(html(escaped).replace(/\|/g, '\\|'));
}

/** Inline code that survives backticks in the value and keeps table pipes escaped. */
export function code(text: string, max = MAX_CELL): string {
  const clipped = clip(text, max).replace(/\r\n|\r|\n/g, ' ');
  // Backslashes are literal in code spans, so `\|` cannot be kept intact there; fall back to text.
  if (clipped.includes('\\|')) return cell(clipped, Infinity);
  const longest = Math.max(0, ...(clipped.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clipped.startsWith('`') || clipped.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clipped.replace(/\|/g, '\\|')}${pad}${fence}`;
}

function resourceCell(f: Finding): string {
  return f.cdkPath ? `${code(f.logicalId)}<br>${code(f.cdkPath)}` : code(f.logicalId);
}

function stackLabel(stack: StackReport): string {
  return stack.name ?? '—';
}

function omitted(count: number, what: string): string[] {
  return count > 0 ? ['', `_… and ${count} more ${what} not shown here; see the SARIF or JSON report._`] : [];
}

function render(report: AuditReport, ctx: FormatContext, maxRows: number): string {
  const findings = allFindings(report);
  const active = findings.filter(isActive);
  const inactive = findings.filter((f) => !isActive(f));
  const unknown = active.filter((f) => f.outcome === 'unknown');
  const out: string[] = [];

  const heading = report.errors.length ? '🛑 cfn-audit: could not audit' : `${EMOJI[report.decision]} cfn-audit: ${report.decision}`;
  out.push(`## ${heading}`, '');
  const counts = [
    `${report.stacks.length} stack${report.stacks.length === 1 ? '' : 's'}`,
    ...countParts(findings),
    ...(report.errors.length ? [`${report.errors.length} file${report.errors.length === 1 ? '' : 's'} could not be audited`] : []),
  ];
  out.push(counts.join(' · '));
  if (report.errors.length) out.push('', '> [!CAUTION]', '> Some templates could not be audited, so the run cannot pass. See **Errors** below.');

  if (report.stacks.length) {
    out.push('', '### Stacks', '', '| Stack | File | Score | Decision | Thresholds |', '| --- | --- | ---: | --- | --- |');
    for (const s of report.stacks.slice(0, maxRows)) {
      out.push(
        `| ${cell(stackLabel(s))} | ${code(locationText(s.file, null, null, ctx))} | ${s.score} | ${badge(s.decision)} | approval ≥ ${s.thresholds.approval}, fail ≥ ${s.thresholds.fail} |`,
      );
    }
    out.push(...omitted(report.stacks.length - maxRows, 'stacks'));
  }

  if (active.length) {
    // Most severe first: the reader stops reading long before row 200.
    const rows = [...active].sort((a, b) => b.risk - a.risk).slice(0, maxRows);
    const fixOf = fixOnce(rows);
    out.push('', `### Findings (${active.length})`, '', '| Rule | Risk | Finding | Resource | Location | Fix |', '| --- | ---: | --- | --- | --- | --- |');
    for (const f of rows) {
      const rule = ruleFor(report, ctx, f.ruleId);
      const flag = f.outcome === 'unknown' ? ' ❓' : '';
      const once = fixOf(f);
      const fix = once.show ? markdownCell(fixText(rule, f)) + sameFixText(once.count) : '〃 same fix as above';
      out.push(`| ${code(f.ruleId)}${flag} | ${f.risk} | ${cell(renderMessage(rule, f))} | ${resourceCell(f)} | ${code(locationText(f.file, f.line, f.column, ctx))} | ${fix} |`);
    }
    out.push(...omitted(active.length - rows.length, 'active findings'));
    out.push(...suggestedFixes(rows, ctx));
    if (unknown.length) {
      out.push(
        '',
        `❓ ${unknown.length} finding${unknown.length === 1 ? '' : 's'} could not be decided because a value was not resolvable (a parameter without default, an import, …). Review ${unknown.length === 1 ? 'it' : 'them'} by hand.`,
      );
    }
  } else {
    out.push('', 'No active findings.');
  }

  // Change-aware runs (--base / --base-ref): what the change does to IAM and network exposure.
  const changed = report.stacks.filter((s) => s.changes !== undefined);
  if (changed.length) {
    const all = changed.flatMap((s) => (s.changes ?? []).map((c) => ({ stack: s, c })));
    out.push('', `### Security-relevant changes since the base (${all.length})`, '');
    if (all.length === 0) out.push('None: no IAM statement, security-group rule, replacement or removal in this change.');
    else {
      out.push('| Stack | Change |', '| --- | --- |');
      for (const { stack, c } of all.slice(0, maxRows)) out.push(`| ${cell(stack.name ?? stack.file)} | ${cell(changeText(c))} |`);
      out.push(...omitted(all.length - maxRows, 'changes'));
    }
  }

  if (inactive.length) {
    const rows = inactive.slice(0, maxRows);
    out.push('', '<details>', `<summary>Suppressed, excepted and baselined findings (${inactive.length})</summary>`, '');
    out.push('| Rule | Status | Resource | Location | Reason |', '| --- | --- | --- | --- | --- |');
    for (const f of rows) {
      out.push(
        `| ${code(f.ruleId)} | ${f.status} | ${resourceCell(f)} | ${code(locationText(f.file, f.line, f.column, ctx))} | ${cell(f.reason?.trim() || 'no reason recorded')} |`,
      );
    }
    out.push(...omitted(inactive.length - rows.length, 'suppressed findings'), '', '</details>');
  }

  if (report.errors.length) {
    out.push('', '### Errors', '');
    for (const e of report.errors.slice(0, maxRows)) out.push(`- ${code(locationText(e.file, e.line, e.column, ctx))}: ${cell(e.message)}`);
    out.push(...omitted(report.errors.length - maxRows, 'errors'));
  }

  if (report.notices.length) {
    out.push('', '### Notices', '');
    for (const n of report.notices.slice(0, maxRows)) {
      out.push(`- ${n.file ? `${code(locationText(n.file, null, null, ctx))}: ` : ''}${cell(describe(n))}`);
    }
    out.push(...omitted(report.notices.length - maxRows, 'notices'));
  }

  if (active.length || report.decision !== 'pass') {
    out.push(
      '',
      '<details>',
      '<summary>How to approve or suppress</summary>',
      '',
      '- **Fix it** (preferred): see the *Fix* column.',
      '- **Suppress in the template**, with a reason, on the resource:',
      '  ```yaml',
      '  Metadata:',
      '    cfn-audit:',
      '      suppress:',
      '        - rule: SSHOpenToWorld',
      '          reason: Bastion host, access limited by NACL (SEC-123)',
      '  ```',
      "  In CDK: `resource.cfnOptions.metadata = { 'cfn-audit': { suppress: [{ rule, reason }] } }`.",
      '- **Add an exception** in `.cfn-audit.yml`: the rule, a glob on `file#LogicalId` or the CDK path, a reason and optionally an expiry date.',
      "- **Approve**: a manual-approval decision is accepted by a reviewer through the approval label on the pull request or the pipeline's manual approval step.",
      '',
      '</details>',
    );
  }
  return `${out.join('\n')}\n`;
}

/** The diffs of the fixes cfn-audit can make for these findings (`cfn-audit fix` applies them). */
function suggestedFixes(rows: readonly Finding[], ctx: FormatContext): string[] {
  const fixes = rows.flatMap((f) => {
    const fix = ctx.fixes?.get(f.fingerprint);
    return fix ? [{ f, fix }] : [];
  });
  if (fixes.length === 0) return [];
  const out = ['', '<details>', `<summary>Suggested fixes (${fixes.length}): apply them with <code>cfn-audit fix --write</code></summary>`, ''];
  for (const { f, fix } of fixes) {
    const fence = '`'.repeat(Math.max(3, ...[...fix.diff.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    out.push(`${code(f.ruleId)} ${resourceCell(f)} at ${code(locationText(f.file, f.line, f.column, ctx))}:`, '', `${fence}diff`, fix.diff.trimEnd(), fence, '');
  }
  out.push('</details>');
  return out;
}

export function formatMarkdown(report: AuditReport, ctx: FormatContext): string {
  // Row caps keep typical output small; halve them if very long cells still overflow the limit.
  let rows = MAX_ROWS;
  let text = render(report, ctx, rows);
  while (Buffer.byteLength(text, 'utf8') > MAX_BYTES && rows > 1) {
    rows = Math.floor(rows / 2);
    text = render(report, ctx, rows);
  }
  return text;
}
