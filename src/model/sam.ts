/**
 * SAM (`Transform: AWS::Serverless-2016-10-31`) read directly, without translation: the `Globals`
 * section and the API methods that functions' events create. Rules report on the SAM resource's
 * logical id, so a user suppresses what they wrote, not what the transform would generate.
 */
import type { KeyPath, UnknownCause } from '../types/types.js';
import type { Resource, ResourceGraph } from './graph.js';
import { memoized, MemoSlot } from './memo.js';
import { intrinsicName } from './resolve.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The Globals section that applies to a SAM resource type. */
const GLOBALS_KEY: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
  'AWS::Serverless::LayerVersion': 'LayerVersion',
};

export interface EffectiveValue {
  readonly value: unknown;
  /** Where the value is written: on the resource, or in the Globals section. */
  readonly path: KeyPath;
  readonly fromGlobals: boolean;
}

/** The Globals mapping for `resource`'s type (`Globals.Function`, `Globals.Api`, …), or `{}`. */
export function globalsFor(graph: ResourceGraph, resource: Resource): Obj {
  const key = GLOBALS_KEY[resource.type];
  if (!key) return {};
  const g = graph.globals[key];
  return isObj(g) ? g : {};
}

/**
 * A top-level property as SAM sees it: the resource's own value, else the one in `Globals`.
 * Returns null when neither sets it. (Maps such as `Environment.Variables` are merged by SAM;
 * callers that need the merge read both with `globalsFor`.)
 */
export function effectiveProperty(graph: ResourceGraph, resource: Resource, key: string): EffectiveValue | null {
  if (Object.prototype.hasOwnProperty.call(resource.properties, key)) {
    return { value: resource.properties[key], path: [...resource.path, 'Properties', key], fromGlobals: false };
  }
  const typeKey = GLOBALS_KEY[resource.type];
  if (!typeKey || !graph.isSam) return null;
  const g = globalsFor(graph, resource);
  if (Object.prototype.hasOwnProperty.call(g, key)) return { value: g[key], path: ['Globals', typeKey, key], fromGlobals: true };
  return null;
}

/** A nested property (`['Auth', 'DefaultAuthorizer']`): the resource's own, else Globals'. */
export function effectivePath(graph: ResourceGraph, resource: Resource, keys: readonly string[]): EffectiveValue | null {
  const [first, ...rest] = keys;
  if (first === undefined) return null;
  const own = dig(resource.properties[first], rest);
  if (own !== undefined) return { value: own, path: [...resource.path, 'Properties', ...keys], fromGlobals: false };
  const typeKey = GLOBALS_KEY[resource.type];
  if (!typeKey || !graph.isSam) return null;
  const fromGlobals = dig(globalsFor(graph, resource)[first], rest);
  if (fromGlobals !== undefined) return { value: fromGlobals, path: ['Globals', typeKey, ...keys], fromGlobals: true };
  return null;
}

function dig(v: unknown, keys: readonly string[]): unknown {
  let cur = v;
  for (const k of keys) {
    if (!isObj(cur) || intrinsicName(cur) !== null) return undefined;
    cur = cur[k];
  }
  return cur;
}

export type ApiKind = 'rest' | 'http';

/** One API method created by a function event (`Events: {X: {Type: Api|HttpApi, Properties: …}}`). */
export interface SamApiEvent {
  readonly functionId: string;
  readonly eventName: string;
  readonly path: KeyPath;
  readonly kind: ApiKind;
  readonly method: unknown;
  readonly routePath: unknown;
  /** Logical id of the explicit Serverless::Api / HttpApi; null for the implicit API. */
  readonly apiId: string | null;
  /** The event's own `Auth` mapping, if any. */
  readonly auth: Obj | null;
}

/** Events (the whole `Events` mapping, or one entry) only known at deploy time: each may be an API method. */
export interface UnreadEvent {
  readonly path: KeyPath;
  readonly reason: UnknownCause;
}

export interface SamApiEvents {
  readonly events: readonly SamApiEvent[];
  readonly byFunction: ReadonlyMap<string, readonly SamApiEvent[]>;
  readonly unreadByFunction: ReadonlyMap<string, readonly UnreadEvent[]>;
}

const SAM_API_EVENTS = new MemoSlot<SamApiEvents>('SAM API events');

/** Every Api/HttpApi event of every Serverless::Function in the template, computed once per graph. */
export function samApiEvents(graph: ResourceGraph): SamApiEvents {
  return memoized(graph.resolver, SAM_API_EVENTS, () => findSamApiEvents(graph));
}

function findSamApiEvents(graph: ResourceGraph): SamApiEvents {
  const events: SamApiEvent[] = [];
  const byFunction = new Map<string, SamApiEvent[]>();
  const unreadByFunction = new Map<string, UnreadEvent[]>();
  // Fn::If alternatives are followed; an alternative only known at deploy time is kept as unread.
  const objects = (fnId: string, v: unknown, path: KeyPath): Obj[] =>
    graph.resolver.resolve(v).flatMap((alt) => {
      if (alt.known) return isObj(alt.value) ? [alt.value] : [];
      const list = unreadByFunction.get(fnId);
      if (list) list.push({ path, reason: alt.reason });
      else unreadByFunction.set(fnId, [{ path, reason: alt.reason }]);
      return [];
    });
  for (const fn of graph.byType('AWS::Serverless::Function')) {
    const evPath = [...fn.path, 'Properties', 'Events'];
    for (const evs of objects(fn.logicalId, fn.properties['Events'], evPath))
      for (const [eventName, entry] of Object.entries(evs))
        for (const raw of objects(fn.logicalId, entry, [...evPath, eventName])) {
          const type = raw['Type'];
          if (type !== 'Api' && type !== 'HttpApi') continue;
          const props = isObj(raw['Properties']) ? raw['Properties'] : {};
          const ref = type === 'Api' ? props['RestApiId'] : props['ApiId'];
          const ev: SamApiEvent = {
            functionId: fn.logicalId,
            eventName,
            path: [...fn.path, 'Properties', 'Events', eventName],
            kind: type === 'Api' ? 'rest' : 'http',
            method: props['Method'],
            routePath: props['Path'],
            apiId: refTarget(ref),
            auth: isObj(props['Auth']) ? props['Auth'] : null,
          };
          events.push(ev);
          const list = byFunction.get(fn.logicalId);
          if (list) list.push(ev);
          else byFunction.set(fn.logicalId, [ev]);
        }
  }
  return { events, byFunction, unreadByFunction };
}

/** The logical id a `Ref`/`GetAtt` points at, or null (absent, literal id, parameter). */
export function refTarget(v: unknown): string | null {
  if (!isObj(v)) return null;
  if (typeof v['Ref'] === 'string') return v['Ref'];
  const ga = v['Fn::GetAtt'];
  if (Array.isArray(ga) && typeof ga[0] === 'string') return ga[0];
  if (typeof ga === 'string') return ga.split('.')[0] ?? null;
  return null;
}
