/**
 * The rule engine: rules compiled once, each resource visited once with the rules for its type.
 * Produces raw findings (rule, resource, path, data); positions and status are added by the core.
 */
import { JSONPath } from 'jsonpath-plus';
import type { ConditionBranch, KeyPath, Outcome } from '../core/types.js';
import type { Resource, ResourceGraph } from '../model/graph.js';
import { mergeBranches, NO_VALUE, type Resolved } from '../model/resolve.js';
import { cidrIsWorld, portRangeIncludes } from '../model/network.js';
import type { Assertion, RuleSpec } from './schema.js';
import { boundedStringify } from '../model/walk.js';
import { checkOptionsProblem } from './checks/options.js';
import { budgetedTest } from './regex-safety.js';
import { TrackedView, unknownOnPath, unresolvedRead } from './unknown-guard.js';

export type FindingData = Record<string, string | number | boolean>;

export interface RawFinding {
  readonly ruleId: string;
  readonly risk: number;
  readonly outcome: Outcome;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly path: KeyPath;
  /** A character offset into the text value at `path` (a line of UserData), for the position only. */
  readonly within?: number;
  readonly data: FindingData;
  readonly conditions: readonly ConditionBranch[];
  /** The branches assumed by the resource variant that produced the finding (for locating it). */
  readonly assumptions: readonly ConditionBranch[];
}

export interface Report {
  readonly path: KeyPath;
  /** A character offset into the text value at `path`: the finding points at that place, not at the key. */
  readonly within?: number;
  /** For findings outside any resource (an Output): the name and kind to report them under. */
  readonly logicalId?: string;
  readonly resourceType?: string;
  readonly data?: FindingData;
  readonly outcome?: Outcome;
  readonly conditions?: readonly ConditionBranch[];
}

export interface CheckContext {
  readonly graph: ResourceGraph;
  readonly resource: Resource;
  readonly rule: RuleSpec;
  readonly options: Readonly<Record<string, unknown>>;
  report(r: Report): void;
}

export type CheckFn = (ctx: CheckContext) => void;

export interface CompiledRule {
  readonly spec: RuleSpec;
  /** `view`: the resource's shared tracked view (see unknown-guard), made once per resource. */
  run(graph: ResourceGraph, resource: Resource, out: RawFinding[], view?: TrackedView): void;
}

export class RuleCompileError extends Error {}

export function compileRules(specs: readonly RuleSpec[], checks: Readonly<Record<string, CheckFn>>): CompiledRule[] {
  return specs.map((spec) => compileRule(spec, checks));
}

type Tester = (re: RegExp, text: string) => boolean;
const plainTest: Tester = (re, text) => re.test(text);

