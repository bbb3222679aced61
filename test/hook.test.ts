/**
 * The CloudFormation Lambda Hook handler, driven with requests in the Hooks User Guide's shapes
 * against a 127.0.0.1 server standing in for the presigned payload URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHookHandler, type HookDeps } from '../src/adapters/hook.js';
import type { HookResponse } from '../src/report/hook.js';
import { changeSetRequest, PayloadServer, resourceRequest, SIGNATURE, stackRequest } from './helpers/hook-requests.js';

const server = new PayloadServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const sg = (ports: readonly number[], cidr = '0.0.0.0/0') => ({
  Type: 'AWS::EC2::SecurityGroup',
  Properties: {
    GroupDescription: 'web',
    SecurityGroupIngress: ports.map((p) => ({ IpProtocol: 'tcp', FromPort: p, ToPort: p, CidrIp: cidr })),
  },
});
const PASS_YAML =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: internal\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 10.1.2.0/24\n';
/** SSHOpenToWorld (7): manual approval under the default gate. */
const APPROVAL_JSON = JSON.stringify({ Resources: { WebSg: sg([22]) } });
/** SSH (7) + HTTP (3) = 10: fail. */
const FAIL_YAML =
  'Resources:\n  WebSg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }\n        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIpv6: "::/0" }\n';

const logs: string[] = [];
function handler(over: Partial<HookDeps> = {}) {
  return createHookHandler({ env: {}, allowUrl: (u) => u.hostname === '127.0.0.1', log: (l) => logs.push(l), ...over });
}

function serve(path: string, payload: unknown): string {
  server.routes.set(path, { body: JSON.stringify(payload) });
  return server.presigned(path);
}

function expectWellFormed(r: HookResponse, token: string): void {
  expect(['SUCCESS', 'FAILED']).toContain(r.hookStatus);
  expect(r.clientRequestToken).toBe(token);
  if (r.hookStatus === 'FAILED') expect(['NonCompliant', 'InternalFailure']).toContain(r.errorCode);
  else expect(r.errorCode).toBeUndefined();
  expect(r.message.length).toBeGreaterThan(0);
  expect(r.message.length).toBeLessThanOrEqual(4096);
}

