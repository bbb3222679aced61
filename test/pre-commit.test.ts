/**
 * .pre-commit-hooks.yaml: its entry is run the way pre-commit runs it (entry, args, then the staged
 * files matching `files`) in a temporary git repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { selectStaged } from '../src/adapters/pre-commit.js';
import { tempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');

interface HookDef {
  id: string;
  entry: string;
  language: string;
  files: string;
  args?: string[];
  pass_filenames?: boolean;
}
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDef[];
const hook = hooks.find((h) => h.id === 'cfn-audit')!;
const bins = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

const SSH_HTTP =
  'Resources:\n  WebSg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }\n        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0 }\n';
const SSH = JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] } },
  },
});
const OK = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n';

let repo = '';
function write(rel: string, text: string): void {
  mkdirSync(dirname(join(repo, rel)), { recursive: true });
  writeFileSync(join(repo, rel), text);
}
function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** What pre-commit does for this hook: entry + args + the staged files matching `files`. */
function commitHook(extraArgs: string[] = []): { code: number | null; out: string } {
  const files = git('diff', '--cached', '--name-only', '--diff-filter=ACMR')
    .split('\n')
    .filter((f) => f && new RegExp(hook.files).test(f))
    .sort();
  const bin = join(ROOT, bins[hook.entry]!);
  const r = spawnSync(process.execPath, [bin, ...(hook.args ?? []), ...extraArgs, ...files], {
    cwd: repo,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

beforeAll(async () => {
  repo = tempDir('cfn-audit-precommit-');
  git('init', '-q');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  write('README.md', '# app\n');
  git('add', '.');
  git('commit', '-qm', 'init');
}, 120_000);

describe('.pre-commit-hooks.yaml', () => {
  it('defines a node hook whose entry is a bin of this package, matching template extensions', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'cfn-audit-pre-commit' });
    expect(hook.pass_filenames).not.toBe(false);
    expect(bins[hook.entry]).toBeDefined();
    const re = new RegExp(hook.files);
    for (const f of ['a.yaml', 'b/c.yml', 'd.json', 'e.template']) expect(re.test(f)).toBe(true);
    for (const f of ['README.md', 'main.ts', 'yaml']) expect(re.test(f)).toBe(false);
  });

  it('only non-templates staged (workflow YAML, package.json): exit 0, nothing audited', () => {
    write('.github/workflows/ci.yml', 'on: push\njobs: {}\n');
    write('package.json', '{"name": "app"}\n');
    git('add', '.github/workflows/ci.yml', 'package.json');
    const r = commitHook();
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/no CloudFormation template among the 2 staged files/);
    git('commit', '-qm', 'ci');
  });

  it('a clean staged template passes while a failing template that is not staged is not audited', () => {
    write('infra/unstaged.yaml', SSH_HTTP);
    write('infra/ok.yaml', OK);
    write('.github/workflows/ci.yml', 'on: [push]\njobs: {}\n');
    git('add', 'infra/ok.yaml', '.github/workflows/ci.yml');
    const r = commitHook();
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/infra\/ok\.yaml/);
    expect(r.out).not.toMatch(/unstaged/);
    git('commit', '-qm', 'ok');
  });

  it('a staged failing template stops the commit (exit 1) and names the finding', () => {
    write('infra/web.yaml', SSH_HTTP);
    git('add', 'infra/web.yaml');
    const r = commitHook();
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/SSHOpenToWorld/);
    expect(r.out).toMatch(/infra\/web\.yaml/);
    git('reset', '-q', 'infra/web.yaml');
  });

  it('a manual-approval template stops it too (exit 3); a JSON template is recognised', () => {
    write('infra/bastion.json', SSH);
    git('add', 'infra/bastion.json');
    const r = commitHook();
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/bastion\.json/);
    git('reset', '-q', 'infra/bastion.json');
  });

  it("uses the repository's .cfn-audit.yml; options in args, with = or a separate value, pass through", () => {
    write('.cfn-audit.yml', 'profiles:\n  lenient:\n    thresholds: { approval: 50, fail: 100 }\n');
    write('infra/web.yaml', SSH_HTTP);
    git('add', 'infra/web.yaml', '.cfn-audit.yml');
    expect(commitHook(['--profile=lenient']).code).toBe(0);
    // The config file is staged too and is not a template; as an option's value it is kept.
    expect(commitHook(['--config', '.cfn-audit.yml', '--profile', 'lenient']).code).toBe(0);
    expect(commitHook(['--all-rules']).code).toBe(1);
    git('reset', '-q');
  });
});

describe('selectStaged', () => {
  it('keeps options with their values, templates, directories and names that are not files; drops other files', async () => {
    write('sel/t.yaml', OK);
    write('sel/other.yaml', 'key: value\n');
    write('sel/config.yml', 'profile: x\n');
    const r = await selectStaged(['-c', 'sel/config.yml', '--all-rules', 'sel/t.yaml', '--format=json', 'sel/other.yaml', 'sel', 'missing.yaml', '-'], repo);
    expect(r.args).toEqual(['-c', 'sel/config.yml', '--all-rules', 'sel/t.yaml', '--format=json', 'sel', 'missing.yaml', '-']);
    expect(r.skipped).toEqual(['sel/other.yaml']);
    expect(r.files).toBe(4);
  });

  it('a boolean flag does not swallow the next file', async () => {
    write('sel/t.yaml', OK);
    write('sel/x.json', '{"a": 1}');
    for (const flag of ['--all-rules', '--count-unknown', '-q', '--no-color']) {
      const r = await selectStaged([flag, 'sel/x.json', 'sel/t.yaml'], repo);
      expect(r.args).toEqual([flag, 'sel/t.yaml']);
    }
  });
});
