/**
 * A local stand-in for the two AWS APIs the CodePipeline action calls, on 127.0.0.1: S3 GetObject
 * (REST-XML, path-style) and CodePipeline's JSON protocol (PutJobSuccessResult / PutJobFailureResult).
 * It records every call and enforces the limits the real service enforces (and the SDK does not),
 * so a test sees exactly what the function sent. Point the SDK at it with AWS_ENDPOINT_URL_S3 and
 * AWS_ENDPOINT_URL_CODEPIPELINE.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type S3Object = Buffer | { readonly status: number; readonly code: string };

export interface RecordedCall {
  readonly service: 's3' | 'codepipeline';
  readonly op: string;
  /** The access key id from the request's SigV4 Authorization header. */
  readonly accessKeyId: string | null;
  readonly securityToken: string | null;
  /** S3: `bucket/key`; CodePipeline: the JSON body. */
  readonly path?: string;
  readonly input?: Record<string, unknown>;
  /** Set when the fake refused the call (status and error type). */
  readonly rejected?: string;
}

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FAILURE_TYPES = new Set(['JobFailed', 'ConfigurationError', 'PermissionError', 'RevisionOutOfSync', 'RevisionUnavailable', 'SystemUnavailable']);
const VARIABLE_KEY = /^[A-Za-z0-9@\-_]+$/;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

/** The limits of the real API; a string for the error type when violated. */
function validate(op: string, input: Record<string, unknown>): string | null {
  const jobId = input['jobId'];
  if (typeof jobId !== 'string' || !JOB_ID.test(jobId)) return 'ValidationException';
  const len = (v: unknown, max: number) => typeof v === 'string' && v.length >= 1 && v.length <= max;
  if (op === 'PutJobSuccessResult') {
    const d = input['executionDetails'] as Record<string, unknown> | undefined;
    if (d) {
      if (d['summary'] !== undefined && !len(d['summary'], 2048)) return 'ValidationException';
      if (d['externalExecutionId'] !== undefined && !len(d['externalExecutionId'], 1500)) return 'ValidationException';
      const pc = d['percentComplete'];
      if (pc !== undefined && (typeof pc !== 'number' || pc < 0 || pc > 100)) return 'ValidationException';
    }
    const vars = input['outputVariables'] as Record<string, unknown> | undefined;
    if (vars) {
      if (input['continuationToken'] !== undefined) return 'ValidationException';
      let size = 0;
      for (const [k, v] of Object.entries(vars)) {
        if (!VARIABLE_KEY.test(k) || typeof v !== 'string') return 'ValidationException';
        size += k.length + v.length;
      }
      // The quota page gives no byte figure; 122,880 bytes is the documented variables-per-action total.
      if (size > 122_880) return 'OutputVariablesSizeExceededException';
    }
    return null;
  }
  if (op === 'PutJobFailureResult') {
    const f = input['failureDetails'] as Record<string, unknown> | undefined;
    if (!f || typeof f['type'] !== 'string' || !FAILURE_TYPES.has(f['type'])) return 'ValidationException';
    if (!len(f['message'], 5000)) return 'ValidationException';
    if (f['externalExecutionId'] !== undefined && !len(f['externalExecutionId'], 1500)) return 'ValidationException';
    return null;
  }
  return 'UnknownOperationException';
}

function credentialOf(req: IncomingMessage): string | null {
  const m = /Credential=([^/]+)\//.exec(req.headers['authorization'] ?? '');
  return m?.[1] ?? null;
}

export class FakeAws {
  readonly calls: RecordedCall[] = [];
  readonly objects = new Map<string, S3Object>();
  /** Jobs that already have a result: a second one is refused like the real service does. */
  private readonly finished = new Set<string>();
  /** Operations to refuse once with the given error type, to exercise the caller's recovery. */
  private readonly refusals = new Map<string, string>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.serve(req).then(
        ({ status, type, body }) => {
          res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (e: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(e));
        },
      );
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }

  /** Refuse the next call of `op` with `errorType` (HTTP 400), as the real service would. */
  refuseNext(op: string, errorType: string): void {
    this.refusals.set(op, errorType);
  }

  reset(): void {
    this.refusals.clear();
    this.calls.length = 0;
    this.objects.clear();
    this.finished.clear();
  }

  /** The CodePipeline calls only, as `{op, input}`. */
  get results(): RecordedCall[] {
    return this.calls.filter((c) => c.service === 'codepipeline');
  }

  private async serve(req: IncomingMessage): Promise<{ status: number; type: string; body: string | Buffer }> {
    const body = await readBody(req);
    const target = req.headers['x-amz-target'];
    const accessKeyId = credentialOf(req);
    const securityToken = (req.headers['x-amz-security-token'] as string | undefined) ?? null;
    if (typeof target === 'string' && target.startsWith('CodePipeline_20150709.')) {
      const op = target.slice('CodePipeline_20150709.'.length);
      const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      const json = 'application/x-amz-json-1.1';
      let err = this.refusals.get(op) ?? validate(op, input);
      this.refusals.delete(op);
      if (!err && this.finished.has(String(input['jobId']))) err = 'InvalidJobStateException';
      this.calls.push({ service: 'codepipeline', op, input, accessKeyId, securityToken, ...(err ? { rejected: err } : {}) });
      if (err) return { status: 400, type: json, body: JSON.stringify({ __type: err, message: `fake: ${err}` }) };
      this.finished.add(String(input['jobId']));
      return { status: 200, type: json, body: '{}' };
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.searchParams.get('x-id') === 'GetObject') {
      const path = url.pathname.slice(1).split('/').map(decodeURIComponent).join('/');
      this.calls.push({ service: 's3', op: 'GetObject', path, accessKeyId, securityToken });
      const obj = this.objects.get(path);
      const xml = (code: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>fake ${code}</Message><RequestId>fake</RequestId></Error>`;
      if (obj === undefined) return { status: 404, type: 'application/xml', body: xml('NoSuchKey') };
      if (!Buffer.isBuffer(obj)) return { status: obj.status, type: 'application/xml', body: xml(obj.code) };
      return { status: 200, type: 'application/zip', body: obj };
    }
    this.calls.push({ service: 's3', op: `${req.method} ${url.pathname}`, accessKeyId, securityToken, rejected: 'NotImplemented' });
    return { status: 501, type: 'application/xml', body: '<Error><Code>NotImplemented</Code></Error>' };
  }
}
