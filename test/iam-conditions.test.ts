/** Which conditions narrow a public principal (src/model/iam-conditions.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTemplate } from '../src/load/parse.js';
import { buildGraph } from '../src/model/graph.js';
import { parameterDecls } from '../src/model/iam.js';
import {
  conditionRestriction,
  denyRestriction,
  isWorldCidr,
  KEY_SHAPES,
  oidcProviderHost,
  oidcRestriction,
  parseOperator,
  subjectRestricts,
  valueRestricts,
} from '../src/model/iam-conditions.js';
import { unknownReasonText } from '../src/report/describe.js';

const g = (() => {
  const t = parseTemplate({
    file: 't.yaml',
    explicit: true,
    text: `
Parameters:
  Free: {Type: String}
  Account: {Type: String, AllowedPattern: '^[0-9]{12}$'}
  WithDefault: {Type: String, Default: '*'}
Resources: {R: {Type: AWS::SNS::Topic}}`,
  });
  if ('error' in t) throw new Error(t.error.message);
  return buildGraph(t.template);
})();
const decls = parameterDecls(g.template.body, g.resolver);
const verdict = (condition: unknown): string => conditionRestriction(condition, g.resolver, decls).verdict;

describe('conditions that pin the caller', () => {
  it.each([
    [{ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }],
    [{ StringEquals: { 'aws:SourceAccount': '123456789012' } }],
    [{ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }],
    [{ StringEquals: { 'aws:SourceAccount': { Ref: 'Account' } } }],
    [{ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } }],
    [{ ArnLike: { 'aws:SourceArn': { 'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/*' } } }],
    [{ ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::my-logs-bucket' } }],
    [{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/*' } }],
    [{ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } }],
    [{ IpAddress: { 'aws:SourceIp': '203.0.113.7' } }],
    [{ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }],
    [{ StringLike: { 'aws:PrincipalOrgPaths': 'o-abc123/r-ab12/ou-ab12-11111111/*' } }],
    [{ 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': ['o-abc123'] } }],
    [{ Bool: { 'aws:PrincipalIsAWSService': 'true' } }],
    [{ StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } }],
    // One pinning entry is enough: entries are ANDed.
    [{ Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:SourceAccount': '123456789012' } }],
    [{ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' }, StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }],
  ])('%j restricts', (c) => expect(verdict(c)).toBe('restricts'));
});

describe('conditions that admit every caller', () => {
  it.each([
    [undefined],
    [{ Bool: { 'aws:SecureTransport': 'true' } }],
    [{ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }],
    [{ IpAddress: { 'aws:SourceIp': '::/0' } }],
    [{ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '0.0.0.0/0'] } }],
    [{ IpAddress: { 'aws:SourceIp': ['::/0', '192.168.0.0/16'] } }],
    [{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:*' } }],
    [{ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } }],
    [{ StringLike: { 'aws:PrincipalOrgID': '*' } }],
    [{ StringLike: { 'aws:PrincipalOrgID': 'o-*' } }],
    [{ StringLike: { 'aws:SourceAccount': ['123456789012', '*'] } }],
    [{ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } }],
    [{ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }],
    [{ StringLike: { 'aws:SourceVpc': 'vpc-*' } }],
    [{ StringLike: { 'aws:PrincipalOrgPaths': '*/*' } }],
    [{ StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } }],
    [{ ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:t' } }],
    [{ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }],
    [{ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc123' } }],
    [{ 'ForAnyValue:StringNotEquals': { 'aws:SourceAccount': '123456789012' } }],
    [{ Null: { 'aws:SourceVpce': 'false' } }],
    [{ Bool: { 'aws:PrincipalIsAWSService': 'false' } }],
    [{ StringEquals: { 'aws:SourceAccount': { Ref: 'WithDefault' } } }],
  ])('%j is still public', (c) => expect(verdict(c)).toBe('open'));

  it('a value only known at deploy time that could be a wildcard is unknown, not restricting', () => {
    expect(verdict({ StringEquals: { 'aws:PrincipalOrgID': { Ref: 'Free' } } })).toBe('unknown');
    expect(verdict({ StringEquals: { 'aws:PrincipalOrgID': { Ref: 'Free' } }, Bool: { 'aws:SecureTransport': true } })).toBe('unknown');
  });
});

