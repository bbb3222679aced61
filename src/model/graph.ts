/**
 * The ResourceGraph: one normalized view of a template for the rules. Values keep their intrinsics;
 * edges record who refers to whom (Ref, GetAtt, Sub, DependsOn).
 */
import type { ConditionBranch, KeyPath, SkippedByCondition, Template } from '../types/types.js';
import { givenFromStrings, Resolver, type ParameterInfo, type ResolvableResource, type ResolveContext, type Resolved } from './resolve.js';
import { ConditionEvaluator } from './conditions.js';
import { originalPath, Specializer, structuralConditions, type Decide } from './specialize.js';
import { expandedSize } from './walk.js';
import { mayMention } from '../load/mentions.js';
import { expandForEach, type ExpansionSources } from './foreach.js';

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
  /** The resource entry as deployed for the decided conditions: `{Type, Properties, Metadata, …}`. */
  readonly entry: Readonly<Record<string, unknown>>;
  /** `{}` when the template has none or a non-mapping. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly metadata: Readonly<Record<string, unknown>>;
  /** The resource's `Condition`, if any (true or undecided: a resource whose condition is false is not in the graph). */
  readonly condition: string | null;
  /**
   * For a resource audited once per combination of undecided conditions that choose its structure
   * (`Properties: !If [...]`, a list item that exists only under a condition): the branches of this variant.
   */
  readonly assumptions: readonly ConditionBranch[];
  readonly path: KeyPath;
  readonly cdkPath: string | null;
}

export interface GraphOptions {
  /** Parameter values from a parameters file (strings) or from a parent stack (alternatives). */
  readonly given?: Readonly<Record<string, string>> | ReadonlyMap<string, readonly Resolved[]>;
  /** Values of exports that other stacks of the run define. */
  readonly imports?: ResolveContext['imports'];
  /** Audit every branch of every condition, whatever the values (`--all-branches`). */
  readonly allBranches?: boolean;
}

export interface ResourceGraph {
  readonly template: Template;
  /** One entry per logical id, with undecided conditions' Fn::Ifs in place (for lookups across resources). */
  readonly resources: ReadonlyMap<string, Resource>;
  readonly parameters: ReadonlyMap<string, ParameterInfo>;
  readonly conditions: Readonly<Record<string, unknown>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly globals: Readonly<Record<string, unknown>>;
  readonly isSam: boolean;
  readonly edges: readonly Edge[];
  readonly resolver: Resolver;
  /** Conditions decided from the values (absent: undecided). Empty with `allBranches`. */
  readonly decided: ReadonlyMap<string, boolean>;
  readonly skippedByCondition: readonly SkippedByCondition[];
  /** Resources, outputs (by name) or `Globals` too large to walk once YAML aliases are expanded: not audited. */
  readonly oversized: readonly string[];
  /** Every resource to audit, variants included. */
  readonly audited: readonly Resource[];
  byType(type: string): readonly Resource[];
  /** Edges pointing at `logicalId`. */
  referencesTo(logicalId: string): readonly Edge[];
  /** Where a node of the specialized template stands in the written one (for line:column). */
  sourcePath(path: KeyPath, assumptions: readonly ConditionBranch[]): KeyPath;
}

