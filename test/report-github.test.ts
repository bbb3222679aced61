import { describe, it, expect } from 'vitest';
import type { AuditReport } from '../src/types/types.js';
import { MAX_PER_LEVEL, command, escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import { finding, manyFindingsReport, networkStack, sampleContext, sampleReport } from './helpers/sample-report.js';

function lines(out: string): string[] {
  return out.split('\n').filter(Boolean);
}

/** Undo GitHub's escaping the way the runner does, to check round trips. */
function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseCommand(line: string): { level: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { level: m[1] ?? '', props, message: unescape(m[3] ?? '') };
}

describe('formatGithub', () => {
  const out = formatGithub(sampleReport, sampleContext);

  it('annotates active findings and audit errors, most severe first', () => {
    expect(
      lines(out)
        .map((l) => parseCommand(l))
        .map((c) => [c.level, c.props['title']]),
    ).toEqual([
      ['error', 'cfn-audit could not audit this file'],
      ['error', 'cfn-audit S3BucketPublicReadAcl (risk 8) unresolved'],
      ['error', 'cfn-audit SSHOpenToWorld (risk 7)'],
      ['warning', 'cfn-audit IamPolicyWildcardAction (risk 5)'],
      ['notice', 'cfn-audit AllowHttp (risk 3)'],
    ]);
  });

  it('writes repository-relative file, line and column, and a multi-line message', () => {
    const ssh = lines(out)[2] ?? '';
    expect(ssh).toBe(
      '::error file=infra/templates/network stack.yaml,line=14,col=11,title=cfn-audit SSHOpenToWorld (risk 7)::' +
        'Port 22 is open to 0.0.0.0/0 (when condition IsProd is true)%0AResource: WebSg [AWS::EC2::SecurityGroup]%0AFix: Restrict CidrIp to a known range or use SSM Session Manager.',
    );
    expect(lines(out)[0]).toBe('::error file=infra/templates/broken.yaml,line=4,col=3,title=cfn-audit could not audit this file::mapping values are not allowed here');
  });

  it('leaves out suppressed, excepted and baselined findings', () => {
    expect(out).not.toContain('LegacySg');
    expect(out).not.toContain('WebsiteBucket');
    expect(out).not.toContain('BastionSg');
  });

  it('uses cwd when there is no repository root', () => {
    expect(parseCommand(lines(formatGithub(sampleReport, { ...sampleContext, repoRoot: null }))[0] ?? '').props['file']).toBe('templates/broken.yaml');
  });

  it('omits line and col for errors without a position', () => {
    const report: AuditReport = { ...sampleReport, stacks: [], errors: [{ file: 'x.yaml', line: null, column: null, message: 'unreadable' }] };
    expect(formatGithub(report, sampleContext)).toBe('::error file=infra/x.yaml,title=cfn-audit could not audit this file::unreadable\n');
  });

  it('escapes commas, colons, newlines and percent signs', () => {
    const f = finding({
      ruleId: 'AllowHttp',
      logicalId: 'Sg',
      line: 2,
      file: 'a,b:c%d\ne.yaml',
      data: { port: '80%', cidr: 'x,y:z\r\nnext' },
    });
    const report: AuditReport = { ...sampleReport, errors: [], stacks: [{ ...networkStack, findings: [f] }] };
    const line = lines(formatGithub(report, sampleContext))[0] ?? '';
    expect(line).toContain('file=infra/a%2Cb%3Ac%25d%0Ae.yaml,line=2,col=7,');
    expect(line).toContain('::Plain HTTP (port 80%25) is allowed from x,y:z%0D%0Anext%0AResource:');
    const parsed = parseCommand(line);
    expect(parsed.props['file']).toBe('infra/a,b:c%d\ne.yaml');
    expect(parsed.message.startsWith('Plain HTTP (port 80%) is allowed from x,y:z\r\nnext\nResource: Sg')).toBe(true);
  });

  it('escapes like @actions/core', () => {
    expect(escapeData('100% a:b,c\r\n')).toBe('100%25 a:b,c%0D%0A');
    expect(escapeProperty('100% a:b,c\r\n')).toBe('100%25 a%3Ab%2Cc%0D%0A');
    expect(escapeProperty('%3A')).toBe('%253A');
    expect(command({ level: 'notice', message: 'hi' })).toBe('::notice::hi');
  });

  it('emits nothing for a clean report', () => {
    expect(formatGithub({ ...sampleReport, errors: [], stacks: [] }, sampleContext)).toBe('');
  });
});

describe('formatGithub caps', () => {
  it('shows at most 10 per level, the most severe first, and counts the rest', () => {
    // 15 errors (risk 7..9), 12 warnings (risk 4..6), 3 notices.
    const risks = [...Array.from({ length: 15 }, (_, i) => 7 + (i % 3)), ...Array.from({ length: 12 }, (_, i) => 4 + (i % 3)), 1, 2, 3];
    const cmds = lines(
      formatGithub(
        manyFindingsReport(risks.length, (i) => risks[i] ?? 1),
        sampleContext,
      ),
    ).map(parseCommand);
    const count = (level: string) => cmds.filter((c) => c.level === level).length;
    expect(count('error')).toBe(MAX_PER_LEVEL);
    expect(count('warning')).toBe(MAX_PER_LEVEL);
    // 3 findings + the summary
    expect(count('notice')).toBe(4);
    const errorRisks = cmds.filter((c) => c.level === 'error').map((c) => Number(/risk (\d+)/.exec(c.props['title'] ?? '')?.[1]));
    expect(errorRisks).toEqual([9, 9, 9, 9, 9, 8, 8, 8, 8, 8]);
    expect(cmds.at(-1)).toEqual({
      level: 'notice',
      props: { title: 'cfn-audit' },
      message: '7 more results not shown as annotations (GitHub shows at most 10 per level); see the job summary or the SARIF report.',
    });
  });

  it('orders equal risks by file and line', () => {
    const cmds = lines(
      formatGithub(
        manyFindingsReport(12, () => 7),
        sampleContext,
      ),
    ).map(parseCommand);
    expect(cmds.slice(0, 10).map((c) => c.props['line'])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(cmds.at(-1)?.message.startsWith('2 more results')).toBe(true);
  });

  it('keeps one notice slot for the summary', () => {
    const cmds = lines(
      formatGithub(
        manyFindingsReport(12, () => 2),
        sampleContext,
      ),
    ).map(parseCommand);
    expect(cmds).toHaveLength(10);
    expect(cmds.filter((c) => c.props['file'] !== undefined)).toHaveLength(9);
    expect(cmds.at(-1)?.message.startsWith('3 more results')).toBe(true);
  });

  it('adds no summary when exactly 10 of each level fit', () => {
    const cmds = lines(
      formatGithub(
        manyFindingsReport(10, () => 2),
        sampleContext,
      ),
    ).map(parseCommand);
    expect(cmds).toHaveLength(10);
    expect(cmds.every((c) => c.props['file'] !== undefined)).toBe(true);
  });

  it('gives audit errors priority over findings', () => {
    const many = manyFindingsReport(10, () => 9);
    const report: AuditReport = { ...many, errors: [{ file: 'bad.yaml', line: 1, column: 1, message: 'boom' }] };
    const cmds = lines(formatGithub(report, sampleContext)).map(parseCommand);
    expect(cmds[0]?.message).toBe('boom');
    expect(cmds.filter((c) => c.level === 'error')).toHaveLength(10);
    expect(cmds.at(-1)?.message.startsWith('1 more result not shown')).toBe(true);
  });
});
