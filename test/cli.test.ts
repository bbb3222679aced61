/**
 * The built CLI as users run it (`node bin/cfn-audit.js`), in a scratch directory holding copies of
 * fixtures/templates: every exit code, both formats, extra outputs, stdin, directories, parameters,
 * the rule listing, suppressions, user rules, thresholds and --count-unknown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/cfn-audit.js');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
let cwd = '';

beforeAll(() => {
  cwd = tempDir('cfn-audit-cli-');
  cpSync(join(root, 'fixtures/templates'), cwd, { recursive: true });
  cpSync(join(root, 'fixtures/user-rules'), join(cwd, 'user-rules'), { recursive: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}
function cli(args: readonly string[], opts: { input?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_ACTIONS'].includes(k)) env[k] = v;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input: opts.input ?? '', encoding: 'utf8', env: { ...env, ...opts.env }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (r: Run) => JSON.parse(r.stdout) as Report;
const noStack = (r: Run) => expect(r.stderr + r.stdout).not.toMatch(/^\s+at /m);

interface JsonFinding {
  ruleId: string;
  risk: number;
  outcome: string;
  status: string;
  reason: string | null;
  logicalId: string;
  resourceType: string;
  path: (string | number)[];
  line: number;
  column: number;
  cdkPath: string | null;
  message: string;
}
interface Report {
  tool: { name: string; version: string };
  decision: string;
  stacks: { file: string; name: string | null; score: number; decision: string; findings: JsonFinding[] }[];
  errors: { file: string; line: number | null; column: number | null; message: string }[];
  notices?: { kind: string; message: string }[];
  skipped?: number;
}

describe('exit codes', () => {
  it('0: a clean template passes', () => {
    const r = cli(['clean.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/score 0 → PASS/);
    expect(r.stderr).toBe('');
  });

  it('1: SSH (7) and HTTP (3) reach the fail threshold', () => {
    const r = cli(['fail.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/score 10 → FAIL/);
  });

  it('3: one SSH rule (risk 7) needs manual approval', () => {
    const r = cli(['ssh.yaml']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/score 7 → MANUAL APPROVAL/);
  });

  it('the run takes the worst decision of its stacks', () => {
    expect(cli(['clean.yaml', 'ssh.yaml']).code).toBe(3);
    expect(cli(['clean.yaml', 'ssh.yaml', 'fail.json']).code).toBe(1);
  });

  it('2: a missing file is named', () => {
    const r = cli(['nope.yaml', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(json(r).errors).toEqual([{ file: 'nope.yaml', line: null, column: null, message: expect.stringMatching(/no such file/) }]);
    noStack(r);
  });

  it('2: a file named explicitly that is no template is an error, not a skip', () => {
    const r = cli(['notes.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/notes\.yaml:1:1\s+not a CloudFormation template/);
  });

  it('2: a parse error names file:line:column, and the good file in the same run is still reported', () => {
    const r = cli(['broken.yaml', 'ssh.yaml', '-f', 'json']);
    expect(r.code).toBe(2);
    const rep = json(r);
    expect(rep.errors).toHaveLength(1);
    expect(rep.errors[0]).toMatchObject({ file: 'broken.yaml', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^YAML/) });
    expect(rep.stacks.map((s) => [s.file, s.decision])).toEqual([['ssh.yaml', 'manual-approval']]);
    // A template that could not be audited never passes.
    expect(rep.decision).toBe('fail');
    const text = cli(['broken.yaml', 'ssh.yaml']);
    expect(text.stdout).toMatch(/broken\.yaml:\d+:\d+\s+YAML/);
    expect(text.stdout).toMatch(/ssh\.yaml:12:11/);
  });

  it('2: an unsafe user regex (--rules) is refused naming the rule; nothing is audited', () => {
    const r = cli(['--rules', 'user-rules/bad/unsafe-regex.yaml', 'clean.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/user-rules\/bad\/unsafe-regex\.yaml:6:10 \(rule Backtracks\): pattern: pattern refused/);
    expect(r.stdout).toBe('');
    noStack(r);
  });

  it('2: a bad --parameters file', () => {
    const bad = cli(['--parameters', 'params-bad.json', 'params.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--parameters params-bad\.json: entry 1 has no ParameterKey/);
    const missing = cli(['--parameters', 'nowhere.json', 'params.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--parameters nowhere\.json: cannot read/);
  });

  it('2: an unknown option or format, or no input, with a hint', () => {
    for (const args of [['--frobnicate', 'ssh.yaml'], ['--format', 'yaml', 'ssh.yaml'], []]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^cfn-audit: /);
      expect(r.stdout).toBe('');
      noStack(r);
    }
    expect(cli(['--format', 'yaml', 'ssh.yaml']).stderr).toMatch(/unknown format "yaml"; choose one of text, json/);
    expect(cli(['--frobnicate', 'ssh.yaml']).stderr).toMatch(/--help/);
  });
});

describe('--format text', () => {
  it('per finding: rule, risk, logical id, file:line:column, the offending line and the fix; a closing line per stack', () => {
    const r = cli(['ssh.yaml']);
    expect(r.stdout).toContain('SSHOpenToWorld');
    expect(r.stdout).toMatch(/risk 7/);
    expect(r.stdout).toContain('BastionSg');
    expect(r.stdout).toContain('ssh.yaml:12:11');
    expect(r.stdout).toMatch(/12 \|\s+CidrIp: 0\.0\.0\.0\/0/);
    expect(r.stdout).toContain('fix: Allow SSH only from known addresses');
    expect(r.stdout).toMatch(/stack: score 7 → MANUAL APPROVAL/);
    // One closing line per stack.
    expect(cli(['ssh.yaml', 'clean.yaml', 'fail.json']).stdout.match(/^\s+stack: score \d+ → /gm)).toHaveLength(3);
  });

  it('no colour when stdout is not a TTY, colour with --color, never with NO_COLOR', () => {
    expect(cli(['ssh.yaml']).stdout).not.toContain('\u001b[');
    expect(cli(['--color', 'ssh.yaml']).stdout).toContain('\u001b[');
    expect(cli(['--color', 'ssh.yaml'], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(cli(['--color', '--no-color', 'ssh.yaml']).stdout).not.toContain('\u001b[');
  });
});

describe('--format json', () => {
  it('has the contract fields of the issue on a real run', () => {
    const r = cli(['-f', 'json', 'fail.json', 'suppressed.yaml', 'clean.yaml', 'broken.yaml']);
    expect(r.code).toBe(2);
    const rep = json(r);
    expect(rep.tool).toEqual({ name: 'cfn-audit', version });
    expect(rep.decision).toBe('fail');
    expect(rep.stacks.map((s) => [s.file, s.name, s.score, s.decision])).toEqual([
      ['fail.json', null, 10, 'fail'],
      ['suppressed.yaml', null, 0, 'pass'],
      ['clean.yaml', null, 0, 'pass'],
    ]);
    const [ssh, http] = rep.stacks[0]!.findings;
    expect(ssh).toMatchObject({
      ruleId: 'SSHOpenToWorld',
      risk: 7,
      outcome: 'fail',
      status: 'active',
      reason: null,
      logicalId: 'WebSg',
      resourceType: 'AWS::EC2::SecurityGroup',
      path: ['Resources', 'WebSg', 'Properties', 'SecurityGroupIngress', 0, 'CidrIp'],
      line: 10,
      column: 64,
      cdkPath: null,
      message: '0.0.0.0/0 can reach SSH (port 22): the rule opens tcp 22',
    });
    expect(http).toMatchObject({ ruleId: 'AllowHttp', risk: 3, line: 11, path: ['Resources', 'WebSg', 'Properties', 'SecurityGroupIngress', 1, 'CidrIpv6'] });
    expect(rep.stacks[1]!.findings[0]).toMatchObject({ ruleId: 'SSHOpenToWorld', status: 'suppressed', reason: 'Bastion host; access is limited by the host firewall and MFA' });
    expect(rep.errors).toEqual([{ file: 'broken.yaml', line: expect.any(Number), column: expect.any(Number), message: expect.any(String) }]);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const r = cli(['-f', 'json', '-o', 'out/report.json', 'ssh.yaml']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    const rep = JSON.parse(readFileSync(join(cwd, 'out/report.json'), 'utf8')) as Report;
    expect(rep.stacks[0]!.findings[0]!.ruleId).toBe('SSHOpenToWorld');
    expect(cli(['-o', 'out/report.txt', 'ssh.yaml']).stdout).toBe('');
    expect(readFileSync(join(cwd, 'out/report.txt'), 'utf8')).toMatch(/ssh\.yaml:12:11/);
  });

  it('an output that cannot be written is a usage error, promptly', () => {
    const r = cli(['-o', 'ssh.yaml/report.json', 'ssh.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write ssh\.yaml\/report\.json: ENOTDIR/);
  });

  it.skipIf(!existsSync('/proc/self'))("an output under /proc fails instead of hanging (Node's recursive mkdir loops there)", () => {
    const r = cli(['-o', '/proc/cfn-audit-nope/report.json', 'ssh.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write \/proc\/cfn-audit-nope\/report\.json/);
  });

  it('several outputs in one run: --sarif and --junit beside the text on stdout', () => {
    const r = cli(['--sarif', 'out/r.sarif', '--junit', 'out/r.xml', '--json', 'out/r.json', 'fail.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/score 10 → FAIL/);
    const sarif = JSON.parse(readFileSync(join(cwd, 'out/r.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((x) => x.ruleId).sort()).toEqual(['AllowHttp', 'SSHOpenToWorld']);
    const junit = readFileSync(join(cwd, 'out/r.xml'), 'utf8');
    expect(junit).toMatch(/^<\?xml/);
    expect(junit).toContain('SSHOpenToWorld');
    expect((JSON.parse(readFileSync(join(cwd, 'out/r.json'), 'utf8')) as Report).decision).toBe('fail');
  });
});

describe('inputs', () => {
  it('- reads the template from stdin', () => {
    const r = cli(['-f', 'json', '-'], { input: readFileSync(join(root, 'fixtures/templates/ssh.yaml'), 'utf8') });
    expect(r.code).toBe(3);
    expect(json(r).stacks[0]).toMatchObject({ file: '<stdin>', score: 7 });
  });

  it('stdin that is not a template is an error', () => {
    expect(cli(['-'], { input: 'hello: world\n' }).code).toBe(2);
  });

  it('a directory is searched recursively: templates audited, non-templates skipped and counted, a broken template is an error', () => {
    const r = cli(['-f', 'json', 'dir']);
    const rep = json(r);
    expect(rep.stacks.map((s) => s.file).sort()).toEqual(['dir/app.yaml', 'dir/nested/bastion.template']);
    expect(rep.errors.map((e) => [e.file, e.line])).toEqual([['dir/nested/broken.json', 5]]);
    expect(rep.skipped).toBe(2);
    expect(r.code).toBe(2);
    const text = cli(['dir']).stdout;
    expect(text).toMatch(/2 files were skipped: not CloudFormation templates/);
    expect(text).not.toContain('.aws-sam');
  });

  it.skipIf(process.platform === 'win32')('symbolic links inside the audited folder are followed, a link loop ends, links leading out are reported and not followed', () => {
    mkdirSync(join(cwd, 'linked/real'), { recursive: true });
    cpSync(join(cwd, 'ssh.yaml'), join(cwd, 'linked/real/ssh.yaml'));
    cpSync(join(cwd, 'dir/nested'), join(cwd, 'linked/real/nested'), { recursive: true });
    symlinkSync(join(cwd, 'linked/real/ssh.yaml'), join(cwd, 'linked/ssh-link.yaml'));
    symlinkSync(join(cwd, 'linked/real/nested'), join(cwd, 'linked/nested-link'));
    symlinkSync(join(cwd, 'linked'), join(cwd, 'linked/loop'));
    symlinkSync(join(cwd, 'nowhere.yaml'), join(cwd, 'linked/dangling.yaml'));
    symlinkSync(join(cwd, 'ssh.yaml'), join(cwd, 'linked/outside.yaml'));
    symlinkSync('/', join(cwd, 'linked/root'));
    const r = cli(['-f', 'json', 'linked']);
    const rep = json(r);
    // Each file is audited once, under the first name the sorted walk reaches it by.
    expect(rep.stacks.map((s) => s.file).sort()).toEqual(['linked/nested-link/bastion.template', 'linked/real/ssh.yaml']);
    expect(rep.errors.map((e) => e.file)).toEqual(['linked/nested-link/broken.json']);
    const notices = (rep as unknown as { notices: { file: string; message: string }[] }).notices;
    expect(
      notices
        .filter((n) => /outside the folder/.test(n.message))
        .map((n) => n.file)
        .sort(),
    ).toEqual(['linked/outside.yaml', 'linked/root']);
    expect(notices.find((n) => n.file === 'linked/dangling.yaml')?.message).toMatch(/does not exist/);
  });

  it('a directory without broken files gives the decision of its templates', () => {
    rmSync(join(cwd, 'dir2'), { recursive: true, force: true });
    cpSync(join(cwd, 'dir'), join(cwd, 'dir2'), { recursive: true });
    rmSync(join(cwd, 'dir2/nested/broken.json'));
    expect(cli(['dir2']).code).toBe(3);
  });

  it('--parameters in the CloudFormation CLI and the CodePipeline formats', () => {
    expect(cli(['params.yaml']).code).toBe(0);
    for (const p of ['params-open.cli.json', 'params-open.pipeline.json']) {
      const r = cli(['-f', 'json', '--parameters', p, 'params.yaml']);
      expect(r.code, p).toBe(3);
      expect(json(r).stacks[0]!.findings[0]).toMatchObject({ ruleId: 'SSHOpenToWorld', logicalId: 'AdminSg' });
    }
  });
});

describe('cfn-audit rules', () => {
  it('lists the catalogue as text', () => {
    const r = cli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SSHOpenToWorld\s+7\s+on\s+SSH/m);
    expect(r.stdout).toMatch(/^EgressAllToWorld\s+1\s+off/m);
  });

  it('--format json gives id, title, risk, resourceTypes, kind, enabled, remediation, equivalents', () => {
    const r = cli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(16);
    for (const rule of list) {
      expect(Object.keys(rule)).toEqual(expect.arrayContaining(['id', 'title', 'risk', 'resourceTypes', 'kind', 'enabled', 'remediation', 'equivalents']));
      expect(Object.keys(rule['equivalents'] as object).sort()).toEqual(['cdk_nag', 'cfn_nag', 'checkov']);
    }
    expect(list.find((x) => x['id'] === 'SSHOpenToWorld')).toMatchObject({
      title: 'SSH (TCP 22) open to the world',
      risk: 7,
      resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
      kind: 'check',
      enabled: true,
      remediation: expect.stringMatching(/Session Manager/),
      equivalents: { cfn_nag: ['W2'], checkov: ['CKV_AWS_24'], cdk_nag: ['AwsSolutions-EC23', 'EC2RestrictedSSH'] },
    });
    expect(list.find((x) => x['id'] === 'AllowHttp')).toMatchObject({ risk: 3, enabled: true });
    expect(list.find((x) => x['id'] === 'SecurityGroupMissingEgress')).toMatchObject({ enabled: false });
  });

  it('lists user rules beside the built-in ones', () => {
    const list = JSON.parse(cli(['rules', '-f', 'json', '--rules', 'user-rules/pack']).stdout) as { id: string; kind: string }[];
    expect(
      list
        .filter((x) => ['TopicWithoutKms', 'LegacyInstanceType'].includes(x.id))
        .map((x) => x.kind)
        .sort(),
    ).toEqual(['path', 'regex']);
  });
});

describe('help and version', () => {
  it('--help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cfn-audit /);
    expect(r.stdout).toMatch(/Exit codes\s+0 pass\s+1 fail\s+3 manual-approval\s+2 could not audit/);
    expect(cli(['-h']).stdout).toBe(r.stdout);
  });

  it('--version', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(cli(['-v']).stdout).toBe(`${version}\n`);
  });
});

describe('suppressions in the template', () => {
  it('with a reason: the finding stays, suppressed, with its reason, and does not count', () => {
    const r = cli(['suppressed.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/SSHOpenToWorld.*\[suppressed\]/);
    expect(r.stdout).toContain('suppressed: Bastion host; access is limited by the host firewall and MFA');
  });

  it('without a reason: it does not apply, and the output says so', () => {
    const r = cli(['suppressed-no-reason.yaml']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/the suppression of SSHOpenToWorld on BastionSg has no reason, so it does not apply/);
    const rep = json(cli(['-f', 'json', 'suppressed-no-reason.yaml']));
    expect(rep.stacks[0]!.findings[0]).toMatchObject({ status: 'active', reason: null });
    expect(rep.notices).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'suppression-without-reason' })]));
  });
});

describe('user rules (--rules)', () => {
  const topic = (extra = '') => `Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n${extra}`;

  it('a directory of rule YAML: a path rule and a regex rule', () => {
    const r = cli(['-f', 'json', '--rules', 'user-rules/pack', '-'], {
      input: topic() + '  Old:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: m1.small\n      ImageId: ami-12345678\n',
    });
    const user = json(r).stacks[0]!.findings.filter((f) => ['TopicWithoutKms', 'LegacyInstanceType'].includes(f.ruleId));
    expect(user.map((f) => [f.ruleId, f.logicalId, f.risk])).toEqual(
      expect.arrayContaining([
        ['TopicWithoutKms', 'Topic', 4],
        ['LegacyInstanceType', 'Old', 2],
      ]),
    );
    expect(user).toHaveLength(2);
  });

  it('a legacy audit-Lambda list: inactive entries skipped; the regex matches the resource’s JSON and the finding is on it', () => {
    const r = cli(['-f', 'json', '--rules', 'user-rules/legacy/rules.json', 'ssh.yaml', 'clean.yaml']);
    const rep = json(r);
    const legacy = rep.stacks.flatMap((s) => s.findings.filter((f) => f.ruleId === 'SSHOpenToWorldLegacy').map((f) => [s.file, f.logicalId, f.risk, f.line]));
    expect(legacy).toEqual([['ssh.yaml', 'BastionSg', 5, 4]]);
    expect(rep.stacks.flatMap((s) => s.findings).some((f) => f.ruleId === 'Retired')).toBe(false);
    // 7 (built-in SSH) + 5 (legacy) = 12.
    expect(rep.stacks[0]!.score).toBe(12);
    expect(r.code).toBe(1);
  });
});

describe('thresholds and unknowns', () => {
  it('--approval-at and --fail-at move the gate', () => {
    expect(cli(['--fail-at', '7', 'ssh.yaml']).code).toBe(1);
    expect(cli(['--approval-at', '8', 'ssh.yaml']).code).toBe(0);
    expect(cli(['--approval-at', '3', '--fail-at', '4', 'ssh.yaml']).stdout).toMatch(/approval ≥ 3, fail ≥ 4/);
  });

  it('bad thresholds are usage errors', () => {
    expect(cli(['--fail-at', 'ten', 'ssh.yaml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--fail-at takes a number/) });
    expect(cli(['--approval-at', '9', '--fail-at', '5', 'ssh.yaml'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--approval-at must not be above --fail-at/) });
  });

  it('--count-unknown: an unresolved SSH source counts only when asked', () => {
    const plain = cli(['-f', 'json', 'unknown.yaml']);
    expect(plain.code).toBe(0);
    expect(json(plain).stacks[0]!.findings.map((f) => [f.ruleId, f.outcome, f.logicalId])).toEqual([['SSHOpenToWorld', 'unknown', 'SharedSsh']]);
    const counted = cli(['--count-unknown', 'unknown.yaml']);
    expect(counted.code).toBe(3);
    expect(counted.stdout).toMatch(/score 7 → MANUAL APPROVAL/);
  });
});
