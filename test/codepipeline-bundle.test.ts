/**
 * The shipped artifact: dist/lambda/index.js loaded by plain `node` in a child process, as the
 * Lambda runtime loads it (CommonJS, `handler` export), run end to end against the local stand-in.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeAws } from './helpers/fake-aws.js';
import { zipDir } from './helpers/pipeline-zip.js';
import { extractZip } from '../src/adapters/codepipeline/unzip.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/lambda/index.js');
const BUCKET = 'artifacts';
const aws = new FakeAws();

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

beforeAll(async () => {
  // `npm test` builds first; a bundle older than the sources is rebuilt so this never tests stale code.
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestSource(join(ROOT, 'src'))) {
    await run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-typecheck', '--only=lambda'], { cwd: ROOT });
  }
  await aws.start();
}, 120_000);
afterAll(() => aws.stop());

/** Invoke the bundle's handler in a fresh node process; returns its stdout. */
async function invoke(jobId: string, key: string): Promise<string> {
  const event = {
    'CodePipeline.job': {
      id: jobId,
      accountId: '123456789012',
      data: {
        actionConfiguration: { configuration: { FunctionName: 'cfn-audit' } },
        inputArtifacts: [{ name: 'Src', revision: null, location: { type: 'S3', s3Location: { bucketName: BUCKET, objectKey: key } } }],
        outputArtifacts: [],
        artifactCredentials: { accessKeyId: 'ASIABUNDLEJOB', secretAccessKey: 'bundle-secret-xyz', sessionToken: 'bundle-token-xyz' },
      },
    },
  };
  const script = `const { handler } = require(${JSON.stringify(BUNDLE)});
    handler(${JSON.stringify(event)}, { awsRequestId: 'bundle-req' }).then((r) => console.log('returned', JSON.stringify(r ?? null)), (e) => { console.log('threw', e); process.exit(1); });`;
  const env = {
    PATH: process.env['PATH'] ?? '',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIABUNDLEROLE',
    AWS_SECRET_ACCESS_KEY: 'role',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_S3: aws.url,
    AWS_ENDPOINT_URL_CODEPIPELINE: aws.url,
  };
  const { stdout } = await run(process.execPath, ['-e', script], { env, cwd: '/' });
  return stdout;
}

describe('dist/lambda/index.js', () => {
  it('is CommonJS with a handler, and runs pass and fail jobs end to end', async () => {
    aws.objects.set(`${BUCKET}/pass`, await zipDir(join(ROOT, 'fixtures/pipeline/pass')));
    aws.objects.set(`${BUCKET}/fail`, await zipDir(join(ROOT, 'fixtures/pipeline/fail')));
    const out1 = await invoke('aaaaaaaa-0000-0000-0000-000000000001', 'pass');
    const out2 = await invoke('aaaaaaaa-0000-0000-0000-000000000002', 'fail');
    expect(out1).toContain('returned null');
    expect(out2).toContain('returned null');
    expect(out1 + out2).not.toMatch(/bundle-secret-xyz|bundle-token-xyz/);
    expect(aws.calls.map((c) => `${c.op} ${c.accessKeyId}`)).toEqual([
      'GetObject ASIABUNDLEJOB',
      'PutJobSuccessResult AKIABUNDLEROLE',
      'GetObject ASIABUNDLEJOB',
      'PutJobFailureResult AKIABUNDLEROLE',
    ]);
    expect(aws.calls[1]!.input).toMatchObject({ jobId: 'aaaaaaaa-0000-0000-0000-000000000001', outputVariables: { decision: 'pass', score: '0', findings: '0' } });
    expect(aws.calls[3]!.input).toMatchObject({
      jobId: 'aaaaaaaa-0000-0000-0000-000000000002',
      failureDetails: { type: 'JobFailed', message: expect.stringContaining('SSHOpenToWorld (risk 7) WebSg at templates/web.yaml:22') },
    });
  });

  it('dist/lambda.zip holds the same bundle at its root, as index.js', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cfn-audit-zip-'));
    try {
      expect(await extractZip(readFileSync(join(ROOT, 'dist/lambda.zip')), dir)).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(['index.js', 'package.json']);
      expect(readFileSync(join(dir, 'index.js')).equals(readFileSync(BUNDLE))).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
