import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AuditReport } from '../src/types/types.js';
import { formatGitlab, type CodeQualityIssue } from '../src/report/gitlab.js';
import { finding, manyFindingsReport, networkStack, sampleContext, sampleReport } from './helpers/sample-report.js';

const issues = (r: AuditReport): CodeQualityIssue[] => JSON.parse(formatGitlab(r, sampleContext)) as CodeQualityIssue[];

describe('formatGitlab (GitLab Code Quality)', () => {
  const all = issues(sampleReport);

  it('has every field GitLab requires on every issue', () => {
    for (const i of all) {
      expect(typeof i.description).toBe('string');
      expect(i.description.length).toBeGreaterThan(0);
      expect(typeof i.check_name).toBe('string');
      expect(typeof i.fingerprint).toBe('string');
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(typeof i.location.path).toBe('string');
      expect(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1).toBe(true);
    }
  });

  it('lists active findings only, plus one blocker per template that could not be audited', () => {
    // sample: 2 active in the network stack, 2 active in the CDK stack (one unknown), 1 audit error
    expect(all.map((i) => i.check_name).sort()).toEqual(['AllowHttp', 'IamPolicyWildcardAction', 'S3BucketPublicReadAcl', 'SSHOpenToWorld', 'cfn-audit/could-not-audit']);
    expect(all.find((i) => i.check_name === 'cfn-audit/could-not-audit')).toMatchObject({
      severity: 'blocker',
      location: { path: 'infra/templates/broken.yaml', lines: { begin: 4 } },
    });
  });

  it('paths are relative to the repository root, lines are the finding lines', () => {
    const ssh = all.find((i) => i.check_name === 'SSHOpenToWorld')!;
    expect(ssh.location).toEqual({ path: 'infra/templates/network stack.yaml', lines: { begin: 14 } });
    expect(ssh.description).toContain('Port 22 is open to 0.0.0.0/0');
    expect(ssh.content?.body).toContain('Restrict CidrIp');
  });

  it.each([
    [1, 'minor'],
    [3, 'minor'],
    [4, 'major'],
    [6, 'major'],
    [7, 'critical'],
    [8, 'critical'],
    [9, 'blocker'],
    [10, 'blocker'],
  ] as const)('risk %i is severity %s', (risk, severity) => {
    const [i] = issues(manyFindingsReport(1, () => risk));
    expect(i?.severity).toBe(severity);
  });

  it('an empty report is an empty array (GitLab then shows no issues)', () => {
    expect(issues({ ...sampleReport, stacks: [], errors: [] })).toEqual([]);
  });

  it('fingerprints are unique within a report and ignore positions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 500 }), (n, shift) => {
        const r = manyFindingsReport(n, (i) => 1 + (i % 10));
        const moved = { ...r, stacks: r.stacks.map((s) => ({ ...s, findings: s.findings.map((f) => ({ ...f, line: f.line + shift })) })) };
        const a = issues(r).map((i) => i.fingerprint);
        const b = issues(moved).map((i) => i.fingerprint);
        expect(new Set(a).size).toBe(a.length);
        expect(new Set(b)).toEqual(new Set(a));
      }),
      { numRuns: 30 },
    );
  });

  it('a finding whose line is 0 (no position) still gets line 1', () => {
    const r: AuditReport = { ...sampleReport, errors: [], stacks: [{ ...networkStack, findings: [finding({ ruleId: 'SSHOpenToWorld', logicalId: 'X', line: 0 })] }] };
    expect(issues(r)[0]?.location.lines.begin).toBe(1);
  });
});
