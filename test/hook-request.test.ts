import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileSafe, parseHookRequest, tokenOf } from '../src/adapters/hook/request.js';
import { HookInputError } from '../src/adapters/hook/errors.js';
import { changeSetRequest, resourceRequest, stackRequest } from './helpers/hook-requests.js';

describe('parseHookRequest', () => {
  it('stack: name from the stack id, payload URL or inline', () => {
    const r = parseHookRequest(stackRequest('https://b.s3.us-west-2.amazonaws.com/k?X-Amz-Signature=1'));
    expect(r).toMatchObject({ stackName: 'my-app', cloudControl: false, invocationPoint: 'UPDATE_PRE_PROVISION', target: { kind: 'stack', source: { kind: 'url' } } });
    expect(parseHookRequest(stackRequest({ template: 'x' })).target).toEqual({ kind: 'stack', source: { kind: 'inline', payload: { template: 'x' } } });
  });

  it('stack without a stack id: the target logical id (the stack name) is used', () => {
    const req = { ...stackRequest({ template: 'x' }), stackId: null };
    expect(parseHookRequest(req).stackName).toBe('my-app');
  });

  it('change set: change set and stack names from their ARNs', () => {
    expect(parseHookRequest(changeSetRequest({ template: 'x' }))).toMatchObject({ stackName: 'my-app', changeSetName: 'release-42', target: { kind: 'change-set' } });
  });

  it('resource: type, logical id, properties; delete has none; missing properties on create are {}', () => {
    expect(parseHookRequest(resourceRequest('AWS::S3::Bucket', 'B', { BucketName: 'b' })).target).toEqual({
      kind: 'resource',
      resourceType: 'AWS::S3::Bucket',
      logicalId: 'B',
      properties: { BucketName: 'b' },
    });
    expect(parseHookRequest(resourceRequest('AWS::S3::Bucket', 'B', {}, { point: 'DELETE_PRE_PROVISION' })).target).toMatchObject({ properties: null });
    expect(parseHookRequest(resourceRequest('AWS::S3::Bucket', 'B', null)).target).toMatchObject({ properties: {} });
    expect(parseHookRequest(resourceRequest('AWS::S3::Bucket', 'B', {}, { cloudControl: true }))).toMatchObject({
      cloudControl: true,
      stackName: 'cloud-control',
      target: { resourceType: 'AWS::S3::Bucket' },
    });
  });

  it('an unknown actionInvocationPoint is kept as null, not rejected', () => {
    expect(parseHookRequest(stackRequest({ template: 'x' }, { point: 'SOMETHING_NEW' })).invocationPoint).toBeNull();
  });

  it('malformed input throws HookInputError only', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          parseHookRequest(v);
        } catch (e) {
          expect(e).toBeInstanceOf(HookInputError);
        }
      }),
    );
  });

  it('tokenOf never throws and prefers clientRequestToken', () => {
    expect(tokenOf({ clientRequestToken: 'a', clientRequesttoken: 'b' })).toBe('a');
    expect(tokenOf({ clientRequesttoken: 'b' })).toBe('b');
    expect(tokenOf([1])).toBe('');
    expect(tokenOf({ clientRequestToken: 5 })).toBe('');
  });
});

describe('fileSafe (the audited file is named after the stack)', () => {
  it.each([
    ['my-app', 'my-app'],
    ['..', 'stack'],
    ['../../etc/passwd', 'etc_passwd'],
    ['a/b\\c', 'a_b_c'],
    ['.hidden', 'hidden'],
    ['', 'stack'],
  ])('%j → %j', (name, safe) => {
    expect(fileSafe(name)).toBe(safe);
  });

  it('never yields a path separator, a leading dot or more than 128 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const f = fileSafe(s);
        expect(f).not.toMatch(/[/\\]/);
        expect(f.startsWith('.')).toBe(false);
        expect(f.length).toBeGreaterThan(0);
        expect(f.length).toBeLessThanOrEqual(128);
      }),
    );
  });

  it('a stack id crafted with .. stays a plain name', () => {
    const req = { ...stackRequest({ template: 'x' }), stackId: 'arn:aws:cloudformation:us-east-1:1:stack/../x' };
    expect(parseHookRequest(req).stackName).not.toContain('/');
  });
});
