/**
 * The GitHub Action as the runner runs it: the committed bundle dist/action/index.cjs started by
 * Node 24 (see helpers/action-bundle.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestLabels, readInputs, splitList, stepFails } from '../src/adapters/action.js';
import { commands, NODE24_VARIABLE, runActionBundle, useActionBundle, type ActionRun } from './helpers/action-bundle.js';
import { tempDir } from './helpers/temp.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures/action');

const action = useActionBundle();
const { node, runtime } = action;

/** Run the bundle in a fresh workspace holding copies of the named fixture folders (kept for the file: `once` runs are read by several tests). */
function runAction(inputs: Record<string, string>, opts: { event?: string; copy?: readonly string[]; workspace?: string; env?: Record<string, string> } = {}): ActionRun {
  const workspace = opts.workspace ?? tempDir('cfn-audit-action-', 'file');
  if (!opts.workspace) for (const dir of opts.copy ?? ['infra']) cpSync(join(fixtures, dir), join(workspace, dir), { recursive: true });
  return runActionBundle(action, workspace, inputs, { eventPath: join(fixtures, 'events', opts.event ?? 'pull-request.json'), env: opts.env });
}

function once<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

interface SarifResult {
  ruleId: string;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}

function sarifResults(file: string): SarifResult[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: { results: SarifResult[] }[] };
  expect(doc.version).toBe('2.1.0');
  return doc.runs.flatMap((r) => r.results);
}

