/**
 * Lambda Hook requests in the shapes of the CloudFormation Hooks User Guide's examples (stack,
 * change set, resource), and a 127.0.0.1 server standing in for the presigned S3 payload URL.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STACK_ID = 'arn:aws:cloudformation:us-west-2:123456789012:stack/my-app/1a2345b6-0000-00a0-a123-00abc0abc000';
export const CHANGE_SET_ID = 'arn:aws:cloudformation:us-west-2:123456789012:changeSet/release-42/1a2345b6-0000-00a0-a123-00abc0abc000';
/** Stands in for the query of a presigned URL: must never appear in a response or a log line. */
export const SIGNATURE = 'X-Amz-Signature=5ec2e7f1a9d0b3c4deadbeefcafe0123456789abcdef';

const common = (token: string) => ({
  clientRequestToken: token,
  awsAccountId: '123456789012',
  hookTypeName: 'Private::CfnAudit::Gate',
  hookTypeVersion: '00000001',
  hookModel: { LambdaFunction: 'arn:aws:lambda:us-west-2:123456789012:function:cfn-audit-hook' },
  requestContext: { invocation: 1, callbackContext: null },
});

export function stackRequest(payload: unknown, opts: { token?: string; point?: string } = {}): Record<string, unknown> {
  return {
    ...common(opts.token ?? 'f8da6d11-b23f-48f4-814c-0fb6a667f50e'),
    stackId: STACK_ID,
    changeSetId: null,
    actionInvocationPoint: opts.point ?? 'UPDATE_PRE_PROVISION',
    requestData: { targetName: 'STACK', targetType: 'STACK', targetLogicalId: 'my-app', payload },
  };
}

export function changeSetRequest(payload: unknown, token = 'cs-token-1'): Record<string, unknown> {
  return {
    ...common(token),
    stackId: STACK_ID,
    changeSetId: CHANGE_SET_ID,
    actionInvocationPoint: 'CREATE_PRE_PROVISION',
    requestData: { targetName: 'CHANGE_SET', targetType: 'CHANGE_SET', targetLogicalId: CHANGE_SET_ID, payload },
  };
}

export function resourceRequest(
  type: string,
  logicalId: string,
  properties: unknown,
  opts: { point?: string; cloudControl?: boolean; previous?: unknown } = {},
): Record<string, unknown> {
  return {
    ...common('res-token-1'),
    stackId: opts.cloudControl ? '' : STACK_ID,
    changeSetId: null,
    actionInvocationPoint: opts.point ?? 'CREATE_PRE_PROVISION',
    requestData: {
      targetName: type,
      targetType: opts.cloudControl ? 'RESOURCE' : type,
      targetLogicalId: logicalId,
      targetModel: { resourceProperties: properties, previousResourceProperties: opts.previous ?? null },
    },
  };
}

export type Reply = { status?: number; body: string | Buffer; chunked?: boolean; delayMs?: number; declaredLength?: number };

/** Serves `routes[path]`; records every request path (with its query). */
export class PayloadServer {
  readonly routes = new Map<string, Reply>();
  readonly seen: string[] = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res: ServerResponse) => {
      this.seen.push(req.url ?? '');
      const path = (req.url ?? '').split('?')[0]!;
      const r = this.routes.get(path);
      if (!r) {
        res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AccessDenied</Code></Error>');
        return;
      }
      const send = () => {
        const body = typeof r.body === 'string' ? Buffer.from(r.body) : r.body;
        const headers: Record<string, string | number> = { 'content-type': 'application/json' };
        if (r.declaredLength !== undefined) headers['content-length'] = r.declaredLength;
        else if (!r.chunked) headers['content-length'] = body.length;
        res.writeHead(r.status ?? 200, headers);
        if (r.declaredLength !== undefined) {
          // Headers and a first chunk, then nothing: the client must give up on the declared length alone.
          res.write(body.subarray(0, Math.min(body.length, 1024)));
          return;
        }
        if (r.chunked) {
          for (let i = 0; i < body.length; i += 65536) res.write(body.subarray(i, i + 65536));
          res.end();
        } else res.end(body);
      };
      if (r.delayMs) setTimeout(send, r.delayMs).unref();
      else send();
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A presigned-looking URL for `path`. */
  presigned(path: string): string {
    return `${this.url}${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLETOKEN&${SIGNATURE}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}
