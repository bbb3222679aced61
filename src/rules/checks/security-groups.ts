/**
 * Security-group checks: one canonical model of ingress/egress rules (inline and standalone, with
 * intrinsics resolved), then small predicates per rule. Options select the predicate; see rules/ec2/.
 */
import type { ConditionBranch, KeyPath, UnknownCause } from '../../types/types.js';
import type { Resource } from '../../model/graph.js';
import { mergeBranches, NO_VALUE, type Resolved, type Resolver } from '../../model/resolve.js';
import {
  ALL_PORTS, cidrIsBroad, cidrIsPrivate, cidrIsWorld, groupAttachments, lbListeners, listenersOn, normalizeProtocol,
  rangesOverlap, redirectsToHttps, toPort, type Attachment, type ListenerInfo, type PortRange, type Protocol,
} from '../../model/network.js';
import type { CheckContext, ReadContext, FindingData } from '../engine.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';
import { ports } from './option-schemas.js';
import type { Infer } from '../../schema/infer.js';
import { boundedStringify } from '../../model/walk.js';
import { memoized, MemoSlot } from '../../model/memo.js';

export type Direction = 'ingress' | 'egress';

/** One alternative of one ingress/egress entry, every field resolved. */
export interface NetRule {
  readonly entryPath: KeyPath;
  readonly cidr: string | null;
  readonly cidrField: 'CidrIp' | 'CidrIpv6' | null;
  readonly protocol: Protocol | null;
  /** null when the ports could not be read (and for ICMP, which has types, not ports). */
  readonly range: PortRange | null;
  /** ICMP message type (FromPort); null for every type or when not ICMP. */
  readonly icmpType: number | null;
  /** null when the entry itself could not be resolved. */
  readonly description: boolean | null;
  readonly conditions: readonly ConditionBranch[];
  /** Set when some field that matters could not be resolved. */
  readonly unknownReason: UnknownCause | null;
}

const INLINE: Record<Direction, string> = { ingress: 'SecurityGroupIngress', egress: 'SecurityGroupEgress' };
const STANDALONE: Record<Direction, string> = { ingress: 'AWS::EC2::SecurityGroupIngress', egress: 'AWS::EC2::SecurityGroupEgress' };
const MAX_COMBOS = 64;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The entries (objects) of a resource's rules in `direction`, each with every Fn::If alternative. */
/**
 * The rule model of a resource per direction, made once per resource entry and resolver: the dozen
 * security-group rules of a resource share it. Entries only known at deploy time are rules of their
 * own (`unknownRule`), so a rule reading the shared model still sees every unknown.
 */
const NET_RULES = new MemoSlot<Map<object, Partial<Record<Direction, readonly NetRule[]>>>>('security-group rule models');

export function networkRules(resource: Resource, resolver: Resolver, direction: Direction): readonly NetRule[] {
  const byEntry = memoized(resolver, NET_RULES, () => new Map<object, Partial<Record<Direction, readonly NetRule[]>>>());
  let byDirection = byEntry.get(resource.entry);
  if (!byDirection) byEntry.set(resource.entry, (byDirection = {}));
  return (byDirection[direction] ??= computeNetworkRules(resource, resolver, direction));
}

function computeNetworkRules(resource: Resource, resolver: Resolver, direction: Direction): NetRule[] {
  const out: NetRule[] = [];
  if (resource.type === 'AWS::EC2::SecurityGroup') {
    const rawList = resource.properties[INLINE[direction]];
    for (const listAlt of resolver.resolve(rawList)) {
      const listPath = [...resource.path, 'Properties', INLINE[direction], ...branchPath(rawList, listAlt.conditions)];
      if (!listAlt.known) {
        out.push(unknownRule(listPath, listAlt.reason, listAlt.conditions));
        continue;
      }
      if (listAlt.value === NO_VALUE || listAlt.value === undefined || listAlt.value === null) continue;
      const items = Array.isArray(listAlt.value) ? listAlt.value : [listAlt.value];
      items.forEach((item, i) => {
        for (const alt of resolver.resolve(item)) {
          const itemPath = [...listPath, ...(Array.isArray(listAlt.value) ? [i] : []), ...branchPath(item, alt.conditions)];
          const conditions = [...listAlt.conditions, ...alt.conditions];
          if (!alt.known) out.push(unknownRule(itemPath, alt.reason, conditions));
          else if (isObj(alt.value)) out.push(...expandEntry(alt.value, itemPath, resolver, conditions));
        }
      });
    }
  } else if (resource.type === STANDALONE[direction]) {
    out.push(...expandEntry(resource.properties, [...resource.path, 'Properties'], resolver, []));
  }
  return out;
}