describe('pieces', () => {
  it('reads operator names', () => {
    expect(parseOperator('ForAnyValue:StringLikeIfExists')).toEqual({ set: 'any', base: 'stringlike', ifExists: true, negated: false });
    expect(parseOperator('forallvalues:stringnotequals')).toEqual({ set: 'all', base: 'stringnotequals', ifExists: false, negated: true });
  });
  it.each([
    ['0.0.0.0/0', true],
    ['::/0', true],
    ['0::0/00', true],
    ['10.0.0.0/8', false],
    ['1.2.3.4', false],
    ['::/1', false],
  ])('isWorldCidr(%s) = %s', (v, want) => expect(isWorldCidr(v)).toBe(want));
});

describe('Deny statements that fence a public Allow in', () => {
  const fence = (c: unknown) => denyRestriction(c, g.resolver, decls).verdict;
  it.each([
    [{ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }, 'restricts'],
    [{ StringNotEqualsIfExists: { 'aws:SourceVpce': ['vpce-1', 'vpce-2'] } }, 'restricts'],
    [{ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' }, Bool: { 'aws:PrincipalIsAWSService': 'false' } }, 'restricts'],
    [{ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123', 'aws:SourceVpce': 'vpce-1' } }, 'restricts'],
    [{ StringNotEquals: { 'aws:PrincipalOrgID': { Ref: 'Free' } } }, 'unknown'],
    [{ NotIpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, 'open'],
    [{ StringNotLike: { 'aws:PrincipalOrgID': 'o-*' } }, 'open'],
    [{ StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' }, Bool: { 'aws:SecureTransport': 'false' } }, 'open'],
    [{ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }, 'open'],
    [{ 'ForAnyValue:StringNotEquals': { 'aws:PrincipalOrgID': 'o-abc123' } }, 'open'],
    [undefined, 'open'],
  ])('%j: %s', (c, want) => expect(fence(c)).toBe(want));
});

describe('web-identity subjects', () => {
  const GH = 'token.actions.githubusercontent.com';
  it.each([
    ['arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com', GH],
    ['arn:aws:iam::unresolved-AccountId:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC', 'oidc.eks.eu-west-1.amazonaws.com/id/abc'],
    ['https://token.actions.githubusercontent.com/', GH],
    ['cognito-identity.amazonaws.com', 'cognito-identity.amazonaws.com'],
    ['arn:aws:iam::123456789012:saml-provider/Okta', null],
  ])('provider of %s is %s', (f, host) => expect(oidcProviderHost(f)).toBe(host));
  it.each([
    [GH, 'repo:my-org/app:ref:refs/heads/main', true],
    [GH, 'repo:my-org/*', true],
    [GH, 'repo:*', false],
    [GH, 'repo:*/*', false],
    [GH, 'repo:my-org*/app:*', false],
    [GH, 'repo:*:environment:prod', false],
    [GH, '*', false],
    ['oidc.eks.x/id/1', 'system:serviceaccount:*:*', false],
    ['oidc.eks.x/id/1', 'system:serviceaccount:payments:*', true],
    ['accounts.google.com', '1234567890', true],
  ])('%s sub %s pins: %s', (host, v, want) => expect(subjectRestricts(host, v)).toBe(want));
  it('needs the claim of the named provider, under a positive operator', () => {
    const sub = (op: string, key: string, v: unknown) => oidcRestriction({ [op]: { [key]: v } }, GH, g.resolver, decls).verdict;
    expect(sub('StringLike', `${GH}:sub`, 'repo:my-org/app:*')).toBe('restricts');
    expect(sub('StringLike', `${GH}:aud`, 'sts.amazonaws.com')).toBe('open');
    expect(sub('StringLikeIfExists', `${GH}:sub`, 'repo:my-org/app:*')).toBe('open');
    expect(sub('StringNotLike', `${GH}:sub`, 'repo:evil/*')).toBe('open');
    expect(sub('StringLike', 'other.example.com:sub', 'repo:my-org/app:*')).toBe('open');
    expect(sub('StringLike', `${GH}:sub`, { Ref: 'Free' })).toBe('unknown');
    expect(oidcRestriction({ StringEquals: { 'x.example.com:sub': 'user-1' } }, null, g.resolver, decls).verdict).toBe('restricts');
  });
});

// ---------------------------------------------------------------------------------------------
// Property: an entry that admits every caller never makes a condition restricting, however many are
// combined; adding one pinning entry always does.

const restrictingKeys = [...KEY_SHAPES.keys()];
const anyCase = (s: string) =>
  fc.constantFrom(
    s,
    s.toUpperCase(),
    s.replace(/^./, (c) => c.toUpperCase()),
  );
const positiveOp = fc.constantFrom(
  'StringEquals',
  'StringLike',
  'ArnLike',
  'ArnEquals',
  'StringEqualsIgnoreCase',
  'IpAddress',
  'Bool',
  'ForAnyValue:StringEquals',
  'ForAnyValue:StringLike',
);
const openValue = (shape: string): fc.Arbitrary<string> => {
  switch (shape) {
    case 'ip':
      return fc.constantFrom('0.0.0.0/0', '::/0', '*');
    case 'arn':
      return fc.constantFrom('*', 'arn:aws:iam::*:*', 'arn:aws:iam::*:root', 'arn:aws:sns:*:*:*', 'arn:*:*:*:*:*', 'arn:aws:s3:::*');
    case 'orgPath':
      return fc.constantFrom('*', 'o-*/*', '*/r-1/*');
    case 'userId':
      return fc.constantFrom('*', '*:*', 'AROA*:*');
    case 'serviceFlag':
      return fc.constantFrom('false', '*');
    default:
      return fc.constantFrom('*', '?*', 'o-*', '12345678901*');
  }
};

/** One `[operator, key, value]` entry that admits every caller, by construction. */
const openEntry: fc.Arbitrary<[string, string, unknown]> = fc.oneof(
  // a restricting key with values of which at least one admits everyone
  fc
    .constantFrom(...restrictingKeys)
    .chain((key) =>
      fc
        .tuple(positiveOp, anyCase(key), fc.array(fc.constantFrom('10.0.0.0/8', '123456789012', 'o-abc123'), { maxLength: 2 }), openValue(KEY_SHAPES.get(key)!), fc.boolean())
        .map(([op, k, pinned, open, list]): [string, string, unknown] => [op, k, list ? [...pinned, open] : open]),
    ),
  // a pinning value under an operator that lets a call without the key through, or negates
  fc
    .tuple(
      fc.constantFrom(
        'StringEqualsIfExists',
        'ArnLikeIfExists',
        'IpAddressIfExists',
        'StringNotEquals',
        'ArnNotLike',
        'NotIpAddress',
        'ForAllValues:StringEquals',
        'ForAnyValue:StringNotLike',
        'Null',
      ),
      fc.constantFrom(...restrictingKeys),
    )
    .map(([op, key]): [string, string, unknown] => [op, key, '123456789012']),
  // keys that say nothing about the caller
  fc
    .tuple(
      positiveOp,
      fc.constantFrom('aws:SecureTransport', 's3:x-amz-acl', 'aws:RequestedRegion', 'kms:ViaService', 'aws:CurrentTime'),
      fc.constantFrom('true', 'o-abc123', '10.0.0.0/8'),
    )
    .map(([op, k, v]): [string, string, unknown] => [op, k, v]),
);

function build(entries: readonly [string, string, unknown][]): Record<string, Record<string, unknown>> {
  const c: Record<string, Record<string, unknown>> = Object.create(null);
  for (const [op, k, v] of entries) {
    const block = (c[op] ??= Object.create(null) as Record<string, unknown>);
    // Same operator and key twice: keep the open one (JSON cannot hold both).
    block[k] = v;
  }
  return c;
}

describe('property', () => {
  it('a condition that admits every caller never counts as restricting', () => {
    fc.assert(
      fc.property(fc.array(openEntry, { maxLength: 6 }), (entries) => {
        expect(verdict(build(entries))).toBe('open');
      }),
      { numRuns: 400 },
    );
  });
  it('one pinning entry restricts whatever else the condition holds', () => {
    const pinning = fc.constantFrom<[string, string, unknown]>(
      ['StringEquals', 'aws:PrincipalOrgID', 'o-abc123'],
      ['ArnLike', 'aws:SourceArn', 'arn:aws:sqs:us-east-1:123456789012:q'],
      ['IpAddress', 'aws:SourceIp', '198.51.100.0/24'],
      ['StringEquals', 'aws:SourceVpce', 'vpce-0123'],
    );
    fc.assert(
      fc.property(fc.array(openEntry, { maxLength: 5 }), pinning, (entries, pin) => {
        const c = build(entries.filter(([op, k]) => !(op === pin[0] && k === pin[1])));
        (c[pin[0]] ??= Object.create(null) as Record<string, unknown>)[pin[1]] = pin[2];
        expect(verdict(c)).toBe('restricts');
      }),
      { numRuns: 300 },
    );
  });
  it('end to end: every public-policy rule flags a public statement whose condition admits every caller', async () => {
    const { auditText, findingsOf } = await import('./helpers/audit.js');
    const { builtinRules } = await import('../src/rules/catalogue.js');
    const rules = builtinRules().map((r) => ({ ...r, enabled: true }));
    const shapes: readonly [string, (condition: unknown) => Record<string, unknown>][] = [
      [
        'S3BucketPolicyPublicPrincipal',
        (c) => ({
          Type: 'AWS::S3::BucketPolicy',
          Properties: { Bucket: 'b', PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: c }] } },
        }),
      ],
      [
        'TopicOrQueuePolicyPublic',
        (c) => ({
          Type: 'AWS::SQS::QueuePolicy',
          Properties: { Queues: ['q'], PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: '*', Condition: c }] } },
        }),
      ],
      [
        'KmsKeyPolicyPublicPrincipal',
        (c) => ({
          Type: 'AWS::KMS::Key',
          Properties: { EnableKeyRotation: true, KeyPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*', Condition: c }] } },
        }),
      ],
      [
        'IamRoleTrustPublicPrincipal',
        (c) => ({
          Type: 'AWS::IAM::Role',
          Properties: { AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: c }] } },
        }),
      ],
    ];
    fc.assert(
      fc.property(fc.array(openEntry, { maxLength: 4 }), fc.constantFrom(...shapes), (entries, [rule, resource]) => {
        const text = JSON.stringify({ Resources: { R: resource(build(entries)) } });
        const hits = findingsOf(auditText(text, { rules, file: 't.json' }), rule);
        expect(hits.map((h) => h.outcome)).toEqual(['fail']);
      }),
      { numRuns: 60 },
    );
  });
  it('valueRestricts never accepts a value of only wildcards', () => {
    fc.assert(
      fc.property(fc.constantFrom(...new Set(KEY_SHAPES.values())), fc.stringMatching(/^[*?]{0,6}$/), (shape, v) => {
        expect(valueRestricts(shape, v)).toBe(false);
      }),
    );
  });
});

describe('public-principal rules on conditions known only at deploy time', () => {
  it('a public statement whose only candidate restriction could be a wildcard is unknown, never a silent pass', async () => {
    const { auditText, findingsOf } = await import('./helpers/audit.js');
    const { builtinRules } = await import('../src/rules/catalogue.js');
    const stack = auditText(
      `
Parameters:
  Org: {Type: String}
Resources:
  Bucket: {Type: AWS::S3::Bucket}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Bucket.Arn}/*"
            Condition: {StringEquals: {aws:PrincipalOrgID: !Ref Org}}
`,
      { rules: builtinRules().filter((r) => r.id === 'S3BucketPolicyPublicPrincipal'), file: 't.yaml' },
    );
    const hits = findingsOf(stack, 'S3BucketPolicyPublicPrincipal');
    expect(hits.map((h) => h.outcome)).toEqual(['unknown']);
    expect(hits[0] && unknownReasonText(hits[0])).toMatch(/aws:PrincipalOrgID/);
  });
});
