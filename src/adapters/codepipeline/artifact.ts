/**
 * Download the input artifact with the job's own temporary credentials (the pipeline role's), never
 * the function's role: the function needs no S3 or KMS permission at all. The SDK is imported on
 * first use so a cold start does not pay for it before the event is even read.
 */
import type { ArtifactCredentials, InputArtifact } from './event.js';
import { configError, JobError } from './errors.js';

/** Artifacts are zips of templates or a cdk.out; anything larger is refused before reading it. */
export const MAX_ARTIFACT_BYTES = 100 * 1024 * 1024;

export type FetchArtifact = (artifact: InputArtifact, credentials: ArtifactCredentials) => Promise<Buffer>;

interface SdkError {
  readonly name?: string;
  readonly Code?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
}

/** S3 and KMS failures, mapped onto what CodePipeline should show. */
export function classifyS3Error(e: unknown, artifact: InputArtifact): JobError {
  const err = (e ?? {}) as SdkError;
  const code = err.name ?? err.Code ?? 'Error';
  const status = err.$metadata?.httpStatusCode;
  const where = `s3://${artifact.bucket}/${artifact.key} (input artifact "${artifact.name}")`;
  if (status === 403 || /AccessDenied|Forbidden|KMS|InvalidAccessKeyId|SignatureDoesNotMatch|ExpiredToken|TokenRefreshRequired/.test(code)) {
    return new JobError('PermissionError', `cannot read ${where}: ${code}; the pipeline role needs s3:GetObject on its artifact store and kms:Decrypt on its key`);
  }
  // A missing artifact object means the action is wired to the wrong artifact, or the store was
  // emptied under a running execution: either way nothing in the code can fix it, so it is a
  // configuration problem rather than a failed audit.
  if (status === 404 || code === 'NoSuchKey' || code === 'NoSuchBucket' || code === 'NotFound') {
    return configError(`cannot read ${where}: ${code} (the object does not exist)`);
  }
  return new JobError('JobFailed', `cannot read ${where}: ${code}${status ? ` (HTTP ${status})` : ''}`);
}

export const fetchArtifact: FetchArtifact = async (artifact, credentials) => {
  const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
  const endpoint = process.env['AWS_ENDPOINT_URL_S3'] ?? process.env['AWS_ENDPOINT_URL'];
  const client = new S3Client({
    region: process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
    credentials: { ...credentials },
    // A local stand-in serves buckets by path; real S3 by host name.
    forcePathStyle: endpoint !== undefined,
    followRegionRedirects: true,
    maxAttempts: 3,
  });
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: artifact.bucket, Key: artifact.key }));
    if (typeof out.ContentLength === 'number' && out.ContentLength > MAX_ARTIFACT_BYTES) {
      throw new JobError('JobFailed', `the input artifact "${artifact.name}" is ${out.ContentLength} bytes; the limit is ${MAX_ARTIFACT_BYTES}`);
    }
    if (!out.Body) throw new JobError('JobFailed', `the input artifact "${artifact.name}" has no content`);
    return Buffer.from(await out.Body.transformToByteArray());
  } catch (e) {
    throw e instanceof JobError ? e : classifyS3Error(e, artifact);
  } finally {
    client.destroy();
  }
};
