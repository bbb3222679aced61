/**
 * The CodePipeline action end to end: the real AWS SDK clients talk to a local stand-in on
 * 127.0.0.1, and each test asserts the exact calls the function made.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../src/adapters/codepipeline.js';
import { runAudit } from '../src/adapters/run.js';
import { FakeAws, type RecordedCall } from './helpers/fake-aws.js';
import { zipDir, zipEntries, zipWithRawName } from './helpers/pipeline-zip.js';

const FIX = join(import.meta.dirname, '../fixtures/pipeline');
const CDK = join(import.meta.dirname, '../fixtures/cdk/minimal.out');
const JOB = '11111111-abcd-1111-abcd-111111abcdef';
const BUCKET = 'codepipeline-us-east-1-123456789012';
const KEY = 'my-pipeline/SourceArti/AbCdEf1';
const JOB_CREDS = { accessKeyId: 'ASIAJOBKEY0000000001', secretAccessKey: 'job-secret-7f3a9c1e5b', sessionToken: 'job-session-token-4d2b8e6f' };
const ROLE_KEY = 'AKIAROLEKEY000000001';

const aws = new FakeAws();
const saved: Record<string, string | undefined> = {};
const ENV: Record<string, string> = {
  AWS_ENDPOINT_URL_S3: '',
  AWS_ENDPOINT_URL_CODEPIPELINE: '',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: ROLE_KEY,
  AWS_SECRET_ACCESS_KEY: 'role-secret',
  AWS_EC2_METADATA_DISABLED: 'true',
};

beforeAll(async () => {
  await aws.start();
  ENV['AWS_ENDPOINT_URL_S3'] = aws.url;
  ENV['AWS_ENDPOINT_URL_CODEPIPELINE'] = aws.url;
  for (const [k, v] of Object.entries(ENV)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  for (const k of ['AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_ENDPOINT_URL']) {
    saved[k] = process.env[k];
    delete process.env[k];
  }
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  await aws.stop();
});
beforeEach(() => aws.reset());

interface EventOptions {
  readonly userParameters?: string;
  readonly artifacts?: readonly { name: string; key: string }[];
  readonly jobId?: string;
}

function event(o: EventOptions = {}): unknown {
  const artifacts = o.artifacts ?? [{ name: 'SourceArtifact', key: KEY }];
  return {
    'CodePipeline.job': {
      id: o.jobId ?? JOB,
      accountId: '123456789012',
      data: {
        actionConfiguration: { configuration: { FunctionName: 'cfn-audit', ...(o.userParameters !== undefined ? { UserParameters: o.userParameters } : {}) } },
        inputArtifacts: artifacts.map((a) => ({ name: a.name, revision: null, location: { type: 'S3', s3Location: { bucketName: BUCKET, objectKey: a.key } } })),
        outputArtifacts: [],
        artifactCredentials: { ...JOB_CREDS, expirationTime: 1_900_000_000_000 },
      },
    },
  };
}

const quiet = { log: () => undefined };

async function run(artifact: Buffer | null, o: EventOptions = {}, deps: Parameters<typeof createHandler>[0] = quiet): Promise<RecordedCall[]> {
  if (artifact) aws.objects.set(`${BUCKET}/${KEY}`, artifact);
  await createHandler(deps)(event(o), { awsRequestId: 'req-1' });
  return aws.calls;
}

/** The single CodePipeline call, after checking there is exactly one and it was accepted. */
function onlyResult(calls: readonly RecordedCall[]): RecordedCall & { input: Record<string, unknown> } {
  const results = calls.filter((c) => c.service === 'codepipeline');
  expect(results).toHaveLength(1);
  expect(results[0]!.rejected).toBeUndefined();
  return results[0] as RecordedCall & { input: Record<string, unknown> };
}

