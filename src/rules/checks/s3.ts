/**
 * S3 bucket checks that need more than one property or more than one resource: Block Public Access
 * flags, the bucket policies that belong to a bucket (SSL-only), and buckets that receive other
 * resources' logs (a log destination needs no access log of its own).
 */
import type { ConditionBranch, KeyPath } from '../../types/types.js';
import type { Resource, ResourceGraph } from '../../model/graph.js';
import { conditionValue, policyDocuments, principals, statementsOf } from '../../model/iam.js';
import { memoized, MemoSlot } from '../../model/memo.js';
import { intrinsicName, NO_VALUE } from '../../model/resolve.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

interface BucketIndex {
  /** Bucket logical id → bucket policies whose `Bucket` names it. */
  readonly policies: ReadonlyMap<string, readonly Resource[]>;
  /** Buckets that receive logs from another resource in the template. */
  readonly logTargets: ReadonlySet<string>;
}

const BUCKET_INDEX = new MemoSlot<BucketIndex>('bucket index');

const LOG_WRITER_TYPES = new Set(['AWS::CloudTrail::Trail', 'AWS::Config::DeliveryChannel', 'AWS::EC2::FlowLog']);
const LOG_SERVICE_PRINCIPALS = /^(logging\.s3|delivery\.logs|cloudtrail|config|elasticloadbalancing|logdelivery\.elasticloadbalancing)\.amazonaws\.com$/i;

/** Built once per graph: which policies belong to which bucket, which buckets are log destinations. */
export function bucketIndex(graph: ResourceGraph): BucketIndex {
  return memoized(graph.resolver, BUCKET_INDEX, () => makeBucketIndex(graph));
}

