import { describe, it, expect } from 'vitest';
import type { AuditReport } from '../src/types/types.js';
import { MAX_BYTES, MAX_ROWS, cell, code, formatMarkdown, markdownCell } from '../src/report/markdown.js';
import { finding, manyFindingsReport, networkStack, sampleContext, sampleReport } from './helpers/sample-report.js';

/** Rows of the first table under a heading, split into cells on unescaped pipes (as GFM does). */
function tableRows(md: string, heading: string): string[][] {
  const start = md.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = md.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(splitRow(line));
  }
  return rows.slice(2);
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (ch === '\\') {
      current += ch + (line[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  return cells;
}

describe('formatMarkdown', () => {
  const md = formatMarkdown(sampleReport, sampleContext);

  it('starts with the decision and its badge', () => {
    // The sample has a template that could not be read: that is not a fail on findings.
    expect(md.split('\n')[0]).toBe('## 🛑 cfn-audit: could not audit');
    expect(formatMarkdown({ ...sampleReport, errors: [] }, sampleContext).split('\n')[0]).toBe('## ❌ cfn-audit: fail');
    expect(formatMarkdown({ ...sampleReport, decision: 'pass', stacks: [], errors: [] }, sampleContext).split('\n')[0]).toBe('## ✅ cfn-audit: pass');
    expect(formatMarkdown({ ...sampleReport, decision: 'manual-approval', errors: [] }, sampleContext).split('\n')[0]).toBe('## ⚠️ cfn-audit: manual-approval');
    expect(md.split('\n')[2]).toBe('2 stacks · 3 findings · 1 unresolved · 1 suppressed · 1 excepted · 1 baselined · 1 file could not be audited');
  });

  it('has a score table per stack', () => {
    expect(tableRows(md, '### Stacks')).toEqual([
      ['—', '`infra/templates/network stack.yaml`', '10', '❌ fail', 'approval ≥ 5, fail ≥ 10'],
      ['ProdApi', '`infra/cdk.out/assembly-Prod/ProdApi.template.json`', '5', '⚠️ manual-approval', 'approval ≥ 5, fail ≥ 10'],
    ]);
  });

  it('lists active findings most severe first, flags unknown ones', () => {
    const rows = tableRows(md, '### Findings (4)');
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['`S3BucketPublicReadAcl` ❓', '8'],
      ['`SSHOpenToWorld`', '7'],
      ['`IamPolicyWildcardAction`', '5'],
      ['`AllowHttp`', '3'],
    ]);
    expect(rows[2]).toEqual([
      '`IamPolicyWildcardAction`',
      '5',
      'Statement AllowAll allows action \\* on arn:aws:s3:::data-bucket/\\*',
      '`HandlerServiceRoleDefaultPolicy`<br>`ProdApi/Handler/ServiceRole/DefaultPolicy/Resource`',
      '`infra/cdk.out/assembly-Prod/ProdApi.template.json:88:13`',
      'List the actions the principal needs.',
    ]);
    expect(rows[1]?.[2]).toBe('Port 22 is open to 0.0.0.0/0 (when condition IsProd is true)');
    expect(md).toContain('❓ 1 finding could not be decided');
  });

  it('collapses suppressed, excepted and baselined findings with reasons', () => {
    const details = md.slice(md.indexOf('<details>'), md.indexOf('</details>'));
    expect(details).toContain('<summary>Suppressed, excepted and baselined findings (3)</summary>');
    expect(tableRows(details, '<summary>').map((r) => [r[0], r[1], r[4]])).toEqual([
      ['`S3BucketPublicReadAcl`', 'excepted', 'Public website bucket, approved by security (SEC-7), expires 2027-01-01'],
      ['`SSHOpenToWorld`', 'baselined', 'In baseline .cfn-audit-baseline.json'],
      ['`AllowHttp`', 'suppressed', 'Legacy ALB, redirects to HTTPS; ticket SEC-42'],
    ]);
  });

  it('lists errors, notices and how to approve or suppress', () => {
    expect(md).toContain('### Errors\n\n- `infra/templates/broken.yaml:4:3`: mapping values are not allowed here\n');
    expect(md).toContain('- `infra/.cfn-audit.yml`: exception 1 (line 3, rule AllowHttp, resource templates/old-\\*.yaml#\\*) matched no finding; remove it if the issue is fixed');
    expect(md).toContain('<summary>How to approve or suppress</summary>');
    expect(md).toContain('      suppress:\n        - rule: SSHOpenToWorld\n          reason:');
    expect(md).toContain('`.cfn-audit.yml`');
  });

  it('says so when nothing is active and skips the how-to on a clean pass', () => {
    const clean: AuditReport = { ...sampleReport, decision: 'pass', errors: [], notices: [], stacks: [{ ...networkStack, decision: 'pass', score: 0, findings: [] }] };
    const out = formatMarkdown(clean, sampleContext);
    expect(out).toContain('\nNo active findings.\n');
    expect(out).not.toContain('How to approve');
    expect(out).not.toContain('### Errors');
  });

  it('keeps pipes and newlines inside table cells', () => {
    const f = finding({
      ruleId: 'AllowHttp',
      logicalId: 'Weird|Id',
      line: 3,
      file: 'dir|x/a`b.yaml',
      data: { port: '80|81\nsecond line', cidr: '<b>0.0.0.0/0</b> @security-team' },
    });
    const report: AuditReport = { ...sampleReport, errors: [], stacks: [{ ...networkStack, findings: [f] }] };
    const rows = tableRows(formatMarkdown(report, sampleContext), '### Findings');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(6);
    expect(rows[0]?.[2]).toBe('Plain HTTP (port 80\\|81<br>second line) is allowed from &lt;b&gt;0.0.0.0/0&lt;/b&gt; @\u200dsecurity-team');
    expect(rows[0]?.[3]).toBe('`Weird\\|Id`');
    expect(rows[0]?.[4]).toBe('``infra/dir\\|x/a`b.yaml:3:7``');
  });

  it('caps rows and says how many were left out', () => {
    const out = formatMarkdown(
      manyFindingsReport(MAX_ROWS + 37, () => 5),
      sampleContext,
    );
    expect(tableRows(out, '### Findings')).toHaveLength(MAX_ROWS);
    expect(out).toContain(`### Findings (${MAX_ROWS + 37})`);
    expect(out).toContain('_… and 37 more active findings not shown here; see the SARIF or JSON report._');
    const few = formatMarkdown(
      manyFindingsReport(3, () => 5),
      sampleContext,
    );
    expect(few).not.toContain('more active findings not shown');
  });

  it('stays under the step-summary limit even with huge cells', () => {
    // Escaping expands `<` to `&lt;`, so clipped cells can still be several times their length in bytes.
    const report = manyFindingsReport(MAX_ROWS * 2, () => 5);
    const big: AuditReport = {
      ...report,
      stacks: report.stacks.map((s) => ({
        ...s,
        findings: s.findings.map((f, i) => ({
          ...f,
          file: `${'<dir>/'.repeat(100)}t.yaml`,
          cdkPath: `${'<Deep>/'.repeat(100)}Resource`,
          logicalId: `${i}${'<'.repeat(500)}`,
          data: { port: '<'.repeat(5000), cidr: '<'.repeat(5000) },
          ...(i % 2 ? { status: 'suppressed' as const, reason: '<'.repeat(5000) } : {}),
        })),
      })),
    };
    const out = formatMarkdown(big, sampleContext);
    const size = Buffer.byteLength(out, 'utf8');
    expect(size).toBeLessThanOrEqual(MAX_BYTES);
    expect(size).toBeGreaterThan(MAX_BYTES / 4);
    const shown = tableRows(out, '### Findings').length;
    expect(shown).toBeLessThan(MAX_ROWS);
    expect(out).toContain(`_… and ${MAX_ROWS - shown} more active findings not shown here`);
  });
});

describe('markdown escaping helpers', () => {
  it('escapes untrusted cell text', () => {
    expect(cell('a|b')).toBe('a\\|b');
    expect(cell('a\\|b')).toBe('a\\\\\\|b');
    expect(cell('*x* _y_ `z` [l](u) ~s~')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~');
    expect(cell('1\r\n2\n3')).toBe('1<br>2<br>3');
    expect(cell('x'.repeat(500))).toHaveLength(400);
  });

  it('keeps authored code spans but escapes HTML outside them', () => {
    expect(markdownCell('Use `a<b>` not <b>')).toBe('Use `a<b>` not &lt;b&gt;');
    expect(markdownCell('a|b\\|c')).toBe('a\\|b\\\\\\|c');
  });

  it('fences code around backticks', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`a')).toBe('`` `a ``');
    expect(code('a\\|b')).toBe('a\\\\\\|b');
  });
});
