/** CIDR, protocol and port semantics, exact as EC2 defines them. */
import type { Resource, ResourceGraph } from './graph.js';
import { NO_VALUE, type Resolver } from './resolve.js';

export type Protocol = 'all' | 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'other';

/**
 * `-1`, `all` and protocols without ports (anything but tcp/udp/icmp) open every port. Null when absent or
 * not a protocol EC2 accepts (a name or a number 0-255): garbage is undecided, never "every port".
 */
export function normalizeProtocol(p: unknown): Protocol | null {
  if (typeof p !== 'string' && typeof p !== 'number') return null;
  const s = String(p).trim().toLowerCase();
  if (s === '-1' || s === 'all') return 'all';
  if (s === 'tcp' || s === '6') return 'tcp';
  if (s === 'udp' || s === '17') return 'udp';
  if (s === 'icmp' || s === '1') return 'icmp';
  if (s === 'icmpv6' || s === '58') return 'icmpv6';
  return /^\d{1,3}$/.test(s) && Number(s) <= 255 ? 'other' : null;
}

export interface ParsedCidr {
  readonly version: 4 | 6;
  readonly prefix: number;
  /** The network's first bits as a bigint, for range checks. */
  readonly bits: bigint;
}

export function parseCidr(text: string): ParsedCidr | null {
  const m = /^\s*([^/\s]+)\/(\d{1,3})\s*$/.exec(text);
  if (!m) return null;
  const prefix = Number(m[2]);
  const addr = m[1]!;
  if (addr.includes(':')) {
    if (prefix > 128) return null;
    const bits = parseIpv6(addr);
    return bits === null ? null : { version: 6, prefix, bits };
  }
  if (prefix > 32) return null;
  const octets = addr.split('.');
  if (octets.length !== 4 || !octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)) return null;
  const bits = octets.reduce((acc, o) => (acc << 8n) | BigInt(Number(o)), 0n);
  return { version: 4, prefix, bits };
}

function parseIpv6(addr: string): bigint | null {
  const halves = addr.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/**
 * The whole internet: prefix length 0 for IPv4 or IPv6. Prefixes up to /7 (IPv4) and /15 (IPv6)
 * cover so much of the address space that they are treated the same way for exposure rules.
 */
export function cidrIsWorld(text: string): boolean {
  const c = parseCidr(text);
  if (!c) return false;
  return c.version === 4 ? c.prefix <= 7 : c.prefix <= 15;
}

/** Ranges shorter than /16 (IPv4) or /48 (IPv6), not already world. */
export function cidrIsBroad(text: string): boolean {
  const c = parseCidr(text);
  if (!c || cidrIsWorld(text)) return false;
  return c.version === 4 ? c.prefix < 16 : c.prefix < 48;
}

const PRIVATE_V4: readonly [number, number, number][] = [
  [10, 0, 8],
  [172, 16, 12],
  [192, 168, 16],
  [100, 64, 10],
  [127, 0, 8],
];

/** RFC 1918 (and CGNAT/loopback) for IPv4, unique-local fc00::/7 and link-local for IPv6. */
export function cidrIsPrivate(text: string): boolean {
  const c = parseCidr(text);
  if (!c) return false;
  if (c.version === 6) {
    const top = Number(c.bits >> 120n);
    return c.prefix >= 7 && ((top & 0xfe) === 0xfc || (Number(c.bits >> 118n) & 0x3ff) === 0x3fa);
  }
  const a = Number(c.bits >> 24n) & 0xff;
  const b = Number(c.bits >> 16n) & 0xff;
  return PRIVATE_V4.some(([x, y, len]) => {
    if (c.prefix < len) return false;
    if (len === 8) return a === x;
    if (len === 12) return a === x && (b & 0xf0) === y;
    if (len === 10) return a === x && (b & 0xc0) === y;
    return a === x && b === y;
  });
}

export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/** A port value from a template: numbers or numeric text; null when not a valid port. */
export function toPort(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d{1,6}\s*$/.test(v)) return Number(v);
  return null;
}

/** `portRangeIncludes` for path rules: a `{FromPort, ToPort}` object or a single port. */
export function portRangeIncludes(v: unknown, port: number): boolean {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const from = toPort(o['FromPort']);
    const to = toPort(o['ToPort']);
    if (from === null || to === null) return false;
    if (from === -1 || to === -1) return true;
    return from <= port && port <= to;
  }
  const p = toPort(v);
  return p !== null && (p === -1 || p === port);
}

export function rangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

// ---------------------------------------------------------------------------------------------
// Where a security group sits: what it is attached to, and whether that is a public front end.

/** A resource the group is attached to, and whether it is a front end built to face the internet. */
export interface Attachment {
  readonly logicalId: string;
  readonly type: string;
  /** `lb`: an internet-facing load balancer; `cloudfront-origin`: a CloudFront distribution's origin; null: anything else. */
  readonly front: 'lb' | 'cloudfront-origin' | null;
}

const GROUP_RULE_TYPES = new Set(['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress']);
const ELBV2 = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const CLASSIC_ELB = 'AWS::ElasticLoadBalancing::LoadBalancer';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every resource that refers to the group other than through a group rule (a group rule names it as
 * its target or as a peer, which attaches nothing), plus `Outputs` when an output hands the group on to
 * other stacks (then it may be attached anywhere). DependsOn attaches nothing either.
 */
