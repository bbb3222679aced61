import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AuditReport } from '../src/types/types.js';
import { HOOK_LIMITS, hookResponse, internalFailure, nothingToAudit, severityLevel, type HookResponseOptions } from '../src/report/hook.js';
import { manyFindingsReport, sampleContext, sampleReport } from './helpers/sample-report.js';

const opts = (over: Partial<HookResponseOptions> = {}): HookResponseOptions => ({
  token: 'tok',
  target: 'stack my-app',
  onManualApproval: 'fail',
  rules: sampleContext.rules,
  cloudControl: false,
  ruleLink: (_r, id) => `https://docs.example.com/${id}`,
  ...over,
});

describe('hookResponse', () => {
  it.each([
    [1, 'LOW'],
    [3, 'LOW'],
    [4, 'MEDIUM'],
    [6, 'MEDIUM'],
    [7, 'HIGH'],
    [8, 'HIGH'],
    [9, 'CRITICAL'],
    [10, 'CRITICAL'],
  ] as const)('risk %i is severity %s', (risk, level) => {
    expect(severityLevel(risk)).toBe(level);
  });

  it('a report with an audit error is InternalFailure naming the error, whatever the findings', () => {
    const r = hookResponse(sampleReport, opts());
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure', clientRequestToken: 'tok' });
    expect(r.message).toBe('cfn-audit could not audit stack my-app:\n- line 4:3: mapping values are not allowed here');
  });

  const noErrors: AuditReport = { ...sampleReport, errors: [] };

  it('lists active findings by risk; accepted ones are SKIPPED annotations with their reason', () => {
    const r = hookResponse(noErrors, opts());
    expect(r.hookStatus).toBe('FAILED');
    const listed = r.message.split('\n').slice(1);
    expect(listed.map((l) => /^- (\w+) \(risk (\d+)/.exec(l)?.slice(1))).toEqual([
      ['S3BucketPublicReadAcl', '8'],
      ['SSHOpenToWorld', '7'],
      ['IamPolicyWildcardAction', '5'],
      ['AllowHttp', '3'],
    ]);
    expect(r.message).toMatch(/risk 8, unresolved/);
    const skipped = r.annotations!.filter((a) => a.status === 'SKIPPED');
    expect(skipped.map((a) => a.statusMessage)).toEqual(
      expect.arrayContaining([expect.stringContaining('suppressed (Legacy ALB, redirects to HTTPS; ticket SEC-42)'), expect.stringContaining('excepted (Public website bucket')]),
    );
    expect(skipped.every((a) => a.severityLevel === 'INFORMATIONAL')).toBe(true);
    const failed = r.annotations!.filter((a) => a.status === 'FAILED');
    expect(failed).toHaveLength(4);
    expect(failed.every((a) => a.remediationLink === `https://docs.example.com/${a.annotationName}`)).toBe(true);
    expect(failed.find((a) => a.annotationName === 'SSHOpenToWorld')?.remediationMessage).toMatch(/Restrict CidrIp/);
  });

  it.each([
    ['fail', 'FAILED', 'NonCompliant'],
    ['warn', 'SUCCESS', undefined],
  ] as const)('manual approval with onManualApproval %s → %s', (on, status, code) => {
    const report = { ...noErrors, decision: 'manual-approval' as const };
    const r = hookResponse(report, opts({ onManualApproval: on }));
    expect(r.hookStatus).toBe(status);
    expect(r.errorCode).toBe(code);
  });

  it('pass is SUCCESS without an error code; fail is FAILED NonCompliant even with warn', () => {
    expect(hookResponse({ ...noErrors, decision: 'pass' }, opts()).errorCode).toBeUndefined();
    expect(hookResponse({ ...noErrors, decision: 'fail' }, opts({ onManualApproval: 'warn' }))).toMatchObject({ hookStatus: 'FAILED', errorCode: 'NonCompliant' });
  });

  it('names the rules that did not run', () => {
    const r = hookResponse({ ...noErrors, decision: 'pass', stacks: [] }, opts({ notRun: ['A', 'B'] }));
    expect(r.message).toMatch(/; not run on a single resource: A, B$/);
    expect(r.annotations?.map((a) => [a.annotationName, a.status])).toEqual([
      ['A', 'SKIPPED'],
      ['B', 'SKIPPED'],
    ]);
  });

  it('the message fits 4,096 (1,024 for Cloud Control) for any number of findings, keeps the riskiest and says how many more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.boolean(), fc.integer({ min: 1, max: 10 }), (n, cloudControl, top) => {
        const report = manyFindingsReport(n, (i) => (i === n - 1 ? top : 1 + (i % top)));
        const r = hookResponse({ ...report, decision: 'fail' }, opts({ cloudControl }));
        const max = cloudControl ? HOOK_LIMITS.cloudControlMessage : HOOK_LIMITS.message;
        expect(r.message.length).toBeLessThanOrEqual(max);
        const lines = r.message.split('\n').filter((l) => l.startsWith('- '));
        if (n > 0 && lines.length > 0) expect(lines[0]).toContain(`(risk ${top})`);
        if (lines.length < n) expect(r.message).toMatch(new RegExp(`… and ${n - lines.length} more`));
        expect((r.annotations ?? []).length).toBeLessThanOrEqual(HOOK_LIMITS.annotations);
      }),
      { numRuns: 60 },
    );
  });

  it('annotation texts are capped', () => {
    const long = manyFindingsReport(1, () => 7);
    const f = long.stacks[0]!.findings[0]!;
    const report = { ...long, stacks: [{ ...long.stacks[0]!, findings: [{ ...f, data: { port: 22, cidr: 'x'.repeat(5000) } }] }] };
    const r = hookResponse(report, opts());
    expect(r.annotations![0]!.statusMessage.length).toBeLessThanOrEqual(HOOK_LIMITS.annotationText);
  });
});

describe('internalFailure and nothingToAudit', () => {
  it('internalFailure is FAILED InternalFailure, cut to the limit', () => {
    expect(internalFailure('t', 'x'.repeat(9000)).message.length).toBe(4096);
    expect(internalFailure('t', 'x'.repeat(9000), true).message.length).toBe(1024);
    expect(internalFailure('t', 'bad')).toEqual({ hookStatus: 'FAILED', errorCode: 'InternalFailure', message: 'cfn-audit could not audit: bad', clientRequestToken: 't' });
  });

  it('nothingToAudit is SUCCESS', () => {
    expect(nothingToAudit('t', 'stack x is being deleted')).toMatchObject({ hookStatus: 'SUCCESS', clientRequestToken: 't' });
  });
});
