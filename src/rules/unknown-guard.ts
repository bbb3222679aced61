/**
 * Unknown is never silent, by construction. A check reads a resource's properties through a view
 * that records every intrinsic value it meets (`{Ref: …}`, `{Fn::Sub: …}`, …), whether anything looked
 * inside it (the resolver, or a check's own walk over intrinsics) and whether the check read a
 * property name off it, taking it for a mapping. If the check reports nothing on the resource although
 * it took an intrinsic that may be unknown for structure it never saw, the engine reports an `unknown`
 * finding for it: `DistributionConfig: !Ref Config` cannot pass every CloudFront rule silently.
 */
import type { KeyPath, UnknownCause } from '../types/types.js';
import type { Resource } from '../model/graph.js';
import { INTRINSIC_OF_STAND_IN, intrinsicName, type Resolver } from '../model/resolve.js';

export interface ReadIntrinsic {
  readonly value: object;
  readonly path: KeyPath;
  /** Something read the intrinsic's key or argument (resolved it or walked it). */
  inspected: boolean;
  /** The check read a property name off it: it took the intrinsic for a mapping or a list. */
  asMapping?: boolean;
}

/** Values a check meets that only name things (matching by name is not a decision about risk). */
const NAMING_KEYS = new Set(['BucketName', 'QueueName', 'TopicName', 'FunctionName', 'RoleName', 'GroupName', 'UserName', 'PolicyName', 'TableName', 'Name', 'Description', 'GroupDescription', 'Tags', 'Key', 'Value', 'DBInstanceIdentifier', 'ClusterName', 'LogGroupName', 'Path', 'DisplayName']);

/** The reads of a check that met no intrinsic (shared, never written to). */
const NONE_READ: ReadIntrinsic[] = [];

/** Where a node sits, built only when a path is needed. */
interface PathNode {
  readonly parent: PathNode | null;
  readonly key: string | number;
}

function pathOf(node: PathNode): KeyPath {
  const out: (string | number)[] = [];
  for (let n: PathNode | null = node; n; n = n.parent) out.push(n.key);
  return out.reverse();
}

/**
 * A read-only view of a resource, made once per resource and shared by the checks that run on it;
 * `begin()` starts recording for the next check, `reads` is what that check met.
 */
export class TrackedView {
  readonly resource: Resource;
  reads: ReadIntrinsic[] = NONE_READ;
  /** Made on the first intrinsic a check meets: most checks meet none (a view is begun per rule and resource). */
  private records: Map<object, ReadIntrinsic> | null = null;

