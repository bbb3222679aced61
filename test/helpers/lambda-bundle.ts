/**
 * The shipped Lambda artifact: dist/lambda/index.js loaded by plain `node` in a child process, as the
 * Lambda runtime loads it (CommonJS, `handler` export), talking to a local AWS stand-in.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
/** Rebuilt by test/global-setup.ts when older than its sources. */
export const LAMBDA_BUNDLE = join(ROOT, 'dist/lambda/index.js');

export const JOB_CREDENTIALS = { accessKeyId: 'ASIABUNDLEJOB', secretAccessKey: 'bundle-secret-xyz', sessionToken: 'bundle-token-xyz' };

/** A CodePipeline job event for the artifact at s3://bucket/key. */
export function pipelineEvent(jobId: string, bucket: string, key: string, userParameters?: string): unknown {
  return {
    'CodePipeline.job': {
      id: jobId,
      accountId: '123456789012',
      data: {
        actionConfiguration: { configuration: { FunctionName: 'cfn-audit', ...(userParameters !== undefined ? { UserParameters: userParameters } : {}) } },
        inputArtifacts: [{ name: 'Src', revision: null, location: { type: 'S3', s3Location: { bucketName: bucket, objectKey: key } } }],
        outputArtifacts: [],
        artifactCredentials: JOB_CREDENTIALS,
      },
    },
  };
}

/** Invoke the bundle's handler in a fresh node process; returns its stdout. Rejects past `timeout` ms. */
export async function invokeLambdaBundle(event: unknown, awsUrl: string, timeout = 60_000): Promise<string> {
  const script = `const { handler } = require(${JSON.stringify(LAMBDA_BUNDLE)});
    handler(${JSON.stringify(event)}, { awsRequestId: 'bundle-req' }).then((r) => console.log('returned', JSON.stringify(r ?? null)), (e) => { console.log('threw', e); process.exit(1); });`;
  const env = {
    PATH: process.env['PATH'] ?? '',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIABUNDLEROLE',
    AWS_SECRET_ACCESS_KEY: 'role',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_S3: awsUrl,
    AWS_ENDPOINT_URL_CODEPIPELINE: awsUrl,
  };
  const { stdout } = await run(process.execPath, ['-e', script], { env, cwd: '/', timeout, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
