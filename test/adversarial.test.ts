/**
 * Adversarial inputs through all three shipped adapters alike — the built CLI (bin/cfn-audit.js), the
 * Action bundle (dist/action, on Node 24) and the Lambda bundle (dist/lambda, against a local AWS
 * stand-in) — asserting the bar of issue 11: a correct decision, or "could not audit" with a message,
 * never a silent pass, a hang, a stack trace or a lost result. Speed is
 * measured by `npm run bench`, not here: the time limit only tells a hang (the process is killed) from an answer.
 *
 * To add a case, add a row to CASES: the files of a folder (path → text or bytes) and the decision.
 * The folder is what is audited (`cfn-audit .`, the Action's default `path: .`, the Lambda's default).
 */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, runActionBundle, useActionBundle } from './helpers/action-bundle.js';
import { FakeAws } from './helpers/fake-aws.js';
import { invokeLambdaBundle, pipelineEvent } from './helpers/lambda-bundle.js';
import { zipEntries } from './helpers/pipeline-zip.js';
import { tempFiles } from './helpers/temp.js';

export type Expected = 'pass' | 'approval' | 'fail' | 'error';
export type Adapter = 'cli' | 'action' | 'lambda';

export interface AdversarialCase {
  readonly name: string;
  /** The folder audited: relative path → content. */
  readonly files: Readonly<Record<string, string | Buffer>>;
  readonly expect: Expected;
  /** What files cannot express (links, pipes), done in the folder before the run. A zip artifact cannot carry these. */
  readonly setup?: (dir: string) => void;
  /** Adapters to run (default: all three; cases with `setup` skip the Lambda). */
  readonly via?: readonly Adapter[];
  /** Seconds after which the run is killed and counted as a hang (default 30). */
  readonly timeLimit?: number;
}

// ---- small templates ------------------------------------------------------------------------------

const sg = (rules: string) => `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress:\n${rules}`;
const SSH_RULE = '        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\n';
const HTTP_RULE = '        - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}\n';
/** SSH open to the world: risk 7, manual approval. */
const SSH = sg(SSH_RULE);
/** SSH and HTTP open: 7 + 3, fail. */
const SSH_HTTP = sg(SSH_RULE + HTTP_RULE);
const TOPIC = 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n';
const MANIFEST = JSON.stringify({
  version: '36.0.0',
  artifacts: { Stack: { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: 'Stack.template.json' } } },
});
const RDS_YES =
  'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql, DBInstanceClass: db.t3.micro, PubliclyAccessible: yes, StorageEncrypted: true, MasterUsername: a, ManageMasterUserPassword: true, DeletionProtection: true, BackupRetentionPeriod: 7}\n';
const PROPS_IF = `Conditions: {Open: !Equals [!Ref "AWS::Region", us-east-1]}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: !If
      - Open
      - {GroupDescription: x, SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: s}, {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0, Description: h}], SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: e}]}
      - {GroupDescription: x, SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: e}]}
`;
const GUARDED = `Parameters: {Bastion: {Type: String, Default: sg-0123}}
Conditions: {NoBastion: !Equals [!Ref Bastion, ""]}
Resources:
  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: x, SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: e}]}}
  Open:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: NoBastion
    Properties: {GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: s}
`;
/** Levels of `!If` through aliases; with `differ`, each level's branches are two different trees. */
const aliasBomb = (levels: number, differ: boolean): string => {
  const lines = ['Conditions: {C: !Equals [!Ref "AWS::Region", x], D: !Equals [!Ref "AWS::Region", y]}', 'Metadata:', '  a0: &a0 0.0.0.0/0', '  b0: &b0 0.0.0.0/1'];
  for (let i = 1; i <= levels; i++) {
    lines.push(`  a${i}: &a${i} !If [C, *a${i - 1}, *${differ ? 'b' : 'a'}${i - 1}]`);
    lines.push(`  b${i}: &b${i} !If [D, *b${i - 1}, *a${i - 1}]`);
  }
  return `${lines.join('\n')}\n${sg(SSH_RULE.replace('0.0.0.0/0', `*a${levels}`))}`;
};
const FOREACH = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Groups:
    - Port
    - ["443", "22"]
    - Sg&{Port}:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: x
          SecurityGroupIngress: [{IpProtocol: tcp, FromPort: !Ref Port, ToPort: !Ref Port, CidrIp: !If [Never, 10.0.0.0/8, 0.0.0.0/0], Description: d}]
          SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: e}]