/** Problems with the template's shape that make it impossible to audit. */
export class TemplateShapeError extends Error {
  constructor(
    message: string,
    readonly path: KeyPath,
  ) {
    super(message);
  }
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A node budget for walks: aliases can make a small file a huge tree when expanded. */
const WALK_BUDGET = 200_000;
/** Undecided structural conditions audited separately per resource (2^n variants at most). */
const MAX_VARIANT_CONDITIONS = 4;
/** Nodes a resource may have with aliases expanded; rules walk at most this many per resource. */
const MAX_EXPANDED_NODES = 200_000;

/**
 * The graph of a template. Built by a few small functions rather than one: this runs once per
 * template, and V8 compiled one large function (with everything it calls inlined) twice per run at
 * about 200 ms each on a compiler thread, more than its optimized code saved.
 */
export function buildGraph(template: Template, opts: GraphOptions = {}): ResourceGraph {
  const body = template.body;
  const rawResources = resourcesSection(body);
  const parameters = parameterInfos(body);
  const mappings = asRecord(body['Mappings']);
  const given = opts.given instanceof Map ? opts.given : givenFromStrings((opts.given ?? {}) as Record<string, string>);
  // Fn::ForEach loops (AWS::LanguageExtensions) become the resources and outputs they make.
  const loops = new Resolver({ parameters, given, mappings, resources: new Map() });
  const expandedFrom: ExpansionSources = new Map();
  // Loops inside Properties are looked for only where the source spells one.
  const mayLoop = mayMention(template, 'ForEach');
  const rawEntries = resourceEntries(rawResources, loops, expandedFrom, mayLoop);
  const resolvable = new Map<string, ResolvableResource>();
  for (const [id, r] of rawEntries) resolvable.set(id, { type: typeof r['Type'] === 'string' ? r['Type'] : '', properties: asRecord(r['Properties']) });
  const resolver = new Resolver({ parameters, given, mappings, resources: resolvable, ...(opts.imports ? { imports: opts.imports } : {}) });

  const conditionsSection = asRecord(body['Conditions']);
  const branches = new Branches(new ConditionEvaluator(new Map(Object.entries(conditionsSection)), resolver), opts.allBranches === true);
  const base = new Specializer(branches.decide);
  // Without aliases (and loops, which copy) every value is a tree no larger than the template: counted
  // without a table of seen nodes, and not at all when the whole template is within the bound.
  const bound = mayLoop ? undefined : template.nodeBound;
  // A source that never spells `Fn::If` or `AWS::NoValue` (nor a ForEach that could write one) is
  // deployed as written: specialization would return every value as it is, so it is skipped.
  const asWritten = !mayLoop && !mayMention(template, 'Fn::If', '!If', 'NoValue');
  const shape: Shaping = {
    template,
    expandedFrom,
    branches,
    base,
    specialized: asWritten ? (v) => v : (v) => base.value(v),
    tree: bound !== undefined,
    bounded: bound !== undefined && bound <= MAX_EXPANDED_NODES,
  };

  const out: GraphParts = { resources: new Map(), byType: new Map(), audited: [], skippedByCondition: [], oversized: [] };
  for (const [logicalId, raw] of rawEntries) addResource(shape, out, logicalId, raw);
  const outputs = graphOutputs(shape, out, asRecord(body['Outputs']), loops);
  const globals = tooLarge(shape, body['Globals']) ? (out.oversized.push('Globals'), {}) : asRecord(shape.specialized(body['Globals']));
  return new Graph(template, out, parameters, conditionsSection, mappings, outputs, globals, resolver, branches);
}

function resourcesSection(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const rawResources = body['Resources'];
  if (rawResources === undefined) throw new TemplateShapeError('the template has no Resources section (CloudFormation requires at least one resource)', []);
  if (rawResources === null || typeof rawResources !== 'object' || Array.isArray(rawResources)) {
    throw new TemplateShapeError(
      `Resources must be a mapping of logical ids to resources, not ${rawResources === null ? 'empty' : Array.isArray(rawResources) ? 'a list' : typeof rawResources}`,
      ['Resources'],
    );
  }
  return rawResources as Record<string, unknown>;
}

function parameterInfos(body: Readonly<Record<string, unknown>>): Map<string, ParameterInfo> {
  const parameters = new Map<string, ParameterInfo>();
  for (const [name, raw] of Object.entries(asRecord(body['Parameters']))) {
    const p = asRecord(raw);
    const allowed = p['AllowedValues'];
    parameters.set(name, {
      name,
      type: typeof p['Type'] === 'string' ? p['Type'] : 'String',
      default: p['Default'],
      allowedValues: Array.isArray(allowed) ? allowed : undefined,
      noEcho: p['NoEcho'] === true || p['NoEcho'] === 'true',
    });
  }
  return parameters;
}

/** Each resource entry by logical id, Fn::ForEach loops expanded (in Resources, and in Properties where the source may spell one). */
function resourceEntries(rawResources: Record<string, unknown>, loops: Resolver, expandedFrom: ExpansionSources, mayLoop: boolean): Map<string, Record<string, unknown>> {
  const expandedResources = expandForEach(rawResources, ['Resources'], loops, expandedFrom);
  const rawEntries = new Map<string, Record<string, unknown>>();
  for (const [logicalId, raw] of Object.entries(expandedResources)) {
    const entry = asRecord(raw);
    const props = entry['Properties'];
    const where = expandedFrom.get(logicalId) ?? ['Resources', logicalId];
    if (mayLoop && props && typeof props === 'object' && !Array.isArray(props) && Object.keys(props).some((k) => k.startsWith('Fn::ForEach::'))) {
      rawEntries.set(logicalId, { ...entry, Properties: expandForEach(props as Record<string, unknown>, [...where, 'Properties'], loops, new Map()) });
    } else rawEntries.set(logicalId, entry);
  }
  return rawEntries;
}

/** How conditions are decided: from the values (recording each decided one), or fixed by a variant's assumptions. */
class Branches {
  /** Conditions decided from the values (absent: undecided). Empty with `allBranches`. */
  readonly decided = new Map<string, boolean>();
  /** A variant's decisions, by its assumptions (assumptionKey). */
  readonly byVariant = new Map<string, Decide>();
  readonly decide: Decide;