/**
 * The keys from an `Fn::If` down to the branch an alternative took (`['Fn::If', 1]`, nested as needed),
 * so that a finding points inside that branch rather than at the condition name.
 */
function branchPath(v: unknown, conditions: readonly ConditionBranch[], depth = 0): (string | number)[] {
  if (depth > 16 || !isObj(v) || Object.keys(v).length !== 1) return [];
  const args = v['Fn::If'];
  if (!Array.isArray(args) || args.length !== 3) return [];
  const taken = conditions.find((c) => c.condition === args[0]);
  if (!taken) return [];
  const i = taken.branch ? 1 : 2;
  return ['Fn::If', i, ...branchPath(args[i], conditions, depth + 1)];
}

function unknownRule(entryPath: KeyPath, reason: UnknownCause, conditions: readonly ConditionBranch[]): NetRule {
  return { entryPath, cidr: null, cidrField: null, protocol: null, range: null, icmpType: null, description: null, conditions, unknownReason: reason };
}

const ABSENT: Resolved = { known: true, value: undefined, conditions: [] };

/**
 * The entry's source CIDR alternatives. A field removed by AWS::NoValue gives way to the other one, as in
 * a dual-stack switch (`CidrIp: !If [V6, !Ref AWS::NoValue, …]` beside `CidrIpv6: !If [V6, ::/0, …]`).
 */
function cidrAlternatives(entry: Obj, resolver: Resolver): { field: 'CidrIp' | 'CidrIpv6' | null; alt: Resolved }[] {
  const out: { field: 'CidrIp' | 'CidrIpv6' | null; alt: Resolved }[] = [];
  for (const field of ['CidrIp', 'CidrIpv6'] as const) {
    if (!(field in entry)) continue;
    for (const alt of resolver.resolve(entry[field])) {
      if (alt.known && alt.value === NO_VALUE) continue;
      // A dynamic reference ({{resolve:ssm:/net/cidr}}) is text now and a CIDR only at deploy time.
      if (alt.known && typeof alt.value === 'string' && alt.value.includes('{{resolve:')) {
        out.push({ field, alt: { known: false, reason: { code: 'dynamic-reference', args: { value: alt.value } }, conditions: alt.conditions } });
      } else out.push({ field, alt });
    }
  }
  return out.length > 0 ? out : [{ field: null, alt: { known: true, value: null, conditions: [] } }];
}

/**
 * FromPort/ToPort alternatives. When both are the same expression (`!Ref Port` twice) they always take the
 * same value, so their alternatives pair up instead of mixing into ranges such as 22-3389.
 */
function portPairs(entry: Obj, field: (k: string) => readonly Resolved[]): (readonly [Resolved, Resolved])[] {
  const from = field('FromPort');
  const same = 'FromPort' in entry && 'ToPort' in entry && from.length > 1 && sameExpression(entry['FromPort'], entry['ToPort']);
  if (same) return from.map((f) => [f, f] as const);
  const to = field('ToPort');
  return from.flatMap((f) => to.map((t) => [f, t] as const));
}

function sameExpression(a: unknown, b: unknown): boolean {
  const x = boundedStringify(a, 10_000, true);
  return x !== null && x === boundedStringify(b, 10_000, true);
}