describe.runIf(action.exists)(`the bundled action (a copy of dist/action/index.cjs on ${runtime})`, () => {
  // The runner's Node comes from CFN_AUDIT_NODE24 (.ci/run sets it); without it the bundle runs on this Node and the test says so.
  it.skipIf(node.missing !== null && process.env['CI'] !== 'true')(
    `runs on Node 24, as the runner does${node.missing === null ? '' : ` (${process.env['CI'] === 'true' ? '' : 'SKIPPED: '}${node.missing}; .ci/run sets ${NODE24_VARIABLE})`}`,
    () => {
      expect(node.missing, `set ${NODE24_VARIABLE} to a Node 24 binary (.ci/run does)`).toBeNull();
      expect(spawnSync(node.path, ['-v'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
    },
  );

  describe('a failing template', () => {
    const run = once(() => runAction({ path: 'infra/fail.yaml' }));

    it('fails the step with a clear ::error:: message naming the stack and score', () => {
      expect(run().status).toBe(1);
      const failure = commands(run().stdout, 'error').filter((c) => c.props['file'] === undefined);
      expect(failure).toHaveLength(1);
      expect(failure[0]?.message).toMatch(/^cfn-audit: fail — infra\/fail\.yaml scored 10 \(fail at 10\)/);
    });

    it('sets the outputs', () => {
      expect(run().outputs).toEqual({ decision: 'fail', score: '10', findings: '2', 'sarif-file': 'cfn-audit.sarif' });
    });

    it('annotates the findings at repository-relative file, line and column', () => {
      const annotated = commands(run().stdout).filter((c) => c.props['file'] !== undefined);
      expect(annotated.map((c) => [c.level, c.props['file'], c.props['line'], c.props['col']])).toEqual([
        ['error', 'infra/fail.yaml', '22', '11'],
        ['notice', 'infra/fail.yaml', '31', '7'],
      ]);
      expect(annotated[0]?.props['title']).toBe('cfn-audit SSHOpenToWorld (risk 7)');
      expect(annotated[0]?.message).toContain('Resource: WebSg [AWS::EC2::SecurityGroup]');
    });

    it('keeps the quoted template lines of the log from being read as workflow commands', () => {
      const start = /^::stop-commands::(cfn-audit-[0-9a-f-]{36})$/m.exec(run().stdout);
      expect(start).not.toBeNull();
      const resume = run().stdout.indexOf(`\n::${start?.[1]}::\n`);
      expect(resume).toBeGreaterThan(run().stdout.indexOf('CidrIpv6: ::/0'));
      // Annotations come after commands are resumed, or the runner would ignore them.
      expect(run().stdout.indexOf('::error file=')).toBeGreaterThan(resume);
    });

    it('writes a job summary with the decision, the score per stack and the findings table', () => {
      expect(run().summary).toContain('## ❌ cfn-audit: fail');
      expect(run().summary).toMatch(/\| — \| `infra\/fail\.yaml` \| 10 \| ❌ fail \|/);
      expect(run().summary).toMatch(/\| `SSHOpenToWorld` \| 7 \| .* \| `WebSg` \| `infra\/fail\.yaml:22:11` \|/);
      expect(run().summary).toMatch(/\| `AllowHttp` \| 3 \| .* \| `WebHttp` \| `infra\/fail\.yaml:31:7` \|/);
      expect(run().summary).toContain('Step **failed** (fail-on: `manual-approval`).');
    });

    it('writes SARIF with repository-relative URIs', () => {
      const results = sarifResults(join(run().workspace, 'cfn-audit.sarif'));
      expect(results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.artifactLocation.uri, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
        ['SSHOpenToWorld', 'infra/fail.yaml', 22],
        ['AllowHttp', 'infra/fail.yaml', 31],
      ]);
    });
  });

  describe('a passing template', () => {
    const run = once(() => runAction({ path: 'infra/pass.yaml' }));

    it('passes the step with no error annotations', () => {
      expect(run().status).toBe(0);
      expect(commands(run().stdout, 'error')).toEqual([]);
      expect(run().outputs).toEqual({ decision: 'pass', score: '0', findings: '0', 'sarif-file': 'cfn-audit.sarif' });
    });

    it('still writes the summary and an empty SARIF run', () => {
      expect(run().summary).toContain('## ✅ cfn-audit: pass');
      expect(run().summary).toContain('No active findings.');
      expect(run().summary).toContain('Step passed');
      expect(sarifResults(join(run().workspace, 'cfn-audit.sarif'))).toEqual([]);
    });
  });

  describe('a template that needs manual approval', () => {
    it('fails the step on a pull request without the approval label and says how to approve', () => {
      const run = runAction({ path: 'infra/approval.yaml' }, { event: 'pull-request.json' });
      expect(run.status).toBe(1);
      expect(run.outputs['decision']).toBe('manual-approval');
      expect(run.outputs['score']).toBe('7');
      const failure = commands(run.stdout, 'error').find((c) => c.props['file'] === undefined);
      expect(failure?.message).toContain('manual approval needed — infra/approval.yaml scored 7 (approval at 5, fail at 10)');
      expect(failure?.message).toContain('adding the label "cfn-audit-approved" to the pull request');
      expect(run.summary).toContain('**How to approve:** a reviewer with triage rights adds the label `cfn-audit-approved`');
    });

    it('passes the step when the pull request carries the approval label', () => {
      const run = runAction({ path: 'infra/approval.yaml' }, { event: 'pull-request-approved.json' });
      expect(run.status).toBe(0);
      expect(run.outputs['decision']).toBe('manual-approval');
      expect(commands(run.stdout, 'error').filter((c) => c.props['file'] === undefined)).toEqual([]);
      // The finding is still annotated: approval accepts the risk, it does not hide it.
      expect(commands(run.stdout, 'error').map((c) => c.props['file'])).toEqual(['infra/approval.yaml']);
      expect(run.summary).toContain('✅ Approved: the pull request carries the label `cfn-audit-approved`, added after the latest push.');
      expect(run.stdout).toContain('manual approval given by the label "cfn-audit-approved"');
    });

    it('honours a custom approval label and ignores the default one', () => {
      const run = runAction({ path: 'infra/approval.yaml', 'approval-label': 'security-reviewed' }, { event: 'pull-request-approved.json' });
      expect(run.status).toBe(1);
      expect(run.summary).toContain('adds the label `security-reviewed`');
    });

    it('cannot be approved by label outside a pull request', () => {
      const run = runAction({ path: 'infra/approval.yaml' }, { event: 'push.json' });
      expect(run.status).toBe(1);
      expect(commands(run.stdout, 'error').find((c) => c.props['file'] === undefined)?.message).toContain('This run is not for a pull request');
    });

    it('passes with fail-on: fail', () => {
      const run = runAction({ path: 'infra/approval.yaml', 'fail-on': 'fail' });
      expect(run.status).toBe(0);
      expect(run.outputs['decision']).toBe('manual-approval');
      expect(run.stdout).toContain('the step passes because fail-on is fail');
    });
  });

  it('never fails the step with fail-on: never, but reports the decision', () => {
    const run = runAction({ path: 'infra/fail.yaml', 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(run.outputs['decision']).toBe('fail');
    expect(commands(run.stdout, 'error').map((c) => c.props['file'])).toEqual(['infra/fail.yaml']);
    expect(run.summary).toContain('Step passed (fail-on: `never`).');
  });

  it('a label never overrides a fail decision', () => {
    const run = runAction({ path: 'infra/fail.yaml' }, { event: 'pull-request-approved.json' });
    expect(run.status).toBe(1);
    expect(run.summary).toContain('it does not override a fail');
  });

  it('writes no SARIF file when sarif-file is empty', () => {
    const run = runAction({ path: 'infra/fail.yaml', 'sarif-file': '' });
    expect(run.outputs['sarif-file']).toBe('');
    expect(existsSync(join(run.workspace, 'cfn-audit.sarif'))).toBe(false);
    expect(run.status).toBe(1);
  });

  it('suggest-fixes: the job summary shows the diffs and the SARIF results carry fixes; the files stay as they are', () => {
    const run = runAction({ path: 'infra/fail.yaml', 'suggest-fixes': 'true' });
    expect(run.summary).toContain('Suggested fixes');
    expect(run.summary).toMatch(/```diff\n--- a\/infra\/fail\.yaml\n[\s\S]*-    Default: 0\.0\.0\.0\/0\n/);
    const sarif = JSON.parse(readFileSync(join(run.workspace, 'cfn-audit.sarif'), 'utf8')) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] };
    expect(sarif.runs[0]!.results.find((r) => r.ruleId === 'SSHOpenToWorld')?.fixes).toHaveLength(1);
    expect(readFileSync(join(run.workspace, 'infra/fail.yaml'), 'utf8')).toBe(readFileSync(join(fixtures, 'infra/fail.yaml'), 'utf8'));
    const off = runAction({ path: 'infra/fail.yaml' });
    expect(off.summary).not.toContain('Suggested fixes');
  });

  it('writes SARIF to a nested path it creates', () => {
    const run = runAction({ path: 'infra/pass.yaml', 'sarif-file': 'reports/security/cfn.sarif' });
    expect(run.outputs['sarif-file']).toBe('reports/security/cfn.sarif');
    expect(existsSync(join(run.workspace, 'reports/security/cfn.sarif'))).toBe(true);
  });

  it('audits a directory by default; score is the highest stack score, not the sum', () => {
    const run = runAction({});
    expect(run.outputs).toEqual({ decision: 'fail', score: '10', findings: '3', 'sarif-file': 'cfn-audit.sarif' });
    // Each stack gets its own row in the summary.
    expect(run.summary).toMatch(/`infra\/approval\.yaml` \| 7 \|/);
    expect(run.summary).toMatch(/`infra\/fail\.yaml` \| 10 \|/);
    expect(run.summary).toMatch(/`infra\/pass\.yaml` \| 0 \|/);
  });

  it('takes several paths, newline- or space-separated, and globs', () => {
    const lines = runAction({ path: 'infra/pass.yaml\ninfra/approval.yaml\n' });
    const spaces = runAction({ path: 'infra/pass.yaml infra/approval.yaml' });
    const glob = runAction({ path: 'infra/*pass*.yaml' });
    expect([lines.outputs['decision'], lines.outputs['score']]).toEqual(['manual-approval', '7']);
    expect([spaces.outputs['decision'], spaces.outputs['score']]).toEqual(['manual-approval', '7']);
    expect(glob.outputs['decision']).toBe('pass');
    expect(glob.summary).toContain('`infra/pass.yaml`');
  });

  it('fails on a template it cannot parse, with an annotation at the error', () => {
    const run = runAction({ path: 'broken infra/pass.yaml' }, { copy: ['infra', 'broken'] });
    expect(run.status).toBe(1);
    expect(run.outputs['decision']).toBe('fail');
    const annotated = commands(run.stdout, 'error').find((c) => c.props['file'] === 'broken/unclosed.yaml');
    expect(annotated?.props['line']).toBe('6');
    expect(commands(run.stdout, 'error').find((c) => c.props['file'] === undefined)?.message).toMatch(
      /^cfn-audit could not audit every template, so the gate fails: broken\/unclosed\.yaml:6: /,
    );
  });

  it('reports a missing path as an audit error, not a pass', () => {
    const run = runAction({ path: 'stacks/missing.yaml' });
    expect(run.status).toBe(1);
    expect(run.outputs['decision']).toBe('fail');
  });

  it('refuses an unknown fail-on value before auditing', () => {
    const run = runAction({ path: 'infra/pass.yaml', 'fail-on': 'warning' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::cfn-audit: input fail-on: "warning" is not one of fail, manual-approval, never');
    expect(run.outputs).toEqual({});
  });

  it('audits a CDK cloud assembly, naming stacks and construct paths', () => {
    const workspace = tempDir('cfn-audit-action-');
    cpSync(join(root, 'fixtures/cdk/minimal.out'), join(workspace, 'cdk.out'), { recursive: true });
    const run = runAction({ path: 'cdk.out' }, { workspace });
    // SSH open on the bastion (7) in the parent; an SNS topic without KMS (2) in the nested stack.
    expect(run.outputs).toEqual({ decision: 'manual-approval', score: '7', findings: '2', 'sarif-file': 'cfn-audit.sarif' });
    const [annotation] = commands(run.stdout).filter((c) => c.props['file'] !== undefined);
    expect([annotation?.props['file'], annotation?.props['line']]).toEqual(['cdk.out/MinimalStack.template.json', '8']);
    expect(annotation?.message).toContain('MinimalStack/Bastion/Resource');
    expect(run.summary).toMatch(/\| MinimalStack \| `cdk\.out\/MinimalStack\.template\.json` \| 7 \|/);
  });

  describe('config and profile', () => {
    it('applies the profile chosen from the config file', () => {
      const prod = runAction({ path: 'infra/approval.yaml', config: 'config/cfn-audit.yml', profile: 'prod' }, { copy: ['infra', 'config'] });
      const sandbox = runAction({ path: 'infra/approval.yaml', config: 'config/cfn-audit.yml', profile: 'sandbox' }, { copy: ['infra', 'config'] });
      // prod fails at 7; sandbox lowers SSHOpenToWorld to risk 4, under the approval threshold.
      expect([prod.status, prod.outputs['decision'], prod.outputs['score']]).toEqual([1, 'fail', '7']);
      expect([sandbox.status, sandbox.outputs['decision'], sandbox.outputs['score']]).toEqual([0, 'pass', '4']);
      expect(prod.summary).toContain('approval ≥ 3, fail ≥ 7');
    });

    it('finds .cfn-audit.yml in the workspace when config is empty', () => {
      const workspace = tempDir('cfn-audit-action-');
      cpSync(join(fixtures, 'infra'), join(workspace, 'infra'), { recursive: true });
      cpSync(join(fixtures, 'config/cfn-audit.yml'), join(workspace, '.cfn-audit.yml'));
      const run = runAction({ path: 'infra/approval.yaml', profile: 'prod' }, { workspace });
      expect(run.outputs['decision']).toBe('fail');
    });

    it('refuses an unknown profile with a clear message', () => {
      const run = runAction({ path: 'infra/approval.yaml', config: 'config/cfn-audit.yml', profile: 'staging' }, { copy: ['infra', 'config'] });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^::error::cfn-audit: .*staging/m);
      expect(run.outputs).toEqual({});
    });
  });

  describe('change-aware run (base-ref)', () => {
    const git = (cwd: string, ...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    };
    /** A repository whose base commit already opened SSH; the head commit adds open HTTP. */
    const repo = once(() => {
      const workspace = tempDir('cfn-audit-action-', 'file');
      cpSync(join(fixtures, 'infra'), join(workspace, 'infra'), { recursive: true });
      const head = readFileSync(join(workspace, 'infra/fail.yaml'), 'utf8');
      writeFileSync(join(workspace, 'infra/fail.yaml'), head.slice(0, head.indexOf('  WebHttp:')));
      git(workspace, 'init', '-q', '-b', 'main');
      git(workspace, 'add', '.');
      git(workspace, 'commit', '-q', '-m', 'base');
      writeFileSync(join(workspace, 'infra/fail.yaml'), head);
      git(workspace, 'commit', '-q', '-am', 'open HTTP');
      return workspace;
    });

    it('counts only findings new since the base ref', () => {
      const run = runAction({ path: 'infra/fail.yaml', 'base-ref': 'HEAD~1' }, { workspace: repo() });
      expect(run.stderr).toBe('');
      expect(run.outputs).toEqual({ decision: 'pass', score: '3', findings: '1', 'sarif-file': 'cfn-audit.sarif' });
      expect(run.status).toBe(0);
      // The finding present in the base is listed as baselined, not hidden.
      expect(run.summary).toMatch(/`SSHOpenToWorld` \| baselined \|.*present in base/);
    });

    it('refuses a ref that does not exist', () => {
      const run = runAction({ path: 'infra/fail.yaml', 'base-ref': 'origin/nope' }, { workspace: repo() });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('::error::cfn-audit: --base-ref origin/nope: no such commit');
    });
  });

  it('reads a parameters file', () => {
    // The parameter narrows AdminCidr, which closes SSH and leaves only AllowHttp (risk 3).
    const run = runAction({ path: 'infra/fail.yaml', parameters: 'params/admin-cidr.json' }, { copy: ['infra', 'params'] });
    expect(run.outputs).toEqual({ decision: 'pass', score: '3', findings: '1', 'sarif-file': 'cfn-audit.sarif' });
    expect(run.status).toBe(0);
  });

  it('fails with a clear message when the parameters file is missing', () => {
    const run = runAction({ path: 'infra/pass.yaml', parameters: 'params/none.json' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::cfn-audit: --parameters params/none.json: cannot read the file');
  });
});

describe('action inputs', () => {
  it('splits lists on lines when there are several, otherwise on spaces', () => {
    expect(splitList('a.yaml b.yaml')).toEqual(['a.yaml', 'b.yaml']);
    expect(splitList('  my stacks/a.yaml \n\n b.yaml\n')).toEqual(['my stacks/a.yaml', 'b.yaml']);
    expect(splitList('')).toEqual([]);
  });

  it('defaults path to . and validates fail-on', () => {
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(readInputs(get({})).paths).toEqual(['.']);
    expect(readInputs(get({})).failOn).toBe('manual-approval');
    expect(() => readInputs(get({ 'fail-on': 'manual' }))).toThrow(/fail-on: "manual" is not one of/);
    expect(readInputs(get({})).suggestFixes).toBe(false);
    expect(readInputs(get({ 'suggest-fixes': 'true' })).suggestFixes).toBe(true);
    expect(() => readInputs(get({ 'suggest-fixes': 'yes please' }))).toThrow(/suggest-fixes: "yes please" is not true or false/);
  });

  it('fails the step by decision, fail-on and approval', () => {
    const table = [
      ['pass', 'manual-approval', false, false],
      ['manual-approval', 'manual-approval', false, true],
      ['manual-approval', 'manual-approval', true, false],
      ['fail', 'manual-approval', true, true],
      ['manual-approval', 'fail', false, false],
      ['fail', 'fail', false, true],
      ['fail', 'never', false, false],
    ] as const;
    for (const [decision, failOn, approved, fails] of table)
      expect([decision, failOn, approved, stepFails(decision, failOn, approved)]).toEqual([decision, failOn, approved, fails]);
  });

  it('reads pull-request labels from the event, and null for other events', () => {
    expect(pullRequestLabels(join(fixtures, 'events/pull-request-approved.json'))).toEqual(['infrastructure', 'cfn-audit-approved']);
    expect(pullRequestLabels(join(fixtures, 'events/push.json'))).toBeNull();
    expect(pullRequestLabels(join(fixtures, 'events/missing.json'))).toBeNull();
    expect(pullRequestLabels(undefined)).toBeNull();
  });
});
