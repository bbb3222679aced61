/**
 * --jobs N: files audited in worker threads give the report of a one-thread run, byte for byte, also
 * when stacks are linked (imports of another file's exports, nested stacks taking their parent's
 * parameters, a nested stack whose template is not in the run) and when config exceptions match in
 * files another worker audits.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditReport, SourceFile } from '../src/types/types.js';
import { evaluateInWorkers, useWorkerScript } from '../src/adapters/jobs.js';
import { evaluationOf, setUpAudit, type RunRequest } from '../src/app/run.js';
import type { Evaluation } from '../src/app/ports.js';
import { nodePorts } from '../src/adapters/node-ports.js';
import { stackDependencies as dependencies } from '../src/model/stacks.js';
import { runCli } from './helpers/cli.js';
import { Auditor } from '../src/engine/audit.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { tempFiles } from './helpers/temp.js';

const sg = (cidr: string) =>
  `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: d\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ${cidr}, Description: x}\n`;
const topic = (n: number) => `Resources:\n  T${n}:\n    Type: AWS::SNS::Topic\n`;
const exporter = (name: string, cidr: string) => `${topic(0)}Outputs:\n  Cidr:\n    Value: ${cidr}\n    Export:\n      Name: ${name}\n`;
const parent = (url: string, cidr: string) =>
  `Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${url}\n      Parameters:\n        Cidr: ${cidr}\n`;
const child = `Parameters:\n  Cidr:\n    Type: String\n    Default: 10.0.0.0/8\n${sg('!Ref Cidr')}`;

const repo = (files: Record<string, string>): string => tempFiles(files, 'cfn-audit-jobs-');
/** The JSON report: notices come worded (`message`). */
type JsonReport = Omit<AuditReport, 'notices'> & { notices: { kind: string; ruleId?: string; message: string }[] };
const json = (out: string): JsonReport => JSON.parse(out) as JsonReport;
const rulesOf = (r: JsonReport, file: string): string[] => r.stacks.find((s) => s.file === file)?.findings.map((f) => f.ruleId) ?? [];

/** A long comment: plain files large enough that a worker's start-up pays, so the workers get shares. */
const pad = `# ${'x'.repeat(300_000)}\n`;

/** Linked files placed among many plain ones, so that links cross the workers' shares. */
function linkedRepo(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 14; i++) files[`plain/t${String(i).padStart(2, '0')}.yaml`] = pad + topic(i);
  files['a-exports.yaml'] = exporter('WorldCidr', '0.0.0.0/0');
  files['z-imports.yaml'] = sg('!ImportValue WorldCidr');
  files['nested/parent.yaml'] = parent('./kids/child.yaml', '0.0.0.0/0');
  files['nested/kids/child.yaml'] = child;
  files['lonely/parent.yaml'] = parent('./missing.yaml', '0.0.0.0/0');
  // Smaller than the topics, so it is shared out last: to a worker (the exception matched there must count).
  files['plain/open.yaml'] = `# ${'x'.repeat(100_000)}\n${sg('0.0.0.0/0')}`;
  files['.cfn-audit.yml'] = 'exceptions:\n  - rule: SSHOpenToWorld\n    resource: "plain/open.yaml#Sg"\n    reason: bastion\n  - rule: AllowHttp\n    reason: never matches\n';
  return repo(files);
}