/** A Description counts when it is non-blank text or an expression (e.g. Fn::Sub). */
function hasDescription(v: unknown): boolean {
  return typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

function expandEntry(entry: Obj, entryPath: KeyPath, resolver: Resolver, base: readonly ConditionBranch[]): NetRule[] {
  const field = (k: string): readonly Resolved[] => (k in entry ? resolver.resolve(entry[k]) : [ABSENT]);
  const combos: NetRule[] = [];
  const description = hasDescription(entry['Description']);
  const pairs = portPairs(entry, field);
  for (const { field: cidrField, alt: c } of cidrAlternatives(entry, resolver))
    for (const p of field('IpProtocol'))
      for (const [f, t] of pairs) {
          const conditions = mergeBranches(base, c.conditions, p.conditions, f.conditions, t.conditions);
          if (conditions === null) continue;
          const unknown = [c, p, f, t].find((r) => !r.known);
          const val = (r: Resolved): unknown => (r.known && r.value !== NO_VALUE ? r.value : undefined);
          const protocol = normalizeProtocol(val(p));
          const cidr = c.known && typeof c.value === 'string' ? c.value : null;
          const range = unknown && unknown !== c ? null : portRange(protocol, val(f), val(t));
          combos.push({
            entryPath,
            cidr,
            cidrField,
            protocol,
            range,
            icmpType: icmpType(protocol, val(f)),
            description,
            conditions,
            unknownReason: unknown && !unknown.known ? unknown.reason : invalidReason(val(p), protocol, range, val(f), val(t)),
          });
          if (combos.length >= MAX_COMBOS) return combos;
        }
  return combos;
}

/** Why a fully resolved entry still cannot be judged: values EC2 would refuse. */
function invalidReason(rawProtocol: unknown, protocol: Protocol | null, range: PortRange | null, from: unknown, to: unknown): UnknownCause | null {
  const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : (boundedStringify(v, 40, true) ?? '…'));
  if (protocol === null) return rawProtocol === undefined ? { code: 'protocol-missing', args: {} } : { code: 'protocol-invalid', args: { shown: shown(rawProtocol) } };
  if (range === null && (protocol === 'tcp' || protocol === 'udp')) return { code: 'port-range-invalid', args: { from: shown(from), to: shown(to) } };
  return null;
}

function icmpType(protocol: Protocol | null, from: unknown): number | null {
  if (protocol !== 'icmp' && protocol !== 'icmpv6') return null;
  const t = toPort(from);
  return t === null || t < 0 ? null : t;
}

/** Ports as EC2 reads them: protocol -1/other means every port; -1 ports mean all; absent tcp/udp ports too. */
function portRange(protocol: Protocol | null, from: unknown, to: unknown): PortRange | null {
  if (protocol === 'all' || protocol === 'other') return ALL_PORTS;
  if (protocol === 'icmp' || protocol === 'icmpv6') return null;
  if (from === undefined && to === undefined) return ALL_PORTS;
  const f = toPort(from);
  const t = toPort(to ?? from);
  if (f === null || t === null) return null;
  if (f === -1 || t === -1) return ALL_PORTS;
  if (f < 0 || t > 65535 || f > t) return null;
  return { from: f, to: t };
}

/** A port, or a [from, to] pair (the options schema admits pairs only). */
type PortSpec = number | readonly number[];
const toRange = (p: PortSpec): PortRange => (typeof p === 'number' ? { from: p, to: p } : { from: p[0] ?? 0, to: p[1] ?? 65535 });

function isAllTraffic(r: NetRule): boolean {
  if (r.protocol === 'all' || r.protocol === 'other') return true;
  return (r.protocol === 'tcp' || r.protocol === 'udp') && r.range !== null && r.range.from <= 1 && r.range.to >= 65535;
}

function coversPorts(r: NetRule, ports: readonly PortRange[], protocols: readonly string[]): boolean | null {
  if (r.protocol === 'all' || r.protocol === 'other') return true;
  if (r.protocol === null) return null;
  if (!protocols.includes(r.protocol)) return false;
  if (r.range === null) return null;
  return ports.some((p) => rangesOverlap(p, r.range!));
}

/** `nonWorldCidr`: a CIDR that is not the world; unlike `nonWorld`, a security-group or prefix-list peer does not count. */
type Source = 'world' | 'nonWorld' | 'nonWorldCidr' | 'any' | 'broad' | 'public';
type Verdict = boolean | null; // null: could not tell