describe('stack operations (template behind the presigned URL)', () => {
  it('pass: SUCCESS, the token echoed, no annotations', async () => {
    const req = stackRequest(serve('/pass', { template: PASS_YAML, previousTemplate: PASS_YAML }));
    const r = await handler()(req);
    expectWellFormed(r, 'f8da6d11-b23f-48f4-814c-0fb6a667f50e');
    expect(r.hookStatus).toBe('SUCCESS');
    expect(r.message).toMatch(/PASS — stack my-app, score 0/);
    expect(r.annotations).toBeUndefined();
  });

  it('manual approval blocks by default (FAILED NonCompliant) and names the finding', async () => {
    const r = await handler()(stackRequest(serve('/approval', { template: APPROVAL_JSON, previousTemplate: '' })));
    expectWellFormed(r, 'f8da6d11-b23f-48f4-814c-0fb6a667f50e');
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'NonCompliant' });
    expect(r.message).toMatch(/MANUAL APPROVAL/);
    expect(r.message).toMatch(/SSHOpenToWorld \(risk 7\) WebSg/);
    expect(r.annotations).toEqual([expect.objectContaining({ annotationName: 'SSHOpenToWorld', status: 'FAILED', severityLevel: 'HIGH' })]);
  });

  it.each(['warn', 'WARN', ' warn '])('manual approval with CFN_AUDIT_ON_MANUAL_APPROVAL=%j: SUCCESS with the findings as warnings', async (v) => {
    const r = await handler({ env: { CFN_AUDIT_ON_MANUAL_APPROVAL: v } })(stackRequest(serve('/approval', { template: APPROVAL_JSON })));
    expect(r.hookStatus).toBe('SUCCESS');
    expect(r.errorCode).toBeUndefined();
    expect(r.message).toMatch(/MANUAL APPROVAL: allowed with warnings/);
    expect(r.annotations?.[0]).toMatchObject({ status: 'FAILED', annotationName: 'SSHOpenToWorld' });
  });

  it('fail: FAILED NonCompliant whatever the manual-approval setting; highest risk first; remediation and doc link', async () => {
    for (const env of [{}, { CFN_AUDIT_ON_MANUAL_APPROVAL: 'warn' }]) {
      const r = await handler({ env })(stackRequest(serve('/fail', { template: FAIL_YAML })));
      expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'NonCompliant' });
      expect(r.message).toMatch(/FAIL — stack my-app, score 10/);
      const lines = r.message.split('\n').slice(1);
      expect(lines[0]).toMatch(/^- SSHOpenToWorld \(risk 7\)/);
      expect(lines[1]).toMatch(/^- AllowHttp \(risk 3\)/);
      const ssh = r.annotations!.find((a) => a.annotationName === 'SSHOpenToWorld')!;
      expect(ssh.remediationMessage).toBeTruthy();
      expect(ssh.remediationLink).toMatch(/^https:\/\/unpkg\.com\/cfn-audit@[^/]+\/docs\/rules\/SSHOpenToWorld\.md$/);
      expect(r.annotations!.find((a) => a.annotationName === 'AllowHttp')?.severityLevel).toBe('LOW');
    }
  });

  it('CFN_AUDIT_RULE_DOCS_URL sets the annotation links', async () => {
    const r = await handler({ env: { CFN_AUDIT_RULE_DOCS_URL: 'https://wiki.example.com/cfn-audit/{rule}' } })(stackRequest(serve('/fail', { template: FAIL_YAML })));
    expect(r.annotations!.map((a) => a.remediationLink).sort()).toEqual(['https://wiki.example.com/cfn-audit/AllowHttp', 'https://wiki.example.com/cfn-audit/SSHOpenToWorld']);
  });

  it('a stack delete has nothing to audit: SUCCESS', async () => {
    const r = await handler()(stackRequest(serve('/delete', { template: '', previousTemplate: FAIL_YAML }), { point: 'DELETE_PRE_PROVISION' }));
    expect(r.hookStatus).toBe('SUCCESS');
    expect(r.message).toMatch(/nothing to audit/);
  });

  it('a create or update without a template is an InternalFailure, not a pass', async () => {
    const r = await handler()(stackRequest(serve('/empty', { previousTemplate: PASS_YAML })));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
  });

  it('a template that does not parse is FAILED InternalFailure naming the line', async () => {
    const r = await handler()(stackRequest(serve('/broken', { template: 'Resources:\n  A: [\n' })));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(/could not audit stack my-app:\n- line \d+/);
  });
});

describe('templates given inline', () => {
  it.each([
    ['payload object', (t: string) => stackRequest({ template: t })],
    ['payload JSON text', (t: string) => stackRequest(JSON.stringify({ template: t }))],
    ['requestData.template', (t: string) => ({ ...stackRequest(null), requestData: { targetName: 'STACK', targetType: 'STACK', targetLogicalId: 'my-app', template: t } })],
    ['template as an object', (t: string) => stackRequest({ template: JSON.parse(t) as unknown })],
  ])('%s', async (_name, make) => {
    const r = await handler()(make(APPROVAL_JSON));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'NonCompliant' });
    expect(r.message).toMatch(/SSHOpenToWorld/);
  });
});

describe('change-set operations', () => {
  it("audits the change set's full template and names the change set", async () => {
    const payload = {
      template: FAIL_YAML,
      changedResources: [
        { logicalResourceId: 'WebSg', resourceType: 'AWS::EC2::SecurityGroup', action: 'CREATE', lineNumber: 2, beforeContext: null, afterContext: '{"Properties":{}}' },
      ],
    };
    const r = await handler()(changeSetRequest(serve('/cs', payload)));
    expectWellFormed(r, 'cs-token-1');
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'NonCompliant' });
    expect(r.message).toMatch(/change set release-42 of stack my-app/);
  });

  it('a clean change set passes', async () => {
    const r = await handler()(changeSetRequest(serve('/cs-pass', { template: PASS_YAML, changedResources: [] })));
    expect(r.hookStatus).toBe('SUCCESS');
  });
});