function makeBucketIndex(graph: ResourceGraph): BucketIndex {
  const buckets = graph.byType('AWS::S3::Bucket');
  const bucketIds = new Set(buckets.map((b) => b.logicalId));
  const byName = new Map<string, string>();
  // Names computed at deploy time (`!Sub ${AWS::StackName}-logs`) are matched by how they are built.
  const byShape = new Map<string, string>();
  for (const b of buckets) {
    for (const r of graph.resolver.resolveString(b.properties['BucketName'])) if (r.known && typeof r.value === 'string') byName.set(r.value, b.logicalId);
    const shape = nameShape(b.properties['BucketName']);
    if (shape !== null) byShape.set(shape, b.logicalId);
  }

  const policies = new Map<string, Resource[]>();
  const add = (bucket: string, p: Resource): void => {
    const list = policies.get(bucket);
    if (!list) policies.set(bucket, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of graph.byType('AWS::S3::BucketPolicy')) {
    for (const r of graph.resolver.resolveString(p.properties['Bucket'])) {
      if (r.known && typeof r.value === 'string' && byName.has(r.value)) add(byName.get(r.value)!, p);
    }
    const shape = nameShape(p.properties['Bucket']);
    if (shape !== null && byShape.has(shape)) add(byShape.get(shape)!, p);
  }
  const logTargets = new Set<string>();
  for (const id of bucketIds) {
    for (const e of graph.referencesTo(id)) {
      if (e.kind === 'DependsOn' || e.from === id) continue;
      const from = graph.resources.get(e.from);
      if (!from) continue;
      const rel = e.path.slice(3);
      if (from.type === 'AWS::S3::BucketPolicy' && rel[0] === 'Bucket') add(id, from);
      if (isLogReference(from, rel)) logTargets.add(id);
    }
  }
  // Literal DestinationBucketName values in other buckets' LoggingConfiguration.
  for (const b of buckets) {
    const lc = b.properties['LoggingConfiguration'];
    if (!isObj(lc)) continue;
    for (const r of graph.resolver.resolveString(lc['DestinationBucketName'])) if (r.known && typeof r.value === 'string' && byName.has(r.value)) logTargets.add(byName.get(r.value)!);
  }
  // Buckets whose ACL or policy lets a log-delivery service write to them.
  for (const b of buckets) {
    const acl = graph.resolver.resolveString(b.properties['AccessControl']);
    if (acl.some((r) => r.known && r.value === 'LogDeliveryWrite')) logTargets.add(b.logicalId);
  }
  for (const [bucket, list] of policies) {
    if (logTargets.has(bucket)) continue;
    const grantsLogService = list.some((p) =>
      policyDocuments(p, graph.resolver).some((doc) =>
        statementsOf(doc, graph.resolver).some((s) => s.known && s.effect === 'Allow' && principals(s.body['Principal'], graph.resolver).values.some((x) => x.kind === 'Service' && LOG_SERVICE_PRINCIPALS.test(x.value))),
      ),
    );
    if (grantsLogService) logTargets.add(bucket);
  }
  return { policies, logTargets };
}

const MARK = '\u0001';

/**
 * How a name is built, as one canonical text: literal text as it is, each `Ref`/`GetAtt` (written
 * directly, as a `${…}` placeholder of Fn::Sub, or as a Fn::Join part) as a marked token. Fn::Sub with
 * a variable map and Fn::Join with a literal separator are expanded, so `!Sub '${AWS::StackName}-logs'`
 * and `!Join ['-', [!Ref AWS::StackName, logs]]` give the same text. Null for anything else (Fn::If,
 * Fn::Select, …): such names are not matched by shape.
 */
export function nameShape(v: unknown, depth = 0): string | null {
  if (depth > 10) return null;
  if (typeof v === 'string') return v.includes(MARK) ? null : v;
  if (typeof v === 'number') return String(v);
  const name = intrinsicName(v);
  const arg = name === null ? undefined : (v as Obj)[name];
  switch (name) {
    case 'Ref':
      return typeof arg === 'string' ? `${MARK}Ref:${arg}${MARK}` : null;
    case 'Fn::GetAtt': {
      const parts = typeof arg === 'string' ? arg.split('.') : Array.isArray(arg) ? arg : [];
      return parts.length === 2 && parts.every((x) => typeof x === 'string') ? `${MARK}GetAtt:${parts.join('.')}${MARK}` : null;
    }
    case 'Fn::Sub': {
      const text: unknown = Array.isArray(arg) ? arg[0] : arg;
      const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
      if (typeof text !== 'string' || text.includes(MARK)) return null;
      let failed = false;
      const out = text.replace(/\$\{([^}]*)\}/g, (_m, raw: string) => {
        if (raw.startsWith('!')) return '${' + raw.slice(1) + '}';
        const key = raw.trim();
        if (Object.prototype.hasOwnProperty.call(vars, key)) {
          const sub = nameShape(vars[key], depth + 1);
          if (sub === null) failed = true;
          return sub ?? '';
        }
        return key.includes('.') ? `${MARK}GetAtt:${key}${MARK}` : `${MARK}Ref:${key}${MARK}`;
      });
      return failed ? null : out;
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return null;
      const parts = (arg[1] as unknown[]).map((x) => nameShape(x, depth + 1));
      return parts.every((x): x is string => x !== null) ? parts.join(arg[0]) : null;
    }
    default:
      return null;
  }
}

