/**
 * The `CodePipeline.job` event a Lambda invoke action receives, validated into what the handler
 * needs. The event carries live STS credentials: nothing here logs it or copies it into a message.
 */
import { configError, JobError } from './errors.js';

export interface ArtifactCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

export interface InputArtifact {
  readonly name: string;
  readonly bucket: string;
  readonly key: string;
}

export interface PipelineJob {
  readonly id: string;
  readonly userParameters: string | null;
  readonly inputArtifacts: readonly InputArtifact[];
  readonly credentials: ArtifactCredentials;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The job id alone, read defensively first: without it no result can be reported at all. */
export function jobIdOf(event: unknown): string | null {
  if (!isRecord(event)) return null;
  const job = event['CodePipeline.job'];
  return isRecord(job) ? str(job['id']) : null;
}

/** The secrets in an event, whatever else is wrong with it, so that every message can mask them. */
export function secretsOf(event: unknown): string[] {
  if (!isRecord(event)) return [];
  const job = event['CodePipeline.job'];
  const data = isRecord(job) ? job['data'] : null;
  const creds = isRecord(data) ? data['artifactCredentials'] : null;
  if (!isRecord(creds)) return [];
  return ['accessKeyId', 'secretAccessKey', 'sessionToken'].map((k) => str(creds[k])).filter((v): v is string => v !== null);
}

export function parseJob(event: unknown): PipelineJob {
  const id = jobIdOf(event);
  if (!id || !isRecord(event)) throw configError('the event is not a CodePipeline job (no "CodePipeline.job".id)');
  const job = event['CodePipeline.job'] as Record<string, unknown>;
  const data = job['data'];
  if (!isRecord(data)) throw configError('the CodePipeline job has no data');
  const config = isRecord(data['actionConfiguration']) ? data['actionConfiguration']['configuration'] : undefined;
  const userParameters = isRecord(config) && typeof config['UserParameters'] === 'string' ? config['UserParameters'] : null;
  const creds = data['artifactCredentials'];
  const accessKeyId = isRecord(creds) ? str(creds['accessKeyId']) : null;
  const secretAccessKey = isRecord(creds) ? str(creds['secretAccessKey']) : null;
  const sessionToken = isRecord(creds) ? str(creds['sessionToken']) : null;
  if (!accessKeyId || !secretAccessKey || !sessionToken) {
    throw new JobError('PermissionError', 'the job carries no artifact credentials (accessKeyId, secretAccessKey, sessionToken)');
  }
  const raw = Array.isArray(data['inputArtifacts']) ? data['inputArtifacts'] : [];
  const inputArtifacts: InputArtifact[] = [];
  for (const a of raw) {
    if (!isRecord(a)) continue;
    const loc = isRecord(a['location']) ? a['location']['s3Location'] : undefined;
    const bucket = isRecord(loc) ? str(loc['bucketName']) : null;
    const key = isRecord(loc) ? str(loc['objectKey']) : null;
    const name = str(a['name']) ?? '';
    if (!bucket || !key) throw configError(`input artifact "${name}" has no S3 location`);
    inputArtifacts.push({ name, bucket, key });
  }
  return { id, userParameters, inputArtifacts, credentials: { accessKeyId, secretAccessKey, sessionToken } };
}

/** The artifact named in UserParameters, or the first one. */
export function pickArtifact(job: PipelineJob, name: string | null): InputArtifact {
  if (job.inputArtifacts.length === 0) throw configError('the action has no input artifact: add the artifact holding your templates or cdk.out as an input');
  if (name === null) return job.inputArtifacts[0]!;
  const found = job.inputArtifacts.find((a) => a.name === name);
  if (!found) throw configError(`UserParameters names input artifact "${name}", but the action's inputs are: ${job.inputArtifacts.map((a) => a.name).join(', ')}`);
  return found;
}
