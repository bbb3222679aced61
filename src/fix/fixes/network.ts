/**
 * Network and TLS fixes: IMDSv2, minimum TLS policies (CloudFront, load balancers, API Gateway), the HTTP
 * listener turned into a redirect when the load balancer has an HTTPS listener, and SSH restricted to a
 * CIDR range the deployer must choose.
 */
import type { KeyPath } from '../../types/types.js';
import { cidrIsWorld } from '../../model/network.js';
import { deepEqual, intrinsicName } from '../engine.js';
import type { Edit, FixContext, FixFn, Json } from '../types.js';
import { isObj, pathFor, resourcePath, setProperty } from './common.js';

const imdsV2: FixFn = (ctx) => {
  const keys = ctx.finding.resourceType === 'AWS::EC2::LaunchTemplate' ? ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'] : ['MetadataOptions', 'HttpTokens'];
  return setProperty(ctx, keys, 'required');
};

export const CLOUDFRONT_MIN_TLS = 'TLSv1.2_2021';
export const ELB_TLS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
export const APIGATEWAY_TLS = 'TLS_1_2';

const cloudFrontMinTls: FixFn = (ctx) => {
  const cert = ctx.written(pathFor(ctx, ['DistributionConfig', 'ViewerCertificate']));
  if (!isObj(cert) || (cert['AcmCertificateArn'] === undefined && cert['IamCertificateId'] === undefined))
    return {
      refused: 'the distribution has no custom certificate (AcmCertificateArn or IamCertificateId); with the default certificate CloudFront decides the minimum TLS version',
    };
  return setProperty(ctx, ['DistributionConfig', 'ViewerCertificate', 'MinimumProtocolVersion'], CLOUDFRONT_MIN_TLS);
};

const lbTlsPolicy: FixFn = (ctx) => {
  if (ctx.finding.resourceType !== 'AWS::ElasticLoadBalancingV2::Listener')
    return { refused: 'a classic load balancer names its TLS policy through Policies and SSLNegotiationPolicyType; change it by hand' };
  return setProperty(ctx, ['SslPolicy'], ELB_TLS_POLICY);
};

const apiGatewayTls: FixFn = (ctx) => setProperty(ctx, ['SecurityPolicy'], APIGATEWAY_TLS);

/** An HTTP listener whose load balancer also has an HTTPS listener answers with a permanent redirect to it. */
const httpToHttpsRedirect: FixFn = (ctx) => {
  const res = resourcePath(ctx);
  const props = ctx.written([...res, 'Properties']);
  if (!isObj(props)) return { refused: 'the listener has no Properties written out' };
  const lb = props['LoadBalancerArn'];
  const resources = ctx.body['Resources'];
  let port: Json = '443';
  let found = false;
  if (isObj(resources) && lb !== undefined) {
    for (const r of Object.values(resources)) {
      if (!isObj(r) || r['Type'] !== 'AWS::ElasticLoadBalancingV2::Listener' || !isObj(r['Properties'])) continue;
      const p = r['Properties'];
      if (p['Protocol'] !== 'HTTPS' || !deepEqual(p['LoadBalancerArn'], lb)) continue;
      found = true;
      if (typeof p['Port'] === 'number' || (typeof p['Port'] === 'string' && /^\d+$/.test(p['Port']))) port = String(p['Port']);
      break;
    }
  }
  if (!found) return { refused: 'no HTTPS listener on the same load balancer to redirect to; add one (with a certificate) first' };
  if (props['DefaultActions'] !== undefined && intrinsicName(props['DefaultActions']))
    return { refused: `DefaultActions comes from ${intrinsicName(props['DefaultActions'])}; change it by hand` };
  return {
    edits: [
      { op: 'set', path: [...res, 'Properties', 'DefaultActions'], value: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: port, StatusCode: 'HTTP_301' } }] },
    ],
  };
};

export const SSH_PARAMETERS = { CidrIp: 'AllowedSshCidr', CidrIpv6: 'AllowedSshIpv6Cidr' } as const;

type CidrSource = { readonly kind: 'literal' } | { readonly kind: 'parameter'; readonly name: string };

