/**
 * Service checks whose AWS default or shape needs code: load balancers, CloudFront, SNS/SQS, MSK,
 * EKS, OpenSearch. Each documents the default it relies on.
 */
import type { KeyPath } from '../../core/types.js';
import { cidrIsWorld, redirectsToHttps } from '../../model/network.js';
import { NO_VALUE } from '../../model/resolve.js';
import { looseEquals, type CheckContext, type CheckFn } from '../engine.js';
import { flagProperty, has, isObj, lookup, notTrue } from './data.js';

type Obj = Record<string, unknown>;

/** Items of a list property, each with its path; Fn::If on the list is followed, unknowns reported. */
function items(ctx: CheckContext, root: unknown, keys: readonly string[], base: KeyPath): { item: Obj; path: KeyPath }[] {
  const out: { item: Obj; path: KeyPath }[] = [];
  for (const alt of lookup(ctx.graph.resolver, root, keys)) {
    if (alt.state !== 'value' || !Array.isArray(alt.value)) continue;
    alt.value.forEach((raw, i) => {
      for (const r of ctx.graph.resolver.resolve(raw)) if (r.known && isObj(r.value)) out.push({ item: r.value, path: [...base, ...keys, i] });
    });
  }
  return out;
}

/** Resolve a scalar to lower-case text alternatives; null entries for unknown ones. */
function texts(ctx: CheckContext, v: unknown): (string | null)[] {
  return ctx.graph.resolver.resolveString(v).map((r) => (r.known ? (r.value === NO_VALUE ? '' : String(r.value).toLowerCase()) : null));
}

/**
 * ALB listener on plain HTTP whose default action is not a redirect to HTTPS. A redirect keeps
 * nothing in clear text beyond the first request, so it passes (checkov CKV_AWS_2 agrees).
 */
const albHttpListener: CheckFn = (ctx) => {
  const p = ctx.resource.properties;
  const protos = texts(ctx, p['Protocol']);
  if (protos.includes('http') && internalLoadBalancer(ctx)) return;
  if (!protos.includes('http')) {
    if (protos.includes(null)) ctx.report({ path: [...ctx.resource.path, 'Properties', 'Protocol'], outcome: 'unknown', data: { unknownReason: 'the listener protocol is not known before deployment' } });
    return;
  }
  const redirects = redirectsToHttps(ctx.graph.resolver, p);
  if (!redirects) ctx.report({ path: [...ctx.resource.path, 'Properties', 'Protocol'], data: { protocol: 'HTTP' } });
};

/**
 * The listener's load balancer is declared `Scheme: internal` in this template: plain HTTP inside
 * the VPC is a different risk from HTTP on the internet, and cfn_nag W56's noise on it is what
 * users suppress first.
 */
function internalLoadBalancer(ctx: CheckContext): boolean {
  const arn = ctx.resource.properties['LoadBalancerArn'];
  const id = isObj(arn) && typeof arn['Ref'] === 'string' ? arn['Ref'] : null;
  const lb = id ? ctx.graph.resources.get(id) : undefined;
  if (!lb) return false;
  const scheme = texts(ctx, lb.properties['Scheme']);
  return scheme.length > 0 && scheme.every((t) => t === 'internal');
}

/** A short name for an origin's domain: the literal, or what it refers to. */
function originName(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isObj(v)) {
    if (typeof v['Ref'] === 'string') return v['Ref'];
    const ga = v['Fn::GetAtt'];
    if (Array.isArray(ga)) return ga.join('.');
    if (typeof ga === 'string') return ga;
  }
  return '(computed)';
}

/** TLS 1.2+ ELB policies: the TLS13-1-2/1-3, TLS-1-2 and FS-1-2 families. */
const STRONG_ELB_POLICY = /(TLS13-1-[23]|TLS-1-2|FS-1-2|TLS13-1-3)/i;

/**
 * HTTPS/TLS listener with a policy that allows TLS 1.0/1.1. A V2 listener without `SslPolicy`
 * gets ELBSecurityPolicy-2016-08 (TLS 1.0) when created through the API; cfn_nag W55 agrees.
 */
