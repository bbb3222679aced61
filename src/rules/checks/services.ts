/**
 * Service checks whose AWS default or shape needs code: load balancers, CloudFront, SNS/SQS, MSK,
 * EKS, OpenSearch. Each documents the default it relies on.
 */
import type { KeyPath } from '../../types/types.js';
import { cidrIsWorld, redirectsToHttps } from '../../model/network.js';
import { tlsPolicyMinimum, type TlsPolicyFamily } from '../../model/tls.js';
import { effectivePath, effectiveProperty } from '../../model/sam.js';
import { looseEquals, type CheckContext, type ReadContext } from '../engine.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';
import { flagProperty, has, isObj, notTrue, textAlternatives } from './data.js';

type Obj = Record<string, unknown>;

/** Items of a list property, each with its path; Fn::If on the list is followed, unknowns left to the engine. */
function items(ctx: ReadContext, root: unknown, keys: readonly string[], base: KeyPath): { item: Obj; path: KeyPath }[] {
  const out: { item: Obj; path: KeyPath }[] = [];
  for (const alt of ctx.read(keys, { root, base })) {
    if (alt.state !== 'value' || !Array.isArray(alt.value)) continue;
    alt.value.forEach((_raw, i) => {
      for (const r of ctx.read([i], { root: alt.value, base: [...base, ...keys] })) if (r.state === 'value' && isObj(r.value)) out.push({ item: r.value, path: [...base, ...keys, i] });
    });
  }
  return out;
}

/** Note a text alternative that could not be read (a null of `texts`) as undecided. */
function noteTexts(ctx: ReadContext, values: readonly (string | null)[], path: KeyPath): void {
  if (values.includes(null)) ctx.undecided(path, { code: 'deploy-time-value', args: {} });
}

/** Resolve a scalar to lower-case text alternatives; null entries for unknown ones. */
function texts(ctx: ReadContext, v: unknown): (string | null)[] {
  return textAlternatives(ctx, v).map((t) => t?.toLowerCase() ?? null);
}

const albHttpListenerMessages = { plainHttp: '{logicalId} serves plain HTTP without redirecting to HTTPS' };

/**
 * ALB listener on plain HTTP whose default action is not a redirect to HTTPS. A redirect keeps
 * nothing in clear text beyond the first request, so it passes (checkov CKV_AWS_2 agrees).
 */
const albHttpListener = defineCheck({ name: 'albHttpListener', options: NO_OPTIONS, messages: albHttpListenerMessages }, (ctx) => {
  const p = ctx.resource.properties;
  const protos = texts(ctx, p['Protocol']);
  if (protos.includes('http') && internalLoadBalancer(ctx)) return;
  if (!protos.includes('http')) {
    if (protos.includes(null)) ctx.report({ messageId: 'plainHttp', path: [...ctx.resource.path, 'Properties', 'Protocol'], outcome: 'unknown', data: {}, cause: { code: 'listener-protocol-deploy-time', args: {} } });
    return;
  }
  const redirects = redirectsToHttps(ctx.graph.resolver, p);
  if (!redirects) ctx.report({ messageId: 'plainHttp', path: [...ctx.resource.path, 'Properties', 'Protocol'], data: { protocol: 'HTTP' } });
});

/**
 * The listener's load balancer is declared `Scheme: internal` in this template: plain HTTP inside
 * the VPC is a different risk from HTTP on the internet, and cfn_nag W56's noise on it is what
 * users suppress first.
 */