function failureOf(calls: readonly RecordedCall[]): { type: string; message: string } {
  const r = onlyResult(calls);
  expect(r.op).toBe('PutJobFailureResult');
  expect(r.input['jobId']).toBe(JOB);
  return r.input['failureDetails'] as { type: string; message: string };
}

describe('CodePipeline action against a local S3 and CodePipeline', () => {
  it('pass: downloads with the job credentials and reports success with output variables', async () => {
    const calls = await run(await zipDir(join(FIX, 'pass')));
    expect(calls.map((c) => `${c.service}:${c.op}`)).toEqual(['s3:GetObject', 'codepipeline:PutJobSuccessResult']);
    const [get, put] = calls;
    expect(get!.path).toBe(`${BUCKET}/${KEY}`);
    expect(get!.accessKeyId).toBe(JOB_CREDS.accessKeyId);
    expect(get!.securityToken).toBe(JOB_CREDS.sessionToken);
    // The result is reported with the function's own role, never the pipeline's credentials.
    expect(put!.accessKeyId).toBe(ROLE_KEY);
    expect(put!.securityToken).toBeNull();
    expect(put!.input).toEqual({
      jobId: JOB,
      executionDetails: { summary: expect.stringMatching(/^cfn-audit: PASS — score 0 /), externalExecutionId: 'req-1' },
      outputVariables: { decision: 'pass', score: '0', findings: '0' },
    });
  });

  it('manual-approval: succeeds so a later stage can gate on #{Namespace.decision}', async () => {
    const calls = await run(await zipDir(join(FIX, 'manual-approval')));
    const put = onlyResult(calls);
    expect(put.op).toBe('PutJobSuccessResult');
    expect(put.input['outputVariables']).toEqual({ decision: 'manual-approval', score: '7', findings: '1' });
    const summary = (put.input['executionDetails'] as { summary: string }).summary;
    expect(summary).toMatch(/^cfn-audit: MANUAL APPROVAL — score 7/);
    expect(summary).toContain('SSHOpenToWorld (risk 7) BastionSg at templates/bastion.yaml:');
  });

  it('manual-approval with onManualApproval "fail" fails the job', async () => {
    const calls = await run(await zipDir(join(FIX, 'manual-approval')), { userParameters: '{"onManualApproval": "fail"}' });
    const f = failureOf(calls);
    expect(f.type).toBe('JobFailed');
    expect(f.message).toContain('SSHOpenToWorld');
  });

  it('fail: PutJobFailureResult JobFailed naming every finding', async () => {
    const calls = await run(await zipDir(join(FIX, 'fail')));
    expect(calls.map((c) => c.op)).toEqual(['GetObject', 'PutJobFailureResult']);
    const f = failureOf(calls);
    expect(f.type).toBe('JobFailed');
    expect(f.message).toMatch(/^cfn-audit: FAIL — score 10 \(approval ≥ 5, fail ≥ 10\); 1 stack, 2 active findings/);
    expect(f.message).toContain('SSHOpenToWorld (risk 7) WebSg at templates/web.yaml:22');
    expect(f.message).toContain('AllowHttp (risk 3) WebHttp at templates/web.yaml:31');
    // Highest risk first, so a cut message keeps what decided the gate.
    expect(f.message.indexOf('SSHOpenToWorld')).toBeLessThan(f.message.indexOf('AllowHttp'));
  });

  it('a template that cannot be parsed never passes: JobFailed naming the file, line and column', async () => {
    const artifact = await zipEntries([
      { name: 'templates/app.yaml', data: await readFixture('pass/templates/app.yaml') },
      { name: 'templates/broken.yaml', data: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: {\n' },
    ]);
    const f = failureOf(await run(artifact));
    expect(f.type).toBe('JobFailed');
    expect(f.message).toMatch(/^cfn-audit: FAIL — score 0 .*1 file could not be audited/);
    expect(f.message).toMatch(/\n- could not audit templates\/broken\.yaml:\d+:\d+: /);
  });

  it('a cdk.out artifact with a nested stack is read as a cloud assembly', async () => {
    const calls = await run(await zipDir(CDK, 'cdk.out/'));
    const put = onlyResult(calls);
    expect(put.op).toBe('PutJobSuccessResult');
    // The same audit the CLI makes of the folder: both stacks, the nested one included.
    const { report } = await runAudit({ inputs: ['.'], cwd: CDK });
    expect(report.stacks.map((s) => s.parents.length)).toEqual([0, 1]);
    const active = report.stacks.flatMap((s) => s.findings).filter((f) => f.status === 'active');
    expect(put.input['outputVariables']).toEqual({ decision: 'manual-approval', score: '7', findings: String(active.length) });
    const summary = (put.input['executionDetails'] as { summary: string }).summary;
    expect(summary).toContain('2 stacks');
    for (const f of active) expect(summary).toContain(`${f.ruleId} (risk ${f.risk}) ${f.stackName} ${f.logicalId} at cdk.out/${f.file}:${f.line}`);
    expect(summary).toContain('SSHOpenToWorld (risk 7) MinimalStack Bastion2B4CEC30 at cdk.out/MinimalStack.template.json:8');
  });

  it('a zip whose root is the cloud assembly itself works too', async () => {
    const calls = await run(await zipDir(CDK));
    const put = onlyResult(calls);
    expect((put.input['executionDetails'] as { summary: string }).summary).toContain('2 stacks');
  });

  it('a plain-text UserParameters is one glob', async () => {
    const artifact = await zipEntries([
      { name: 'a/bastion.yaml', data: await readFixture('manual-approval/templates/bastion.yaml') },
      { name: 'b/web.yaml', data: await readFixture('fail/templates/web.yaml') },
    ]);
    const calls = await run(artifact, { userParameters: 'a/*.yaml' });
    expect(onlyResult(calls).input['outputVariables']).toEqual({ decision: 'manual-approval', score: '7', findings: '1' });
  });

  it('a parameters file inside the artifact is applied', async () => {
    const artifact = await zipDir(join(FIX, 'with-params'));
    let calls = await run(artifact);
    expect(onlyResult(calls).input['outputVariables']).toMatchObject({ decision: 'manual-approval' });
    aws.reset();
    calls = await run(artifact, { userParameters: JSON.stringify({ templates: ['templates/*.yaml'], parameters: 'params/prod.json' }) });
    expect(onlyResult(calls).input['outputVariables']).toEqual({ decision: 'pass', score: '0', findings: '0' });
  });

  describe('policy from the artifact', () => {
    it("the artifact's .cfn-audit.yml applies (its profile raises the thresholds)", async () => {
      const calls = await run(await zipDir(join(FIX, 'with-config')));
      const put = onlyResult(calls);
      expect(put.input['outputVariables']).toEqual({ decision: 'pass', score: '7', findings: '1' });
      expect((put.input['executionDetails'] as { summary: string }).summary).toContain('(approval ≥ 8, fail ≥ 20)');
    });

    it('UserParameters "profile" picks another profile', async () => {
      const calls = await run(await zipDir(join(FIX, 'with-config')), { userParameters: '{"profile": "default"}' });
      expect(onlyResult(calls).input['outputVariables']).toMatchObject({ decision: 'manual-approval', score: '7' });
    });

    it('UserParameters "config" names a config file elsewhere in the artifact', async () => {
      const artifact = await zipEntries([
        { name: 'templates/bastion.yaml', data: await readFixture('manual-approval/templates/bastion.yaml') },
        { name: 'ci/audit.yml', data: 'profiles:\n  default:\n    thresholds: { approval: 1, fail: 5 }\n' },
      ]);
      let calls = await run(artifact);
      expect(onlyResult(calls).op).toBe('PutJobSuccessResult');
      aws.reset();
      calls = await run(artifact, { userParameters: '{"config": "ci/audit.yml"}' });
      expect(failureOf(calls)).toMatchObject({ type: 'JobFailed', message: expect.stringContaining('(approval ≥ 1, fail ≥ 5)') });
    });

    it('a config that is not valid is a ConfigurationError', async () => {
      const artifact = await zipEntries([
        { name: 'templates/bastion.yaml', data: await readFixture('manual-approval/templates/bastion.yaml') },
        { name: '.cfn-audit.yml', data: 'profiles:\n  default:\n    thresholds: { approval: high }\n' },
      ]);
      expect(failureOf(await run(artifact)).type).toBe('ConfigurationError');
    });

    it.each([['/proc/self/environ'], ['../../../etc/passwd']])('config rulePaths %s outside the artifact is refused before anything is read', async (p) => {
      const artifact = await zipEntries([
        { name: 'templates/bastion.yaml', data: await readFixture('manual-approval/templates/bastion.yaml') },
        { name: '.cfn-audit.yml', data: `rulePaths: [${JSON.stringify(p)}]\n` },
      ]);
      const f = failureOf(await run(artifact));
      expect(f).toMatchObject({ type: 'ConfigurationError', message: `cfn-audit could not audit: .cfn-audit.yml: rulePaths entry "${p}" is outside the artifact` });
    });
  });

  it('the input artifact is chosen by name', async () => {
    aws.objects.set(`${BUCKET}/other`, await zipDir(join(FIX, 'fail')));
    const calls = await run(await zipDir(join(FIX, 'pass')), {
      userParameters: '{"artifact": "BuildOutput"}',
      artifacts: [
        { name: 'SourceArtifact', key: KEY },
        { name: 'BuildOutput', key: 'other' },
      ],
    });
    expect(calls[0]!.path).toBe(`${BUCKET}/other`);
    expect(failureOf(calls).type).toBe('JobFailed');
  });

  describe('ConfigurationError', () => {
    it.each([
      ['text starting with { that is not JSON', '{templates: [*.yaml]', /UserParameters is not valid JSON/],
      ['an unknown key', '{"template": ["*.yaml"]}', /unknown key "template"/],
      ['a bad onManualApproval', '{"onManualApproval": "skip"}', /"succeed" or "fail"/],
      ['a glob escaping the artifact', '{"templates": ["../*.yaml"]}', /relative path inside the artifact/],
      ['an artifact name that is not an input', '{"artifact": "Nope"}', /input artifact "Nope"/],
      ['a parameters file not in the artifact', '{"parameters": "params/none.json"}', /params\/none\.json is not in the artifact/],
      ['an unknown profile', '{"profile": "prod"}', /unknown profile "prod"; known profiles: default, strict/],
    ])('%s', async (_name, userParameters, message) => {
      const calls = await run(await zipDir(join(FIX, 'pass')), { userParameters });
      const f = failureOf(calls);
      expect(f.type).toBe('ConfigurationError');
      expect(f.message).toMatch(message);
    });

    it('bad UserParameters JSON fails before anything is downloaded', async () => {
      const calls = await run(await zipDir(join(FIX, 'pass')), { userParameters: '{"templates": ' });
      expect(calls.map((c) => c.op)).toEqual(['PutJobFailureResult']);
    });

    it('no template in the artifact', async () => {
      const f = failureOf(await run(await zipDir(join(FIX, 'no-templates'))));
      expect(f.type).toBe('ConfigurationError');
      expect(f.message).toMatch(/no CloudFormation template or cdk\.out found in \. \(1 file looked at, none is a template\)/);
    });

    it('a glob that matches nothing', async () => {
      const f = failureOf(await run(await zipDir(join(FIX, 'pass')), { userParameters: 'stacks/*.yaml' }));
      expect(f.type).toBe('ConfigurationError');
      expect(f.message).toContain('stacks/*.yaml (the pattern matches no file)');
    });

    it('no input artifact at all', async () => {
      const f = failureOf(await run(null, { artifacts: [] }));
      expect(f.type).toBe('ConfigurationError');
    });

    it('a missing artifact object (S3 404) is a ConfigurationError', async () => {
      const calls = await run(null);
      expect(calls.map((c) => c.op)).toEqual(['GetObject', 'PutJobFailureResult']);
      const f = failureOf(calls);
      expect(f.type).toBe('ConfigurationError');
      expect(f.message).toContain(`s3://${BUCKET}/${KEY} (input artifact "SourceArtifact"): NoSuchKey`);
    });
  });

  it('S3 AccessDenied (403) is a PermissionError', async () => {
    aws.objects.set(`${BUCKET}/${KEY}`, { status: 403, code: 'AccessDenied' });
    const f = failureOf(await run(null));
    expect(f.type).toBe('PermissionError');
    expect(f.message).toMatch(/AccessDenied; the pipeline role needs s3:GetObject/);
  });

  describe('unsafe and broken archives fail the job', () => {
    it.each([
      ['zip slip (..)', () => zipWithRawName('../evil.yaml', 'Resources: {}'), /climbs out|invalid relative path/],
      ['zip slip (..\\ on Windows)', () => zipWithRawName('..\\evil.yaml', 'Resources: {}'), /climbs out|invalid relative path/],
      ['an absolute path', () => zipWithRawName('/tmp/evil.yaml', 'Resources: {}'), /absolute path/],
      ['a drive letter', () => zipWithRawName('C:/evil.yaml', 'Resources: {}'), /absolute path/],
      ['a symlink', () => zipEntries([{ name: 'link.yaml', data: '/etc/passwd', mode: 0o120777 }]), /symbolic link/],
      ['a corrupt archive', async () => Buffer.from('PK\u0003\u0004 this is not really a zip'), /not a readable zip archive/],
      ['a truncated archive', async () => (await zipDir(join(FIX, 'pass'))).subarray(0, 200), /not a readable zip archive/],
    ])('%s', async (_name, make, message) => {
      const calls = await run(await make());
      const f = failureOf(calls);
      expect(f.type).toBe('JobFailed');
      expect(f.message).toMatch(/the input artifact was refused/);
      expect(f.message).toMatch(message);
    });

    it('too many entries', async () => {
      const entries = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }));
      const f = failureOf(await run(await zipEntries(entries), {}, { ...quiet, unzipLimits: { maxEntries: 10, maxTotalBytes: 1e6 } }));
      expect(f.message).toContain('it has 12 entries (the limit is 10)');
    });

    it('too large once inflated', async () => {
      const f = failureOf(
        await run(await zipEntries([{ name: 'zeros.yaml', data: Buffer.alloc(50_000) }]), {}, { ...quiet, unzipLimits: { maxEntries: 10, maxTotalBytes: 10_000 } }),
      );
      expect(f.message).toContain('more than 10000 bytes');
    });
  });

  it('an engine crash still gives exactly one JobFailed result, and the handler resolves', async () => {
    const crash = vi.fn(async () => {
      throw new TypeError('engine exploded');
    });
    const calls = await run(await zipDir(join(FIX, 'pass')), {}, { ...quiet, audit: crash });
    expect(crash).toHaveBeenCalledTimes(1);
    const f = failureOf(calls);
    expect(f).toEqual({ type: 'JobFailed', message: 'cfn-audit could not audit: internal error: engine exploded', externalExecutionId: 'req-1' });
  });

  it.each([
    [
      'a config whose rulePaths folder is missing',
      [
        { name: '.cfn-audit.yml', data: 'rulePaths: [team-rules]\n' },
        { name: 't.yaml', data: 'Resources: {T: {Type: AWS::SNS::Topic}}\n' },
      ],
    ],
    ['an engine error quoting an absolute path', null],
    ['a template that cannot be parsed, in a folder', [{ name: 'infra/t.yaml', data: 'Resources: [\n' }]],
  ])('no message or log line shows the temporary extraction folder (%s)', async (_name, entries) => {
    const lines: string[] = [];
    const deps = { log: (l: string) => void lines.push(l) } as Parameters<typeof createHandler>[0] & object;
    const leakPath = async (req: { cwd: string }) => {
      throw new Error(`ENOENT: no such file or directory, open '${req.cwd}/x.yaml' (in ${req.cwd})`);
    };
    const calls = await run(entries ? await zipEntries(entries) : await zipDir(join(FIX, 'pass')), {}, entries ? deps : { ...deps, audit: leakPath });
    const f = failureOf(calls);
    // Stack traces name this checkout's own files, which may themselves live under the temp folder.
    const repo = join(import.meta.dirname, '..');
    const everything = `${f.message}\n${lines.join('\n')}`.split(repo).join('<repo>');
    expect(everything).not.toMatch(/cfn-audit-[A-Za-z0-9]{6}/);
    expect(everything).not.toContain(tmpdir());
    if (!entries) expect(f.message).toContain("open 'x.yaml' (in <artifact>)");
  });

  it('the artifact credentials never reach the log or a result, even inside an error', async () => {
    const lines: string[] = [];
    const spies = (['log', 'error', 'warn', 'info', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void lines.push(a.map(String).join(' '))),
    );
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (lines.push(String(s)), true));
    try {
      const leak = async () => {
        throw new Error(`cannot use ${JOB_CREDS.accessKeyId} / ${JOB_CREDS.secretAccessKey} / ${JOB_CREDS.sessionToken}`);
      };
      aws.objects.set(`${BUCKET}/${KEY}`, await zipDir(join(FIX, 'pass')));
      await createHandler({ audit: leak })(event(), {});
      aws.objects.set(`${BUCKET}/${KEY}`, { status: 403, code: 'AccessDenied' });
      await createHandler()(event({ jobId: '22222222-abcd-1111-abcd-111111abcdef' }), {});
      aws.objects.set(`${BUCKET}/${KEY}`, await zipDir(join(FIX, 'fail')));
      await createHandler()(event({ jobId: '33333333-abcd-1111-abcd-111111abcdef' }), {});
    } finally {
      spies.forEach((s) => s.mockRestore());
      stdout.mockRestore();
    }
    const everything = lines.join('\n') + JSON.stringify(aws.calls.map((c) => c.input ?? null));
    expect(lines.length).toBeGreaterThan(3);
    expect(everything).toContain('****');
    for (const secret of Object.values(JOB_CREDS)) expect(everything).not.toContain(secret);
    expect(aws.results.map((c) => c.op)).toEqual(['PutJobFailureResult', 'PutJobFailureResult', 'PutJobFailureResult']);
  });

  it('a job that already has a result: the refusal is logged, never thrown', async () => {
    const artifact = await zipDir(join(FIX, 'pass'));
    const lines: string[] = [];
    await run(artifact, {}, { log: (l) => lines.push(l) });
    await expect(run(artifact, {}, { log: (l) => lines.push(l) })).resolves.toBeDefined();
    expect(aws.results.map((c) => c.rejected ?? 'ok')).toEqual(['ok', 'InvalidJobStateException']);
    expect(lines.join('\n')).toContain('reporting the result failed: InvalidJobStateException');
  });

  it('a success result the service refuses is replaced by one JobFailed result', async () => {
    aws.refuseNext('PutJobSuccessResult', 'OutputVariablesSizeExceededException');
    const calls = await run(await zipDir(join(FIX, 'pass')));
    expect(calls.map((c) => `${c.op}${c.rejected ? `!${c.rejected}` : ''}`)).toEqual([
      'GetObject',
      'PutJobSuccessResult!OutputVariablesSizeExceededException',
      'PutJobFailureResult',
    ]);
    expect(calls[2]!.input).toMatchObject({
      jobId: JOB,
      failureDetails: { type: 'JobFailed', message: expect.stringContaining('CodePipeline refused the success result (OutputVariablesSizeExceededException)') },
    });
  });

  it('an unreachable CodePipeline endpoint is logged, and the handler still resolves', async () => {
    const lines: string[] = [];
    process.env['AWS_ENDPOINT_URL_CODEPIPELINE'] = 'http://127.0.0.1:9';
    try {
      await expect(run(await zipDir(join(FIX, 'pass')), {}, { log: (l) => lines.push(l) })).resolves.toBeDefined();
    } finally {
      process.env['AWS_ENDPOINT_URL_CODEPIPELINE'] = aws.url;
    }
    expect(aws.results).toEqual([]);
    expect(lines.join('\n')).toMatch(/reporting the result failed: .*ECONNREFUSED|could not report a result/);
  });

  it('an event without a job id reports nothing and does not throw', async () => {
    await expect(createHandler(quiet)({ Records: [] })).resolves.toBeUndefined();
    expect(aws.calls).toEqual([]);
  });

  it('the default audit is runAudit (same report as the CLI path)', async () => {
    const calls = await run(await zipDir(join(FIX, 'fail')), {}, { ...quiet, audit: runAudit });
    expect(failureOf(calls).message).toContain('score 10');
    expect(existsSync(join(FIX, 'fail/templates/web.yaml'))).toBe(true);
  });
});