const lbWeakTlsPolicy: CheckFn = (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::ElasticLoadBalancingV2::Listener') {
    const protos = texts(ctx, r.properties['Protocol']);
    if (!protos.some((t) => t === 'https' || t === 'tls')) return;
    flagProperty(ctx, ['SslPolicy'], { fails: (v) => typeof v !== 'string' || !STRONG_ELB_POLICY.test(v), absent: 'fail', data: { policy: 'ELBSecurityPolicy-2016-08 (default)' } });
    return;
  }
  // Classic load balancer: HTTPS/SSL listeners reference an SSLNegotiationPolicyType policy by name.
  const props = r.properties;
  const policies = new Map<string, string | null>();
  for (const { item } of items(ctx, props, ['Policies'], [...r.path, 'Properties'])) {
    if (item['PolicyType'] !== 'SSLNegotiationPolicyType' || typeof item['PolicyName'] !== 'string') continue;
    const attrs = Array.isArray(item['Attributes']) ? item['Attributes'] : [];
    const ref = attrs.find((a) => isObj(a) && a['Name'] === 'Reference-Security-Policy');
    policies.set(item['PolicyName'], isObj(ref) && typeof ref['Value'] === 'string' ? ref['Value'] : null);
  }
  for (const { item, path } of items(ctx, props, ['Listeners'], [...r.path, 'Properties'])) {
    const proto = texts(ctx, item['Protocol']);
    if (!proto.some((t) => t === 'https' || t === 'ssl')) continue;
    const names = Array.isArray(item['PolicyNames']) ? item['PolicyNames'].filter((x): x is string => typeof x === 'string') : [];
    const refs = names.filter((n) => policies.has(n)).map((n) => policies.get(n) ?? null);
    if (refs.length === 0) {
      ctx.report({ path, data: { policy: 'ELBSecurityPolicy-2016-08 (default)' } });
      return;
    }
    const weak = refs.find((p) => p !== null && !STRONG_ELB_POLICY.test(p));
    if (weak) {
      ctx.report({ path, data: { policy: weak } });
      return;
    }
  }
};

/** Internet-facing classic load balancer with an HTTP or TCP listener. */
const clbPlaintextListener: CheckFn = (ctx) => {
  const r = ctx.resource;
  const scheme = texts(ctx, r.properties['Scheme']);
  if (has(r, 'Scheme') && scheme.every((s) => s === 'internal')) return;
  for (const { item, path } of items(ctx, r.properties, ['Listeners'], [...r.path, 'Properties'])) {
    const proto = texts(ctx, item['Protocol']);
    if (proto.some((t) => t === 'http' || t === 'tcp')) {
      ctx.report({ path, data: { protocol: String(item['Protocol']) } });
      return;
    }
  }
};

/** Access logs: classic `AccessLoggingPolicy.Enabled`, V2 attribute `access_logs.s3.enabled`. */
const lbNoAccessLogs: CheckFn = (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::ElasticLoadBalancing::LoadBalancer') {
    flagProperty(ctx, ['AccessLoggingPolicy', 'Enabled'], { fails: notTrue, absent: 'fail' });
    return;
  }
  // Gateway load balancers have no access logs.
  if (texts(ctx, r.properties['Type']).every((t) => t === 'gateway') && has(r, 'Type')) return;
  const attrs = items(ctx, r.properties, ['LoadBalancerAttributes'], [...r.path, 'Properties']);
  const entry = attrs.find(({ item }) => item['Key'] === 'access_logs.s3.enabled');
  if (!entry) {
    ctx.report({ path: [...r.path, 'Properties'], data: { property: 'access_logs.s3.enabled', value: 'absent' } });
    return;
  }
  flagProperty(ctx, ['Value'], { fails: notTrue, absent: 'fail', data: { property: 'access_logs.s3.enabled' } }, entry.item, entry.path);
};

/** Every cache behaviour of a distribution (default first), with its path. */
function behaviours(ctx: CheckContext): { item: Obj; path: KeyPath }[] {
  const base: KeyPath = [...ctx.resource.path, 'Properties', 'DistributionConfig'];
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return [];
  const out: { item: Obj; path: KeyPath }[] = [];
  for (const alt of lookup(ctx.graph.resolver, cfg, ['DefaultCacheBehavior'])) if (alt.state === 'value' && isObj(alt.value)) out.push({ item: alt.value, path: [...base, 'DefaultCacheBehavior'] });
  out.push(...items(ctx, cfg, ['CacheBehaviors'], base));
  return out;
}

const cloudFrontViewerHttpAllowed: CheckFn = (ctx) => {
  for (const { item, path } of behaviours(ctx)) {
    const policies = texts(ctx, item['ViewerProtocolPolicy']);
    if (policies.includes('allow-all')) {
      ctx.report({ path: [...path, 'ViewerProtocolPolicy'], data: { value: 'allow-all' } });
      return;
    }
  }
};

/** TLS 1.2+ CloudFront viewer policies. */
const STRONG_CF_TLS = /^TLSv1\.2_20(18|19|21)$|^TLSv1\.[3-9]/;

/**
 * A custom certificate (or an explicit `MinimumProtocolVersion`) below TLS 1.2. With the default *.cloudfront.net
 * certificate CloudFront fixes the minimum at TLSv1 and nobody can change it; that is not something a
 * template author can act on, so only custom certificates are judged (cfn_nag W70 also flags the
 * default certificate).
 */