function internalLoadBalancer(ctx: ReadContext): boolean {
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

/** The policy a V2 HTTPS/TLS listener or a classic listener gets without one (ELB API reference). */
const ELB_DEFAULT_POLICY = 'ELBSecurityPolicy-2016-08';

/**
 * Judge a TLS policy property by the minimum version its name encodes (src/model/tls.ts): below
 * TLS 1.2 fails, a name of no known scheme is unknown. `absentPolicy` is the policy AWS applies when
 * the property is absent (null: absent passes). Returns true when it reported.
 */
export function judgeTlsPolicy<Id extends string>(
  ctx: CheckContext<unknown, Id>,
  messageId: NoInfer<Id>,
  family: TlsPolicyFamily,
  keys: readonly string[],
  absentPolicy: string | null,
  root: unknown = ctx.resource.properties,
  base: KeyPath = [...ctx.resource.path, 'Properties'],
  data: Record<string, string> = {},
): boolean {
  const tlsData = { value: '(unresolved)', policy: '(unresolved)', ...data };
  for (const a of ctx.read(keys, { root, base, data: tlsData })) {
    if (a.state === 'unknown') continue;
    const present = a.state === 'value';
    const name = present ? (typeof a.value === 'string' ? a.value : null) : absentPolicy;
    const at = present ? [...base, ...keys] : base;
    if (name === null) {
      if (present) ctx.undecided(at, { code: 'not-policy-name', args: { property: keys.join('.') } }, a.conditions, { property: keys.join('.'), ...tlsData });
      continue;
    }
    const min = tlsPolicyMinimum(family, name);
    if (min === null) {
      ctx.undecided(at, { code: 'unknown-tls-policy', args: { name } }, a.conditions, { property: keys.join('.'), ...tlsData });
      continue;
    }
    if (min < 1.2) {
      ctx.report({ messageId, path: at, conditions: a.conditions, data: { property: keys.join('.'), value: present ? name : 'absent', policy: present ? name : `${name} (default)`, ...data } });
      return true;
    }
  }
  return false;
}

/**
 * HTTPS/TLS listener with a policy that allows TLS 1.0/1.1. A V2 listener without `SslPolicy`
 * gets ELBSecurityPolicy-2016-08 (TLS 1.0) when created through the API; cfn_nag W55 agrees.
 */
const lbWeakTlsPolicy = defineCheck({ name: 'lbWeakTlsPolicy', options: NO_OPTIONS, messages: { weakTls: '{logicalId} allows TLS below 1.2 (policy {policy})' } }, (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::ElasticLoadBalancingV2::Listener') {
    const protos = texts(ctx, r.properties['Protocol']);
    if (!protos.some((t) => t === 'https' || t === 'tls')) return;
    judgeTlsPolicy(ctx, 'weakTls', 'elb', ['SslPolicy'], ELB_DEFAULT_POLICY);
    return;
  }
  // Classic load balancer: HTTPS/SSL listeners reference an SSLNegotiationPolicyType policy by name.
  const props = r.properties;
  const policies = new Map<string, string | null>();
  for (const { item } of items(ctx, props, ['Policies'], [...r.path, 'Properties'])) {
    if (item['PolicyType'] !== 'SSLNegotiationPolicyType' || typeof item['PolicyName'] !== 'string') continue;
    const attrs = Array.isArray(item['Attributes']) ? item['Attributes'] : [];
    const ref: unknown = attrs.find((a) => isObj(a) && a['Name'] === 'Reference-Security-Policy');
    policies.set(item['PolicyName'], isObj(ref) && typeof ref['Value'] === 'string' ? ref['Value'] : null);
  }
  for (const { item, path } of items(ctx, props, ['Listeners'], [...r.path, 'Properties'])) {
    const proto = texts(ctx, item['Protocol']);
    noteTexts(ctx, proto, [...path, 'Protocol']);
    if (!proto.some((t) => t === 'https' || t === 'ssl')) continue;
    const names = Array.isArray(item['PolicyNames']) ? item['PolicyNames'].filter((x): x is string => typeof x === 'string') : [];
    const refs = names.filter((n) => policies.has(n)).map((n) => policies.get(n) ?? null);
    if (refs.length === 0) {
      ctx.report({ messageId: 'weakTls', path, data: { policy: `${ELB_DEFAULT_POLICY} (default)` } });
      return;
    }
    const weak = refs.find((p) => p !== null && (tlsPolicyMinimum('elb', p) ?? 0) < 1.2);
    if (weak) {
      ctx.report({ messageId: 'weakTls', path, data: { policy: weak } });
      return;
    }
  }
});