  constructor(
    readonly evaluator: ConditionEvaluator,
    private readonly allBranches: boolean,
  ) {
    this.decide = this.decideFor(new Map(), evaluator);
  }

  decideFor(fixed: ReadonlyMap<string, boolean>, ev: ConditionEvaluator): Decide {
    return (c) => {
      const f = fixed.get(c);
      if (f !== undefined) return f;
      if (this.allBranches) return undefined;
      const st = ev.state(c);
      if (st !== undefined && fixed.size === 0) this.decided.set(c, st);
      return st;
    };
  }
}

/** What specializing a template's values needs (buildGraph). */
interface Shaping {
  readonly template: Template;
  readonly expandedFrom: ExpansionSources;
  readonly branches: Branches;
  /** Specializes with the conditions decided from the values; `undecided` counts the Fn::Ifs it could not decide. */
  readonly base: Specializer;
  readonly specialized: (v: unknown) => unknown;
  /** Values are trees (no shared nodes), and whether the whole template is within MAX_EXPANDED_NODES. */
  readonly tree: boolean;
  readonly bounded: boolean;
}

interface GraphParts {
  readonly resources: Map<string, Resource>;
  readonly byType: Map<string, Resource[]>;
  readonly audited: Resource[];
  readonly skippedByCondition: SkippedByCondition[];
  readonly oversized: string[];
}

const tooLarge = (shape: Shaping, v: unknown): boolean => !shape.bounded && expandedSize(v, MAX_EXPANDED_NODES, shape.tree) > MAX_EXPANDED_NODES;

function makeResource(
  shape: Shaping,
  logicalId: string,
  type: string,
  condition: string | null,
  entry: Record<string, unknown>,
  assumptions: readonly ConditionBranch[],
): Resource {
  const metadata = asRecord(entry['Metadata']);
  const template = shape.template;
  // Construct paths count only when they come from a cloud assembly, never from metadata typed into a plain template.
  const metaCdk = template.origin === 'cdk' && typeof metadata['aws:cdk:path'] === 'string' ? metadata['aws:cdk:path'] : null;
  return {
    logicalId,
    type,
    entry,
    properties: asRecord(entry['Properties']),
    metadata,
    condition,
    assumptions,
    path: shape.expandedFrom.get(logicalId) ?? ['Resources', logicalId],
    cdkPath: metaCdk ?? (Object.prototype.hasOwnProperty.call(template.cdkPaths, logicalId) ? (template.cdkPaths[logicalId] ?? null) : null),
  };
}

/** One resource into the graph: skipped when its condition is false, else specialized (one variant per combination of the conditions that choose its structure). */
function addResource(shape: Shaping, out: GraphParts, logicalId: string, raw: Record<string, unknown>): void {
  const { branches, base } = shape;
  const type = typeof raw['Type'] === 'string' ? raw['Type'] : '';
  const condition = typeof raw['Condition'] === 'string' ? raw['Condition'] : null;
  if (condition !== null && branches.decide(condition) === false) {
    out.skippedByCondition.push({ kind: 'resource', logicalId, type, condition });
    return;
  }
  const entry = asRecord(shape.specialized(raw));
  // Only an undecided Fn::If can choose structure: without one so far, no walk to look for it.
  const split = base.undecided === 0 ? [] : structuralConditions(entry, branches.decide, MAX_VARIANT_CONDITIONS);
  const variants = split.length === 0 ? [makeResource(shape, logicalId, type, condition, entry, [])] : variantsOf(shape, logicalId, type, condition, raw, split);
  // Lookups from other resources see the resource with its undecided Fn::Ifs in place (both
  // branches), not one variant's choice.
  const whole = variants.length === 1 ? variants[0]! : makeResource(shape, logicalId, type, condition, entry, []);
  out.resources.set(logicalId, whole);
  if (variants.some((v) => tooLarge(shape, v.entry))) {
    // Aliases can make a 2 KB resource billions of nodes: no rule walks it; the stack says so.
    out.oversized.push(logicalId);
    return;
  }
  out.audited.push(...variants);
  const list = out.byType.get(type);
  if (list) list.push(whole);
  else out.byType.set(type, [whole]);
}

/** Each combination of the conditions that choose the resource's structure, correlated ones once. */
function variantsOf(shape: Shaping, logicalId: string, type: string, condition: string | null, raw: Record<string, unknown>, split: readonly string[]): Resource[] {
  const { branches } = shape;
  let combos: { fixed: Map<string, boolean>; ev: ConditionEvaluator }[] = [{ fixed: new Map(), ev: branches.evaluator }];
  for (const c of split) {
    const next: typeof combos = [];
    for (const combo of combos) {
      if (branches.decideFor(combo.fixed, combo.ev)(c) !== undefined) next.push(combo);
      else for (const b of [true, false]) next.push({ fixed: new Map([...combo.fixed, [c, b]]), ev: combo.ev.assuming(c, b) });
    }
    combos = next;
  }
  return combos.map(({ fixed, ev }) => {
    const assumptions = [...fixed].map(([condition, branch]) => ({ condition, branch }));
    const d = branches.decideFor(fixed, ev);
    branches.byVariant.set(assumptionKey(assumptions), d);
    return makeResource(shape, logicalId, type, condition, asRecord(new Specializer(d).value(raw)), assumptions);
  });
}

function graphOutputs(shape: Shaping, out: GraphParts, section: Record<string, unknown>, loops: Resolver): Record<string, unknown> {
  const outputs: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, raw] of Object.entries(expandForEach(section, ['Outputs'], loops, new Map()))) {
    const condition = asRecord(raw)['Condition'];
    if (typeof condition === 'string' && shape.branches.decide(condition) === false) {
      out.skippedByCondition.push({ kind: 'output', logicalId: name, type: 'Output', condition });
      continue;
    }
    const value = shape.specialized(raw);
    if (tooLarge(shape, value)) out.oversized.push(name);
    else outputs[name] = value;
  }
  return outputs;
}