const cloudFrontWeakTls: CheckFn = (ctx) => {
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return;
  const base: KeyPath = [...ctx.resource.path, 'Properties', 'DistributionConfig'];
  for (const alt of lookup(ctx.graph.resolver, cfg, ['ViewerCertificate'])) {
    if (alt.state !== 'value' || !isObj(alt.value)) continue;
    const vc = alt.value;
    const custom = ['AcmCertificateArn', 'IamCertificateId'].some((k) => vc[k] !== undefined && !(isObj(vc[k]) && vc[k]['Ref'] === 'AWS::NoValue'));
    const defaultCert = lookup(ctx.graph.resolver, vc, ['CloudFrontDefaultCertificate']).some((a) => a.state === 'value' && looseEquals(a.value, true));
    // An explicitly weak minimum is the author's choice even before a certificate is named.
    const explicit = vc['MinimumProtocolVersion'] !== undefined;
    if (defaultCert || (!custom && !explicit)) continue;
    if (flagProperty(ctx, ['MinimumProtocolVersion'], { fails: (v) => typeof v !== 'string' || !STRONG_CF_TLS.test(v), absent: 'fail' }, vc, [...base, 'ViewerCertificate'])) return;
  }
};

const WEAK_ORIGIN_SSL = new Set(['sslv3', 'tlsv1']);

/** Custom origins reached over HTTP, or allowing SSLv3/TLSv1 to the origin. */
const cloudFrontOriginInsecure: CheckFn = (ctx) => {
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return;
  for (const { item, path } of items(ctx, cfg, ['Origins'], [...ctx.resource.path, 'Properties', 'DistributionConfig'])) {
    const custom = item['CustomOriginConfig'];
    if (!isObj(custom)) continue;
    const policy = texts(ctx, custom['OriginProtocolPolicy']);
    const bad = policy.find((t) => t === 'http-only' || t === 'match-viewer');
    if (bad) {
      ctx.report({ path: [...path, 'CustomOriginConfig', 'OriginProtocolPolicy'], data: { value: bad, origin: originName(item['DomainName']) } });
      return;
    }
    const ssl = custom['OriginSSLProtocols'];
    if (Array.isArray(ssl)) {
      const weak = ssl.find((s) => typeof s === 'string' && WEAK_ORIGIN_SSL.has(s.toLowerCase()));
      if (typeof weak === 'string') {
        ctx.report({ path: [...path, 'CustomOriginConfig', 'OriginSSLProtocols'], data: { value: weak, origin: originName(item['DomainName']) } });
        return;
      }
    }
  }
};

/** S3 REST origins (not website endpoints, which cannot use OAC/OAI) without OAC or OAI. */
const cloudFrontS3OriginNoOac: CheckFn = (ctx) => {
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return;
  for (const { item, path } of items(ctx, cfg, ['Origins'], [...ctx.resource.path, 'Properties', 'DistributionConfig'])) {
    const s3 = item['S3OriginConfig'];
    if (!isObj(s3) && s3 !== undefined) continue;
    if (s3 === undefined) continue; // custom origins (incl. S3 website endpoints) are judged by CloudFrontOriginInsecure
    if (item['OriginAccessControlId'] !== undefined && item['OriginAccessControlId'] !== '') continue;
    const oai = lookup(ctx.graph.resolver, s3, ['OriginAccessIdentity']);
    if (oai.some((a) => a.state === 'unknown')) continue; // a Sub/GetAtt naming an OAI is an OAI
    if (oai.some((a) => a.state === 'value' && typeof a.value === 'string' && a.value.trim() !== '')) continue;
    ctx.report({ path, data: { origin: originName(item['DomainName']) } });
    return;
  }
};

/**
 * SNS topic without `KmsMasterKeyId` fails. SQS: since Oct 2022 new queues get SSE-SQS by default
 * (`SqsManagedSseEnabled` defaults to true), so only an explicit `SqsManagedSseEnabled: false`
 * without a KMS key fails; cfn_nag W48 predates that default.
 */
const topicOrQueueUnencrypted: CheckFn = (ctx) => {
  const r = ctx.resource;
  if (has(r, 'KmsMasterKeyId')) return;
  if (r.type === 'AWS::SNS::Topic') {
    ctx.report({ path: [...r.path, 'Properties'], data: { property: 'KmsMasterKeyId', value: 'absent' } });
    return;
  }
  flagProperty(ctx, ['SqsManagedSseEnabled'], { fails: (v) => looseEquals(v, false), absent: 'pass' });
};