const clbPlaintextListenerMessages = { plaintext: '{logicalId} accepts {protocol} from the internet' };

/** Internet-facing classic load balancer with an HTTP or TCP listener. */
const clbPlaintextListener = defineCheck({ name: 'clbPlaintextListener', options: NO_OPTIONS, messages: clbPlaintextListenerMessages }, (ctx) => {
  const r = ctx.resource;
  const scheme = texts(ctx, r.properties['Scheme']);
  if (has(r, 'Scheme') && scheme.every((s) => s === 'internal')) return;
  for (const { item, path } of items(ctx, r.properties, ['Listeners'], [...r.path, 'Properties'])) {
    const proto = texts(ctx, item['Protocol']);
    if (proto.some((t) => t === 'http' || t === 'tcp')) {
      ctx.report({ messageId: 'plaintext', path, data: { protocol: String(item['Protocol']) } });
      return;
    }
    noteTexts(ctx, proto, [...path, 'Protocol']);
  }
});

/**
 * A load-balancer attribute (`LoadBalancerAttributes` entry `{Key, Value}`) that must be `true`;
 * absent means false. Reports on the entry's Value, or on Properties when there is none.
 */
function lbAttributeTrue<Id extends string>(ctx: CheckContext<unknown, Id>, messageId: NoInfer<Id>, key: string): void {
  const r = ctx.resource;
  const entry = items(ctx, r.properties, ['LoadBalancerAttributes'], [...r.path, 'Properties']).find(({ item }) => item['Key'] === key);
  if (!entry) {
    ctx.report({ messageId, path: [...r.path, 'Properties'], data: { property: key, value: 'absent' } });
    return;
  }
  flagProperty(ctx, ['Value'], { messageId, fails: notTrue, absent: 'fail', data: { property: key } }, entry.item, entry.path);
}

const albDropInvalidHeadersMessages = { invalidHeaders: '{logicalId} forwards invalid HTTP header fields ({property}: {value})' };

/**
 * Application load balancer that forwards requests with invalid HTTP header fields
 * (`routing.http.drop_invalid_header_fields.enabled`, false by default): a request-smuggling and
 * header-injection vector for the targets. Network and gateway load balancers have no such attribute.
 */
const albDropInvalidHeaders = defineCheck({ name: 'albDropInvalidHeaders', options: NO_OPTIONS, messages: albDropInvalidHeadersMessages }, (ctx) => {
  const types = texts(ctx, ctx.resource.properties['Type']);
  if (has(ctx.resource, 'Type') && types.every((t) => t !== 'application')) return;
  lbAttributeTrue(ctx, 'invalidHeaders', 'routing.http.drop_invalid_header_fields.enabled');
});

const lambdaEnvNoCmkMessages = { awsManagedKey: '{logicalId} encrypts its environment variables with the AWS-managed key ({property}: {value})' };

/**
 * Lambda function with environment variables and no customer-managed key (`KmsKeyArn`): Lambda then
 * encrypts them with an AWS-managed key, which every principal allowed to read the function's
 * configuration can use. SAM: own properties or `Globals.Function`.
 */