Conditions: {Never: !Equals [a, b]}
`;
const PROTO = `Parameters: {toString: {Type: String, Default: 0.0.0.0/0}}
Conditions: {constructor: !Equals [a, a]}
Resources:
  constructor:
    Type: AWS::EC2::SecurityGroup
    Condition: constructor
    Properties:
      GroupDescription: !Sub "x \${toString}"
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref toString, Description: s}, {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: !Ref toString, Description: h}]
`;

export const CASES: readonly AdversarialCase[] = [
  // Baselines: the harness itself must tell the four outcomes apart.
  { name: 'a clean template', files: { 't.yaml': TOPIC }, expect: 'pass' },
  { name: 'SSH open to the world', files: { 't.yaml': SSH }, expect: 'approval' },
  { name: 'SSH and HTTP open', files: { 't.yaml': SSH_HTTP }, expect: 'fail' },
  { name: 'a template that does not parse', files: { 't.yaml': 'Resources:\n  A: [\n' }, expect: 'error' },
  { name: 'no template at all', files: { 'package.json': '{"name": "x"}', 'README.md': '# x' }, expect: 'error' },

  // Item 4: a stray manifest.json must not hide the templates beside it.
  { name: 'a web-app manifest.json beside a risky template', files: { 'manifest.json': '{"name": "app", "icons": []}', 'infra/t.yaml': SSH }, expect: 'approval' },
  { name: 'a manifest.json with an empty artifacts map', files: { 'manifest.json': '{"version": "36.0.0", "artifacts": {}}', 't.yaml': SSH_HTTP }, expect: 'fail' },
  {
    name: 'a cloud assembly with a risky template its manifest does not list',
    files: { 'cdk.out/manifest.json': MANIFEST, 'cdk.out/Stack.template.json': JSON.stringify({ Resources: { T: { Type: 'AWS::SNS::Topic' } } }), 'cdk.out/extra.yaml': SSH_HTTP },
    expect: 'fail',
  },

  // Item 6: "is a template" by parsing; text encodings.
  { name: "a quoted 'Resources': key with a syntax error below", files: { 't.yaml': "'Resources':\n  Sg: {Type: AWS::EC2::SecurityGroup\n" }, expect: 'error' },
  {
    name: 'broken JSON with 30,000 characters before "Resources"',
    files: { 't.json': `{"Description": "${'d'.repeat(30_000)}", "Resources": {"A": {"Type": "AWS::SNS::Topic",}}}` },
    expect: 'error',
  },
  { name: 'a valid U+FFFD character in a value', files: { 't.yaml': `${SSH.replace('GroupDescription: x', 'GroupDescription: "caf\uFFFD"')}` }, expect: 'approval' },
  {
    name: 'an invalid UTF-8 byte in a template',
    files: { 't.yaml': Buffer.concat([Buffer.from(SSH.replace('GroupDescription: x', 'GroupDescription: caf')), Buffer.from([0xe9, 0x0a])]) },
    expect: 'error',
  },
  { name: 'a UTF-16 template', files: { 't.yaml': Buffer.from(`\uFEFF${SSH}`, 'utf16le') }, expect: 'error' },
  {
    name: 'non-templates beside a risky template are skipped, not fatal',
    files: { 'package.json': '{"name": "x"}', 'notes.yaml': 'a: [\n', 'bin.json': Buffer.from([0x7b, 0xff, 0x7d]), 't.yaml': SSH },
    expect: 'approval',
  },

  // Item 7: a CDK-path exception is not claimed by a path typed into a plain template.
  {
    name: 'aws:cdk:path typed into a plain template against a CDK-path exception',
    files: {
      '.cfn-audit.yml': 'exceptions:\n  - rule: SSHOpenToWorld\n    resource: "App/**"\n    reason: accepted for App\n',
      't.yaml': SSH.replace('    Type: AWS::EC2::SecurityGroup\n', '    Type: AWS::EC2::SecurityGroup\n    Metadata: {aws:cdk:path: App/Stack/Sg/Resource}\n'),
    },
    expect: 'approval',
  },

  // Item 12: nothing unbounded is read, no walk leaves the folder.
  { name: 'a template named link to /dev/zero', files: { 't.yaml': SSH }, setup: (d) => symlinkSync('/dev/zero', join(d, 'zero.yaml')), expect: 'approval', timeLimit: 20 },
  { name: 'a link to / inside the folder', files: { 't.yaml': TOPIC }, setup: (d) => symlinkSync('/', join(d, 'root')), expect: 'pass', timeLimit: 20 },
  { name: 'a named pipe with a template name', files: { 't.yaml': SSH_HTTP }, setup: (d) => void spawnSync('mkfifo', [join(d, 'pipe.yaml')]), expect: 'fail', timeLimit: 20 },
  { name: 'a link loop', files: { 'a/t.yaml': SSH }, setup: (d) => symlinkSync(join(d, 'a'), join(d, 'a/loop')), expect: 'approval', timeLimit: 20 },

  // Model: what CloudFormation deploys is what is judged (conditions, YAML 1.1, structure, loops, names).
  { name: 'an unquoted yes makes a database public (YAML 1.1)', files: { 't.yaml': RDS_YES }, expect: 'approval' },
  { name: 'Properties: !If with an undecided condition opens SSH and HTTP in one branch', files: { 't.yaml': PROPS_IF }, expect: 'fail' },
  { name: 'a condition the Default makes false switches the open rule off', files: { 't.yaml': GUARDED }, expect: 'pass' },
  { name: 'thirty aliased Fn::If levels resolving to the world', files: { 't.yaml': aliasBomb(30, false) }, expect: 'approval', timeLimit: 20 },
  { name: 'thirty aliased Fn::If levels whose branches differ', files: { 't.yaml': aliasBomb(30, true) }, expect: 'approval', timeLimit: 20 },
  { name: 'a macro transform on a clean template', files: { 't.yaml': `Transform: Org::Macro\n${TOPIC}` }, expect: 'approval' },
  {
    name: 'a nested stack outside the run',
    files: { 't.yaml': `${TOPIC}  N:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: https://example.com/n.yaml}\n` },
    expect: 'approval',
  },
  { name: 'Fn::ForEach stamps out an SSH-open group', files: { 't.yaml': FOREACH }, expect: 'approval' },
  {
    name: 'a world CIDR laundered through Sub, Split and Select',
    files: { 't.yaml': sg(SSH_RULE.replace('0.0.0.0/0', '!Select [0, !Split ["|", !Sub "0.0.0.0/0|${AWS::StackName}"]]')) },
    expect: 'approval',
  },
  { name: 'Object.prototype names as logical id, parameter and condition', files: { 't.yaml': PROTO }, expect: 'fail' },
];

