/**
 * Stack and change-set operations: the template comes in a JSON object behind a presigned S3 URL
 * (`{template, previousTemplate}` for stacks, `{template, changedResources}` for change sets), or
 * inline. Reading is bounded in time and size, and only https URLs on AWS hosts are fetched: the
 * URL is the request's, but a function that fetched any URL it is handed would be a proxy.
 */
import { HookInputError } from './errors.js';

export interface PayloadLimits {
  /** Largest payload read, in bytes (the template, the previous template and the changed resources together). */
  readonly maxPayloadBytes: number;
  /** Largest template audited, in characters. CloudFormation itself accepts at most 1 MB. */
  readonly maxTemplateChars: number;
  /** Time allowed for the download. */
  readonly timeoutMs: number;
}

export const DEFAULT_PAYLOAD_LIMITS: PayloadLimits = { maxPayloadBytes: 8 * 1024 * 1024, maxTemplateChars: 2 * 1024 * 1024, timeoutMs: 10_000 };

/** Presigned S3 URLs: https on an AWS host (amazonaws.com, or amazonaws.com.cn in China regions). */
export function isAwsHttpsUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && (host.endsWith('.amazonaws.com') || host.endsWith('.amazonaws.com.cn'));
}

const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** GET the payload. Errors say what went wrong, never the URL (it carries a signature and session token). */
export async function fetchPayload(url: string, limits: PayloadLimits, allowUrl: (u: URL) => boolean = isAwsHttpsUrl): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HookInputError('requestData.payload is not a valid URL');
  }
  if (!allowUrl(parsed)) throw new HookInputError(`requestData.payload is not an https URL on an AWS host (got ${parsed.protocol}//${parsed.hostname.slice(0, 100)})`);
  let res: Response;
  try {
    res = await fetch(parsed, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'error' });
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') throw new HookInputError(`reading the payload timed out after ${limits.timeoutMs} ms`);
    const cause = e instanceof Error && e.cause instanceof Error ? ((e.cause as NodeJS.ErrnoException).code ?? e.cause.name) : 'network error';
    throw new HookInputError(`could not read the payload (${cause})`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new HookInputError(`reading the payload failed: HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limits.maxPayloadBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new HookInputError(`the payload is ${mb(declared)}, over the ${mb(limits.maxPayloadBytes)} the hook reads`);
  }
  // The length header may be absent (chunked) or wrong: count while reading.
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = res.body?.getReader();
    for (;;) {
      if (!reader) break;
      const { done, value } = (await reader.read()) as { done: boolean; value: Uint8Array };
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxPayloadBytes) {
        await reader.cancel().catch(() => undefined);
        throw new HookInputError(`the payload is over the ${mb(limits.maxPayloadBytes)} the hook reads`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof HookInputError) throw e;
    const name = e instanceof Error ? e.name : '';
    throw new HookInputError(
      name === 'TimeoutError' || name === 'AbortError' ? `reading the payload timed out after ${limits.timeoutMs} ms` : 'the payload download was interrupted',
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface HookPayload {
  /** The template to audit; null for a stack delete (the guide: "In delete-stack operations, this value will be empty"). */
  readonly template: string | null;
  /** Change sets: how many resources the change set touches. */
  readonly changedResources: number | null;
}

/** The payload object (parsed JSON) → the template text. A template given as an object is serialised as JSON. */
export function readPayload(payload: unknown, maxTemplateChars: number): HookPayload {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new HookInputError('the payload is not a JSON object');
  const p = payload as Readonly<Record<string, unknown>>;
  const raw = Object.hasOwn(p, 'template') ? p['template'] : undefined;
  let template: string | null;
  if (raw === undefined || raw === null || raw === '') template = null;
  else if (typeof raw === 'string') template = raw;
  else if (typeof raw === 'object' && !Array.isArray(raw)) template = JSON.stringify(raw);
  else throw new HookInputError("the payload's template is neither text nor an object");
  if (template !== null && template.length > maxTemplateChars) {
    throw new HookInputError(`the template is ${mb(template.length)}, over the ${mb(maxTemplateChars)} the hook audits (CloudFormation accepts at most 1 MB)`);
  }
  const changed = Object.hasOwn(p, 'changedResources') ? p['changedResources'] : undefined;
  return { template, changedResources: Array.isArray(changed) ? changed.length : null };
}

/** The payload text (JSON) → object. */
export function parsePayloadText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HookInputError('the payload is not valid JSON');
  }
}