const lambdaEnvNoCmk = defineCheck({ name: 'lambdaEnvNoCmk', options: NO_OPTIONS, messages: lambdaEnvNoCmkMessages }, (ctx) => {
  const r = ctx.resource;
  const vars = effectivePath(ctx.graph, r, ['Environment', 'Variables']);
  if (!vars || !isObj(vars.value) || Object.keys(vars.value).length === 0) return;
  const key = effectiveProperty(ctx.graph, r, 'KmsKeyArn');
  if (!key) {
    ctx.report({ messageId: 'awsManagedKey', path: [...r.path, 'Properties'], data: { property: 'KmsKeyArn', value: 'absent' } });
    return;
  }
  // A key computed at deploy time (GetAtt, ImportValue) is a key; only absent or empty alternatives fail.
  const none = ctx.read(['KmsKeyArn'], { root: { KmsKeyArn: key.value }, settled: true }).find((a) => a.state === 'absent' || (a.state === 'value' && typeof a.value === 'string' && a.value.trim() === ''));
  if (none) ctx.report({ messageId: 'awsManagedKey', path: key.path, conditions: none.conditions, data: { property: 'KmsKeyArn', value: none.state === 'absent' ? 'absent' : '(empty)' } });
});

/** Access logs: classic `AccessLoggingPolicy.Enabled`, V2 attribute `access_logs.s3.enabled`. */
const lbNoAccessLogs = defineCheck({ name: 'lbNoAccessLogs', options: NO_OPTIONS, messages: { noAccessLogs: '{logicalId} does not write access logs' } }, (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::ElasticLoadBalancing::LoadBalancer') {
    flagProperty(ctx, ['AccessLoggingPolicy', 'Enabled'], { messageId: 'noAccessLogs', fails: notTrue, absent: 'fail' });
    return;
  }
  // Gateway load balancers have no access logs.
  if (texts(ctx, r.properties['Type']).every((t) => t === 'gateway') && has(r, 'Type')) return;
  lbAttributeTrue(ctx, 'noAccessLogs', 'access_logs.s3.enabled');
});

/** Every cache behaviour of a distribution (default first), with its path. */
function behaviours(ctx: ReadContext): { item: Obj; path: KeyPath }[] {
  const base: KeyPath = [...ctx.resource.path, 'Properties', 'DistributionConfig'];
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return [];
  const out: { item: Obj; path: KeyPath }[] = [];
  for (const alt of ctx.read(['DefaultCacheBehavior'], { root: cfg, base })) if (alt.state === 'value' && isObj(alt.value)) out.push({ item: alt.value, path: [...base, 'DefaultCacheBehavior'] });
  out.push(...items(ctx, cfg, ['CacheBehaviors'], base));
  return out;
}

const cloudFrontViewerHttpAllowedMessages = { viewerHttp: '{logicalId} lets viewers use plain HTTP' };

const cloudFrontViewerHttpAllowed = defineCheck({ name: 'cloudFrontViewerHttpAllowed', options: NO_OPTIONS, messages: cloudFrontViewerHttpAllowedMessages }, (ctx) => {
  for (const { item, path } of behaviours(ctx)) {
    const policies = texts(ctx, item['ViewerProtocolPolicy']);
    if (policies.includes('allow-all')) {
      ctx.report({ messageId: 'viewerHttp', path: [...path, 'ViewerProtocolPolicy'], data: { value: 'allow-all' } });
      return;
    }
    noteTexts(ctx, policies, [...path, 'ViewerProtocolPolicy']);
  }
});

const cloudFrontWeakTlsMessages = { weakTls: '{logicalId} accepts TLS below 1.2 (MinimumProtocolVersion: {value})' };

/**
 * A custom certificate (or an explicit `MinimumProtocolVersion`) below TLS 1.2. With the default *.cloudfront.net
 * certificate CloudFront fixes the minimum at TLSv1 and nobody can change it; that is not something a
 * template author can act on, so only custom certificates are judged (cfn_nag W70 also flags the
 * default certificate).
 */