function sourceMatches(r: NetRule, source: Source): Verdict {
  // A group or prefix-list peer is a source, and not the whole internet (cfn_nag W27/W42 count it too).
  if (r.cidrField === null && r.unknownReason === null) return source === 'any' || source === 'nonWorld';
  if (r.cidr === null) return null;
  switch (source) {
    case 'world':
      return cidrIsWorld(r.cidr);
    case 'nonWorld':
    case 'nonWorldCidr':
      return !cidrIsWorld(r.cidr);
    case 'broad':
      return cidrIsBroad(r.cidr);
    case 'public':
      return !cidrIsPrivate(r.cidr);
    case 'any':
      return true;
  }
}

const and = (a: Verdict, b: Verdict): Verdict => (a === false || b === false ? false : a === null || b === null ? null : true);

/** `options.match` names the predicate; the rest of the options parameterise it. */
function predicate(options: Infer<typeof securityGroupRuleOptions>): (r: NetRule) => Verdict {
  const ports = (options.ports ?? []).map(toRange);
  const protocols = options.protocols ?? ['tcp'];
  // excludePorts are what the port-specific rules take over TCP; excludeUdpPorts over UDP (they differ:
  // the SSH, HTTP and database rules are TCP only, so UDP 22 stays this rule's).
  const exclude = (options.excludePorts ?? []).map(toRange);
  const excludeUdp = options.excludeUdpPorts === undefined ? exclude : options.excludeUdpPorts.map(toRange);
  const source = options.source ?? 'world';
  const match = options.match ?? 'ports';
  const portsKnown = (r: NetRule): Verdict => (r.protocol === null || (r.range === null && r.protocol !== 'icmp' && r.protocol !== 'icmpv6') ? null : true);
  let test: (r: NetRule) => Verdict;
  switch (match) {
    case 'ports':
      // An all-traffic entry is AllTrafficOpenToWorld's finding (risk 10); repeating it for every port
      // rule would score one line seven times.
      test = (r) => (options.includeAllTraffic !== true && isAllTraffic(r) ? false : coversPorts(r, ports, protocols));
      break;
    case 'allTraffic':
      test = (r) => (r.protocol === null ? null : isAllTraffic(r) || (r.range === null && r.protocol !== 'icmp' && r.protocol !== 'icmpv6' ? null : false));
      break;
    case 'otherWorld':
      // World ingress that none of the port-specific rules took (e.g. 443).
      test = (r) => {
        if (r.protocol === null) return null;
        if (isAllTraffic(r)) return false;
        if (r.protocol === 'icmp' || r.protocol === 'icmpv6') return true;
        if (r.range === null) return null;
        return !(r.protocol === 'udp' ? excludeUdp : exclude).some((p) => rangesOverlap(p, r.range!));
      };
      break;
    case 'allProtocols':
      test = (r) => (r.protocol === null ? null : r.protocol === 'all');
      break;
    case 'portRange':
      test = (r) => (r.protocol === null ? null : (r.protocol === 'tcp' || r.protocol === 'udp') && r.range !== null ? r.range.from !== r.range.to : r.range === null && r.protocol !== 'icmp' && r.protocol !== 'icmpv6' ? null : false);
      break;
    case 'any':
      test = (r) => portsKnown(r) ?? true;
      break;
    default:
      throw new Error(`unknown security-group match \`${match}\``);
  }
  return (r) => and(sourceMatches(r, source), test(r));
}

function dataOf(r: NetRule): FindingData {
  const d: Record<string, string | number | boolean> = {};
  if (r.cidr !== null) d['cidr'] = r.cidr;
  d['protocol'] = r.protocol === null ? 'protocol unknown' : r.protocol === 'all' ? 'all protocols' : r.protocol;
  if (r.protocol === 'icmp' || r.protocol === 'icmpv6') d['ports'] = r.icmpType === null ? 'all message types' : `message type ${r.icmpType}`;
  else if (r.range) d['ports'] = r.range.from === r.range.to ? String(r.range.from) : `${r.range.from}-${r.range.to}`;
  else d['ports'] = 'port unknown';
  return d;
}