/** How a world-open CIDR is written: literally, or as the Default of a parameter (without AllowedValues). */
function worldCidrSource(ctx: FixContext, v: unknown): CidrSource | null {
  if (typeof v === 'string') return cidrIsWorld(v) ? { kind: 'literal' } : null;
  if (intrinsicName(v) !== 'Ref') return null;
  const name = (v as Record<string, unknown>)['Ref'];
  if (typeof name !== 'string') return null;
  const decl = ctx.written(['Parameters', name]);
  if (!isObj(decl) || decl['AllowedValues'] !== undefined) return null;
  const d = decl['Default'];
  return typeof d === 'string' && cidrIsWorld(d) ? { kind: 'parameter', name } : null;
}

/**
 * SSH open to the world: a literal world CIDR becomes a reference to a new parameter with no default, and a
 * parameter whose Default is the world loses that Default, so whoever deploys the stack must name the range.
 */
const sshCidrParameter: FixFn = (ctx) => {
  const path = ctx.finding.path;
  const field = path[path.length - 1];
  if (field !== 'CidrIp' && field !== 'CidrIpv6') return { refused: 'the rule does not name its CIDR in CidrIp or CidrIpv6' };
  const cur = ctx.written(path);
  const source = worldCidrSource(ctx, cur);
  if (!source) {
    const name = intrinsicName(cur);
    if (name === 'Ref')
      return {
        refused: `the CIDR comes from parameter ${String((cur as Record<string, unknown>)['Ref'])}, whose AllowedValues or Default cfn-audit does not rewrite; pass a narrower value`,
      };
    return { refused: `the CIDR comes from ${name ?? 'a computed value'}; change it where its value is decided` };
  }
  if (String(ctx.finding.data['ports']) !== '22')
    return { refused: `the rule opens ports ${String(ctx.finding.data['ports'])}, not SSH alone; split it or narrow its ports to 22 first` };
  // The rule reports a group once: the other world-open SSH-only rules of the same list go too.
  const targets: { path: KeyPath; source: CidrSource }[] = [{ path, source }];
  const list = path.length >= 2 && typeof path[path.length - 2] === 'number' ? path.slice(0, -2) : null;
  const items = list ? ctx.written(list) : undefined;
  if (list && Array.isArray(items)) {
    items.forEach((item: unknown, j) => {
      if (j === path[path.length - 2] || !sshOnly(item)) return;
      const s = worldCidrSource(ctx, (item as Record<string, unknown>)[field]);
      if (s) targets.push({ path: [...list, j, field], source: s });
    });
  }
  const count = Number(ctx.finding.data['count'] ?? 1);
  if (count > targets.length)
    return { refused: `${count - targets.length} other rule(s) of this group also open SSH to the world in a way cfn-audit does not rewrite; fix those first` };
  const ipv6 = field === 'CidrIpv6';
  const param = SSH_PARAMETERS[field];
  const params = ctx.body['Parameters'];
  const exists = isObj(params) && Object.prototype.hasOwnProperty.call(params, param);
  const definition: Json = {
    Type: 'String',
    Description: `${ipv6 ? 'IPv6' : 'IPv4'} CIDR range allowed to reach SSH (port 22); no default, so the deployer must choose it`,
    AllowedPattern: ipv6 ? '^[0-9a-fA-F:]+/\\d{1,3}$' : '^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$',
  };
  const edits: Edit[] = [];
  if (!exists && targets.some((t) => t.source.kind === 'literal')) edits.push({ op: 'set', path: ['Parameters', param], value: definition });
  const dropped = new Set<string>();
  for (const t of targets) {
    if (t.source.kind === 'literal') edits.push({ op: 'set', path: t.path, value: { Ref: param } });
    else if (!dropped.has(t.source.name)) {
      dropped.add(t.source.name);
      edits.push({ op: 'delete', path: ['Parameters', t.source.name, 'Default'] });
    }
  }
  return { edits };
};

const portOf = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : null);

/** A literal rule for TCP port 22 and only that port. */
function sshOnly(item: unknown): boolean {
  if (!isObj(item) || intrinsicName(item)) return false;
  const proto = String(item['IpProtocol']).toLowerCase();
  if (proto !== 'tcp' && proto !== '6') return false;
  return portOf(item['FromPort']) === 22 && portOf(item['ToPort']) === 22;
}

export const networkFixes: Readonly<Record<string, FixFn>> = { imdsV2, cloudFrontMinTls, lbTlsPolicy, apiGatewayTls, httpToHttpsRedirect, sshCidrParameter };