const cloudFrontWeakTls = defineCheck({ name: 'cloudFrontWeakTls', options: NO_OPTIONS, messages: cloudFrontWeakTlsMessages }, (ctx) => {
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return;
  const base: KeyPath = [...ctx.resource.path, 'Properties', 'DistributionConfig'];
  // A certificate setting only known at deploy time may carry any minimum TLS version: the engine reports it.
  for (const alt of ctx.read(['ViewerCertificate'], { root: cfg, base })) {
    if (alt.state !== 'value' || !isObj(alt.value)) continue;
    const vc = alt.value;
    const custom = ['AcmCertificateArn', 'IamCertificateId'].some((k) => vc[k] !== undefined && !(isObj(vc[k]) && vc[k]['Ref'] === 'AWS::NoValue'));
    const defaultCert = ctx.read(['CloudFrontDefaultCertificate'], { root: vc, settled: true }).some((a) => a.state === 'value' && looseEquals(a.value, true));
    // An explicitly weak minimum is the author's choice even before a certificate is named.
    const explicit = vc['MinimumProtocolVersion'] !== undefined;
    if (defaultCert || (!custom && !explicit)) continue;
    // Absent with a custom certificate: CloudFormation applies TLSv1 (AWS::CloudFront::Distribution ViewerCertificate).
    if (judgeTlsPolicy(ctx, 'weakTls', 'cloudfront', ['MinimumProtocolVersion'], 'TLSv1', vc, [...base, 'ViewerCertificate'])) return;
  }
});

const WEAK_ORIGIN_SSL = new Set(['sslv3', 'tlsv1']);

const cloudFrontOriginInsecureMessages = { insecureOrigin: '{logicalId} reaches origin {origin} insecurely ({value})' };

/** Custom origins reached over HTTP, or allowing SSLv3/TLSv1 to the origin. */
const cloudFrontOriginInsecure = defineCheck({ name: 'cloudFrontOriginInsecure', options: NO_OPTIONS, messages: cloudFrontOriginInsecureMessages }, (ctx) => {
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return;
  for (const { item, path } of items(ctx, cfg, ['Origins'], [...ctx.resource.path, 'Properties', 'DistributionConfig'])) {
    const custom = item['CustomOriginConfig'];
    if (!isObj(custom)) continue;
    const policy = texts(ctx, custom['OriginProtocolPolicy']);
    const bad = policy.find((t) => t === 'http-only' || t === 'match-viewer');
    if (bad) {
      ctx.report({ messageId: 'insecureOrigin', path: [...path, 'CustomOriginConfig', 'OriginProtocolPolicy'], data: { value: bad, origin: originName(item['DomainName']) } });
      return;
    }
    noteTexts(ctx, policy, [...path, 'CustomOriginConfig', 'OriginProtocolPolicy']);
    const ssl = custom['OriginSSLProtocols'];
    if (ssl !== undefined && !Array.isArray(ssl)) ctx.read(['OriginSSLProtocols'], { root: custom, base: [...path, 'CustomOriginConfig'] });
    if (Array.isArray(ssl)) {
      const weak: unknown = ssl.find((s) => typeof s === 'string' && WEAK_ORIGIN_SSL.has(s.toLowerCase()));
      if (typeof weak === 'string') {
        ctx.report({ messageId: 'insecureOrigin', path: [...path, 'CustomOriginConfig', 'OriginSSLProtocols'], data: { value: weak, origin: originName(item['DomainName']) } });
        return;
      }
    }
  }
});

const cloudFrontS3OriginNoOacMessages = { noOac: '{logicalId} reads S3 origin {origin} without OAC or OAI' };

/** S3 REST origins (not website endpoints, which cannot use OAC/OAI) without OAC or OAI. */
const cloudFrontS3OriginNoOac = defineCheck({ name: 'cloudFrontS3OriginNoOac', options: NO_OPTIONS, messages: cloudFrontS3OriginNoOacMessages }, (ctx) => {
  const cfg = ctx.resource.properties['DistributionConfig'];
  if (!isObj(cfg)) return;
  for (const { item, path } of items(ctx, cfg, ['Origins'], [...ctx.resource.path, 'Properties', 'DistributionConfig'])) {
    const s3 = item['S3OriginConfig'];
    if (!isObj(s3) && s3 !== undefined) continue;
    if (s3 === undefined) continue; // custom origins (incl. S3 website endpoints) are judged by CloudFrontOriginInsecure
    if (item['OriginAccessControlId'] !== undefined && item['OriginAccessControlId'] !== '') continue;
    const oai = ctx.read(['OriginAccessIdentity'], { root: s3, settled: true });
    if (oai.some((a) => a.state === 'unknown')) continue; // a Sub/GetAtt naming an OAI is an OAI
    if (oai.some((a) => a.state === 'value' && typeof a.value === 'string' && a.value.trim() !== '')) continue;
    ctx.report({ messageId: 'noOac', path, data: { origin: originName(item['DomainName']) } });
    return;
  }
});