describe('resource operations', () => {
  it.each([
    ['SSH open', sg([22]), 'FAILED', /SSHOpenToWorld/],
    ['SSH and HTTP open', sg([22, 80]), 'FAILED', /score 10/],
    ['internal only', sg([22], '10.0.0.0/8'), 'SUCCESS', /PASS/],
  ] as const)('%s: the one resource is audited', async (_name, res, status, msg) => {
    const r = await handler()(resourceRequest(res.Type, 'WebSg', res.Properties));
    expectWellFormed(r, 'res-token-1');
    expect(r.hookStatus).toBe(status);
    expect(r.message).toMatch(msg);
    expect(r.message).toMatch(/resource WebSg \(AWS::EC2::SecurityGroup\) of stack my-app/);
  });

  it('says which cross-resource rules could not run, and does not report them', async () => {
    // In a stack, a bucket without a TLS-only bucket policy is reported; one resource cannot tell.
    const r = await handler()(resourceRequest('AWS::S3::Bucket', 'Data', { BucketName: 'data' }));
    expect(r.hookStatus).toBe('SUCCESS');
    expect(r.message).toMatch(/not run on a single resource: .*S3BucketNoSslPolicy/);
    expect(r.annotations).toContainEqual(expect.objectContaining({ annotationName: 'S3BucketNoSslPolicy', status: 'SKIPPED', severityLevel: 'INFORMATIONAL' }));
    const stack = await handler()(stackRequest({ template: JSON.stringify({ Resources: { Data: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'data' } } } }) }));
    expect(stack.annotations?.map((a) => a.annotationName)).toContain('S3BucketNoSslPolicy');
    expect(stack.message).not.toMatch(/not run/);
  });

  it('rules that look only at the resource still run (an IAM policy with Action *)', async () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    const r = await handler()(
      resourceRequest('AWS::IAM::Role', 'AdminRole', {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] },
        Policies: [{ PolicyName: 'all', PolicyDocument: doc }],
      }),
    );
    expect(r.hookStatus).toBe('FAILED');
    expect(r.annotations?.filter((a) => a.status === 'FAILED').length).toBeGreaterThan(0);
  });

  it('Cloud Control API (targetType RESOURCE, no stack): the type comes from targetName and the message fits 1,024 characters', async () => {
    const many = sg(Array.from({ length: 60 }, (_, i) => 20 + i));
    const r = await handler()(resourceRequest('AWS::EC2::SecurityGroup', 'WebSg', many.Properties, { cloudControl: true }));
    expect(r.hookStatus).toBe('FAILED');
    expect(r.message.length).toBeLessThanOrEqual(1024);
    expect(r.message).toMatch(/resource WebSg \(AWS::EC2::SecurityGroup\) —|resource WebSg \(AWS::EC2::SecurityGroup\),/);
  });

  it('a resource delete has nothing to audit', async () => {
    const r = await handler()(resourceRequest('AWS::EC2::SecurityGroup', 'WebSg', {}, { point: 'DELETE_PRE_PROVISION', previous: sg([22]).Properties }));
    expect(r.hookStatus).toBe('SUCCESS');
    expect(r.message).toMatch(/nothing to audit/);
  });

  it('logical ids that are Object.prototype names work', async () => {
    for (const id of ['constructor', 'toString', '__proto__']) {
      const r = await handler()(resourceRequest('AWS::EC2::SecurityGroup', id, sg([22]).Properties));
      expect(r.hookStatus).toBe('FAILED');
      expect(r.errorCode).toBe('NonCompliant');
    }
  });
});

