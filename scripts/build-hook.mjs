// Bundle the CloudFormation Lambda Hook into dist/hook/index.js (`index.handler`) and dist/hook.zip,
// the same way as the CodePipeline function (scripts/build-lambda.mjs): one CommonJS file, the AWS
// SDK (S3, for a config kept in S3) bundled but evaluated only when used, a reproducible zip.
import { bundleLambda } from './build-lambda.mjs';

export async function buildAdapter(ctx) {
  await bundleLambda(ctx, { entry: 'src/adapters/hook.ts', outDir: 'dist/hook', zip: 'dist/hook.zip' });
}