/**
 * SNS topic without `KmsMasterKeyId` fails. SQS: since Oct 2022 new queues get SSE-SQS by default
 * (`SqsManagedSseEnabled` defaults to true), so only an explicit `SqsManagedSseEnabled: false`
 * without a KMS key fails; cfn_nag W48 predates that default.
 */
const topicOrQueueUnencrypted = defineCheck({ name: 'topicOrQueueUnencrypted', options: NO_OPTIONS, messages: { unencrypted: '{logicalId} is not encrypted at rest' } }, (ctx) => {
  const r = ctx.resource;
  if (has(r, 'KmsMasterKeyId')) return;
  if (r.type === 'AWS::SNS::Topic') {
    ctx.report({ messageId: 'unencrypted', path: [...r.path, 'Properties'], data: { property: 'KmsMasterKeyId', value: 'absent' } });
    return;
  }
  flagProperty(ctx, ['SqsManagedSseEnabled'], { messageId: 'unencrypted', fails: (v) => looseEquals(v, false), absent: 'pass' });
});

const eksEndpointPublicMessages = { publicEndpoint: '{logicalId} exposes the Kubernetes API to {cidr}' };

/**
 * EKS API endpoint reachable from the internet: `EndpointPublicAccess` defaults to true and
 * `PublicAccessCidrs` to 0.0.0.0/0.
 */
const eksEndpointPublic = defineCheck({ name: 'eksEndpointPublic', options: NO_OPTIONS, messages: eksEndpointPublicMessages }, (ctx) => {
  const vpc = ['ResourcesVpcConfig'];
  const pub = ctx.read([...vpc, 'EndpointPublicAccess']);
  if (pub.every((a) => a.state === 'value' && looseEquals(a.value, false))) return;
  const cidrs = ctx.read([...vpc, 'PublicAccessCidrs']);
  const world = cidrs.some((a) => a.state === 'absent' || (a.state === 'value' && Array.isArray(a.value) && a.value.some((c) => typeof c === 'string' && cidrIsWorld(c))));
  if (world) ctx.report({ messageId: 'publicEndpoint', path: [...ctx.resource.path, 'Properties', 'ResourcesVpcConfig'], data: { cidr: '0.0.0.0/0' } });
});

const eksSecretsUnencryptedMessages = { secretsUnencrypted: '{logicalId} does not encrypt Kubernetes secrets with a KMS key' };

/** EKS cluster without an EncryptionConfig that covers `secrets` with a KMS key. */
const eksSecretsUnencrypted = defineCheck({ name: 'eksSecretsUnencrypted', options: NO_OPTIONS, messages: eksSecretsUnencryptedMessages }, (ctx) => {
  const configs = items(ctx, ctx.resource.properties, ['EncryptionConfig'], [...ctx.resource.path, 'Properties']);
  const ok = configs.some(({ item }) => {
    const res = item['Resources'];
    const provider = item['Provider'];
    return Array.isArray(res) && res.includes('secrets') && isObj(provider) && provider['KeyArn'] !== undefined;
  });
  if (!ok) ctx.report({ messageId: 'secretsUnencrypted', path: [...ctx.resource.path, 'Properties'], data: { property: 'EncryptionConfig', value: configs.length ? 'no KMS key for secrets' : 'absent' } });
});