describe('malformed requests: FAILED InternalFailure, never a throw', () => {
  it.each([
    ['not an object', 'hello', ''],
    ['null', null, ''],
    ['no token', { requestData: { targetType: 'STACK', payload: {} } }, ''],
    ['no requestData', { clientRequestToken: 'tok' }, 'tok'],
    ['unknown target type', { clientRequestToken: 'tok', requestData: { targetType: 'BUCKET', targetName: 'x' } }, 'tok'],
    ['resource without logical id', { clientRequestToken: 'tok', requestData: { targetType: 'AWS::S3::Bucket', targetModel: { resourceProperties: {} } } }, 'tok'],
    [
      'resourceProperties not an object',
      { clientRequestToken: 'tok', requestData: { targetType: 'AWS::S3::Bucket', targetLogicalId: 'B', targetModel: { resourceProperties: [1] } } },
      'tok',
    ],
    ['payload neither URL nor JSON', { ...stackRequest('ftp-ish text'), clientRequestToken: 'tok' }, 'tok'],
    ['payload broken JSON', { ...stackRequest('{"template": '), clientRequestToken: 'tok' }, 'tok'],
    ['no payload at all', { ...stackRequest(undefined), clientRequestToken: 'tok' }, 'tok'],
    ['template is a number', { ...stackRequest({ template: 42 }), clientRequestToken: 'tok' }, 'tok'],
    ['payload is an array', { ...stackRequest('[1]'), clientRequestToken: 'tok' }, 'tok'],
  ])('%s', async (_name, event, token) => {
    const r = await handler()(event);
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure', clientRequestToken: token });
    expect(r.message).toMatch(/^cfn-audit could not audit: /);
  });

  it("reads the token spelt clientRequesttoken (the guide's syntax block) and stackID", async () => {
    const req = stackRequest({ template: APPROVAL_JSON }) as Record<string, unknown>;
    const { clientRequestToken, stackId, ...rest } = req;
    const r = await handler()({ ...rest, clientRequesttoken: clientRequestToken, stackID: stackId });
    expect(r.clientRequestToken).toBe(clientRequestToken);
    expect(r.message).toMatch(/stack my-app/);
  });

  it('any JSON value: a well-formed response, never an exception', async () => {
    const h = handler();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ clientRequestToken: fc.string(), requestData: fc.jsonValue() })), async (event) => {
        const r = await h(event);
        expect(['SUCCESS', 'FAILED']).toContain(r.hookStatus);
        if (r.hookStatus === 'FAILED') expect(r.errorCode).toBeDefined();
        expect(typeof r.clientRequestToken).toBe('string');
      }),
      { numRuns: 60 },
    );
  });
});

describe('reading the payload', () => {
  it('an unreachable URL: InternalFailure, and neither the URL nor its signature is in the response or the log', async () => {
    logs.length = 0;
    const dead = new PayloadServer();
    await dead.start();
    const url = dead.presigned('/gone');
    await dead.stop();
    const r = await handler()(stackRequest(url));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(/could not read the payload \(ECONNREFUSED\)/);
    expect(JSON.stringify(r) + logs.join('\n')).not.toContain(SIGNATURE.split('=')[1]);
    expect(logs.join('\n')).not.toContain('IQoJb3JpZ2luX2VjEXAMPLETOKEN');
  });

  it.each([
    [403, /HTTP 403/],
    [500, /HTTP 500/],
  ])('HTTP %i from S3: InternalFailure', async (status, msg) => {
    server.routes.set('/err', { status, body: '<Error/>' });
    const r = await handler()(stackRequest(server.presigned('/err')));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(msg);
  });

  // The payload arrives after 5 s: a timeout message naming the shorter limit shows the download was cut at that limit.
  it('a slow payload times out at the limit', async () => {
    server.routes.set('/slow', { body: JSON.stringify({ template: PASS_YAML }), delayMs: 5_000 });
    const r = await handler({ limits: { timeoutMs: 1_000 } })(stackRequest(server.presigned('/slow')));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(/timed out after 1000 ms/);
  });

  it('the download timeout shrinks with the time the invocation has left (9.5 s left, 8 s kept for the audit)', async () => {
    server.routes.set('/slow2', { body: JSON.stringify({ template: PASS_YAML }), delayMs: 5_000 });
    const r = await handler()(stackRequest(server.presigned('/slow2')), { getRemainingTimeInMillis: () => 9_500 });
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(/timed out after 1500 ms/);
  });

  it('oversized: a declared length over the limit is refused before reading', async () => {
    server.routes.set('/big-declared', { body: Buffer.alloc(2048, 32), declaredLength: 50 * 1024 * 1024 });
    const r = await handler()(stackRequest(server.presigned('/big-declared')));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(/payload is 50\.0 MB, over the 8\.0 MB/);
  });

  it('oversized: a chunked payload without a length is cut off while reading', async () => {
    const big = JSON.stringify({ template: `Resources: {}\n#${'x'.repeat(3 * 1024 * 1024)}` });
    server.routes.set('/big-chunked', { body: big, chunked: true });
    const r = await handler({ limits: { maxPayloadBytes: 1024 * 1024 } })(stackRequest(server.presigned('/big-chunked')));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(/over the 1\.0 MB the hook reads/);
  });

  it('oversized: a template over the template limit (inline or downloaded) is not audited', async () => {
    const template = `Resources:\n  A:\n    Type: AWS::SNS::Topic\n#${'y'.repeat(3 * 1024 * 1024)}`;
    for (const req of [stackRequest({ template }), stackRequest(serve('/big-template', { template }))]) {
      const r = await handler()(req);
      expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
      expect(r.message).toMatch(/the template is 3\.0 MB, over the 2\.0 MB the hook audits/);
    }
  });

  it.each([
    ['http on an AWS host', 'http://bucket.s3.us-west-2.amazonaws.com/p?x=1'],
    ['https elsewhere', 'https://example.com/p?x=1'],
    ['a look-alike host', 'https://s3.amazonaws.com.evil.example/p'],
    ['loopback', 'http://127.0.0.1:9001/2018-06-01/runtime/invocation/next'],
  ])('the default URL policy refuses %s without fetching it', async (_name, url) => {
    const before = server.seen.length;
    const r = await createHookHandler({ env: {}, log: () => undefined })(stackRequest(url));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(/not an https URL on an AWS host/);
    expect(server.seen.length).toBe(before);
  });
});