class Graph implements ResourceGraph {
  readonly resources: ReadonlyMap<string, Resource>;
  readonly isSam: boolean;
  readonly decided: ReadonlyMap<string, boolean>;
  readonly skippedByCondition: readonly SkippedByCondition[];
  readonly oversized: readonly string[];
  readonly audited: readonly Resource[];
  private readonly types: ReadonlyMap<string, readonly Resource[]>;
  // Edges are walked for on the first rule that asks who refers to a resource (most templates have none that does).
  private allEdges: readonly Edge[] | null = null;
  private incoming: Map<string, Edge[]> | null = null;

  constructor(
    readonly template: Template,
    parts: GraphParts,
    readonly parameters: ReadonlyMap<string, ParameterInfo>,
    readonly conditions: Readonly<Record<string, unknown>>,
    readonly mappings: Readonly<Record<string, unknown>>,
    readonly outputs: Readonly<Record<string, unknown>>,
    readonly globals: Readonly<Record<string, unknown>>,
    readonly resolver: Resolver,
    private readonly branches: Branches,
  ) {
    this.resources = parts.resources;
    this.types = parts.byType;
    this.audited = parts.audited;
    this.skippedByCondition = parts.skippedByCondition;
    this.oversized = parts.oversized;
    this.decided = branches.decided;
    const transform = template.body['Transform'];
    this.isSam = (Array.isArray(transform) ? transform : [transform]).some((t) => typeof t === 'string' && t.startsWith('AWS::Serverless'));
  }