/** Kinesis stream encryption: `StreamEncryption` with `EncryptionType: KMS` and a `KeyId` (CloudFormation requires both). */
const kinesisStreamUnencrypted: CheckFn = (ctx) => {
  if (flagProperty(ctx, ['StreamEncryption', 'EncryptionType'], { fails: (v) => !looseEquals(v, 'KMS'), absent: 'fail' })) return;
  flagProperty(ctx, ['StreamEncryption', 'KeyId'], { fails: (v) => typeof v === 'string' && v.trim() === '', absent: 'fail' });
};

/** MSK: client–broker traffic defaults to TLS and in-cluster encryption to true; weaker settings fail. */
const mskPlaintext: CheckFn = (ctx) => {
  const transit = ['EncryptionInfo', 'EncryptionInTransit'];
  if (flagProperty(ctx, [...transit, 'ClientBroker'], { fails: (v) => typeof v !== 'string' || v.toUpperCase() !== 'TLS', absent: 'pass' })) return;
  flagProperty(ctx, [...transit, 'InCluster'], { fails: (v) => looseEquals(v, false), absent: 'pass' });
};

/**
 * EKS API endpoint reachable from the internet: `EndpointPublicAccess` defaults to true and
 * `PublicAccessCidrs` to 0.0.0.0/0.
 */
const eksEndpointPublic: CheckFn = (ctx) => {
  const vpc = ['ResourcesVpcConfig'];
  const pub = lookup(ctx.graph.resolver, ctx.resource.properties, [...vpc, 'EndpointPublicAccess']);
  if (pub.every((a) => a.state === 'value' && looseEquals(a.value, false))) return;
  const cidrs = lookup(ctx.graph.resolver, ctx.resource.properties, [...vpc, 'PublicAccessCidrs']);
  const world = cidrs.some((a) => a.state === 'absent' || (a.state === 'value' && Array.isArray(a.value) && a.value.some((c) => typeof c === 'string' && cidrIsWorld(c))));
  const unknown = [...pub, ...cidrs].find((a) => a.state === 'unknown');
  const base: KeyPath = [...ctx.resource.path, 'Properties', 'ResourcesVpcConfig'];
  if (world) ctx.report({ path: base, data: { cidr: '0.0.0.0/0' } });
  else if (unknown && unknown.state === 'unknown') ctx.report({ path: base, outcome: 'unknown', data: { unknownReason: unknown.reason } });
};

/** EKS cluster without an EncryptionConfig that covers `secrets` with a KMS key. */
const eksSecretsUnencrypted: CheckFn = (ctx) => {
  const configs = items(ctx, ctx.resource.properties, ['EncryptionConfig'], [...ctx.resource.path, 'Properties']);
  const ok = configs.some(({ item }) => {
    const res = item['Resources'];
    const provider = item['Provider'];
    return Array.isArray(res) && res.includes('secrets') && isObj(provider) && provider['KeyArn'] !== undefined;
  });
  if (!ok) ctx.report({ path: [...ctx.resource.path, 'Properties'], data: { property: 'EncryptionConfig', value: configs.length ? 'no KMS key for secrets' : 'absent' } });
};

/** Node group with an SSH key and no source security groups: EKS opens port 22 to 0.0.0.0/0. */
const eksNodegroupSshOpen: CheckFn = (ctx) => {
  const ra = ctx.resource.properties['RemoteAccess'];
  if (!isObj(ra) || ra['Ec2SshKey'] === undefined) return;
  const groups = lookup(ctx.graph.resolver, ra, ['SourceSecurityGroups']);
  if (groups.some((a) => a.state === 'absent' || (a.state === 'value' && Array.isArray(a.value) && a.value.length === 0))) {
    ctx.report({ path: [...ctx.resource.path, 'Properties', 'RemoteAccess'], data: { property: 'SourceSecurityGroups', value: 'absent' } });
  }
};

/** OpenSearch node-to-node encryption and HTTPS enforcement; each must be true. */
const openSearchTransitUnencrypted: CheckFn = (ctx) => {
  if (flagProperty(ctx, ['NodeToNodeEncryptionOptions', 'Enabled'], { fails: notTrue, absent: 'fail' })) return;
  flagProperty(ctx, ['DomainEndpointOptions', 'EnforceHTTPS'], { fails: notTrue, absent: 'fail' });
};

export const serviceChecks: Readonly<Record<string, CheckFn>> = {
  albHttpListener,
  lbWeakTlsPolicy,
  clbPlaintextListener,
  lbNoAccessLogs,
  cloudFrontViewerHttpAllowed,
  cloudFrontWeakTls,
  cloudFrontOriginInsecure,
  cloudFrontS3OriginNoOac,
  topicOrQueueUnencrypted,
  kinesisStreamUnencrypted,
  mskPlaintext,
  eksEndpointPublic,
  eksSecretsUnencrypted,
  eksNodegroupSshOpen,
  openSearchTransitUnencrypted,
};