describe('configuration', () => {
  const CONFIG = [
    'profile: prod',
    'profiles:',
    '  prod:',
    '    thresholds: { approval: 3, fail: 7 }',
    'exceptions:',
    '  - rule: AllowHttp',
    '    resource: "my-app.*#WebSg"',
    '    reason: ALB redirects to HTTPS (SEC-1)',
  ].join('\n');

  it('CFN_AUDIT_CONFIG: profile thresholds and exceptions apply as in the CLI', async () => {
    const r = await handler({ env: { CFN_AUDIT_CONFIG: CONFIG } })(stackRequest({ template: FAIL_YAML }));
    // SSH 7 is now a fail at the prod profile's threshold; HTTP is excepted and stays visible.
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'NonCompliant' });
    expect(r.message).toMatch(/score 7 \(approval at 3, fail at 7\), 1 active finding, 1 accepted/);
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ annotationName: 'AllowHttp', status: 'SKIPPED', statusMessage: expect.stringContaining('excepted (ALB redirects to HTTPS (SEC-1))') }),
    );
  });

  it('CFN_AUDIT_PROFILE chooses the profile', async () => {
    const cfg = 'profiles:\n  lenient:\n    thresholds: { approval: 50, fail: 100 }\n';
    const r = await handler({ env: { CFN_AUDIT_CONFIG: cfg, CFN_AUDIT_PROFILE: 'lenient' } })(stackRequest({ template: FAIL_YAML }));
    expect(r.hookStatus).toBe('SUCCESS');
    const unknown = await handler({ env: { CFN_AUDIT_CONFIG: cfg, CFN_AUDIT_PROFILE: 'nope' } })(stackRequest({ template: FAIL_YAML }));
    expect(unknown).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
  });

  it('in-template suppressions work for stack operations', async () => {
    const t = FAIL_YAML.replace('    Properties:', '    Metadata:\n      cfn-audit:\n        suppress:\n          - { rule: AllowHttp, reason: redirect only }\n    Properties:');
    const r = await handler()(stackRequest({ template: t }));
    expect(r.message).toMatch(/score 7/);
    expect(r.annotations).toContainEqual(expect.objectContaining({ annotationName: 'AllowHttp', status: 'SKIPPED' }));
  });

  it('CFN_AUDIT_CONFIG_S3: read with the function role, kept per warm instance', async () => {
    const reads: string[] = [];
    const h = handler({ env: { CFN_AUDIT_CONFIG_S3: 's3://org-config/cfn-audit/.cfn-audit.yml' }, getObject: async (b, k) => (reads.push(`${b}/${k}`), CONFIG) });
    const r1 = await h(stackRequest({ template: FAIL_YAML }));
    const r2 = await h(stackRequest({ template: FAIL_YAML }));
    expect(reads).toEqual(['org-config/cfn-audit/.cfn-audit.yml']);
    expect(r1.message).toMatch(/1 accepted/);
    expect(r2.message).toBe(r1.message);
  });

  it.each([
    ['both config variables', { CFN_AUDIT_CONFIG: 'profile: x', CFN_AUDIT_CONFIG_S3: 's3://b/k' }, /not both/],
    ['a bad S3 URI', { CFN_AUDIT_CONFIG_S3: 'https://b/k' }, /s3:\/\/bucket\/key/],
    ['a bad manual-approval outcome', { CFN_AUDIT_ON_MANUAL_APPROVAL: 'maybe' }, /fail or warn/],
    ['rulePaths (no files in the hook)', { CFN_AUDIT_CONFIG: 'rulePaths: [/proc/self]' }, /rulePaths is not supported/],
    ['a config that does not validate', { CFN_AUDIT_CONFIG: 'profiles: 3' }, /./],
    ['a docs URL that is not https', { CFN_AUDIT_RULE_DOCS_URL: 'javascript:alert(1)' }, /https/],
  ])('%s: InternalFailure', async (_name, env, msg) => {
    const r = await handler({ env })(stackRequest({ template: PASS_YAML }));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toMatch(msg);
  });

  it('an S3 read error names the object, not the error details', async () => {
    const r = await handler({
      env: { CFN_AUDIT_CONFIG_S3: 's3://org-config/x.yml' },
      getObject: async () => {
        const e = new Error('secret detail');
        e.name = 'AccessDenied';
        throw e;
      },
    })(stackRequest({ template: PASS_YAML }));
    expect(r.message).toMatch(/could not read the config s3:\/\/org-config\/x\.yml \(AccessDenied\)/);
    expect(r.message).not.toMatch(/secret detail/);
  });
});

