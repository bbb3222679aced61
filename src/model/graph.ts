/**
 * The ResourceGraph: one normalized view of a template for the rules. Values keep their intrinsics;
 * edges record who refers to whom (Ref, GetAtt, Sub, DependsOn).
 */
import type { KeyPath, Template } from '../core/types.js';
import { Resolver, type ParameterInfo } from './resolve.js';

export type EdgeKind = 'Ref' | 'GetAtt' | 'Sub' | 'DependsOn';

export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  /** Where the reference sits, from the template root. */
  readonly path: KeyPath;
}

export interface Resource {
  readonly logicalId: string;
  readonly type: string;
  /** `{}` when the template has none or a non-mapping. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly condition: string | null;
  readonly path: KeyPath;
  readonly cdkPath: string | null;
}

export interface ResourceGraph {
  readonly template: Template;
  readonly resources: ReadonlyMap<string, Resource>;
  readonly parameters: ReadonlyMap<string, ParameterInfo>;
  readonly conditions: Readonly<Record<string, unknown>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly globals: Readonly<Record<string, unknown>>;
  readonly isSam: boolean;
  readonly edges: readonly Edge[];
  readonly resolver: Resolver;
  byType(type: string): readonly Resource[];
  /** Edges pointing at `logicalId`. */
  referencesTo(logicalId: string): readonly Edge[];
}

/** Problems with the template's shape that make it impossible to audit. */
export class TemplateShapeError extends Error {
  constructor(message: string, readonly path: KeyPath) {
    super(message);
  }
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A node budget for walks: aliases can make a small file a huge tree when expanded. */
const WALK_BUDGET = 200_000;

export function buildGraph(template: Template, given: Readonly<Record<string, string>> = {}): ResourceGraph {
  const body = template.body;
  const rawResources = body['Resources'];
  if (rawResources === undefined) throw new TemplateShapeError('the template has no Resources section (CloudFormation requires at least one resource)', []);
  if (rawResources === null || typeof rawResources !== 'object' || Array.isArray(rawResources)) {
    throw new TemplateShapeError(`Resources must be a mapping of logical ids to resources, not ${rawResources === null ? 'empty' : Array.isArray(rawResources) ? 'a list' : typeof rawResources}`, ['Resources']);
  }
  const metaCdk = (m: Record<string, unknown>): string | null => (typeof m['aws:cdk:path'] === 'string' ? (m['aws:cdk:path'] as string) : null);
  const resources = new Map<string, Resource>();
  const byType = new Map<string, Resource[]>();
  for (const [logicalId, raw] of Object.entries(rawResources as Record<string, unknown>)) {
    const r = asRecord(raw);
    const type = typeof r['Type'] === 'string' ? (r['Type'] as string) : '';
    const metadata = asRecord(r['Metadata']);
    const res: Resource = {
      logicalId,
      type,
      properties: asRecord(r['Properties']),
      metadata,
      condition: typeof r['Condition'] === 'string' ? (r['Condition'] as string) : null,
      path: ['Resources', logicalId],
      // Only construct paths read from a cloud assembly count: `aws:cdk:path` typed into a plain template must not claim CDK-path exceptions.
      cdkPath: template.origin === 'cdk' ? (metaCdk(metadata) ?? (Object.hasOwn(template.cdkPaths, logicalId) ? template.cdkPaths[logicalId] : undefined) ?? null) : null,
    };
    resources.set(logicalId, res);
    const list = byType.get(type);
    if (list) list.push(res);
    else byType.set(type, [res]);
  }

  const parameters = new Map<string, ParameterInfo>();
  for (const [name, raw] of Object.entries(asRecord(body['Parameters']))) {
    const p = asRecord(raw);
    const allowed = p['AllowedValues'];
    parameters.set(name, {
      name,
      type: typeof p['Type'] === 'string' ? (p['Type'] as string) : 'String',
      default: p['Default'],
      allowedValues: Array.isArray(allowed) ? allowed : undefined,
      noEcho: p['NoEcho'] === true || p['NoEcho'] === 'true',
    });
  }

  const mappings = asRecord(body['Mappings']);
  const resolver = new Resolver({ parameters, given, mappings, resources: new Set(resources.keys()) });
  const edges = [...collectEdges(resources), ...dependsOnEdges(template, resources)];
  const incoming = new Map<string, Edge[]>();
  for (const e of edges) {
    const list = incoming.get(e.to);
    if (list) list.push(e);
    else incoming.set(e.to, [e]);
  }
  const transform = body['Transform'];
  const isSam = (Array.isArray(transform) ? transform : [transform]).some((t) => typeof t === 'string' && t.startsWith('AWS::Serverless'));
  return {
    template,
    resources,
    parameters,
    conditions: asRecord(body['Conditions']),
    mappings,
    outputs: asRecord(body['Outputs']),
    globals: asRecord(body['Globals']),
    isSam,
    edges,
    resolver,
    byType: (type) => byType.get(type) ?? [],
    referencesTo: (id) => incoming.get(id) ?? [],
  };
}

function collectEdges(resources: ReadonlyMap<string, Resource>): Edge[] {
  const edges: Edge[] = [];
  let budget = WALK_BUDGET;
  const subRefs = (text: string): string[] => {
    const out: string[] = [];
    for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) out.push(m[1]!.trim().split('.')[0]!);
    return out;
  };
  for (const res of resources.values()) {
    const from = res.logicalId;
    const raw = res as unknown as { properties: unknown };
    const walk = (v: unknown, path: (string | number)[], depth: number): void => {
      if (--budget < 0 || depth > 64 || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        v.forEach((x, i) => walk(x, [...path, i], depth + 1));
        return;
      }
      const o = v as Record<string, unknown>;
      for (const [k, x] of Object.entries(o)) {
        if (k === 'Ref' && typeof x === 'string' && resources.has(x)) edges.push({ from, to: x, kind: 'Ref', path });
        else if (k === 'Fn::GetAtt') {
          const target = Array.isArray(x) ? x[0] : typeof x === 'string' ? x.split('.')[0] : undefined;
          if (typeof target === 'string' && resources.has(target)) edges.push({ from, to: target, kind: 'GetAtt', path });
        } else if (k === 'Fn::Sub') {
          const text = Array.isArray(x) ? x[0] : x;
          if (typeof text === 'string') for (const t of subRefs(text)) if (resources.has(t)) edges.push({ from, to: t, kind: 'Sub', path });
        }
        walk(x, [...path, k], depth + 1);
      }
    };
    walk(raw.properties, [...res.path, 'Properties'], 0);
  }
  return edges;
}

/** DependsOn edges come from the raw resource entry, outside Properties. */
function dependsOnEdges(template: Template, resources: ReadonlyMap<string, Resource>): Edge[] {
  const out: Edge[] = [];
  const raw = asRecord(template.body['Resources']);
  for (const id of resources.keys()) {
    const d = asRecord(raw[id])['DependsOn'];
    for (const t of Array.isArray(d) ? d : [d]) if (typeof t === 'string' && resources.has(t)) out.push({ from: id, to: t, kind: 'DependsOn', path: ['Resources', id, 'DependsOn'] });
  }
  return out;
}