  constructor(resource: Resource) {
    const cache = new Map<object, object>();
    // Whether a node holds an intrinsic at any depth, found on first read: a part that holds none records
    // nothing, so it is handed out as it is (a read through a proxy costs a trap each).
    const holds = new Map<object, boolean>();
    const holdsIntrinsic = (v: object, depth: number): boolean => {
      const known = holds.get(v);
      if (known !== undefined) return known;
      holds.set(v, true); // while it is looked at (an alias cycle): as if it held one
      let any = depth > 200 || intrinsicName(v) !== null;
      if (!any)
        for (const x of (Array.isArray(v) ? v : Object.values(v)) as unknown[]) {
          if (x !== null && typeof x === 'object' && holdsIntrinsic(x, depth + 1)) {
            any = true;
            break;
          }
        }
      holds.set(v, any);
      return any;
    };
    const record = (target: object, at: PathNode): ReadIntrinsic => {
      this.records ??= new Map();
      let r = this.records.get(target);
      if (!r) {
        r = { value: target, path: pathOf(at), inspected: false };
        this.records.set(target, r);
        if (this.reads === NONE_READ) this.reads = [];
        if (this.reads.length < 64) this.reads.push(r);
      }
      return r;
    };
    const wrap = (v: unknown, at: PathNode): unknown => {
      if (v === null || typeof v !== 'object') return v;
      const hit = cache.get(v);
      if (hit) return hit;
      if (!holdsIntrinsic(v, 0)) return v;
      let proxy: object;
      const name = intrinsicName(v);
      if (name !== null) {
        proxy = new Proxy(v, {
          get(target, key, receiver) {
            // Asking which intrinsic it is (intrinsicName) is looking into it, as enumerating it would be.
            if (key === INTRINSIC_OF_STAND_IN) {
              record(target, at).inspected = true;
              return name;
            }
            if (typeof key === 'string') {
              // Reading the intrinsic's own key, or asking which intrinsic it is (`v['Ref']`), is looking into it;
              // reading a property name off it is taking `{Ref: …}` for a mapping, which decides nothing.
              if (Object.prototype.hasOwnProperty.call(target, key) || key === 'Ref' || key === 'Condition' || key.startsWith('Fn::')) record(target, at).inspected = true;
              else if (key !== 'toJSON' && key !== 'then' && key !== 'constructor') record(target, at).asMapping = true;
            }
            return Reflect.get(target, key, receiver) as unknown;
          },
          ownKeys(target) {
            record(target, at).inspected = true;
            return Reflect.ownKeys(target);
          },
          has(target, key) {
            record(target, at).inspected = true;
            return Reflect.has(target, key);
          },
        });
      } else {
        const isArray = Array.isArray(v);
        proxy = new Proxy(v, {
          get(target, key, receiver) {
            if (key === INTRINSIC_OF_STAND_IN) return null;
            const x = Reflect.get(target, key, receiver) as unknown;
            if (typeof key === 'symbol' || x === null || typeof x !== 'object' || !Object.prototype.hasOwnProperty.call(target, key)) return x;
            return wrap(x, { parent: at, key: isArray ? Number(key) : key });
          },
        });
      }
      cache.set(v, proxy);
      return proxy;
    };
    const base = resource.path.reduce<PathNode | null>((parent, key) => ({ parent, key }), null);
    this.resource = { ...resource, properties: wrap(resource.properties, { parent: base, key: 'Properties' }) as Resource['properties'] };
  }

  /** Start recording for the next check. */
  begin(): void {
    this.reads = NONE_READ;
    this.records = null;
  }
}

/**
 * The first recorded intrinsic that decided nothing: one a resolution left unknown during the check
 * (the check then dropped the unknown alternative), or one nothing looked into that may be unknown.
 * Values that only name things are left out.
 */
export function unresolvedRead(reads: readonly ReadIntrinsic[], resolver: Resolver): { path: KeyPath; reason: UnknownCause } | null {
  for (const r of reads) {
    const last = r.path[r.path.length - 1];
    if (typeof last === 'string' && NAMING_KEYS.has(last)) continue;
    // Only a read that expected structure is certain to have decided nothing: a check that tests a
    // property for presence (a KeyArn given) rightly looks no further than the intrinsic itself.
    if (r.inspected || !r.asMapping) continue;
    const alt = resolver.resolve(r.value).find((a) => !a.known);
    if (alt && !alt.known) return { path: r.path, reason: alt.reason };
  }
  return null;
}

/**
 * For a `path` rule that selected nothing: the first place along its (non-recursive) JSONPath where
 * the template has an intrinsic instead of the mapping or list the path goes through, when that
 * value may be unknown. `$.Properties.Items[*].Port` over `Items: !Ref P` is undecided, not absent.
 */
export function unknownOnPath(given: string, entry: unknown, base: KeyPath, resolver: Resolver): { path: KeyPath; reason: UnknownCause } | null {
  if (given.includes('?(') || given.includes('(')) return null;
  const descent = given.indexOf('..');
  if (descent >= 0) return unknownUnderDescent(given, descent, entry, base, resolver);
  const segments = parsePath(given);
  if (segments === null) return null;
  const walk = (node: unknown, i: number, path: KeyPath): { path: KeyPath; reason: UnknownCause } | null => {
    if (i >= segments.length || node === null || typeof node !== 'object') return null;
    if (intrinsicName(node) !== null) {
      const alt = resolver.resolve(node).find((a) => !a.known);
      return alt && !alt.known ? { path, reason: alt.reason } : null;
    }
    const seg = segments[i]!;
    if (seg === '*') {
      const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((x, j) => [j, x]) : Object.entries(node);
      for (const [k, x] of entries) {
        const hit = walk(x, i + 1, [...path, k]);
        if (hit) return hit;
      }
      return null;
    }
    if (!Object.prototype.hasOwnProperty.call(node, seg)) return null;
    return walk((node as Record<string, unknown>)[seg as string], i + 1, [...path, seg]);
  };
  return walk(entry, 0, base);
}