describe('errors and limits', () => {
  it('a crash in the audit is InternalFailure with a short message; the stack goes to the log only', async () => {
    logs.length = 0;
    const r = await handler({
      audit: async () => {
        throw new TypeError('boom in engine');
      },
    })(stackRequest(serve('/crash', { template: PASS_YAML })));
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(r.message).toBe("cfn-audit could not audit: internal error (TypeError); the function's log has the details");
    expect(logs.join('\n')).toMatch(/boom in engine/);
    expect(logs.join('\n')).not.toContain('IQoJb3JpZ2luX2VjEXAMPLETOKEN');
  });

  it('one log line per invocation, without the request', async () => {
    logs.length = 0;
    await handler()(stackRequest(serve('/fail', { template: FAIL_YAML })), { awsRequestId: 'req-1' });
    expect(logs).toHaveLength(1);
    const line = JSON.parse(logs[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ requestId: 'req-1', hookStatus: 'FAILED', decision: 'fail', score: 10, target: 'stack', stack: 'my-app' });
    expect(logs[0]).not.toContain('X-Amz');
  });

  it('many findings: the message stays within 4,096 characters, keeps the highest risks and counts the rest; annotations are capped', async () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 120; i++) resources[`Sg${i}`] = sg(i % 2 ? [22] : [80]);
    const r = await handler()(stackRequest({ template: JSON.stringify({ Resources: resources }) }));
    expect(r.message.length).toBeLessThanOrEqual(4096);
    expect(r.message).toMatch(/… and \d+ more \(see the annotations and the function's log\)$/);
    const listed = r.message.split('\n').filter((l) => l.startsWith('- '));
    expect(listed.every((l) => l.includes('SSHOpenToWorld'))).toBe(true);
    expect(r.annotations!.length).toBe(50);
    expect(r.annotations![0]!.annotationName).toBe('SSHOpenToWorld');
  });
});
