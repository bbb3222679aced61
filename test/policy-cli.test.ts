/** CLI runs of each policy mode: config discovery and errors, profiles, exceptions, baselines, init. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { STARTER_CONFIG } from '../src/policy/starter.js';
import { tempFiles } from './helpers/temp.js';

/** SSH (SSHOpenToWorld, 7) and HTTP (AllowHttp, 3) open to the world: score 10, fail by default. */
const WEB = `Resources:
  WebSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh }
        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0, Description: http }
      Tags:
        - { Key: Environment, Value: sandbox }
`;

const cli = runCli;

const project = (files: Record<string, string>): string => tempFiles(files, 'cfn-audit-policy-');

const json = (
  out: string,
): { decision: string; stacks: { score: number; findings: { ruleId: string; status: string; reason: string | null }[] }[]; notices: { kind: string; message: string }[] } =>
  JSON.parse(out);

describe('config file', () => {
  it('without a config: default profile, exit 1 (score 10)', async () => {
    expect((await cli(['web.yaml'], project({ 'web.yaml': WEB }))).code).toBe(1);
  });

  it('is found in the current directory or the nearest parent', async () => {
    const dir = project({ '.cfn-audit.yml': 'rules:\n  AllowHttp: off\n', 'stacks/app/web.yaml': WEB });
    expect((await cli(['web.yaml'], join(dir, 'stacks/app'))).code).toBe(3);
    const yamlExt = project({ '.cfn-audit.yaml': 'rules:\n  AllowHttp: off\n', 'web.yaml': WEB });
    expect((await cli(['web.yaml'], yamlExt)).code).toBe(3);
  });

  it('--config names one explicitly (and wins over discovery)', async () => {
    const dir = project({
      '.cfn-audit.yml': 'rules:\n  AllowHttp: off\n',
      'ci/strict.yml': 'profile: strict\nprofiles:\n  strict:\n    thresholds: { fail: 8 }\n',
      'web.yaml': WEB,
    });
    expect((await cli(['--config', 'ci/strict.yml', 'web.yaml'], dir)).code).toBe(1);
    expect((await cli(['--config', 'missing.yml', 'web.yaml'], dir)).code).toBe(2);
  });

  it('an unknown key or a wrong type is refused with exit 2, naming file, line and key', async () => {
    const dir = project({ '.cfn-audit.yml': 'profiles:\n  prod:\n    thresholds:\n      fail: high\n', 'web.yaml': WEB });
    const r = await cli(['web.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('cfn-audit: .cfn-audit.yml:4:13: profiles.prod.thresholds.fail: expected a whole number, got the string "high"\n');
    expect(r.out).toBe('');
    const typo = await cli(['web.yaml'], project({ '.cfn-audit.yml': 'profile: default\nrule:\n  AllowHttp: off\n', 'web.yaml': WEB }));
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/^cfn-audit: \.cfn-audit\.yml:2:1: rule: unknown key "rule"/);
  });

  it('an unknown rule id in the config is refused, naming it', async () => {
    const r = await cli(['web.yaml'], project({ '.cfn-audit.yml': 'rules:\n  AllowHTTP: off\n', 'web.yaml': WEB }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('rules.AllowHTTP: unknown rule id "AllowHTTP" (did you mean AllowHttp?)');
  });

  it('rulePaths load rule files relative to the config file', async () => {
    const rule =
      'id: NoDevBuckets\ntitle: t\nrisk: 9\nresourceTypes: [AWS::EC2::SecurityGroup]\nkind: path\ngiven: $.Properties.GroupDescription\nassert: { notEquals: web }\ndescription: d\nmessage: m\nremediation: r\n';
    const dir = project({ '.cfn-audit.yml': 'rulePaths: [team-rules]\n', 'team-rules/NoDevBuckets.yaml': rule, 'sub/web.yaml': WEB });
    const r = await cli(['-f', 'json', 'web.yaml'], join(dir, 'sub'));
    if (r.code === 2) throw new Error(r.err);
    expect(json(r.out).stacks[0]!.findings.map((f) => f.ruleId)).toContain('NoDevBuckets');
  });
});

describe('profiles', () => {
  const CONFIG = 'profile: dev\nprofiles:\n  dev:\n    thresholds: { approval: 8, fail: 15 }\n  prod:\n    extends: strict\n    thresholds: { approval: 3, fail: 7 }\n';
  it('the config profile applies; --profile chooses another; flags override thresholds', async () => {
    const dir = project({ '.cfn-audit.yml': CONFIG, 'web.yaml': WEB });
    expect((await cli(['web.yaml'], dir)).code).toBe(3);
    expect((await cli(['--profile', 'default', 'web.yaml'], dir)).code).toBe(1);
    expect((await cli(['-P', 'prod', 'web.yaml'], dir)).code).toBe(1);
    expect((await cli(['--fail-at', '11', 'web.yaml'], dir)).code).toBe(3);
    expect((await cli(['--approval-at', '20', '--fail-at', '30', 'web.yaml'], dir)).code).toBe(0);
    const text = (await cli(['web.yaml'], dir)).out;
    expect(text).toContain('(approval ≥ 8, fail ≥ 15;');
  });

  it('an unknown --profile is refused with exit 2, naming it', async () => {
    const r = await cli(['--profile', 'prd', 'web.yaml'], project({ '.cfn-audit.yml': CONFIG, 'web.yaml': WEB }));
    expect(r.code).toBe(2);
    expect(r.err).toBe('cfn-audit: --profile: unknown profile "prd"; known profiles: default, strict, dev, prod\n');
  });

  it('strict runs advisory rules', async () => {
    const dir = project({ 'web.yaml': WEB });
    const d = json((await cli(['-f', 'json', 'web.yaml'], dir)).out);
    const s = json((await cli(['-f', 'json', '--profile', 'strict', 'web.yaml'], dir)).out);
    expect(s.stacks[0]!.findings.length).toBeGreaterThan(d.stacks[0]!.findings.length);
    expect(s.stacks[0]!.findings.map((f) => f.ruleId)).toContain('SecurityGroupMissingEgress');
  });
});

describe('exceptions', () => {
  const cfg = (expires: string): string =>
    `exceptions:\n  - rule: AllowHttp\n    resource: "**/web.yaml#Web*"\n    reason: ALB redirects 80 to 443\n    expires: ${expires}\n  - rule: RDPOpenToWorld\n    reason: nothing matches this\n`;

  it('an excepted finding shows its reason in text and JSON and does not count', async () => {
    const dir = project({ '.cfn-audit.yml': cfg('2026-12-31'), 'stacks/web.yaml': WEB });
    const text = await cli(['stacks'], dir);
    expect(text.code).toBe(3);
    expect(text.out).toContain('AllowHttp  risk 3 [excepted]');
    expect(text.out).toContain('excepted: ALB redirects 80 to 443');
    expect(text.out).toContain('! .cfn-audit.yml: exception 2 (line 6, rule RDPOpenToWorld) matched no finding');
    const j = json((await cli(['-f', 'json', 'stacks'], dir)).out);
    expect(j.stacks[0]!.findings.find((f) => f.ruleId === 'AllowHttp')).toMatchObject({ status: 'excepted', reason: 'ALB redirects 80 to 443' });
    expect(j.notices.map((n) => n.kind)).toEqual(['exception-unused']);
  });

  it('an expired exception no longer applies and the output says it expired', async () => {
    const dir = project({ '.cfn-audit.yml': cfg('2026-06-14'), 'stacks/web.yaml': WEB });
    const r = await cli(['stacks'], dir, '2026-06-15T08:00:00Z');
    expect(r.code).toBe(1);
    expect(r.out).toContain('exception 1 (line 2, rule AllowHttp, resource **/web.yaml#Web*) expired on 2026-06-14; it no longer applies (1 finding would have matched)');
    // The day before, it still applied.
    expect((await cli(['stacks'], dir, '2026-06-14T23:00:00Z')).code).toBe(3);
  });
});

describe('baseline', () => {
  it('--write-baseline records the findings; --baseline then passes until a new finding appears', async () => {
    const dir = project({ 'web.yaml': WEB });
    const w = await cli(['--write-baseline', 'baseline.json', 'web.yaml'], dir);
    expect(w.code).toBe(0);
    expect(w.out).toContain('wrote 2 findings to the baseline');
    const file = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(file).toMatchObject({ version: 1, generated: '2026-06-15T00:00:00.000Z' });
    expect(file.findings.map((f: { ruleId: string; file: string; logicalId: string; stack: null }) => [f.ruleId, f.file, f.logicalId, f.stack])).toEqual([
      ['AllowHttp', 'web.yaml', 'WebSg', null],
      ['SSHOpenToWorld', 'web.yaml', 'WebSg', null],
    ]);
    // Writing again gives the same bytes (deterministic), save the timestamp.
    await cli(['--write-baseline', 'again.json', 'web.yaml'], dir);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'baseline.json'), 'utf8'));

    const b = await cli(['-f', 'json', '--baseline', 'baseline.json', 'web.yaml'], dir);
    expect(b.code).toBe(0);
    expect(json(b.out).stacks[0]!.findings.map((f) => [f.status, f.reason])).toEqual([
      ['baselined', 'baseline baseline.json'],
      ['baselined', 'baseline baseline.json'],
    ]);
    // Reformatted to JSON with keys reordered: still baselined.
    writeFileSync(
      join(dir, 'web.json'),
      JSON.stringify({
        Resources: {
          WebSg: {
            Properties: {
              Tags: [{ Value: 'sandbox', Key: 'Environment' }],
              SecurityGroupIngress: [
                { CidrIp: '0.0.0.0/0', ToPort: 22, FromPort: 22, IpProtocol: 'tcp', Description: 'ssh' },
                { Description: 'http', IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0' },
              ],
              GroupDescription: 'web',
            },
            Type: 'AWS::EC2::SecurityGroup',
          },
        },
      }),
    );
    const moved = await cli(['--write-baseline', 'b2.json', 'web.json'], dir);
    expect(moved.code).toBe(0);
    // A new world-open RDP rule is not in the baseline.
    writeFileSync(
      join(dir, 'web.yaml'),
      WEB.replace('      Tags:', '        - { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0, Description: rdp }\n      Tags:'),
    );
    const grown = json((await cli(['-f', 'json', '--baseline', 'baseline.json', 'web.yaml'], dir)).out);
    expect(grown.stacks[0]!.findings.filter((f) => f.status === 'active').map((f) => f.ruleId)).toEqual(['RDPOpenToWorld']);
  });

  it('a missing or malformed baseline is exit 2', async () => {
    const dir = project({ 'web.yaml': WEB, 'bad.json': '{"findings": 3}' });
    expect((await cli(['--baseline', 'none.json', 'web.yaml'], dir)).code).toBe(2);
    const bad = await cli(['--baseline', 'bad.json', 'web.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--baseline bad.json: not a cfn-audit baseline');
  });
});

describe('cfn-audit init', () => {
  it('writes a commented starter config that the next run accepts, and refuses to overwrite it', async () => {
    const dir = project({ 'web.yaml': WEB });
    const r = await cli(['init'], dir);
    expect(r.code).toBe(0);
    const written = readFileSync(join(dir, '.cfn-audit.yml'), 'utf8');
    expect(written).toBe(STARTER_CONFIG);
    expect(written).toMatch(/^# yaml-language-server: \$schema=/);
    expect((await cli(['web.yaml'], dir)).code).toBe(1);
    expect((await cli(['--profile', 'dev', 'web.yaml'], dir)).code).toBe(3);
    writeFileSync(join(dir, '.cfn-audit.yml'), 'profile: mine\n');
    const again = await cli(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('.cfn-audit.yml already exists');
    expect(readFileSync(join(dir, '.cfn-audit.yml'), 'utf8')).toBe('profile: mine\n');
    expect(existsSync(join(dir, '.cfn-audit.yaml'))).toBe(false);
  });
});