/** Node group with an SSH key and no source security groups: EKS opens port 22 to 0.0.0.0/0. */
const eksNodegroupSshOpen = defineCheck({ name: 'eksNodegroupSshOpen', options: NO_OPTIONS, messages: { sshOpen: '{logicalId} opens SSH to the internet' } }, (ctx) => {
  const ra = ctx.resource.properties['RemoteAccess'];
  if (!isObj(ra) || ra['Ec2SshKey'] === undefined) return;
  const groups = ctx.read(['SourceSecurityGroups'], { root: ra, base: [...ctx.resource.path, 'Properties', 'RemoteAccess'] });
  if (groups.some((a) => a.state === 'absent' || (a.state === 'value' && Array.isArray(a.value) && a.value.length === 0))) {
    ctx.report({ messageId: 'sshOpen', path: [...ctx.resource.path, 'Properties', 'RemoteAccess'], data: { property: 'SourceSecurityGroups', value: 'absent' } });
  }
});

const openSearchTransitUnencryptedMessages = { transitUnencrypted: '{logicalId} does not protect traffic in transit ({property}: {value})' };

/**
 * OpenSearch node-to-node encryption and HTTPS enforcement (each must be true), and an explicit
 * `TLSSecurityPolicy` that accepts TLS below 1.2. An absent policy is not judged: the domain's default
 * depends on when and how it was created.
 */
const openSearchTransitUnencrypted = defineCheck({ name: 'openSearchTransitUnencrypted', options: NO_OPTIONS, messages: openSearchTransitUnencryptedMessages }, (ctx) => {
  if (flagProperty(ctx, ['NodeToNodeEncryptionOptions', 'Enabled'], { messageId: 'transitUnencrypted', fails: notTrue, absent: 'fail' })) return;
  if (flagProperty(ctx, ['DomainEndpointOptions', 'EnforceHTTPS'], { messageId: 'transitUnencrypted', fails: notTrue, absent: 'fail' })) return;
  judgeTlsPolicy(ctx, 'transitUnencrypted', 'opensearch', ['DomainEndpointOptions', 'TLSSecurityPolicy'], null);
});

const apiGatewayWeakTlsMessages = { weakTls: '{logicalId} accepts TLS below 1.2 ({property}: {value})' };

/**
 * API Gateway custom domains. REST (`AWS::ApiGateway::DomainName`): `SecurityPolicy` absent means
 * TLS_1_0. HTTP/WebSocket (`AWS::ApiGatewayV2::DomainName`): each `DomainNameConfigurations` entry;
 * absent passes, since those APIs default to TLS_1_2.
 */
const apiGatewayWeakTls = defineCheck({ name: 'apiGatewayWeakTls', options: NO_OPTIONS, messages: apiGatewayWeakTlsMessages }, (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::ApiGateway::DomainName') {
    judgeTlsPolicy(ctx, 'weakTls', 'apigateway', ['SecurityPolicy'], 'TLS_1_0');
    return;
  }
  for (const { item, path } of items(ctx, r.properties, ['DomainNameConfigurations'], [...r.path, 'Properties'])) {
    if (judgeTlsPolicy(ctx, 'weakTls', 'apigateway', ['SecurityPolicy'], null, item, path)) return;
  }
});

export const serviceChecks: readonly CheckDefinition[] = [
  albHttpListener,
  lbWeakTlsPolicy,
  clbPlaintextListener,
  lbNoAccessLogs,
  cloudFrontViewerHttpAllowed,
  cloudFrontWeakTls,
  cloudFrontOriginInsecure,
  cloudFrontS3OriginNoOac,
  topicOrQueueUnencrypted,
  eksEndpointPublic,
  eksSecretsUnencrypted,
  eksNodegroupSshOpen,
  openSearchTransitUnencrypted,
  apiGatewayWeakTls,
  albDropInvalidHeaders,
  lambdaEnvNoCmk,
];
