/**
 * A problem that stops the hook from auditing (a malformed request, an unreadable payload, a bad
 * config). Its message is short, names no secret (never the presigned URL) and goes back to
 * CloudFormation as an InternalFailure.
 */
export class HookInputError extends Error {}