function compileRule(spec: RuleSpec, checks: Readonly<Record<string, CheckFn>>): CompiledRule {
  // Patterns from user rule files run under a time budget; built-in ones are reviewed here.
  const tester: Tester = spec.source === 'builtin' ? plainTest : budgetedTest;
  const emit = (graph: ResourceGraph, resource: Resource, out: RawFinding[], r: Report): void => {
    // A variant's findings hold under its branches too; a finding contradicting them cannot occur.
    const conditions = resource.assumptions.length ? mergeBranches(resource.assumptions, r.conditions ?? []) : (r.conditions ?? []);
    if (conditions === null) return;
    out.push({
      ruleId: spec.id,
      risk: spec.risk,
      outcome: r.outcome ?? 'fail',
      logicalId: r.logicalId ?? resource.logicalId,
      resourceType: r.resourceType ?? resource.type,
      path: r.path,
      ...(r.within !== undefined ? { within: r.within } : {}),
      data: r.data ?? {},
      conditions,
      assumptions: resource.assumptions,
    });
  };
  switch (spec.kind) {
    case 'check': {
      const name = spec.check ?? '';
      const fn = Object.prototype.hasOwnProperty.call(checks, name) ? checks[name] : undefined;
      const where = spec.source && spec.source !== 'builtin' ? `${spec.source}: ` : '';
      if (!fn) throw new RuleCompileError(`${where}rule ${spec.id}: no built-in check named \`${name}\``);
      const options = spec.options ?? {};
      const problem = checkOptionsProblem(name, options);
      if (problem) throw new RuleCompileError(`${where}rule ${spec.id}: ${problem}`);
      return {
        spec,
        run(graph, resource, out, view) {
          let reported = false;
          const tracked = view ?? new TrackedView(resource);
          tracked.begin();
          fn({ graph, resource: tracked.resource, rule: spec, options, report: (r) => ((reported = true), emit(graph, resource, out, r)) });
          if (reported || tracked.reads.length === 0) return;
          const missed = unresolvedRead(tracked.reads, graph.resolver);
          if (missed) emit(graph, resource, out, { path: missed.path, outcome: 'unknown', data: { unknownReason: missed.reason } });
        },
      };
    }
    case 'path': {
      const given = spec.given!;
      const assertion = spec.assert!;
      const regexes = new Map<string, RegExp>();
      return {
        spec,
        run(graph, resource, out) {
          const entry = resource.entry;
          const hits = selectPointers(given, entry);
          if (hits.length === 0) {
            const undecided = unknownOnPath(given, entry, resource.path, graph.resolver);
            if (undecided) emit(graph, resource, out, { path: undecided.path, outcome: 'unknown', data: { unknownReason: undecided.reason } });
            else if (spec.absent === 'fail') emit(graph, resource, out, { path: [...resource.path, 'Properties'], data: { property: given.replace(/^\$\.?/, '') } });
            return;
          }
          for (const hit of hits) {
            const verdict = judge(graph.resolver.resolve(hit.value), (v) => test(assertion, v, regexes, tester));
            if (verdict === null) {
              if (spec.absent === 'fail' && graph.resolver.resolve(hit.value).every((r) => r.known && r.value === NO_VALUE))
                emit(graph, resource, out, { path: [...resource.path, ...hit.path], data: {} });
              continue;
            }
            emit(graph, resource, out, { path: [...resource.path, ...hit.path], data: verdict.data, outcome: verdict.outcome, conditions: verdict.conditions });
          }
        },
      };
    }
    case 'regex': {
      const re = new RegExp(spec.pattern!, spec.flags ?? '');
      return {
        spec,
        run(graph, resource, out) {
          if (spec.typeContains && !resource.type.includes(spec.typeContains)) return;
          const entry = resource.entry;
          if (!spec.given) {
            const text = boundedStringify(entry);
            if (text === null) emit(graph, resource, out, { path: resource.path, outcome: 'unknown', data: { unknownReason: 'the resource is too large to match as text' } });
            else if (tester(re, text)) emit(graph, resource, out, { path: resource.path, data: {} });
            return;
          }
          for (const hit of selectPointers(spec.given, entry)) {
            if (typeof hit.value === 'string' && tester(re, hit.value)) emit(graph, resource, out, { path: [...resource.path, ...hit.path], data: { value: hit.value.slice(0, 80) } });
          }
        },
      };
    }
  }
}


interface Hit {
  readonly path: (string | number)[];
  readonly value: unknown;
}

/** `$.Properties.X.Y`: names only, read directly (as JSONPath reads them: own properties, through a falsy value nothing). */
const SIMPLE_PATH = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const simplePaths = new Map<string, string[] | null>();

