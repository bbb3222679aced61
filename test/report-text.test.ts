/**
 * The text report as a reader meets it: every violating place listed, the fix said once per rule and
 * file, counts that say what they count, and a run that could not audit a template called that, not FAIL.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditReport, StackReport } from '../src/types/types.js';
import { formatText } from '../src/report/text.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { countsText } from '../src/report/context.js';
import { runCli } from './helpers/cli.js';
import { finding, networkStack, sampleContext, sampleReport, sshRule } from './helpers/sample-report.js';
import { tempDir } from './helpers/temp.js';

const ports = ['22', '80', '443', '3389', '8080', '9000', '27017'];
const sevenPorts: StackReport = {
  ...networkStack,
  file: 'templates/open.yaml',
  score: 7,
  decision: 'manual-approval',
  findings: ports.map((p, i) => finding({ ruleId: 'SSHOpenToWorld', logicalId: 'OpenSg', line: 10 + i, file: 'templates/open.yaml', data: { cidr: '0.0.0.0/0', port: p } })),
};
const report = (stacks: StackReport[], errors: AuditReport['errors'] = []): AuditReport => ({
  ...sampleReport,
  decision: errors.length ? 'fail' : stacks[0]!.decision,
  stacks,
  errors,
  notices: [],
  skipped: 0,
});

describe('text report', () => {
  const text = formatText(report([sevenPorts]), sampleContext);

  it('lists every violating place, one line each', () => {
    for (const i of ports.keys()) expect(text).toContain(`open.yaml:${10 + i}:7`);
    expect(text.match(/SSHOpenToWorld {2}risk/g)).toHaveLength(7);
    expect(text).toContain(sshRule.message.replace('{cidr}', '0.0.0.0/0').replace('{port}', '27017'));
  });

  it('prints the fix once per rule and file, saying how many findings it covers', () => {
    expect(text.match(/fix:/g)).toHaveLength(1);
    expect(text).toContain(`fix: ${sshRule.remediation} (same fix for 7 findings)`);
  });

  it('a rule in two files gets its fix once per file; a single finding has no count', () => {
    const other = { ...sevenPorts, file: 'b.yaml', findings: [finding({ ruleId: 'SSHOpenToWorld', logicalId: 'X', line: 3, file: 'b.yaml' })] };
    const t = formatText(report([sevenPorts, other]), sampleContext);
    expect(t.match(/fix:/g)).toHaveLength(2);
    expect(t).toMatch(new RegExp(`fix: ${sshRule.remediation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  });

  it('counts say what they count', () => {
    expect(text).toMatch(/Decision: MANUAL APPROVAL {2}\(1 stack, 7 findings\)/);
    const mixed = [
      finding({ ruleId: 'AllowHttp', logicalId: 'A', line: 1 }),
      finding({ ruleId: 'AllowHttp', logicalId: 'B', line: 2 }),
      finding({ ruleId: 'AllowHttp', logicalId: 'C', line: 3, outcome: 'unknown' }),
      finding({ ruleId: 'AllowHttp', logicalId: 'D', line: 4, status: 'suppressed', reason: 'r' }),
    ];
    expect(countsText(mixed)).toBe('2 findings, 1 unresolved, 1 suppressed');
    expect(countsText(mixed.slice(0, 1))).toBe('1 finding');
    expect(countsText([])).toBe('0 findings');
    const t = formatText(report([{ ...sevenPorts, findings: mixed }]), sampleContext);
    expect(t).toContain('2 findings, 1 unresolved, 1 suppressed');
    expect(t).toContain('[unresolved]');
    expect(t).not.toMatch(/\bactive\b|parameter-echoed/);
  });

  it('a run that could not audit a template says so, never FAIL', () => {
    const t = formatText(report([sevenPorts], [{ file: 'broken.yaml', line: 2, column: 1, message: 'bad indentation' }]), sampleContext);
    expect(t).toMatch(/Decision: COULD NOT AUDIT {2}\(1 stack, 7 findings, 1 file could not be audited\)/);
    expect(t).not.toMatch(/Decision: FAIL/);
  });
});

describe('Markdown and SARIF list every place too', () => {
  it('Markdown: one row per place, the fix once with its count', () => {
    const md = formatMarkdown(report([sevenPorts]), sampleContext);
    const rows = md.split('\n').filter((l) => l.startsWith('| `SSHOpenToWorld`'));
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.includes('(same fix for 7 findings)'))).toHaveLength(1);
    expect(rows.filter((r) => r.includes('same fix as above'))).toHaveLength(6);
  });

  it('SARIF: one result per place', () => {
    const sarif = JSON.parse(formatSarif(report([sevenPorts]), sampleContext)) as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual(ports.map((_, i) => 10 + i));
  });
});

describe('the CLI on a template it cannot read', () => {
  it('exits 2 and says COULD NOT AUDIT, still reporting the other template', async () => {
    const dir = tempDir('cfn-audit-text-');
    writeFileSync(join(dir, 'broken.yaml'), 'Resources:\n  A: [unclosed\n');
    writeFileSync(join(dir, 'ok.yaml'), 'Resources:\n  T: {Type: AWS::SQS::Queue}\n');
    const r = await runCli(['broken.yaml', 'ok.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^Decision: COULD NOT AUDIT {2}\(1 stack, 0 findings, 1 file could not be audited\)$/m);
    expect(r.out).not.toMatch(/Decision: FAIL/);
  });
});
