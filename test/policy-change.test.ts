/**
 * Change-aware runs: --base (a template pair, a cdk.out pair) and --base-ref (a git revision), rename
 * handling, the security-relevant changes list, and that cloudformation-diff loads only in this mode.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { runAudit } from '../src/adapters/run.js';
import type { SecurityChange } from '../src/types/types.js';
import { tempDir, tempFiles } from './helpers/temp.js';

const root = join(import.meta.dirname, '..');
const V1 = readFileSync(join(root, 'fixtures/policy/web-v1.yaml'), 'utf8');
const V2 = readFileSync(join(root, 'fixtures/policy/web-v2.yaml'), 'utf8');

const cli = runCli;

const tmp = (files: Record<string, string>): string => tempFiles(files, 'cfn-audit-change-');

const EXPECTED_CHANGES: SecurityChange[] = [
  { kind: 'iam-statement-added', logicalId: 'AppRole', resourceType: 'AWS::IAM::Role', detail: 'Allow s3:PutObject on arn:aws:s3:::assets/uploads/* principal AWS:${AppRole}' },
  { kind: 'resource-replaced', logicalId: 'Net', resourceType: 'AWS::EC2::VPC', detail: 'CidrBlock' },
  { kind: 'resource-removed', logicalId: 'OldHandle', resourceType: 'AWS::CloudFormation::WaitConditionHandle', detail: '' },
  { kind: 'security-group-rule-added', logicalId: 'WebSg', resourceType: 'AWS::EC2::SecurityGroup', detail: 'ingress TCP 80 from Everyone (IPv4)' },
];

describe('--base with a template pair', () => {
  it('counts only new findings and lists the security-relevant changes', async () => {
    const dir = tmp({ 'old/web.yaml': V1, 'web.yaml': V2 });
    const { report } = await runAudit({ inputs: ['web.yaml'], cwd: dir, base: 'old/web.yaml', discoverConfig: false });
    const s = report.stacks[0]!;
    expect(s.findings.map((f) => [f.ruleId, f.status, f.reason])).toEqual([
      ['SSHOpenToWorld', 'baselined', 'present in base'],
      ['AllowHttp', 'active', null],
    ]);
    expect(s.score).toBe(3);
    expect(report.decision).toBe('pass');
    expect(s.changes).toEqual(EXPECTED_CHANGES);
  });

  it('without --base the same template fails (the base is what makes SSH old)', async () => {
    const dir = tmp({ 'web.yaml': V2 });
    const { report } = await runAudit({ inputs: ['web.yaml'], cwd: dir, discoverConfig: false });
    expect(report.stacks[0]!.score).toBe(10);
    expect(report.stacks[0]!.changes).toBeUndefined();
  });

  it('a resource renamed to a new logical id counts as new', async () => {
    const dir = tmp({ 'old.yaml': V1, 'web.yaml': V1.replaceAll('WebSg', 'FrontSg') });
    const { report } = await runAudit({ inputs: ['web.yaml'], cwd: dir, base: 'old.yaml', discoverConfig: false });
    const s = report.stacks[0]!;
    expect(s.findings.map((f) => [f.logicalId, f.ruleId, f.status])).toEqual([['FrontSg', 'SSHOpenToWorld', 'active']]);
    expect(s.score).toBe(7);
    expect(s.changes).toEqual([
      { kind: 'security-group-rule-added', logicalId: 'FrontSg', resourceType: 'AWS::EC2::SecurityGroup', detail: 'ingress TCP 22 from Everyone (IPv4)' },
      { kind: 'resource-removed', logicalId: 'WebSg', resourceType: 'AWS::EC2::SecurityGroup', detail: '' },
    ]);
  });

  it('an unchanged template has no new findings and no changes', async () => {
    const dir = tmp({ 'old.yaml': V1, 'web.yaml': `# reformatted\n${toYaml(parseYaml(V1), { indent: 4 })}` });
    const { report } = await runAudit({ inputs: ['web.yaml'], cwd: dir, base: 'old.yaml', discoverConfig: false });
    expect(report.stacks[0]!.counts).toMatchObject({ active: 0, baselined: 1 });
    expect(report.stacks[0]!.changes).toEqual([]);
  });

  it('pairs directories by relative path', async () => {
    const dir = tmp({ 'base/a/web.yaml': V1, 'base/b/web.yaml': V2, 'cur/a/web.yaml': V2, 'cur/b/web.yaml': V2 });
    const { report } = await runAudit({ inputs: ['cur'], cwd: dir, base: 'base', discoverConfig: false });
    expect(report.stacks.map((s) => [s.file, s.score, s.changes?.length])).toEqual([
      ['cur/a/web.yaml', 3, 4],
      ['cur/b/web.yaml', 0, 0],
    ]);
  });

  it('CLI: text and JSON show the changes; exit code follows only the new risk', async () => {
    const dir = tmp({ 'old.yaml': V1, 'web.yaml': V2 });
    const text = await cli(['--base', 'old.yaml', 'web.yaml'], dir);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Security-relevant changes since the base');
    expect(text.out).toContain('+ WebSg (AWS::EC2::SecurityGroup) security-group rule added: ingress TCP 80 from Everyone (IPv4)');
    expect(text.out).toContain('~ Net (AWS::EC2::VPC) will be replaced (changed: CidrBlock)');
    expect(text.out).toContain('~ OldHandle (AWS::CloudFormation::WaitConditionHandle) removed');
    expect(text.out).toContain('baselined: present in base');
    const json = await cli(['--base', 'old.yaml', '-f', 'json', 'web.yaml'], dir);
    expect(JSON.parse(json.out).stacks[0].changes).toEqual(EXPECTED_CHANGES);
    expect((await cli(['--base', 'nope.yaml', 'web.yaml'], dir)).code).toBe(2);
    expect((await cli(['--base', 'old.yaml', '--base-ref', 'HEAD', 'web.yaml'], dir)).code).toBe(2);
  });
});

describe('--base with a cdk.out pair', () => {
  it('pairs stacks by stack name', async () => {
    const dir = tempDir('cfn-audit-cdk-');
    cpSync(join(root, 'fixtures/cdk/minimal.out'), join(dir, 'base.out'), { recursive: true });
    cpSync(join(root, 'fixtures/cdk/minimal.out'), join(dir, 'cdk.out'), { recursive: true });
    const file = join(dir, 'cdk.out/MinimalStack.template.json');
    const t = JSON.parse(readFileSync(file, 'utf8'));
    t.Resources.Bastion2B4CEC30.Properties.SecurityGroupIngress.push({ CidrIp: '0.0.0.0/0', FromPort: 3389, IpProtocol: 'tcp', ToPort: 3389 });
    writeFileSync(file, JSON.stringify(t, null, 1));
    const { report } = await runAudit({ inputs: ['cdk.out'], cwd: dir, base: 'base.out', discoverConfig: false });
    const main = report.stacks.find((s) => s.name === 'MinimalStack')!;
    expect(main.findings.map((f) => [f.ruleId, f.status])).toEqual([
      ['SSHOpenToWorld', 'baselined'],
      ['RDPOpenToWorld', 'active'],
    ]);
    expect(main.changes).toEqual([
      { kind: 'security-group-rule-added', logicalId: 'Bastion2B4CEC30', resourceType: 'AWS::EC2::SecurityGroup', detail: 'ingress TCP 3389 from Everyone (IPv4)' },
    ]);
  });
});

describe('--base-ref', () => {
  const git = (dir: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });

  function repo(): string {
    const dir = tmp({ 'templates/web.yaml': V1, 'README.md': 'x' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'v1');
    writeFileSync(join(dir, 'templates/web.yaml'), V2);
    writeFileSync(join(dir, 'templates/new.yaml'), V1.replace('Version 1', 'a new file'));
    return dir;
  }

  it('reads the previous version of each file from git; a file absent at the ref is new in full', async () => {
    const dir = repo();
    const { report } = await runAudit({ inputs: ['templates'], cwd: dir, baseRef: 'HEAD', discoverConfig: false });
    const byFile = new Map(report.stacks.map((s) => [s.file, s]));
    const web = byFile.get('templates/web.yaml')!;
    expect(web.findings.map((f) => [f.ruleId, f.status])).toEqual([
      ['SSHOpenToWorld', 'baselined'],
      ['AllowHttp', 'active'],
    ]);
    expect(web.changes).toEqual(EXPECTED_CHANGES);
    const added = byFile.get('templates/new.yaml')!;
    expect(added.counts).toMatchObject({ active: 1, baselined: 0 });
    expect(added.score).toBe(7);
    // Against nothing, every statement (the trust policy too) and every rule is added.
    expect(added.changes?.map((c) => [c.kind, c.logicalId, c.detail])).toEqual([
      ['iam-statement-added', 'AppRole', 'Allow sts:AssumeRole on ${AppRole.Arn} principal Service:ec2.amazonaws.com'],
      ['iam-statement-added', 'AppRole', 'Allow s3:GetObject on arn:aws:s3:::assets/* principal AWS:${AppRole}'],
      ['security-group-rule-added', 'WebSg', 'ingress TCP 22 from Everyone (IPv4)'],
    ]);
  });

  it('works from a subdirectory, and with a branch name', async () => {
    const dir = repo();
    git(dir, 'branch', 'base');
    const { report } = await runAudit({ inputs: ['web.yaml'], cwd: join(dir, 'templates'), baseRef: 'base', discoverConfig: false });
    expect(report.stacks[0]!.score).toBe(3);
  });

  it('CLI: exit codes for a good and a bad ref, and outside a repository', async () => {
    const dir = repo();
    expect((await cli(['--base-ref', 'HEAD', 'templates/web.yaml'], dir)).code).toBe(0);
    expect((await cli(['templates/web.yaml'], dir)).code).toBe(1);
    const bad = await cli(['--base-ref', 'no-such-branch', 'templates/web.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--base-ref no-such-branch: no such commit, branch or tag');
    const outside = tmp({ 'web.yaml': V2 });
    if (spawnSync('git', ['rev-parse'], { cwd: outside }).status !== 0) expect((await cli(['--base-ref', 'HEAD', 'web.yaml'], outside)).code).toBe(2);
  });
});

describe.skipIf(!existsSync(join(root, 'dist/cli/main.js')))('lazy loading of @aws-cdk/cloudformation-diff (built CLI)', () => {
  // Reports, at exit, how many modules of the package the process loaded (the CLI loads the Action's bundled copy, dist/action/cfn-diff.cjs).
  const probe = join(tempDir('cfn-audit-probe-'), 'probe.cjs');
  writeFileSync(
    probe,
    "const M = require('module'); process.on('exit', () => process.stderr.write('CFD=' + Object.keys(M._cache).filter((k) => k.includes('cloudformation-diff') || k.endsWith('cfn-diff.cjs')).length + '\\n'));\n",
  );
  const loaded = (args: string[]): number => {
    const r = spawnSync(process.execPath, ['--require', probe, join(root, 'bin/cfn-audit.js'), ...args], { cwd: root, encoding: 'utf8' });
    return Number(/CFD=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  };

  it('a default run does not load it; a --base run does', () => {
    expect(loaded(['fixtures/policy/web-v2.yaml'])).toBe(0);
    expect(loaded(['--base', 'fixtures/policy/web-v1.yaml', 'fixtures/policy/web-v2.yaml'])).toBeGreaterThan(0);
  });

  it('the bundle does not contain its code', () => {
    const text = readFileSync(join(root, 'dist/cli/cli.cjs'), 'utf8');
    expect(text).not.toContain('aws-service-spec');
    expect(text).not.toContain('Everyone (IPv4)');
  });
});