async function readFixture(rel: string): Promise<Buffer> {
  const { readFile } = await import('node:fs/promises');
  return readFile(join(FIX, rel));
}

describe('the Lambda keeps to its time budget', () => {
  it('with no time left before the timeout, the job fails naming what was not audited, instead of never reporting', async () => {
    const artifact = await zipDir(join(FIX, 'pass'));
    aws.objects.set(`${BUCKET}/${KEY}`, artifact);
    await createHandler(quiet)(event(), { awsRequestId: 'req-1', getRemainingTimeInMillis: () => 1_000 });
    const f = failureOf(aws.calls);
    expect(f.type).toBe('JobFailed');
    expect(f.message).toMatch(/time budget ran out/);
  });

  it('the deadline keeps a margin for reporting: a tenth of the time, 3 to 15 seconds', async () => {
    const { auditDeadline } = await import('../src/adapters/codepipeline.js');
    expect(auditDeadline(900_000, 0)).toBe(885_000);
    expect(auditDeadline(60_000, 0)).toBe(54_000);
    expect(auditDeadline(10_000, 0)).toBe(7_000);
    expect(auditDeadline(1_000, 5)).toBe(5);
  });
});

describe('conditions in the pipeline', () => {
  it('the template configuration file decides a Condition: the resource it switches off is not audited', async () => {
    const template = [
      'Parameters: {Bastion: {Type: String, Default: ""}}',
      'Conditions: {NoBastion: !Equals [!Ref Bastion, ""]}',
      'Resources:',
      '  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: x, SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: e}]}}',
      '  Open:',
      '    Type: AWS::EC2::SecurityGroupIngress',
      '    Condition: NoBastion',
      '    Properties: {GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: s}',
      '',
    ].join('\n');
    const artifact = await zipEntries([
      { name: 'templates/t.yaml', data: template },
      { name: 'params/prod.json', data: '{"Parameters": {"Bastion": "sg-0123"}}' },
    ]);
    let calls = await run(artifact, { userParameters: JSON.stringify({ templates: ['templates/*.yaml'] }) });
    expect(onlyResult(calls).input['outputVariables']).toMatchObject({ decision: 'manual-approval' });
    aws.reset();
    calls = await run(artifact, { userParameters: JSON.stringify({ templates: ['templates/*.yaml'], parameters: 'params/prod.json' }) });
    expect(onlyResult(calls).input['outputVariables']).toEqual({ decision: 'pass', score: '0', findings: '0' });
  });
});
