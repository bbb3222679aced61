/**
 * The ways a CodePipeline job can go wrong, as the `failureDetails.type` CodePipeline shows.
 * Anything not classified here is `JobFailed`: the gate fails closed.
 */
export type FailureType = 'JobFailed' | 'ConfigurationError' | 'PermissionError';

/** A failure we understand: it carries the type to report and a message safe to show the user. */
export class JobError extends Error {
  constructor(
    readonly type: FailureType,
    message: string,
  ) {
    super(message);
    this.name = 'JobError';
  }
}

export const configError = (message: string): JobError => new JobError('ConfigurationError', message);
