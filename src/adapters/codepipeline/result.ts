/**
 * Turn an audit report (or a failure) into the one result a job gets, within CodePipeline's API
 * limits, which the SDK does not check: a summary over 2,048 characters or a message over 5,000 is
 * rejected by the service and the action then hangs until it times out.
 */
import type { AuditReport, RuleMeta } from '../../types/types.js';
import { clip } from '../../report/context.js';
import { activeFindingCount, pipelineSummary, runScore } from '../../report/codepipeline.js';
import type { FailureType } from './errors.js';
import type { OnManualApproval } from './user-parameters.js';

export { clip };

export const LIMITS = {
  summary: 2048,
  message: 5000,
  externalExecutionId: 1500,
  /** Per-variable value cap we hold ourselves to; the service limits the combined size. */
  variableValue: 1000,
} as const;

export const OUTPUT_VARIABLE_KEY = /^[A-Za-z0-9@\-_]+$/;

export type JobResult =
  | {
      readonly kind: 'success';
      readonly summary: string;
      readonly outputVariables: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'failure';
      readonly type: FailureType;
      readonly message: string;
    };

/** Replace every secret value with asterisks. Applied to all text that leaves the function. */
export function mask(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('****');
  return out;
}

/** Every text of a result passed through `f` (e.g. to hide the extraction folder's path). */
export function mapText(result: JobResult, f: (text: string) => string): JobResult {
  if (result.kind === 'failure') return { ...result, message: f(result.message) };
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.outputVariables)) vars[k] = f(v);
  return { ...result, summary: f(result.summary), outputVariables: vars };
}

/**
 * The temporary folder the artifact is unpacked into means nothing to the pipeline's user: paths in
 * it are shown relative to the artifact (`<artifact>` for the folder itself).
 */
export function hideFolders(text: string, folders: readonly string[]): string {
  let out = text;
  for (const f of folders) out = out.split(`${f}/`).join('').split(f).join('<artifact>');
  return out;
}

export interface VerdictOptions {
  readonly onManualApproval: OnManualApproval;
  readonly rules: ReadonlyMap<string, RuleMeta>;
}

/** The job's result for a finished audit. */
export function verdictResult(report: AuditReport, opts: VerdictOptions): JobResult {
  const decision = report.decision;
  switch (decision) {
    case 'pass':
    case 'manual-approval': {
      if (decision === 'manual-approval' && opts.onManualApproval === 'fail') {
        return { kind: 'failure', type: 'JobFailed', message: pipelineSummary(report, opts.rules, LIMITS.message) };
      }
      return {
        kind: 'success',
        summary: pipelineSummary(report, opts.rules, LIMITS.summary),
        outputVariables: {
          decision,
          score: String(runScore(report)),
          findings: String(activeFindingCount(report)),
        },
      };
    }
    case 'fail':
      return { kind: 'failure', type: 'JobFailed', message: pipelineSummary(report, opts.rules, LIMITS.message) };
    default: {
      const unreachable: never = decision;
      throw new Error(`unknown decision ${String(unreachable)}`);
    }
  }
}

export function failure(type: FailureType, message: string): JobResult {
  return { kind: 'failure', type, message: `cfn-audit could not audit: ${message}` };
}

export interface SuccessInput {
  readonly jobId: string;
  readonly executionDetails: { readonly summary: string; readonly externalExecutionId?: string };
  readonly outputVariables: Record<string, string>;
}

export interface FailureInput {
  readonly jobId: string;
  readonly failureDetails: { readonly type: FailureType; readonly message: string; readonly externalExecutionId?: string };
}

/**
 * The request for PutJobSuccessResult or PutJobFailureResult, every field clipped to its limit and
 * every secret masked. `externalExecutionId` (the Lambda request id) lets a user find the log.
 */
export function toRequest(
  jobId: string,
  result: JobResult,
  secrets: readonly string[],
  externalExecutionId: string | null,
): { op: 'success'; input: SuccessInput } | { op: 'failure'; input: FailureInput } {
  const ext = externalExecutionId ? { externalExecutionId: clip(externalExecutionId, LIMITS.externalExecutionId) } : {};
  switch (result.kind) {
    case 'success': {
      const outputVariables: Record<string, string> = {};
      for (const [k, v] of Object.entries(result.outputVariables)) {
        if (OUTPUT_VARIABLE_KEY.test(k)) outputVariables[k] = clip(mask(v, secrets), LIMITS.variableValue);
      }
      return { op: 'success', input: { jobId, executionDetails: { summary: clip(mask(result.summary, secrets), LIMITS.summary), ...ext }, outputVariables } };
    }
    case 'failure':
      return { op: 'failure', input: { jobId, failureDetails: { type: result.type, message: clip(mask(result.message, secrets), LIMITS.message), ...ext } } };
    default: {
      const unreachable: never = result;
      throw new Error(`unknown result ${String(unreachable)}`);
    }
  }
}