/** The group a rule belongs to: the resource itself, or the template group a standalone rule's GroupId names. */
function ownerGroup(ctx: ReadContext): string | null {
  const { resource } = ctx;
  if (resource.type === 'AWS::EC2::SecurityGroup') return resource.logicalId;
  const g = resource.properties['GroupId'];
  const id: unknown = isObj(g) ? (typeof g['Ref'] === 'string' ? g['Ref'] : Array.isArray(g['Fn::GetAtt']) ? g['Fn::GetAtt'][0] : typeof g['Fn::GetAtt'] === 'string' ? g['Fn::GetAtt'].split('.')[0] : null) : null;
  return typeof id === 'string' && ctx.graph.resources.get(id)?.type === 'AWS::EC2::SecurityGroup' ? id : null;
}

/** HTTPS, and HTTP when it only redirects, are what an internet-facing front end is for. */
const FRONT_PORTS = [443, 80] as const;

interface ByDesign {
  /** True when the entry is what the group's front-end role requires: not a finding. */
  readonly exempt: boolean;
  /** Why context was looked at but did not apply, as finding data. */
  readonly data: FindingData;
}

/** Listener protocols that end in TLS at the load balancer; their TLS policy is the listener rules' business. */
const ENCRYPTED_LISTENER = new Set(['HTTPS', 'TLS', 'SSL']);

/**
 * A world-open 443 (or 80) entry on a group attached only to internet-facing load balancers or
 * CloudFront origins is the design, not a finding; port 80 only when every listener on 80 of those
 * load balancers redirects to HTTPS. On a group attached only to load balancers, a world-open range or
 * all-traffic entry reaches no more than their listeners, so it is the design when every listener it
 * reaches is encrypted or redirects to HTTPS. Returns null when context does not speak to the entry.
 */
function frontEndContext(ctx: ReadContext, r: NetRule, memo: { value?: Attachment[] | null }): ByDesign | null {
  if (r.cidr === null || !cidrIsWorld(r.cidr) || r.protocol === null) return null;
  if (memo.value === undefined) {
    const group = ownerGroup(ctx);
    memo.value = group === null ? null : groupAttachments(ctx.graph, group);
  }
  const att = memo.value;
  if (att === null || att.length === 0) return null;
  const fronts = att.filter((a) => a.front !== null);
  if (fronts.length === 0) return null;
  const frontIds = fronts.map((a) => a.logicalId).join(', ');
  const others = att.filter((a) => a.front === null);
  const single = r.protocol === 'tcp' && r.range !== null && r.range.from === r.range.to && (FRONT_PORTS as readonly number[]).includes(r.range.from) ? r.range.from : null;
  // A single port other than 443/80 (SSH on an ALB's group, say) is reported whatever it is attached to.
  const wide = r.range === null ? r.protocol !== 'icmp' && r.protocol !== 'icmpv6' : r.range.from !== r.range.to;
  if (single === null) return wide && others.length === 0 ? reachableListeners(ctx, r, fronts, frontIds) : null;
  if (others.length > 0) return { exempt: false, data: { context: 'also-attached', fronts: frontIds, others: others.map((a) => a.logicalId).join(', ') } };
  if (single === 443) return { exempt: true, data: {} };
  const plain: string[] = [];
  for (const a of fronts) {
    const lb = ctx.graph.resources.get(a.logicalId);
    if (a.front !== 'lb' || lb === undefined) plain.push(a.logicalId);
    else if (lb.type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
      // A classic load balancer cannot redirect: a listener on 80 serves it.
      const listeners = lbListeners(ctx.graph, lb);
      if (listeners === null || listeners.some((l) => l.port === 80)) plain.push(a.logicalId);
    } else {
      const listeners = listenersOn(ctx.graph, a.logicalId, 80);
      if (listeners.length === 0) plain.push(`${a.logicalId} (no listener on 80 in this template)`);
      for (const l of listeners) if (!redirectsToHttps(ctx.graph.resolver, l.properties)) plain.push(l.logicalId);
    }
  }
  return plain.length === 0 ? { exempt: true, data: {} } : { exempt: false, data: { context: 'http-served', fronts: frontIds, listeners: plain.join(', ') } };
}

