/**
 * The CodePipeline "AWS Lambda invoke" action. Thin: read the job, fetch and unpack the artifact,
 * run the shared audit, report exactly one result. Every failure, including a crash in the engine,
 * becomes a PutJobFailureResult; nothing is rethrown, because CodePipeline invokes the function
 * asynchronously and a retried invocation could only fail with InvalidJobStateException.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuleMeta } from '../types/types.js';
import { runAudit, UsageError, type RunOutcome, type RunRequest } from './run.js';
import { fetchArtifact as defaultFetch, type FetchArtifact } from './codepipeline/artifact.js';
import { JobError } from './codepipeline/errors.js';
import { jobIdOf, parseJob, pickArtifact, secretsOf } from './codepipeline/event.js';
import { failure, hideFolders, mapText, mask, toRequest, verdictResult, type JobResult } from './codepipeline/result.js';
import { DEFAULT_UNZIP_LIMITS, extractZip, type UnzipLimits } from './codepipeline/unzip.js';
import { parseUserParameters } from './codepipeline/user-parameters.js';
import { configProblem, prepareRun } from './codepipeline/workspace.js';

export interface HandlerDeps {
  /** The audit itself; a seam for tests (a crash must still produce one failure result). */
  readonly audit?: (request: RunRequest) => Promise<RunOutcome>;
  readonly fetchArtifact?: FetchArtifact;
  readonly unzipLimits?: UnzipLimits;
  /** One line per job and per problem; CloudWatch Logs in Lambda. */
  readonly log?: (line: string) => void;
}

export interface LambdaContext {
  readonly awsRequestId?: string;
  /** Milliseconds before Lambda stops the invocation. */
  getRemainingTimeInMillis?(): number;
}

/** Time kept back from the audit for reporting the result: a tenth of the budget, 3 to 15 seconds. */
export function auditDeadline(remainingMs: number, now: number): number {
  const margin = Math.min(15_000, Math.max(3_000, remainingMs / 10));
  return now + Math.max(0, remainingMs - margin);
}

export type Handler = (event: unknown, context?: LambdaContext) => Promise<void>;

export function createHandler(deps: HandlerDeps = {}): Handler {
  const audit = deps.audit ?? runAudit;
  const fetch = deps.fetchArtifact ?? defaultFetch;
  const log = deps.log ?? ((line: string) => console.log(line));
  return async (event, context) => {
    const secrets = secretsOf(event);
    // The extraction folder (and its real path), hidden from every message and log line.
    const folders: string[] = [];
    const say = (fields: Record<string, unknown>) => log(hideFolders(mask(JSON.stringify(fields), secrets), folders));
    const jobId = jobIdOf(event);
    if (!jobId) {
      say({ level: 'error', message: 'not a CodePipeline job event: nothing to report to' });
      return;
    }
    let result: JobResult;
    let dir: string | null = null;
    try {
      const job = parseJob(event);
      const params = parseUserParameters(job.userParameters);
      const artifact = pickArtifact(job, params.artifact);
      const zip = await fetch(artifact, job.credentials);
      dir = await mkdtemp(join(tmpdir(), 'cfn-audit-'));
      folders.push(await realpath(dir), dir);
      await extractZip(zip, dir, deps.unzipLimits ?? DEFAULT_UNZIP_LIMITS);
      const work = await prepareRun(dir, params);
      // Before Lambda's own timeout: what could not be audited in time is reported, never lost.
      const remaining = typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : null;
      const request = remaining === null ? work.request : { ...work.request, deadline: auditDeadline(remaining, Date.now()) };
      const { report, catalogue } = await audit(request);
      const problem = configProblem(report, request);
      if (problem) throw problem;
      result = verdictResult(report, { onManualApproval: params.onManualApproval, rules: new Map<string, RuleMeta>(catalogue.map((r) => [r.id, r])) });
      say({
        level: 'info',
        jobId,
        decision: report.decision,
        stacks: report.stacks.map((s) => ({ file: s.file, name: s.name, score: s.score, decision: s.decision })),
        findings: report.stacks.flatMap((s) => s.findings.map((f) => ({ rule: f.ruleId, risk: f.risk, status: f.status, file: f.file, line: f.line, logicalId: f.logicalId }))),
        errors: report.errors,
      });
    } catch (e) {
      if (e instanceof JobError) result = failure(e.type, e.message);
      else if (e instanceof UsageError) result = failure('ConfigurationError', e.message);
      else {
        say({ level: 'error', jobId, message: 'unexpected error', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
        result = failure('JobFailed', `internal error: ${e instanceof Error ? e.message : String(e)}`);
      }
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
    await reportResult(
      jobId,
      mapText(result, (t) => hideFolders(t, folders)),
      secrets,
      context?.awsRequestId ?? null,
      say,
    );
  };
}

/**
 * Send the result. If the service rejects a success report (a limit we did not foresee), the job is
 * failed instead, so that it never hangs; a failure report that is rejected is only logged.
 */
async function reportResult(jobId: string, result: JobResult, secrets: readonly string[], requestId: string | null, say: (f: Record<string, unknown>) => void): Promise<void> {
  let client: import('@aws-sdk/client-codepipeline').CodePipelineClient | null = null;
  try {
    const { CodePipelineClient, PutJobSuccessResultCommand, PutJobFailureResultCommand } = await import('@aws-sdk/client-codepipeline');
    const cp = new CodePipelineClient({ region: process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1', maxAttempts: 3 });
    client = cp;
    const send = async (r: JobResult): Promise<void> => {
      const req = toRequest(jobId, r, secrets, requestId);
      say({ level: 'info', jobId, result: req.op === 'success' ? 'PutJobSuccessResult' : `PutJobFailureResult:${req.input.failureDetails.type}` });
      if (req.op === 'success') await cp.send(new PutJobSuccessResultCommand({ ...req.input, executionDetails: { ...req.input.executionDetails } }));
      else await cp.send(new PutJobFailureResultCommand({ ...req.input, failureDetails: { ...req.input.failureDetails } }));
    };
    try {
      await send(result);
    } catch (e) {
      const name = e instanceof Error ? e.name : 'Error';
      say({ level: 'error', jobId, message: `reporting the result failed: ${name}: ${e instanceof Error ? e.message : String(e)}` });
      const refusedSuccess = result.kind === 'success' && (e as { $fault?: string }).$fault === 'client' && name !== 'InvalidJobStateException' && name !== 'JobNotFoundException';
      if (refusedSuccess) await send(failure('JobFailed', `CodePipeline refused the success result (${name}); the function's log has the full report`));
    }
  } catch (e) {
    // Nothing more can be done: rethrowing would only make Lambda log the same error (retries are off).
    say({ level: 'error', jobId, message: `could not report a result: ${e instanceof Error ? e.message : String(e)}` });
  } finally {
    client?.destroy();
  }
}

export const handler: Handler = createHandler();