// ---- running one case through each adapter ----------------------------------------------------------

const scratch = (files: Readonly<Record<string, string | Buffer>>): string => tempFiles(files, 'cfn-audit-adv-');
const action = useActionBundle();
const aws = new FakeAws();
const BUCKET = 'adversarial';

beforeAll(async () => {
  await aws.start();
}, 120_000);
afterAll(async () => {
  await aws.stop();
});

function folder(c: AdversarialCase): string {
  const dir = scratch(c.files);
  c.setup?.(dir);
  return dir;
}

const CLI_EXIT: Readonly<Record<Expected, number>> = { pass: 0, fail: 1, error: 2, approval: 3 };
const DECISION: Readonly<Record<Exclude<Expected, 'error'>, string>> = { pass: 'pass', approval: 'manual-approval', fail: 'fail' };
const noTrace = (text: string) => {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(text).not.toMatch(/internal error/);
};

function viaCli(c: AdversarialCase, limitMs: number): void {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '../bin/cfn-audit.js'), '--no-color', '.'], {
    cwd: folder(c),
    encoding: 'utf8',
    timeout: limitMs,
    env: { PATH: process.env['PATH'] ?? '' },
  });
  expect(r.error, 'the CLI did not finish in time').toBeUndefined();
  noTrace(r.stdout + r.stderr);
  expect(r.status, r.stdout + r.stderr).toBe(CLI_EXIT[c.expect]);
  if (c.expect === 'error') expect(r.stdout + r.stderr).toMatch(/could not audit|cannot|no CloudFormation template/i);
}