  get edges(): readonly Edge[] {
    return (this.allEdges ??= [...collectEdges(this.audited), ...dependsOnEdges(this.template, this.resources)]);
  }

  byType(type: string): readonly Resource[] {
    return this.types.get(type) ?? [];
  }

  referencesTo(logicalId: string): readonly Edge[] {
    if (!this.incoming) {
      this.incoming = new Map();
      for (const e of this.edges) {
        const list = this.incoming.get(e.to);
        if (list) list.push(e);
        else this.incoming.set(e.to, [e]);
      }
    }
    return this.incoming.get(logicalId) ?? [];
  }

  sourcePath(path: KeyPath, assumptions: readonly ConditionBranch[]): KeyPath {
    const decide = (assumptions.length && this.branches.byVariant.get(assumptionKey(assumptions))) || this.branches.decide;
    return originalPath(this.template.body, path, decide);
  }
}

function assumptionKey(a: readonly ConditionBranch[]): string {
  return a.map((c) => `${c.condition}=${c.branch}`).join('\u0000');
}

function collectEdges(resources: readonly Resource[]): Edge[] {
  const edges: Edge[] = [];
  let budget = WALK_BUDGET;
  const subRefs = (text: string): string[] => {
    const out: string[] = [];
    for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) out.push(m[1]!.trim().split('.')[0]!);
    return out;
  };
  const ids = new Set(resources.map((r) => r.logicalId));
  for (const res of resources) {
    const from = res.logicalId;
    const raw = res as unknown as { properties: unknown };
    // One path stack for the walk: a path array is made only for an edge.
    const path: (string | number)[] = [...res.path, 'Properties'];
    let here: KeyPath | null = null;
    const add = (to: string, kind: EdgeKind): void => {
      edges.push({ from, to, kind, path: (here ??= [...path]) });
    };
    const walk = (v: unknown, depth: number): void => {
      if (--budget < 0 || depth > 64 || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          path.push(i);
          walk(v[i], depth + 1);
          path.pop();
        }
        return;
      }
      const o = v as Record<string, unknown>;
      for (const k in o) {
        if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
        const x = o[k];
        here = null;
        if (k === 'Ref') {
          if (typeof x === 'string' && ids.has(x)) add(x, 'Ref');
        } else if (k === 'Fn::GetAtt') {
          const target: unknown = Array.isArray(x) ? x[0] : typeof x === 'string' ? x.split('.')[0] : undefined;
          if (typeof target === 'string' && ids.has(target)) add(target, 'GetAtt');
        } else if (k === 'Fn::Sub') {
          const text: unknown = Array.isArray(x) ? x[0] : x;
          if (typeof text === 'string' && text.includes('${')) for (const t of subRefs(text)) if (ids.has(t)) add(t, 'Sub');
        }
        path.push(k);
        walk(x, depth + 1);
        path.pop();
      }
    };
    walk(raw.properties, 0);
  }
  return edges;
}

/** DependsOn edges come from the raw resource entry, outside Properties. */
function dependsOnEdges(template: Template, resources: ReadonlyMap<string, Resource>): Edge[] {
  const out: Edge[] = [];
  const raw = asRecord(template.body['Resources']);
  for (const id of resources.keys()) {
    const d = asRecord(raw[id])['DependsOn'];
    for (const t of Array.isArray(d) ? d : [d])
      if (typeof t === 'string' && resources.has(t)) out.push({ from: id, to: t, kind: 'DependsOn', path: ['Resources', id, 'DependsOn'] });
  }
  return out;
}