describe('--jobs', () => {
  // From source, the worker runs the TypeScript file through tsx (the built CLI uses dist/cli/audit-worker.js).
  beforeAll(() => useWorkerScript(new URL('../src/adapters/audit-worker.ts', import.meta.url), new URL('../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url)));

  it.each([2, 3])('--jobs %i gives the one-thread report byte for byte, with links across files', async (n) => {
    const dir = linkedRepo();
    const one = await runCli(['.', '-f', 'json'], dir);
    const many = await runCli(['.', '-f', 'json', '--jobs', String(n)], dir);
    expect(many.err).toBe(one.err);
    expect(many.code).toBe(one.code);
    expect(many.out).toBe(one.out);
    const r = json(one.out);
    // The links were taken: the import and the parent's parameter decide these findings.
    expect(rulesOf(r, 'z-imports.yaml')).toContain('SSHOpenToWorld');
    expect(rulesOf(r, 'nested/kids/child.yaml')).toContain('SSHOpenToWorld');
    expect(r.stacks.find((s) => s.file === 'lonely/parent.yaml')?.unauditable?.map((u) => u.code)).toEqual(['nested-stack']);
    expect(r.stacks.find((s) => s.file === 'nested/parent.yaml')?.unauditable ?? []).toEqual([]);
    // An exception used in one worker's file is not reported unused; the other one is.
    expect(r.notices.filter((x) => x.kind === 'exception-unused').map((x) => x.ruleId)).toEqual(['AllowHttp']);
  });

  it('with --cache, a cold run with --jobs reports as one thread, and a warm one reuses every result as one thread does', async () => {
    const dir = linkedRepo();
    const cold = await runCli(['.', '-f', 'json', '--cache', '.cache', '--jobs', '2'], dir);
    const warm = await runCli(['.', '-f', 'json', '--cache', '.cache', '--jobs', '2'], dir);
    const warmOne = await runCli(['.', '-f', 'json', '--cache', '.cache'], dir);
    const plain = await runCli(['.', '-f', 'json'], dir);
    const strip = (out: string) => ({ ...json(out), notices: json(out).notices.filter((x) => !x.message.startsWith('cache:')) });
    expect(strip(cold.out)).toEqual(strip(plain.out));
    expect(warm.out).toBe(warmOne.out);
    expect(json(warm.out).stacks).toEqual(json(plain.out).stacks);
    expect(json(warm.out).notices.map((x) => x.message)).toContain('cache: 21 of 21 file results reused from .cache');
    // The exception matched only in files served from the cache is still in use.
    for (const out of [cold.out, warm.out, warmOne.out])
      expect(
        json(out)
          .notices.filter((x) => x.kind === 'exception-unused')
          .map((x) => x.ruleId),
      ).toEqual(['AllowHttp']);
  });

  it.each(['0', '-1', 'two', '1.5', '100', ''])('refuses --jobs %j', async (v) => {
    const r = await runCli(['x.yaml', `--jobs=${v}`], repo({ 'x.yaml': topic(1) }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--jobs takes a whole number/);
  });

  it('a broken file and a non-template are reported as in one thread', async () => {
    const dir = repo({
      'a.yaml': 'Resources:\n  A: [\n',
      'b.yaml': 'name: not a template\n',
      'c.yaml': sg('0.0.0.0/0'),
      'd.json': '{"Resources": {"T": {"Type": "AWS::SNS::Topic"}}}',
    });
    const one = await runCli(['.', '-f', 'json'], dir);
    const two = await runCli(['.', '-f', 'json', '-j', '2'], dir);
    expect(two.out).toBe(one.out);
    expect(two.code).toBe(one.code);
    expect(json(one.out).errors.map((e) => e.file)).toEqual(['a.yaml']);
  });
});

describe('which files a file may depend on', () => {
  const src = (file: string, text: string, extra: Partial<SourceFile> = {}): SourceFile => ({ file, text, ...extra });
  const deps = (sources: SourceFile[]) => {
    const d = dependencies(sources);
    return Object.fromEntries([...d].map(([i, set]) => [sources[i]!.file, [...set].map((j) => sources[j]!.file).sort()]));
  };

  it('an importer depends on every exporter; exporters and plain files on nothing', () => {
    expect(
      deps([src('e1.yaml', exporter('A', 'x')), src('i.yaml', sg('!ImportValue A')), src('p.yaml', topic(1)), src('e2.json', '{"Outputs": {"O": {"Export": {"Name": "B"}}}}')]),
    ).toEqual({
      'i.yaml': ['e1.yaml', 'e2.json'],
    });
  });

  it.each([
    ['./child.yaml', 'dir/child.yaml'],
    ['child.yaml', 'dir/child.yaml'],
    ['../other/child.template', 'other/child.template'],
    ['"sub/child.json"', 'dir/sub/child.json'],
  ])('a parent whose TemplateURL is %s and that child depend on each other', (url, childFile) => {
    const files = [src('dir/parent.yaml', parent(url, 'x')), src(childFile, child), src('dir/unrelated.yaml', child)];
    expect(deps(files)).toEqual({ 'dir/parent.yaml': [childFile], [childFile]: ['dir/parent.yaml'] });
  });

  it('a TemplateURL to S3, or a file of the same name elsewhere, links nothing', () => {
    expect(deps([src('a/parent.yaml', parent('https://s3.amazonaws.com/b/child.yaml', 'x')), src('b/child.yaml', child)])).toEqual({});
  });

  it.each([
    ['a JSON \\u escape', 'i.json', '{"Resources": {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"CidrIp": {"Fn::Import\\u0056alue": "A"}}}}}'],
    ['a YAML \\x escape', 'i.yaml', 'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      CidrIp: {"Fn::Import\\x56alue": A}\n'],
    ['a YAML escaped line break', 'i.yaml', 'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      CidrIp: {"Fn::Import\\\n        Value": A}\n'],
    ['a YAML %TAG handle', 'i.yaml', '%TAG !x! !Import\n---\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      CidrIp: !x!Value A\n'],
  ])('an import spelled with %s is an import', (_, file, text) => {
    expect(deps([src('e.yaml', exporter('A', 'x')), src(file, text)])[file]).toEqual(['e.yaml']);
  });

  it('a TemplateURL or Stack type spelled with escapes still links parent and child', () => {
    const escaped = parent('"./chil\\u0064.yaml"', 'x').replace('AWS::CloudFormation::Stack', '"AWS::CloudFormation::\\x53tack"');
    expect(deps([src('parent.yaml', escaped), src('child.yaml', child)])).toEqual({ 'parent.yaml': ['child.yaml'], 'child.yaml': ['parent.yaml'] });
  });

  it('CDK stacks depend on every other CDK stack (they link by name)', () => {
    const cdk = (name: string, parents: string[] = []) => src(`cdk.out/${name}.template.json`, '{"Resources": {}}', { stackName: name, parents, origin: 'cdk' });
    expect(deps([cdk('Top'), cdk('Top/Nested', ['Top']), src('plain.yaml', topic(1))])).toEqual({
      'cdk.out/Top.template.json': ['cdk.out/Top/Nested.template.json'],
      'cdk.out/Top/Nested.template.json': ['cdk.out/Top.template.json'],
    });
  });
});

describe('one thread: linked files are held, the others parsed when their result is asked for', () => {
  const files: Record<string, string> = {
    'a-exports.yaml': exporter('WorldCidr', '0.0.0.0/0'),
    'plain1.yaml': sg('0.0.0.0/0'),
    'z-imports.yaml': sg('!ImportValue WorldCidr'),
    'nested/parent.yaml': parent('./child.yaml', '0.0.0.0/0'),
    'plain2.yaml': topic(2),
    'nested/child.yaml': child,
    'escaped.json': JSON.stringify({
      Resources: {
        Sg: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'd',
            SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { 'Fn::ImportValue': 'WorldCidr' }, Description: 'x' }],
          },
        },
      },
    }).replace('ImportValue', 'Import\\u0056alue'),
  };
  const sources: SourceFile[] = Object.entries(files).map(([file, text]) => ({ file, text }));

  it('results and templates are the same as when every template is kept, in any order of asking', () => {
    const auditor = new Auditor({ rules: builtinRules().filter((r) => r.enabled) });
    const kept = auditor.linked(sources, { keepTemplates: true });
    const streamed = auditor.linked(sources);
    const order = [6, 2, 0, 5, 1, 3, 4];
    for (const i of order) expect(streamed.result(i), sources[i]!.file).toEqual(kept.result(i));
    for (const i of order) expect(streamed.template(i)?.body, sources[i]!.file).toEqual(kept.template(i)?.body);
    expect(streamed.template(-1)).toBeNull();
    // The links were taken (the import, the escaped import and the parent's parameter decide these).
    const rules = (i: number) => {
      const r = streamed.result(i);
      return 'stack' in r ? r.stack.findings.filter((f) => f.outcome === 'fail').map((f) => f.ruleId) : [];
    };
    for (const i of [2, 5, 6]) expect(rules(i), sources[i]!.file).toContain('SSHOpenToWorld');
  });
});