/** A wider entry on a group of load balancers only: what their listeners in its range accept. */
function reachableListeners(ctx: ReadContext, r: NetRule, fronts: readonly Attachment[], frontIds: string): ByDesign | null {
  const reached: ListenerInfo[] = [];
  for (const a of fronts) {
    const lb = ctx.graph.resources.get(a.logicalId);
    const listeners = a.front === 'lb' && lb !== undefined ? lbListeners(ctx.graph, lb) : null;
    if (listeners === null) return null;
    for (const l of listeners) {
      const udp = l.protocol === 'UDP' || l.protocol === 'TCP_UDP';
      const protocolMatches = r.protocol === 'all' || r.protocol === 'other' || (r.protocol === 'udp' ? udp : r.protocol === 'tcp' && l.protocol !== 'UDP');
      if (protocolMatches && (r.range === null ? r.protocol === 'all' || r.protocol === 'other' : l.port >= r.range.from && l.port <= r.range.to)) reached.push(l);
    }
  }
  const plain = reached.filter((l) => !ENCRYPTED_LISTENER.has(l.protocol) && !l.redirects);
  if (plain.length === 0) return { exempt: true, data: {} };
  return { exempt: false, data: { context: 'lb-listeners', fronts: frontIds, listeners: plain.map((l) => `${l.id} (${l.protocol} ${l.port})`).join(', ') } };
}

/**
 * One finding per violating entry (each place is listed); alternatives of one entry report once, the
 * first failing one. With no failing entry, the first undecidable alternative is reported as unknown.
 */
function reportEach<Id extends string>(ctx: CheckContext<unknown, Id>, messageId: NoInfer<Id>, rules: readonly NetRule[], test: (r: NetRule) => Verdict): void {
  let undecided: NetRule | null = null;
  let reported = 0;
  const seen = new Set<string>();
  const memo: { value?: Attachment[] | null } = {};
  for (const r of rules) {
    const v = r.unknownReason !== null && test({ ...r }) !== false ? null : test(r);
    if (v === true) {
      const key = r.entryPath.join('/');
      if (seen.has(key)) continue;
      const context = frontEndContext(ctx, r, memo);
      if (context?.exempt) continue;
      seen.add(key);
      reported++;
      const path = r.cidrField ? [...r.entryPath, r.cidrField] : r.entryPath;
      ctx.report({ messageId, path, data: { ...dataOf(r), ...context?.data }, conditions: r.conditions });
    } else if (v === null) undecided ??= r;
  }
  if (reported === 0 && undecided) {
    const path = undecided.cidrField ? [...undecided.entryPath, undecided.cidrField] : undecided.entryPath;
    ctx.report({ messageId, path, outcome: 'unknown', data: dataOf(undecided), cause: undecided.unknownReason ?? { code: 'entry-unresolved', args: {} }, conditions: undecided.conditions });
  }
}

const securityGroupRuleOptions = {
  type: 'object',
  properties: {
    match: { enum: ['ports', 'allTraffic', 'otherWorld', 'allProtocols', 'portRange', 'any', 'noDescription'] },
    ports,
    protocols: { type: 'array', items: { enum: ['tcp', 'udp', 'icmp', 'icmpv6', '-1', 'all'] } },
    excludePorts: ports,
    excludeUdpPorts: ports,
    source: { enum: ['world', 'nonWorld', 'nonWorldCidr', 'broad', 'public', 'any'] },
    direction: { enum: ['ingress', 'egress'] },
    includeAllTraffic: { type: 'boolean' },
  },
  additionalProperties: false,
} as const;

/** One message per `match` (ingress), and one for egress entries whatever they match. */
const securityGroupRuleMessages = {
  ports: '{cidr} can reach a listed port: the rule opens {protocol} {ports}',
  allTraffic: '{cidr} can reach every port ({protocol} {ports})',
  otherWorld: '{cidr} can reach {protocol} {ports}',
  allProtocols: '{cidr} may use every protocol and port',
  portRange: '{cidr} may reach ports {ports} over {protocol}',
  any: 'ingress from {cidr} ({protocol} {ports})',
  egress: 'egress to {cidr} ({protocol} {ports})',
  noDescription: 'a {direction} rule has no Description ({entry})',
};

