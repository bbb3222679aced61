/**
 * Issue 12 classes beyond the per-rule fixtures: which resource each finding lands on, what the data
 * says, and the cross-cutting guarantees (fast-check) of the shared helpers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameShape } from '../src/rules/checks/s3.js';
import { auditText, findingsOf } from './helpers/audit.js';

const all = { allRules: true };
const ids = (text: string, rule: string, outcome: 'fail' | 'unknown' = 'fail'): string[] =>
  findingsOf(auditText(text, all), rule)
    .filter((f) => f.outcome === outcome)
    .map((f) => f.logicalId)
    .sort();

describe('bucket policies attached by the bucket name', () => {
  const policy = (bucket: string, deny: boolean): string => `
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${bucket}
      PolicyDocument:
        Statement:
          - {Effect: ${deny ? 'Deny' : 'Allow'}, Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: {Bool: {"aws:SecureTransport": false}}}`;

  it.each([
    ['Sub = Sub', `!Sub "\${AWS::StackName}-logs"`, `!Sub "\${AWS::StackName}-logs"`],
    ['Sub = Join', `!Sub "\${AWS::StackName}-logs"`, `!Join ["", [!Ref "AWS::StackName", "-logs"]]`],
    ['Join = Sub with a variable map', `!Join ["-", [!Ref "AWS::AccountId", !GetAtt Q.QueueName]]`, `!Sub ["\${A}-\${Q.QueueName}", {A: !Ref "AWS::AccountId"}]`],
    ['literal = literal', 'my-bucket-name', 'my-bucket-name'],
    ['literal = Sub without placeholders', 'my-bucket-name', '!Sub my-bucket-name'],
  ])('%s: the TLS deny counts for the bucket', (_n, bucketName, policyBucket) => {
    const t = `Resources:
  Q: {Type: AWS::SQS::Queue}
  B:
    Type: AWS::S3::Bucket
    Properties: {BucketName: ${bucketName}}
  P:${policy(policyBucket, true)}
`;
    expect(ids(t, 'S3BucketNoSslPolicy')).toEqual([]);
  });

  it('a policy attached by name without a TLS deny is named in the finding, never "none"', () => {
    const t = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties: {BucketName: !Sub "\${AWS::StackName}-x"}
  P:${policy('!Join ["", [!Ref "AWS::StackName", "-x"]]', false)}
`;
    const f = findingsOf(auditText(t, all), 'S3BucketNoSslPolicy');
    expect(f.map((x) => x.data['policies'])).toEqual(['P']);
  });

  it.each([
    ['another suffix', `!Sub "\${AWS::StackName}-logs"`, `!Sub "\${AWS::StackName}-data"`],
    ['another pseudo parameter', `!Sub "\${AWS::StackName}-logs"`, `!Sub "\${AWS::Region}-logs"`],
    ['a GetAtt of another resource', `!Sub "\${Q.QueueName}"`, `!Sub "\${R.QueueName}"`],
  ])('%s: the policy is not this bucket’s', (_n, bucketName, policyBucket) => {
    const t = `Resources:
  Q: {Type: AWS::SQS::Queue}
  R: {Type: AWS::SQS::Queue}
  B:
    Type: AWS::S3::Bucket
    Properties: {BucketName: ${bucketName}}
  P:${policy(policyBucket, true)}
`;
    expect(ids(t, 'S3BucketNoSslPolicy')).toEqual(['B']);
  });

  it('nameShape: Sub and Join spellings of one name agree; different literal text never does', () => {
    const part = fc.oneof(
      fc.stringMatching(/^[a-z0-9-]{1,6}$/).map((s) => ({ lit: s })),
      fc.constantFrom('AWS::StackName', 'AWS::Region', 'Env').map((r) => ({ ref: r })),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const sub = { 'Fn::Sub': parts.map((p) => ('lit' in p ? p.lit : `\${${p.ref}}`)).join('') };
        const join = { 'Fn::Join': ['', parts.map((p) => ('lit' in p ? p.lit : { Ref: p.ref }))] };
        return nameShape(sub) !== null && nameShape(sub) === nameShape(join);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z]{1,6}$/), (a, b) => {
        fc.pre(a !== b);
        return nameShape({ 'Fn::Sub': `\${AWS::StackName}-${a}` }) !== nameShape({ 'Fn::Sub': `\${AWS::StackName}-${b}` });
      }),
    );
  });
});

/** Fail fixtures with several shapes: every shape must be caught, not just one per file. */
describe('every shape in a fail fixture is flagged', () => {
  const fixture = (rule: string, file: string): string => readFileSync(join(import.meta.dirname, '..', 'fixtures/rules', rule, 'fail', file), 'utf8');
  it.each([
    ['CloudFrontWeakTls', 'tls11-and-ssl3.yaml', ['AllowedWeak', 'Ssl3', 'Tls11']],
    ['LbWeakTlsPolicy', 'legacy-names.json', ['Classic', 'ForwardSecrecyTls10', 'Tls13ButMin11']],
    ['ApiGatewayMethodNoAuth', 'v2-routes.yaml', ['AbsentAuth', 'HttpDefault', 'OpenGet']],
    ['AlbDropInvalidHeadersOff', 'absent-or-false.yaml', ['FromParameter', 'NoAttributes', 'Off', 'OtherAttributesOnly']],
    ['LambdaEnvNoCmk', 'no-key.yaml', ['EmptyKey', 'Fn']],
    ['DynamoDbNoPitr', 'global-table-replica.yaml', ['Global']],
    ['S3AccessPointPublic', 'internet-public.yaml', ['AwsStar', 'IfExistsIsNoRestriction', 'Star']],
    ['S3AccessPointPublic', 'multi-region.json', ['MrapPolicy']],
  ])('%s %s', (rule, file, expected) => {
    expect(ids(fixture(rule, file), rule)).toEqual(expected);
  });

  it('a global table finding names the replica without PITR', () => {
    const f = findingsOf(auditText(fixture('DynamoDbNoPitr', 'global-table-replica.yaml'), all), 'DynamoDbNoPitr');
    expect(f.map((x) => [x.data['property'], x.path.slice(-2)])).toEqual([['PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled of the eu-west-1 replica', ['Replicas', 1]]]);
  });
});