export function selectPointers(given: string, json: unknown): Hit[] {
  if (json === null || typeof json !== 'object') return [];
  let names = simplePaths.get(given);
  if (names === undefined) simplePaths.set(given, (names = SIMPLE_PATH.test(given) ? given.slice(2).split('.') : null));
  if (names !== null) {
    let node: unknown = json;
    for (const name of names) {
      if (!node || !Object.prototype.hasOwnProperty.call(node, name)) return [];
      node = (node as Record<string, unknown>)[name];
    }
    return [{ path: [...names], value: node }];
  }
  const results = JSONPath({ path: given, json: json as object, resultType: 'all', eval: false, wrap: true }) as { pointer: string; value: unknown }[];
  return results.map((r) => ({ path: pointerToPath(r.pointer), value: r.value }));
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/**
 * Combine the alternatives of a value: a finding when any known alternative fails the test
 * (naming its Fn::If branches), `unknown` when none fails but one could not be resolved, null when all pass.
 */
export function judge(
  alternatives: readonly Resolved[],
  fails: (v: unknown) => boolean,
): { outcome: Outcome; conditions: readonly ConditionBranch[]; data: FindingData } | null {
  let unknownAlt: Resolved | null = null;
  for (const alt of alternatives) {
    if (!alt.known) {
      unknownAlt ??= alt;
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    if (fails(alt.value)) return { outcome: 'fail', conditions: alt.conditions, data: { value: shortValue(alt.value) } };
  }
  if (unknownAlt && !unknownAlt.known) return { outcome: 'unknown', conditions: unknownAlt.conditions, data: { unknownReason: unknownAlt.reason } };
  return null;
}

function shortValue(v: unknown): string {
  // Sorted keys: the value feeds the fingerprint, which must not change when keys are reordered.
  const s = typeof v === 'string' ? v : boundedStringify(v, 10_000, true) ?? '…';
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** True when `v` is NOT compliant with the assertion. */
function test(a: Assertion, v: unknown, regexes: Map<string, RegExp>, tester: Tester): boolean {
  return !holds(a, v, regexes, tester);
}

function holds(a: Assertion, v: unknown, regexes: Map<string, RegExp>, tester: Tester): boolean {
  const re = (p: string): RegExp => {
    let r = regexes.get(p);
    if (!r) regexes.set(p, (r = new RegExp(p)));
    return r;
  };
  if ('equals' in a) return looseEquals(v, a.equals);
  if ('notEquals' in a) return !looseEquals(v, a.notEquals);
  if ('in' in a) return a.in.some((x) => looseEquals(v, x));
  if ('notIn' in a) return !a.notIn.some((x) => looseEquals(v, x));
  if ('matches' in a) return typeof v === 'string' && tester(re(a.matches), v);
  if ('notMatches' in a) return !(typeof v === 'string' && tester(re(a.notMatches), v));
  if ('exists' in a) return (v !== undefined && v !== null) === a.exists;
  if ('cidrIsWorld' in a) return typeof v === 'string' && cidrIsWorld(v) === a.cidrIsWorld;
  if ('portRangeIncludes' in a) return portRangeIncludes(v, a.portRangeIncludes);
  if ('all' in a) return a.all.every((x) => holds(x, v, regexes, tester));
  if ('any' in a) return a.any.some((x) => holds(x, v, regexes, tester));
  return !holds(a.not, v, regexes, tester);
}

/** CloudFormation passes scalars as text: `true` and "true", 5 and "5" are the same value. */
export function looseEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  if (scalar(a) && scalar(b)) return String(a).toLowerCase() === String(b).toLowerCase();
  return false;
}

/** Index rules by resource type so that each resource meets only its rules. */
export class RuleIndex {
  private readonly byType = new Map<string, CompiledRule[]>();
  private readonly wildcard: CompiledRule[] = [];

  constructor(readonly rules: readonly CompiledRule[]) {
    for (const r of rules) {
      for (const t of r.spec.resourceTypes) {
        if (t === '*') this.wildcard.push(r);
        else {
          const list = this.byType.get(t);
          if (list) list.push(r);
          else this.byType.set(t, [r]);
        }
      }
    }
  }

  forType(type: string): readonly CompiledRule[] {
    const specific = this.byType.get(type);
    if (!specific) return this.wildcard;
    return this.wildcard.length ? [...specific, ...this.wildcard] : specific;
  }
}

export function evaluate(graph: ResourceGraph, index: RuleIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const resource of graph.audited) {
    let view: TrackedView | undefined;
    for (const rule of index.forType(resource.type)) {
      try {
        if (rule.spec.kind === 'check') view ??= new TrackedView(resource);
        rule.run(graph, resource, out, view);
      } catch (e) {
        // A rule bug must not hide the resource: report it as unknown rather than crash or pass silently.
        out.push({
          ruleId: rule.spec.id,
          risk: rule.spec.risk,
          outcome: 'unknown',
          logicalId: resource.logicalId,
          resourceType: resource.type,
          path: resource.path,
          data: { unknownReason: `the rule could not evaluate this resource (${e instanceof Error ? e.message : String(e)})` },
          conditions: resource.assumptions,
          assumptions: resource.assumptions,
        });
      }
    }
  }
  return out;
}