const securityGroupRule = defineCheck({ name: 'securityGroupRule', options: securityGroupRuleOptions, messages: securityGroupRuleMessages }, (ctx) => {
  const direction = ctx.options.direction ?? 'ingress';
  if (ctx.options.match === 'noDescription') {
    // Every entry without one is listed (once, whatever its alternatives). An unresolved CIDR or port
    // does not hide a missing Description; an unresolved entry does.
    const seen = new Set<string>();
    for (const dir of ['ingress', 'egress'] as const) {
      for (const r of networkRules(ctx.resource, ctx.graph.resolver, dir)) {
        const key = r.entryPath.join('/');
        // An entry only known at deploy time may lack one.
        if (r.description === null) ctx.undecided(r.entryPath, r.unknownReason ?? { code: 'entry-unresolved', args: {} }, r.conditions, { direction: dir });
        if (r.description !== false || seen.has(key)) continue;
        seen.add(key);
        // The entry's own values keep findings of different entries apart (fingerprints ignore list positions).
        const d = dataOf(r);
        const peer = r.cidr ?? (r.cidrField === null ? 'a security group or prefix list' : 'an unresolved address');
        ctx.report({ messageId: 'noDescription', path: r.entryPath, data: { direction: dir, entry: `${String(d['protocol'])} ${String(d['ports'])} ${dir === 'ingress' ? 'from' : 'to'} ${peer}` } });
      }
    }
    return;
  }
  reportEach(ctx, direction === 'egress' ? 'egress' : (ctx.options.match ?? 'ports'), networkRules(ctx.resource, ctx.graph.resolver, direction), predicate(ctx.options));
});

const securityGroupMissingEgressMessages = { defaultEgress: 'no egress rule: the default allows all outbound traffic' };

/** A group with no explicit egress keeps AWS's default allow-all egress. */
const securityGroupMissingEgress = defineCheck({ name: 'securityGroupMissingEgress', options: NO_OPTIONS, messages: securityGroupMissingEgressMessages }, (ctx) => {
  const { resource, graph } = ctx;
  if (resource.properties['SecurityGroupEgress'] !== undefined) return;
  const targeted = graph.referencesTo(resource.logicalId).some((e) => graph.resources.get(e.from)?.type === 'AWS::EC2::SecurityGroupEgress' && e.path.includes('GroupId'));
  if (!targeted) ctx.report({ messageId: 'defaultEgress', path: [...resource.path, 'Properties'], data: {} });
});

/** RDS, Redshift, ElastiCache, EFS mount targets, internal load balancers that accept a public CIDR. */
const PRIVATE_CONSUMERS: Readonly<Record<string, readonly string[]>> = {
  'AWS::RDS::DBInstance': ['VPCSecurityGroups'],
  'AWS::RDS::DBCluster': ['VpcSecurityGroupIds'],
  'AWS::Redshift::Cluster': ['VpcSecurityGroupIds'],
  'AWS::ElastiCache::CacheCluster': ['VpcSecurityGroupIds'],
  'AWS::ElastiCache::ReplicationGroup': ['SecurityGroupIds'],
  'AWS::EFS::MountTarget': ['SecurityGroups'],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ['SecurityGroups'],
  'AWS::DocDB::DBCluster': ['VpcSecurityGroupIds'],
  'AWS::Neptune::DBCluster': ['VpcSecurityGroupIds'],
};

const publicIngressOnPrivateResourceMessages = { publicIngress: '{cidr} can reach {consumer}, which should be private' };