describe('--jobs: this thread audits a share while the workers run', () => {
  const realWorker = () => useWorkerScript(new URL('../src/adapters/audit-worker.ts', import.meta.url), new URL('../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url));
  beforeEach(realWorker);
  afterEach(realWorker);

  it('the files are split between this thread and the workers, each evaluated once, with the results of one thread', async () => {
    // Large enough (a long comment each) for a worker's start-up to pay; linked files stay in this thread.
    const pad = `# ${'x'.repeat(600_000)}\n`;
    const files: Record<string, string> = { 'a-exports.yaml': exporter('WorldCidr', '0.0.0.0/0'), 'z-imports.yaml': sg('!ImportValue WorldCidr') };
    for (let i = 0; i < 6; i++) files[`plain/t${i}.yaml`] = pad + (i === 3 ? sg('0.0.0.0/0') : topic(i));
    const dir = repo(files);
    const sources: SourceFile[] = Object.keys(files)
      .sort()
      .map((file) => ({ file, text: files[file]! }));
    const req = { inputs: ['.'], cwd: dir, discoverConfig: false };
    const { auditor, exceptions } = await setUpAudit(req, nodePorts);
    const alone = auditor.linked(sources);
    const expected = sources.map((_, i) => evaluationOf(() => alone.result(i), exceptions));

    const linked = auditor.linked(sources);
    const here: number[] = [];
    const results = await evaluateInWorkers(req, sources, null, 3, (i) => {
      here.push(i);
      return evaluationOf(() => linked.result(i), exceptions);
    });
    const linkedFiles = ['a-exports.yaml', 'z-imports.yaml'].map((f) => sources.findIndex((s) => s.file === f));
    for (const i of linkedFiles) expect(here, sources[i]!.file).toContain(i);
    expect(here.length).toBeGreaterThan(linkedFiles.length);
    expect(here.length).toBeLessThan(sources.length);
    expect(new Set(here).size).toBe(here.length);
    for (const [i, s] of sources.entries()) expect(results(i).result, s.file).toEqual(expected[i]!.result);
  });

  it('the workers start before this thread audits its own share, not after it', async () => {
    // The stand-in worker raises a shared flag as it starts; this thread's first file waits for it (up
    // to 10 s). A worker created only after this thread's share would never raise it in time.
    useWorkerScript(new URL('./helpers/start-flag-worker.mjs', import.meta.url));
    const started = new SharedArrayBuffer(4);
    const sources: SourceFile[] = Array.from({ length: 6 }, (_, i) => ({ file: `t${i}.yaml`, text: `# ${'x'.repeat(600_000)}\n${topic(i)}` }));
    let waited: string | null = null;
    const here: number[] = [];
    const req = { inputs: ['.'], started } as unknown as RunRequest;
    const results = await evaluateInWorkers(req, sources, null, 2, (i) => {
      waited ??= Atomics.wait(new Int32Array(started), 0, 0, 10_000);
      here.push(i);
      return { here: i } as unknown as Evaluation;
    });
    expect(waited).not.toBe('timed-out');
    expect(here.length).toBeGreaterThan(0);
    expect(here.length).toBeLessThan(sources.length);
    for (const [i, s] of sources.entries()) expect(results(i)).toEqual(here.includes(i) ? { here: i } : { worker: s.file });
  });
});
