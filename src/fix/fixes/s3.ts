/** Fixes for S3 rules: Block Public Access flags (S3BlockPublicAccessDisabled / …NotDeclared) and the TLS-only bucket policy (S3BucketNoSslPolicy). */
import { intrinsicName } from '../engine.js';
import type { FixContext, FixFn, Json } from '../types.js';
import { isObj, isTrue, setUnder } from './common.js';

const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

/**
 * Why the bucket looks public on purpose (a website, a public ACL), or null. Such a bucket is left alone:
 * Block Public Access would close it, and S3 website endpoints serve HTTP only, so a TLS-only policy would too.
 */
function meantPublic(ctx: FixContext): string | null {
  const props = ctx.written(['Resources', ctx.finding.logicalId, 'Properties']);
  if (!isObj(props)) return null;
  if (props['WebsiteConfiguration'] !== undefined) return 'the bucket hosts a website (WebsiteConfiguration), which this change would break; decide by hand';
  const acl = props['AccessControl'];
  if (acl === 'PublicRead' || acl === 'PublicReadWrite') return `the bucket is public on purpose (AccessControl: ${acl}); decide by hand`;
  return null;
}

/** All four Block Public Access flags true. */
const s3BlockPublicAccess: FixFn = (ctx) => {
  const why = meantPublic(ctx);
  if (why) return { refused: why };
  return setUnder(ctx, ['PublicAccessBlockConfiguration'], Object.fromEntries(FLAGS.map((f) => [f, true])), (_k, v) => isTrue(v));
};

function tlsDenyStatement(bucket: string): Json {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [{ 'Fn::GetAtt': [bucket, 'Arn'] }, { 'Fn::Sub': `\${${bucket}.Arn}/*` }],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/**
 * A Deny of requests without TLS: appended to the bucket's policy when it has one written as a list of
 * statements, otherwise a new AWS::S3::BucketPolicy resource for the bucket.
 */
const s3TlsDenyStatement: FixFn = (ctx) => {
  const why = meantPublic(ctx);
  if (why) return { refused: why };
  const bucket = ctx.finding.logicalId;
  const resources = ctx.body['Resources'];
  if (!isObj(resources)) return { refused: 'the template has no Resources mapping' };
  const policies = String(ctx.finding.data['policies'] ?? 'none');
  if (policies === 'none') {
    let name = `${bucket}TlsPolicy`;
    for (let i = 2; Object.prototype.hasOwnProperty.call(resources, name); i++) name = `${bucket}TlsPolicy${i}`;
    const condition = isObj(resources[bucket]) ? (resources[bucket] as Record<string, unknown>)['Condition'] : undefined;
    return {
      edits: [
        {
          op: 'set',
          path: ['Resources', name],
          value: {
            Type: 'AWS::S3::BucketPolicy',
            ...(typeof condition === 'string' ? { Condition: condition } : {}),
            Properties: { Bucket: { Ref: bucket }, PolicyDocument: { Version: '2012-10-17', Statement: [tlsDenyStatement(bucket)] } },
          },
        },
      ],
    };
  }
  const policy = policies.split(',')[0]!.trim();
  const doc = ctx.written(['Resources', policy, 'Properties', 'PolicyDocument']);
  if (!isObj(doc) || intrinsicName(doc)) return { refused: `the policy document of ${policy} is not written out in the template; add the TLS-deny statement by hand` };
  const statements = doc['Statement'];
  if (!Array.isArray(statements)) return { refused: `the Statement of ${policy} is not a list of statements; add the TLS-deny statement by hand` };
  return { edits: [{ op: 'append', path: ['Resources', policy, 'Properties', 'PolicyDocument', 'Statement'], value: tlsDenyStatement(bucket) }] };
};

export const s3Fixes: Readonly<Record<string, FixFn>> = { s3BlockPublicAccess, s3TlsDenyStatement };