const publicIngressOnPrivateResource = defineCheck({ name: 'publicIngressOnPrivateResource', options: NO_OPTIONS, messages: publicIngressOnPrivateResourceMessages }, (ctx) => {
  const { resource, graph } = ctx;
  const consumers = graph.referencesTo(resource.logicalId).filter((e) => {
    const c = graph.resources.get(e.from);
    if (!c) return false;
    const props = PRIVATE_CONSUMERS[c.type];
    if (!props || !props.some((p) => e.path.includes(p))) return false;
    if (c.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer') return c.properties['Scheme'] === 'internal';
    return true;
  });
  if (consumers.length === 0) return;
  // By logical id, not template order, so that reordering resources does not change the finding.
  const byId = (a: { logicalId: string }, b: { logicalId: string }) => (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0);
  const rules = [
    ...networkRules(resource, graph.resolver, 'ingress'),
    ...graph
      .byType('AWS::EC2::SecurityGroupIngress')
      .filter((r) => refersTo(r.properties['GroupId'], resource.logicalId))
      .sort(byId)
      .flatMap((r) => networkRules(r, graph.resolver, 'ingress')),
  ];
  // World CIDRs are the *OpenToWorld rules' business (with port-specific risks); this rule catches the
  // other public ranges, which those rules cannot see. Every such entry is listed.
  const consumer = consumers.map((e) => e.from).sort()[0]!;
  const seen = new Set<string>();
  for (const r of rules) {
    // A source only known at deploy time (the entry, or its CIDR) may be a public range.
    if (r.cidr === null && r.unknownReason !== null && (r.description === null || r.cidrField !== null))
      ctx.undecided(r.cidrField ? [...r.entryPath, r.cidrField] : r.entryPath, r.unknownReason, r.conditions, { consumer: consumers.map((e) => e.from).sort()[0]! });
    if (r.cidr === null || cidrIsPrivate(r.cidr) || cidrIsWorld(r.cidr)) continue;
    const path = r.cidrField ? [...r.entryPath, r.cidrField] : r.entryPath;
    const key = path.join('/');
    if (seen.has(key)) continue;
    seen.add(key);
    ctx.report({ messageId: 'publicIngress', path, data: { cidr: r.cidr, consumer }, conditions: r.conditions });
  }
});

export function refersTo(v: unknown, logicalId: string): boolean {
  if (!isObj(v)) return false;
  if (v['Ref'] === logicalId) return true;
  const ga = v['Fn::GetAtt'];
  return (Array.isArray(ga) && ga[0] === logicalId) || (typeof ga === 'string' && ga.split('.')[0] === logicalId);
}

const networkAclAllowAllMessages = { allowAll: 'the network ACL entry allows all traffic from {cidr}' };

/** Network ACL entries that allow all traffic from the world. */
const networkAclAllowAll = defineCheck({ name: 'networkAclAllowAll', options: NO_OPTIONS, messages: networkAclAllowAllMessages }, (ctx) => {
  const p = ctx.resource.properties;
  const r = ctx.graph.resolver;
  const alts = (k: string) => r.resolve(p[k]);
  if (alts('Egress').some((a) => a.known && (a.value === true || a.value === 'true'))) return;
  if (!alts('RuleAction').some((a) => a.known && String(a.value).toLowerCase() === 'allow')) return;
  const cidrKey = p['CidrBlock'] !== undefined ? 'CidrBlock' : 'Ipv6CidrBlock';
  const cidrs = alts(cidrKey);
  const world = cidrs.find((a) => a.known && typeof a.value === 'string' && cidrIsWorld(a.value));
  if (!world) {
    const u = cidrs.find((a) => !a.known);
    if (u && !u.known) ctx.report({ messageId: 'allowAll', path: [...ctx.resource.path, 'Properties', cidrKey], outcome: 'unknown', data: {}, cause: u.reason });
    return;
  }
  const proto = alts('Protocol').map((a) => (a.known ? normalizeProtocol(a.value) : null));
  const range = p['PortRange'];
  const full = isObj(range) && toPort(range['From']) !== null && toPort(range['From'])! <= 1 && toPort(range['To']) === 65535;
  if (proto.some((x) => x === 'all' || x === 'other') || (proto.some((x) => x === 'tcp' || x === 'udp') && (full || range === undefined))) {
    ctx.report({ messageId: 'allowAll', path: [...ctx.resource.path, 'Properties', cidrKey], data: { cidr: String(world.known ? world.value : '') }, conditions: world.conditions });
  }
});

export const securityGroupChecks: readonly CheckDefinition[] = [
  securityGroupRule,
  securityGroupMissingEgress,
  publicIngressOnPrivateResource,
  networkAclAllowAll,
];