/** A reference from `from` at `rel` (path below the resource) that names a log destination. */
function isLogReference(from: Resource, rel: KeyPath): boolean {
  if (LOG_WRITER_TYPES.has(from.type)) return true;
  if (rel.some((k) => typeof k === 'string' && /log/i.test(k))) return true;
  // ELBv2: LoadBalancerAttributes[i] = {Key: access_logs.s3.bucket, Value: !Ref Bucket}
  if (rel[0] === 'LoadBalancerAttributes' && typeof rel[1] === 'number') {
    const attrs = from.properties['LoadBalancerAttributes'];
    const attr: unknown = Array.isArray(attrs) ? attrs[rel[1]] : undefined;
    return isObj(attr) && typeof attr['Key'] === 'string' && attr['Key'].includes('access_logs');
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

const BPA_FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

const blockPublicAccessDisabled = defineCheck({ name: 'blockPublicAccessDisabled', options: NO_OPTIONS, messages: { flagsOff: 'Block Public Access is off: {flags}' } }, (ctx) => {
  const { resource } = ctx;
  const key = 'PublicAccessBlockConfiguration';
  if (resource.properties[key] === undefined) return;
  const base: KeyPath = [...resource.path, 'Properties', key];
  // A configuration or flag only known at deploy time is left to the engine (unknown unless a flag is off).
  const unresolved = { flags: '(unresolved)' };
  for (const alt of ctx.read([key], { data: unresolved })) {
    if (alt.state !== 'value' || !isObj(alt.value)) continue;
    const cfg = alt.value;
    const off: string[] = [];
    let firstPath: KeyPath = base;
    let conditions: readonly ConditionBranch[] = alt.conditions;
    for (const flag of BPA_FLAGS) {
      // A flag left out of a declared configuration is false.
      if (!(flag in cfg)) {
        if (off.length === 0) firstPath = base;
        off.push(`${flag} (absent)`);
        continue;
      }
      for (const r of ctx.read([flag], { root: cfg, base, data: unresolved })) {
        if (r.state === 'unknown' || (r.state === 'value' && String(r.value).toLowerCase() === 'true')) continue;
        if (off.length === 0) {
          firstPath = [...base, flag];
          conditions = [...alt.conditions, ...r.conditions];
        }
        off.push(flag);
        break;
      }
    }
    if (off.length) ctx.report({ messageId: 'flagsOff', path: firstPath, data: { flags: off.join(', ') }, conditions });
  }
});

/** Deny statement that refuses requests without TLS: `aws:SecureTransport` false, or a minimum `s3:TlsVersion`. */
function deniesInsecureTransport(policy: Resource, graph: ResourceGraph): boolean {
  for (const doc of policyDocuments(policy, graph.resolver))
    for (const s of statementsOf(doc, graph.resolver)) {
      if (!s.known || s.effect !== 'Deny') continue;
      const st = conditionValue(s, 'aws:SecureTransport');
      if (st && /^bool/i.test(st.op) && (Array.isArray(st.value) ? st.value : [st.value]).some((x) => String(x).toLowerCase() === 'false')) return true;
      const tls = conditionValue(s, 's3:TlsVersion');
      if (tls && /^numericlessthan/i.test(tls.op)) return true;
    }
  return false;
}

const bucketNoSslPolicyMessages = { noSslPolicy: 'no bucket policy denies requests without TLS (bucket policies: {policies})' };

const bucketNoSslPolicy = defineCheck({ name: 'bucketNoSslPolicy', options: NO_OPTIONS, messages: bucketNoSslPolicyMessages }, (ctx) => {
  const policies = bucketIndex(ctx.graph).policies.get(ctx.resource.logicalId) ?? [];
  if (policies.some((p) => deniesInsecureTransport(p, ctx.graph))) return;
  ctx.report({ messageId: 'noSslPolicy', path: ctx.resource.path, data: { policies: policies.length ? policies.map((p) => p.logicalId).join(', ') : 'none' } });
});

const bucketNoAccessLoggingMessages = { noAccessLogging: 'no LoggingConfiguration (server access logging is off)' };

const bucketNoAccessLogging = defineCheck({ name: 'bucketNoAccessLogging', options: NO_OPTIONS, messages: bucketNoAccessLoggingMessages }, (ctx) => {
  const { resource, graph } = ctx;
  const lc = resource.properties['LoggingConfiguration'];
  if (lc !== undefined && graph.resolver.resolve(lc).every((r) => !r.known || r.value !== NO_VALUE)) return;
  if (bucketIndex(graph).logTargets.has(resource.logicalId)) return;
  ctx.report({ messageId: 'noAccessLogging', path: [...resource.path, 'Properties'], data: {} });
});

export const s3Checks: readonly CheckDefinition[] = [
  blockPublicAccessDisabled,
  bucketNoSslPolicy,
  bucketNoAccessLogging,
];