/**
 * Properties whose value is structure (a mapping, or a list of mappings) that a recursive path
 * (`$.Properties..Privileged`) descends through: container definitions, network interfaces, launch
 * template data, DB security group ingress entries, Batch/EKS job properties, fleet configurations.
 * An intrinsic standing for one of them may hold the key the path looks for; an intrinsic anywhere
 * else (an image name, a key pair, a subnet list) holds text and cannot.
 */
const STRUCTURE_KEYS: ReadonlySet<string> = new Set([
  'ContainerDefinitions', 'ContainerProperties', 'NodeProperties', 'NodeRangeProperties', 'EcsProperties', 'EksProperties',
  'TaskProperties', 'PodProperties', 'Containers', 'InitContainers', 'LinuxParameters', 'SecurityContext',
  'NetworkInterfaces', 'LaunchTemplateData', 'LaunchSpecifications', 'SpotFleetRequestConfigData', 'LaunchTemplateConfigs',
  'Overrides', 'MixedInstancesPolicy', 'LaunchTemplate', 'DBSecurityGroupIngress',
]);

/**
 * For a recursive path (`$.Properties..Key`) that selected nothing: the first place under its start
 * where a property that holds structure (STRUCTURE_KEYS), or an item of one, is an intrinsic that may
 * be unknown. Scalars given by intrinsics are left alone: they cannot hide the key.
 */
function unknownUnderDescent(given: string, at: number, entry: unknown, base: KeyPath, resolver: Resolver): { path: KeyPath; reason: UnknownCause } | null {
  const start = parsePath(given.slice(0, at));
  if (start === null || start.includes('*')) return null;
  let node: unknown = entry;
  const path: (string | number)[] = [...base];
  for (const seg of start) {
    if (node === null || typeof node !== 'object') return null;
    if (intrinsicName(node) !== null) return undecidedAt(node, path, resolver);
    if (!Object.prototype.hasOwnProperty.call(node, seg)) return null;
    node = (node as Record<string | number, unknown>)[seg];
    path.push(seg);
  }
  let budget = 10_000;
  const walk = (v: unknown, p: (string | number)[], structured: boolean, depth: number): { path: KeyPath; reason: UnknownCause } | null => {
    if (--budget < 0 || depth > 64 || v === null || typeof v !== 'object') return null;
    if (intrinsicName(v) !== null) {
      if (structured) return undecidedAt(v, p, resolver);
      // An Fn::If keeps both branches to look into; other intrinsics give text here.
      const args = (v as Record<string, unknown>)['Fn::If'];
      if (!Array.isArray(args)) return null;
      return walk(args[1], [...p, 'Fn::If', 1], structured, depth + 1) ?? walk(args[2], [...p, 'Fn::If', 2], structured, depth + 1);
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const hit = walk(v[i], [...p, i], structured, depth + 1);
        if (hit) return hit;
      }
      return null;
    }
    for (const [k, x] of Object.entries(v)) {
      const hit = walk(x, [...p, k], STRUCTURE_KEYS.has(k), depth + 1);
      if (hit) return hit;
    }
    return null;
  };
  return walk(node, path, false, 0);
}

function undecidedAt(node: unknown, path: KeyPath, resolver: Resolver): { path: KeyPath; reason: UnknownCause } | null {
  const alt = resolver.resolve(node).find((a) => !a.known);
  return alt && !alt.known ? { path, reason: alt.reason } : null;
}

/** `$.A.B[*].C['D'][0]` as segments (`*` for wildcards); null for forms this does not read. */
function parsePath(given: string): (string | number)[] | null {
  if (!given.startsWith('$')) return null;
  const out: (string | number)[] = [];
  const re = /\.([A-Za-z0-9_:@-]+)|\.\*|\[\*\]|\[(\d+)\]|\['([^']+)'\]|\["([^"]+)"\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < given.length) {
    const at = re.lastIndex;
    const m = re.exec(given);
    if (!m || m.index !== at) return null;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(m[3]);
    else if (m[4] !== undefined) out.push(m[4]);
    else out.push('*');
  }
  return out;
}