export function groupAttachments(graph: ResourceGraph, groupId: string): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const e of graph.referencesTo(groupId)) {
    if (e.kind === 'DependsOn' || seen.has(e.from)) continue;
    const r = graph.resources.get(e.from);
    if (!r || GROUP_RULE_TYPES.has(r.type)) continue;
    seen.add(e.from);
    out.push({ logicalId: r.logicalId, type: r.type, front: frontKind(graph, r) });
  }
  if (mentions(graph.outputs, groupId, 0)) out.push({ logicalId: 'Outputs', type: 'Output', front: null });
  return out.sort((a, b) => (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0));
}

function frontKind(graph: ResourceGraph, r: Resource): Attachment['front'] {
  if ((r.type === ELBV2 || r.type === CLASSIC_ELB) && internetFacing(graph, r)) return 'lb';
  const origin = graph.referencesTo(r.logicalId).some((e) => e.kind !== 'DependsOn' && graph.resources.get(e.from)?.type === 'AWS::CloudFront::Distribution');
  return origin ? 'cloudfront-origin' : null;
}

/** Scheme absent (the default) or `internet-facing` in every alternative. */
function internetFacing(graph: ResourceGraph, lb: Resource): boolean {
  if (lb.properties['Scheme'] === undefined) return true;
  return graph.resolver.resolveString(lb.properties['Scheme']).every((a) => a.known && (a.value === NO_VALUE || String(a.value).toLowerCase() === 'internet-facing'));
}

function mentions(v: unknown, id: string, depth: number): boolean {
  if (depth > 32 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((x) => mentions(x, id, depth + 1));
  const o = v as Obj;
  if (o['Ref'] === id) return true;
  const ga = o['Fn::GetAtt'];
  if ((Array.isArray(ga) && ga[0] === id) || (typeof ga === 'string' && ga.split('.')[0] === id)) return true;
  const sub = o['Fn::Sub'];
  const text: unknown = Array.isArray(sub) ? sub[0] : sub;
  if (typeof text === 'string' && new RegExp(`\\$\\{${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[.}]`).test(text)) return true;
  return Object.values(o).some((x) => mentions(x, id, depth + 1));
}

/** A listener's default actions are all redirects to HTTPS, in every alternative (Fn::If branches included). */
export function redirectsToHttps(resolver: Resolver, listener: Readonly<Obj>): boolean {
  const text = (v: unknown): (string | null)[] => resolver.resolveString(v).map((a) => (a.known && a.value !== NO_VALUE ? String(a.value).toLowerCase() : null));
  const lists = resolver.resolve(listener['DefaultActions']);
  return lists.every((list) => {
    if (!list.known || !Array.isArray(list.value) || list.value.length === 0) return false;
    return list.value.every((raw) =>
      resolver.resolve(raw).every((item) => {
        if (!item.known || !isObj(item.value)) return false;
        const cfg = item.value['RedirectConfig'];
        if (!text(item.value['Type']).every((t) => t === 'redirect')) return false;
        return resolver.resolve(cfg).every((c) => c.known && isObj(c.value) && text(c.value['Protocol']).every((t) => t === 'https'));
      }),
    );
  });
}

/** The ELBv2 listeners in the template that belong to `lb` and listen on `port` (in some alternative). */
export function listenersOn(graph: ResourceGraph, lb: string, port: number): Resource[] {
  return graph.byType('AWS::ElasticLoadBalancingV2::Listener').filter((l) => {
    if (!mentions(l.properties['LoadBalancerArn'], lb, 0)) return false;
    return graph.resolver.resolve(l.properties['Port']).some((a) => !a.known || toPort(a.value) === port);
  });
}

/** A load balancer listener as far as exposure goes: its port, protocol, and whether it only redirects to HTTPS. */
export interface ListenerInfo {
  readonly id: string;
  readonly port: number;
  readonly protocol: string;
  readonly redirects: boolean;
}

/**
 * Every listener of `lb` in the template, or null when they cannot all be known (none in this template,
 * a port or protocol that does not resolve to one value): then what the load balancer accepts is open.
 */
export function lbListeners(graph: ResourceGraph, lb: Resource): ListenerInfo[] | null {
  const one = (v: unknown): string | null => {
    const alts = graph.resolver.resolveString(v);
    const first = alts[0];
    return first?.known && first.value !== NO_VALUE && alts.every((a) => a.known && a.value === first.value) ? String(first.value) : null;
  };
  const out: ListenerInfo[] = [];
  if (lb.type === ELBV2) {
    for (const l of graph.byType('AWS::ElasticLoadBalancingV2::Listener')) {
      if (!mentions(l.properties['LoadBalancerArn'], lb.logicalId, 0)) continue;
      const port = toPort(one(l.properties['Port']));
      const protocol = one(l.properties['Protocol']);
      if (port === null || protocol === null) return null;
      out.push({ id: l.logicalId, port, protocol: protocol.toUpperCase(), redirects: redirectsToHttps(graph.resolver, l.properties) });
    }
  } else {
    const lists = graph.resolver.resolve(lb.properties['Listeners']);
    if (lists.length !== 1 || !lists[0]!.known || !Array.isArray(lists[0]!.value)) return null;
    for (const [i, x] of (lists[0]!.value as unknown[]).entries()) {
      if (!isObj(x)) return null;
      const port = toPort(one(x['LoadBalancerPort']));
      const protocol = one(x['Protocol']);
      if (port === null || protocol === null) return null;
      out.push({ id: `${lb.logicalId}.Listeners[${i}]`, port, protocol: protocol.toUpperCase(), redirects: false });
    }
  }
  return out.length > 0 ? out : null;
}
