/**
 * The shipped artifact: dist/lambda/index.js loaded by plain `node` in a child process, as the
 * Lambda runtime loads it (CommonJS, `handler` export), run end to end against the local stand-in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeAws } from './helpers/fake-aws.js';
import { zipDir } from './helpers/pipeline-zip.js';
import { extractZip } from '../src/adapters/codepipeline/unzip.js';
import { invokeLambdaBundle, LAMBDA_BUNDLE, pipelineEvent } from './helpers/lambda-bundle.js';
import { tempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');
const BUNDLE = LAMBDA_BUNDLE;
const BUCKET = 'artifacts';
const aws = new FakeAws();

beforeAll(async () => {
  await aws.start();
}, 120_000);
afterAll(() => aws.stop());

const invoke = (jobId: string, key: string): Promise<string> => invokeLambdaBundle(pipelineEvent(jobId, BUCKET, key), aws.url);

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
    const dir = tempDir('cfn-audit-zip-');
    expect(await extractZip(readFileSync(join(ROOT, 'dist/lambda.zip')), dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['index.js', 'package.json']);
    expect(readFileSync(join(dir, 'index.js')).equals(readFileSync(BUNDLE))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });
});
