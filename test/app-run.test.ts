/**
 * The app layer driven through its ports: an in-memory file system, a fake git and a settable clock.
 * No test here reads the disk or starts a process.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAudit, type RunRequest } from '../src/app/run.js';
import { UsageError } from '../src/app/errors.js';
import { score } from '../src/policy/verdict.js';
import { memoryPorts } from './helpers/memory-ports.js';
import { builtinChecks } from '../src/rules/checks/index.js';
import { formatJson } from '../src/report/json.js';

const SG = (id: string, ports: readonly number[], cidr = '0.0.0.0/0'): string =>
  [
    `  ${id}:`,
    '    Type: AWS::EC2::SecurityGroup',
    '    Properties:',
    '      GroupDescription: test',
    '      SecurityGroupIngress:',
    ...ports.flatMap((p) => [`        - IpProtocol: tcp`, `          FromPort: ${p}`, `          ToPort: ${p}`, `          CidrIp: ${cidr}`]),
  ].join('\n');
const template = (...resources: string[]): string => `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${resources.join('\n')}\n`;

const SSH = template(SG('Admin', [22]));
const HTTP = template(SG('Web', [80]));
const BOTH = template(SG('Admin', [22]), SG('Web', [80]));
const CLEAN = template(SG('Db', [5432], '10.0.0.0/16'));

const req = (inputs: string[], more: Partial<RunRequest> = {}): RunRequest => ({ inputs, cwd: '/repo', ...more });
const summary = (r: Awaited<ReturnType<typeof runAudit>>) => r.report.stacks.map((s) => [s.file, s.score, s.decision, s.findings.map((f) => `${f.ruleId}:${f.status}`)]);

describe('a run through the ports', () => {
  it('audits templates that exist only in memory; every path it touches is under the run', async () => {
    const ports = memoryPorts({ '/repo/a.yaml': SSH, '/repo/sub/b.yaml': HTTP, '/repo/sub/c.json': JSON.stringify({ Resources: {} }) });
    const r = await runAudit(req(['a.yaml', 'sub'], { discoverConfig: false }), ports);
    expect(summary(r)).toEqual([
      ['a.yaml', 7, 'manual-approval', ['SSHOpenToWorld:active']],
      ['sub/b.yaml', 3, 'pass', ['AllowHttp:active']],
      ['sub/c.json', 0, 'pass', []],
    ]);
    expect(r.report.decision).toBe('manual-approval');
    expect(ports.touched.every((p) => p.startsWith('/repo'))).toBe(true);
  });

  it('finds the config in a parent folder through the file port and applies its profile', async () => {
    for (const [where, cwd] of [
      ['/repo/.cfn-audit.yml', '/repo/app'],
      ['/.cfn-audit.yaml', '/repo/app'],
      ['/repo/app/.cfn-audit.yml', '/repo/app'],
    ] as const) {
      const ports = memoryPorts({ [where]: 'profiles:\n  default:\n    thresholds: { approval: 2, fail: 3 }\n', '/repo/app/t.yaml': HTTP });
      const r = await runAudit({ inputs: ['t.yaml'], cwd }, ports);
      expect([where, r.report.stacks[0]!.decision]).toEqual([where, 'fail']);
    }
    const none = await runAudit({ inputs: ['t.yaml'], cwd: '/repo/app' }, memoryPorts({ '/repo/app/t.yaml': HTTP }));
    expect(none.report.stacks[0]!.decision).toBe('pass');
  });

  it('reads user rules, parameters and a named config through the file port; a missing one is a UsageError', async () => {
    const rule = [
      'id: NoDefaultVpcCidr',
      'title: VPC with the default CIDR',
      'description: the default range collides with peers',
      'risk: 6',
      'resourceTypes: [AWS::EC2::VPC]',
      'kind: path',
      'message: the VPC uses {value}',
      'remediation: choose a planned range',
      'given: $.Properties.CidrBlock',
      'assert: { not: { equals: 10.0.0.0/16 } }',
    ].join('\n');
    const vpc = 'Parameters:\n  Cidr: { Type: String }\nResources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !Ref Cidr }\n';
    const ports = memoryPorts({ '/repo/rules/vpc.yaml': rule, '/repo/p.json': '[{"ParameterKey":"Cidr","ParameterValue":"10.0.0.0/16"}]', '/repo/t.yaml': vpc });
    const ok = await runAudit(req(['t.yaml'], { rulePaths: ['rules'], parametersFile: 'p.json', discoverConfig: false }), ports);
    expect(ok.report.stacks[0]!.findings.map((f) => [f.ruleId, f.outcome])).toEqual([['NoDefaultVpcCidr', 'fail']]);
    for (const more of [{ rulePaths: ['nope'] }, { parametersFile: 'nope.json' }, { configFile: 'nope.yml' }, { baselineFile: 'nope.json' }] as const) {
      await expect(runAudit(req(['t.yaml'], { discoverConfig: false, ...more }), ports)).rejects.toBeInstanceOf(UsageError);
    }
  });

  it('standard input comes from the port', async () => {
    const r = await runAudit(req(['-'], { discoverConfig: false }), memoryPorts({}, { stdin: SSH }));
    expect(summary(r)).toEqual([['<stdin>', 7, 'manual-approval', ['SSHOpenToWorld:active']]]);
  });

  it('the time budget is read from the clock port: files after the deadline are errors, not silence', async () => {
    const files = { '/repo/1.yaml': SSH, '/repo/2.yaml': HTTP, '/repo/3.yaml': CLEAN };
    for (const [tick, audited] of [
      [0, 3],
      [1000, 1],
    ] as const) {
      const ports = memoryPorts(files);
      ports.tick = tick;
      const start = ports.clock().getTime();
      const r = await runAudit(req(['.'], { discoverConfig: false, deadline: start + 1500, now: new Date(start) }), ports);
      expect([tick, r.report.stacks.length, r.report.errors.length]).toEqual([tick, audited, 3 - audited]);
      if (audited < 3) expect(r.report.decision).toBe('fail');
    }
  });

  it('refuses an output that is also an input, before writing anything', async () => {
    const ports = memoryPorts({ '/repo/t.yaml': SSH });
    await expect(runAudit(req(['t.yaml'], { discoverConfig: false, outputs: [{ flag: '--output', file: 't.yaml' }] }), ports)).rejects.toBeInstanceOf(UsageError);
    await expect(runAudit(req(['t.yaml'], { discoverConfig: false, writeBaselineFile: 't.yaml' }), ports)).rejects.toBeInstanceOf(UsageError);
    expect(ports.files.get('/repo/t.yaml')).toBe(SSH);
  });

  it('an exception that matched only in files served from the cache is in use, and its findings stay excepted', async () => {
    const config =
      'exceptions:\n  - rule: SSHOpenToWorld\n    resource: "a.yaml#Admin"\n    reason: bastion\n  - rule: AllowHttp\n    resource: "b.yaml#Db"\n    reason: never matches\n';
    const ports = memoryPorts({ '/repo/.cfn-audit.yml': config, '/repo/a.yaml': SSH, '/repo/b.yaml': CLEAN });
    const unused = (r: Awaited<ReturnType<typeof runAudit>>) => r.report.notices.filter((n) => n.kind === 'exception-unused').map((n) => n.ruleId);
    const cold = await runAudit(req(['a.yaml', 'b.yaml'], { cacheDir: '.cache' }), ports);
    const warm = await runAudit(req(['a.yaml', 'b.yaml'], { cacheDir: '.cache' }), ports);
    expect(warm.report.notices.filter((n) => n.code === 'cache-reused').map((n) => n.args)).toEqual([{ hits: 2, total: 2, dir: '.cache' }]);
    expect(unused(cold)).toEqual(['AllowHttp']);
    expect(unused(warm)).toEqual(['AllowHttp']);
    expect(warm.report.stacks.flatMap((s) => s.findings.filter((f) => f.ruleId === 'SSHOpenToWorld').map((f) => f.status))).toEqual(['excepted']);
  });

  it('the cache port serves a second run the same report', async () => {
    const ports = memoryPorts({ '/repo/a.yaml': BOTH, '/repo/b.yaml': CLEAN });
    const first = await runAudit(req(['.'], { discoverConfig: false, cacheDir: '.cache' }), ports);
    const second = await runAudit(req(['.'], { discoverConfig: false, cacheDir: '.cache' }), ports);
    expect(second.report.stacks).toEqual(first.report.stacks);
    expect(second.report.notices.filter((n) => n.code === 'cache-reused').map((n) => n.args)).toEqual([{ hits: 2, total: 2, dir: '.cache' }]);
  });
});

describe('baseline steps before the one scoring', () => {
  it('writes the baseline through the port with the clock’s time, and the written findings do not count', async () => {
    const ports = memoryPorts({ '/repo/t.yaml': BOTH }, { now: new Date('2026-02-03T04:05:06Z') });
    const r = await runAudit(req(['t.yaml'], { discoverConfig: false, writeBaselineFile: 'bl.json' }), ports);
    const written = JSON.parse(ports.files.get('/repo/bl.json')!) as { generated: string; findings: { ruleId: string }[] };
    expect(written.generated).toBe('2026-02-03T04:05:06.000Z');
    expect(written.findings.map((f) => f.ruleId).sort()).toEqual(['AllowHttp', 'SSHOpenToWorld']);
    expect(summary(r)).toEqual([['t.yaml', 0, 'pass', ['SSHOpenToWorld:baselined', 'AllowHttp:baselined']]]);
  });

  it('a score always equals the score of the stack’s final findings, whatever part of them a baseline lists (property)', async () => {
    const files = { '/repo/a.yaml': BOTH, '/repo/b.yaml': template(SG('Rdp', [3389]), SG('Web', [80, 443])), '/repo/c.yaml': SSH };
    const all = await runAudit(req(['.'], { discoverConfig: false }), memoryPorts(files));
    const prints = all.report.stacks.flatMap((s) => s.findings.map((f) => f.fingerprint));
    expect(prints.length).toBeGreaterThan(3);
    await fc.assert(
      fc.asyncProperty(fc.subarray(prints), fc.boolean(), async (listed, countUnknown) => {
        const ports = memoryPorts({ ...files, '/repo/bl.json': JSON.stringify({ version: 1, findings: listed.map((fingerprint) => ({ fingerprint })) }) });
        const r = await runAudit(req(['.'], { discoverConfig: false, baselineFile: 'bl.json', countUnknown }), ports);
        for (const s of r.report.stacks) {
          expect(s.score).toBe(score(s.findings, countUnknown, s.scoring));
          expect(s.counts.baselined).toBe(s.findings.filter((f) => listed.includes(f.fingerprint)).length);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('change-aware runs through the git and diff ports', () => {
  const git = (refs: Record<string, Record<string, string>>) => ({ git: { root: '/repo', refs } });

  it('--base-ref: a finding the file had at the ref is present in base; a new file is new in full', async () => {
    const ports = memoryPorts({ '/repo/app/web.yaml': BOTH, '/repo/app/new.yaml': SSH }, git({ main: { 'app/web.yaml': SSH } }));
    const r = await runAudit(req(['app'], { discoverConfig: false, baseRef: 'main' }), ports);
    expect(summary(r)).toEqual([
      ['app/new.yaml', 7, 'manual-approval', ['SSHOpenToWorld:active']],
      ['app/web.yaml', 3, 'pass', ['SSHOpenToWorld:baselined', 'AllowHttp:active']],
    ]);
    const web = r.report.stacks.find((s) => s.file === 'app/web.yaml')!;
    expect(web.changes?.map((c) => [c.kind, c.logicalId])).toEqual([['security-group-rule-added', 'Web']]);
    expect(r.report.stacks.find((s) => s.file === 'app/new.yaml')!.changes?.map((c) => c.kind)).toEqual(['security-group-rule-added']);
    expect(ports.diffLoads).toBe(1);
  });

  it('--base-ref: the same file at the ref gives no new finding and no change', async () => {
    const ports = memoryPorts({ '/repo/t.yaml': BOTH }, git({ v1: { 't.yaml': BOTH } }));
    const r = await runAudit(req(['t.yaml'], { discoverConfig: false, baseRef: 'v1' }), ports);
    expect(summary(r)).toEqual([['t.yaml', 0, 'pass', ['SSHOpenToWorld:baselined', 'AllowHttp:baselined']]]);
    expect(r.report.stacks[0]!.changes).toEqual([]);
  });

  it('--base-ref: outside a repository, or an unknown ref, is a UsageError', async () => {
    await expect(
      runAudit({ inputs: ['t.yaml'], cwd: '/elsewhere', discoverConfig: false, baseRef: 'main' }, memoryPorts({ '/elsewhere/t.yaml': SSH }, git({ main: {} }))),
    ).rejects.toThrow(UsageError);
    await expect(runAudit(req(['t.yaml'], { discoverConfig: false, baseRef: 'nope' }), memoryPorts({ '/repo/t.yaml': SSH }, git({ main: {} })))).rejects.toThrow(UsageError);
  });

  it('--base-ref: a base version that is not a template is reported, and every finding counts as new', async () => {
    const ports = memoryPorts({ '/repo/t.yaml': SSH }, git({ main: { 't.yaml': 'Resources: [unclosed' } }));
    const r = await runAudit(req(['t.yaml'], { discoverConfig: false, baseRef: 'main' }), ports);
    expect(summary(r)).toEqual([['t.yaml', 7, 'manual-approval', ['SSHOpenToWorld:active']]]);
    expect(r.report.notices.filter((n) => n.file === 't.yaml' && n.kind === 'info')).toHaveLength(1);
  });

  it('--base PATH pairs files by their path under the input folder', async () => {
    const ports = memoryPorts({ '/repo/new/a.yaml': BOTH, '/repo/new/b.yaml': HTTP, '/repo/old/a.yaml': HTTP, '/repo/old/b.yaml': SSH });
    const r = await runAudit(req(['new'], { discoverConfig: false, base: 'old' }), ports);
    expect(summary(r)).toEqual([
      ['new/a.yaml', 7, 'manual-approval', ['SSHOpenToWorld:active', 'AllowHttp:baselined']],
      ['new/b.yaml', 3, 'pass', ['AllowHttp:active']],
    ]);
  });

  it('a run that is not change-aware never loads the diff module nor asks git', async () => {
    const ports = memoryPorts({ '/repo/t.yaml': BOTH }, git({}));
    await runAudit(req(['t.yaml'], { discoverConfig: false, baselineFile: undefined }), ports);
    expect(ports.diffLoads).toBe(0);
  });
});

describe('a rule that fails is an unknown finding with a typed cause, never a crash or a pass', () => {
  it.each([
    ['an Error', new Error('boom')],
    ['a thrown string', 'boom'],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'boom')")],
  ])('%s', async (_what, thrown) => {
    const checks = {
      ...builtinChecks,
      securityGroupRule: () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test: a check that throws a non-Error value
        throw thrown;
      },
    };
    const ports = memoryPorts({ '/repo/t.yaml': BOTH });
    const r = await runAudit(req(['t.yaml'], { discoverConfig: false, checks }), ports);
    const crashed = r.report.stacks[0]!.findings.filter((f) => f.cause?.code === 'rule-crashed');
    expect(crashed.length).toBeGreaterThan(0);
    expect(crashed.every((f) => f.outcome === 'unknown' && f.cause?.code === 'rule-crashed' && f.cause.args.error.includes('boom'))).toBe(true);
    // The JSON report words the cause where it always has: data.unknownReason.
    const json = JSON.parse(formatJson(r.report, { cwd: '/repo', color: false, rules: new Map(r.catalogue.map((x) => [x.id, x])) })) as {
      stacks: { findings: { ruleId: string; data: Record<string, unknown> }[] }[];
    };
    const reasons = json.stacks[0]!.findings.filter((f) => crashed.some((c) => c.ruleId === f.ruleId)).map((f) => f.data['unknownReason']);
    expect(reasons.every((x) => typeof x === 'string' && x.startsWith('the rule could not evaluate this resource (') && x.includes('boom'))).toBe(true);
  });
});