function viaAction(c: AdversarialCase, limitMs: number): void {
  const r = runActionBundle(action, folder(c), {}, { eventPath: join(import.meta.dirname, '../fixtures/action/events/pull-request.json'), timeout: limitMs });
  noTrace(r.stdout + r.stderr);
  const failure = commands(r.stdout, 'error').find((e) => e.props['file'] === undefined)?.message ?? '';
  if (c.expect === 'error') {
    expect(r.status).toBe(1);
    expect(r.outputs['decision'] ?? 'fail').toBe('fail');
    expect(failure).toMatch(/^cfn-audit(:| could not audit)/);
  } else {
    expect(r.outputs['decision'], r.stdout).toBe(DECISION[c.expect]);
    expect(r.status).toBe(c.expect === 'pass' ? 0 : 1);
  }
}

let jobs = 0;
async function viaLambda(c: AdversarialCase, limitMs: number): Promise<void> {
  const jobId = `adadadad-0000-0000-0000-${String(++jobs).padStart(12, '0')}`;
  aws.objects.set(`${BUCKET}/${jobId}`, await zipEntries(Object.entries(c.files).map(([name, data]) => ({ name, data }))));
  const out = await invokeLambdaBundle(pipelineEvent(jobId, BUCKET, jobId), aws.url, limitMs);
  expect(out).toContain('returned null');
  const results = aws.results.filter((r) => r.input?.['jobId'] === jobId);
  expect(results, 'exactly one job result').toHaveLength(1);
  const [result] = results;
  noTrace(JSON.stringify(result!.input));
  switch (c.expect) {
    case 'pass':
    case 'approval':
      expect(result!.op).toBe('PutJobSuccessResult');
      expect(result!.input).toMatchObject({ outputVariables: { decision: DECISION[c.expect] } });
      break;
    case 'fail':
      expect(result!.op).toBe('PutJobFailureResult');
      expect(result!.input).toMatchObject({ failureDetails: { type: 'JobFailed' } });
      break;
    case 'error': {
      expect(result!.op).toBe('PutJobFailureResult');
      const details = result!.input?.['failureDetails'] as { type: string; message: string };
      expect(['JobFailed', 'ConfigurationError']).toContain(details.type);
      expect(details.message.length).toBeGreaterThan(10);
      break;
    }
    default: {
      const unreachable: never = c.expect;
      throw new Error(String(unreachable));
    }
  }
}

describe.runIf(action.exists)(`adversarial inputs: CLI, Action (${action.runtime}) and Lambda bundles alike`, () => {
  for (const c of CASES) {
    const via = c.via ?? (c.setup ? ['cli', 'action'] : ['cli', 'action', 'lambda']);
    const limit = (c.timeLimit ?? 30) * 1000;
    describe(`${c.name} → ${c.expect}`, () => {
      if (via.includes('cli')) it('CLI', () => viaCli(c, limit), limit + 10_000);
      if (via.includes('action')) it('Action', () => viaAction(c, limit), limit + 10_000);
      if (via.includes('lambda')) it('Lambda', () => viaLambda(c, limit), limit + 10_000);
    });
  }
});
