/**
 * The rule engine: rules compiled once, each resource visited once with the rules for its type.
 * Produces raw findings (rule, resource, path, data); positions and status are added by the core.
 */
import { jsonPathModule } from '../lazy/modules.js';
import type { Building, ConditionBranch, KeyPath, Outcome, UnknownCause } from '../types/types.js';
import type { Resource, ResourceGraph } from '../model/graph.js';
import { mergeBranches, NO_VALUE, readPath, type Alt, type Resolved } from '../model/resolve.js';
import { cidrIsWorld, portRangeIncludes } from '../model/network.js';
import type { Assertion, PathClause, RuleSpec } from './schema.js';
import { boundedStringify } from '../model/walk.js';
import { pointerSegment, pointerToPath } from '../schema/issues.js';
import { budgetedTest } from './regex-safety.js';
import { TrackedView, unknownOnPath, unresolvedRead } from './unknown-guard.js';
import { flagProperty } from './checks/data.js';

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
  readonly cause?: UnknownCause;
  /** Which of its declared messages a check reported (path and regex rules have one message and none). */
  readonly messageId?: string;
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
  readonly conditions?: readonly ConditionBranch[] | undefined;
  readonly cause?: UnknownCause;
}

export interface ReadOptions {
  /** The value to read from (default: the resource's Properties) and its path from the template root. */
  readonly root?: unknown;
  readonly base?: KeyPath;
  /** The check decides an unknown alternative itself (a presence test: a key given at deploy time is a key). */
  readonly settled?: boolean;
  /** Data for the `unknown` finding an unread alternative becomes (the property read is added). */
  readonly data?: FindingData;
}

/** What a check reports: a finding and the id of the message (declared by the check) it is worded by. */
export interface CheckReport<Id extends string = string> extends Report {
  readonly messageId: Id;
}

/** `O`: the check's options, as its schema admits them; `Id`: its message ids (see checks/define.ts). */
export interface CheckContext<O = Readonly<Record<string, unknown>>, Id extends string = string> {
  readonly graph: ResourceGraph;
  readonly resource: Resource;
  readonly rule: RuleSpec;
  readonly options: O;
  report(r: CheckReport<Id>): void;
  /**
   * Every value a property (a list of keys, followed through intrinsics) can take: known, absent or
   * unknown. The engine remembers the first unknown it hands out; when the check reports nothing on
   * the resource, that unknown becomes an `unknown` finding naming the property and the reason.
   */
  read(keys: KeyPath, opts?: ReadOptions): readonly Alt[];
  /** A value the check met through a model helper and could not read: treated like an unknown `read`. */
  undecided(path: KeyPath, reason: UnknownCause, conditions?: readonly ConditionBranch[], data?: FindingData): void;
}

/** What a helper that reads values but reports nothing takes (it cannot report: no message id fits `never`). */
export type ReadContext = CheckContext<unknown, never>;

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
  const emit = (graph: ResourceGraph, resource: Resource, out: RawFinding[], r: Report & { readonly messageId?: string }): void => {
    // A variant's findings hold under its branches too; a finding contradicting them cannot occur.
    const conditions = resource.assumptions.length ? mergeBranches(resource.assumptions, r.conditions ?? []) : (r.conditions ?? []);
    if (conditions === null) return;
    // Key by key, in this order (see Building).
    const f: Building<RawFinding> = {
      ruleId: spec.id,
      risk: spec.risk,
      outcome: r.outcome ?? 'fail',
      logicalId: r.logicalId ?? resource.logicalId,
      resourceType: r.resourceType ?? resource.type,
      path: r.path,
    };
    if (r.within !== undefined) f.within = r.within;
    f.data = r.data ?? {};
    f.conditions = conditions;
    f.assumptions = resource.assumptions;
    if (r.cause) f.cause = r.cause;
    if (r.messageId !== undefined) f.messageId = r.messageId;
    out.push(f as RawFinding);
  };
  switch (spec.kind) {
    case 'check': {
      // The rule schema admits only the declared checks (checks/index.ts); a registry without one is a build mistake.
      const name = spec.check;
      const fn = Object.prototype.hasOwnProperty.call(checks, name) ? checks[name] : undefined;
      const where = spec.source && spec.source !== 'builtin' ? `${spec.source}: ` : '';
      if (!fn) throw new RuleCompileError(`${where}rule ${spec.id}: no built-in check named \`${name}\``);
      const options = spec.options;
      return {
        spec,
        run(graph, resource, out, view) {
          const tracked = view ?? new TrackedView(resource);
          tracked.begin();
          const run = new CheckRun(graph, tracked.resource, resource.path, spec, options, (r) => emit(graph, resource, out, r));
          fn(run);
          if (run.reported) return;
          // Nothing decided the resource: what could not be read is reported, never passed silently.
          const missed = run.unread() ?? (tracked.reads.length ? unresolvedRead(tracked.reads, graph.resolver) : null);
          if (missed) emit(graph, resource, out, { path: missed.path, outcome: 'unknown', data: 'data' in missed ? missed.data : {}, cause: 'cause' in missed ? missed.cause : missed.reason, conditions: 'conditions' in missed ? missed.conditions : [] });
        },
      };
    }
    case 'path': {
      const regexes = new Map<string, RegExp>();
      const holdsFor = (c: PathClause) => (v: unknown) => holds(c.assert, v, regexes, tester);
      return {
        spec,
        run(graph, resource, out) {
          for (const w of spec.when) {
            const applies = clauseApplies(w, holdsFor(w), graph, resource);
            if (applies === true) continue;
            if (applies !== false) emit(graph, resource, out, applies);
            return;
          }
          if (spec.match === 'all') {
            // The first clause that does not hold is reported; the rest are not evaluated.
            for (const c of spec.clauses) {
              const reports = clauseReports(c, holdsFor(c), graph, resource, spec);
              for (const r of reports) emit(graph, resource, out, r);
              if (reports.length) return;
            }
            return;
          }
          // `any`: one clause holding is enough; else unknown when a clause could not be decided, else the first clause's findings.
          let failed: Report[] | null = null;
          let undecided: Report[] | null = null;
          for (const c of spec.clauses) {
            const reports = clauseReports(c, holdsFor(c), graph, resource, spec);
            if (reports.length === 0) return;
            if (reports.every((r) => r.outcome === 'unknown')) undecided ??= reports;
            else failed ??= reports;
          }
          for (const r of undecided ?? failed ?? []) emit(graph, resource, out, r);
        },
      };
    }
    case 'regex': {
      const re = new RegExp(spec.pattern, spec.flags);
      return {
        spec,
        run(graph, resource, out) {
          if (spec.typeContains && !resource.type.includes(spec.typeContains)) return;
          const entry = resource.entry;
          if (!spec.given) {
            const text = boundedStringify(entry);
            if (text === null) emit(graph, resource, out, { path: resource.path, outcome: 'unknown', data: {}, cause: { code: 'resource-too-large', args: {} } });
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


type Pending = { path: KeyPath; conditions: readonly ConditionBranch[]; data: FindingData; cause: UnknownCause };

/**
 * The context a check runs with: `read` and `undecided` remember the first value the check could not
 * read; `unread()` gives it as the data of an `unknown` report, for when the check reported nothing.
 * One object per rule and resource (the methods live on the prototype, not in a closure each).
 */
class CheckRun implements CheckContext {
  reported = false;
  private pending: Pending | null = null;

  constructor(
    readonly graph: ResourceGraph,
    readonly resource: Resource,
    private readonly resourcePath: KeyPath,
    readonly rule: RuleSpec,
    readonly options: Readonly<Record<string, unknown>>,
    private readonly sink: (r: CheckReport) => void,
  ) {}

  report(r: CheckReport): void {
    this.reported = true;
    this.sink(r);
  }

  read(keys: KeyPath, opts: ReadOptions = {}): readonly Alt[] {
    const alts = readPath(this.graph.resolver, opts.root === undefined ? this.resource.properties : opts.root, keys);
    if (this.pending === null && !opts.settled) {
      const u = alts.find((a) => a.state === 'unknown');
      if (u)
        this.pending = { path: [...(opts.base ?? [...this.resourcePath, 'Properties']), ...u.at], conditions: u.conditions, data: { property: keys.join('.'), ...opts.data }, cause: u.reason };
    }
    return alts;
  }

  undecided(path: KeyPath, reason: UnknownCause, conditions: readonly ConditionBranch[] = [], data: FindingData = {}): void {
    this.pending ??= { path, conditions, data, cause: reason };
  }

  unread(): Pending | null {
    return this.pending;
  }
}

/** What one path clause reports on a resource: nothing when it holds, else a failing or unknown report per place. */
function clauseReports(c: PathClause, holdsFor: (v: unknown) => boolean, graph: ResourceGraph, resource: Resource, rule: RuleSpec): Report[] {
  if ('property' in c) {
    if ('exists' in c.assert && c.assert.exists) {
      // Presence: a value computed at deploy time (GetAtt, ImportValue) is present; a missing one (in any Fn::If branch) is reported on Properties.
      const absent = c.absent === 'fail' ? readPath(graph.resolver, resource.properties, c.property).find((a) => a.state === 'absent') : undefined;
      return absent ? [{ path: [...resource.path, 'Properties'], conditions: absent.conditions, data: { property: c.property.join('.'), value: 'absent' } }] : [];
    }
    // The same read and report as built-in checks: through intrinsics at every level, {property, value} data.
    const out: Report[] = [];
    // A path rule has one message: the id the shared helper reports is not kept.
    const run = new CheckRun(graph, resource, resource.path, rule, {}, ({ messageId: _id, ...r }) => out.push(r));
    flagProperty(run, c.property, { fails: (v) => !holdsFor(v), absent: c.absent, messageId: 'property' });
    const unread = run.reported ? null : run.unread();
    if (unread) out.push({ ...unread, outcome: 'unknown' });
    return out;
  }
  const entry = resource.entry;
  const hits = selectPointers(c.given, entry);
  if (hits.length === 0) {
    const undecided = unknownOnPath(c.given, entry, resource.path, graph.resolver);
    if (undecided) return [{ path: undecided.path, outcome: 'unknown', data: {}, cause: undecided.reason }];
    return c.absent === 'fail' ? [{ path: [...resource.path, 'Properties'], data: { property: c.given.replace(/^\$\.?/, '') } }] : [];
  }
  const out: Report[] = [];
  for (const hit of hits) {
    const alternatives = graph.resolver.resolve(hit.value);
    const verdict = judge(alternatives, (v) => !holdsFor(v));
    if (verdict === null) {
      if (c.absent === 'fail' && alternatives.every((r) => r.known && r.value === NO_VALUE)) out.push({ path: [...resource.path, ...hit.path], data: {} });
      continue;
    }
    out.push({ path: [...resource.path, ...hit.path], data: verdict.data, outcome: verdict.outcome, conditions: verdict.conditions, ...(verdict.cause ? { cause: verdict.cause } : {}) });
  }
  // Every selected value passed, but a list item (or mapping) the path goes through may be only known at
  // deploy time. A path without wildcards that selected its value went through plain mappings only.
  if (out.length === 0 && (c.given.includes('*') || c.given.includes('..'))) {
    const undecided = unknownOnPath(c.given, entry, resource.path, graph.resolver);
    if (undecided) out.push({ path: undecided.path, outcome: 'unknown', data: {}, cause: undecided.reason });
  }
  return out;
}

/**
 * Whether a `when` clause lets the rule apply: true when some selected value (in some Fn::If branch)
 * satisfies it, or when nothing is selected and the clause says `absent: pass`; an unknown report when
 * no known value satisfies it but one could not be resolved (unknown is never a silent pass); else false.
 */
function clauseApplies(c: PathClause, holdsFor: (v: unknown) => boolean, graph: ResourceGraph, resource: Resource): true | false | Report {
  if ('property' in c) {
    const base: KeyPath = [...resource.path, 'Properties'];
    let unknown: Report | null = null;
    for (const alt of readPath(graph.resolver, resource.properties, c.property)) {
      if (alt.state === 'unknown') unknown ??= { path: base, outcome: 'unknown', data: { property: c.property.join('.') }, cause: alt.reason, conditions: alt.conditions };
      else if (alt.state === 'absent' ? c.absent === 'pass' : holdsFor(alt.value)) return true;
    }
    return unknown ?? false;
  }
  const entry = resource.entry;
  const hits = selectPointers(c.given, entry);
  if (hits.length === 0) {
    const undecided = unknownOnPath(c.given, entry, resource.path, graph.resolver);
    if (undecided) return { path: undecided.path, outcome: 'unknown', data: {}, cause: undecided.reason };
    return c.absent === 'pass';
  }
  let unknown: Report | null = null;
  for (const hit of hits) {
    for (const alt of graph.resolver.resolve(hit.value)) {
      if (!alt.known) unknown ??= { path: [...resource.path, ...hit.path], outcome: 'unknown', data: {}, cause: alt.reason, conditions: alt.conditions };
      else if (alt.value === NO_VALUE ? c.absent === 'pass' : holdsFor(alt.value)) return true;
    }
  }
  return unknown ?? false;
}

interface Hit {
  readonly path: (string | number)[];
  readonly value: unknown;
}

/**
 * Paths read directly, as the JSONPath engine reads them: `$.A.B` (names only: own properties,
 * through a falsy value nothing) and `$.A..B.C` (one recursive descent: B.C at A and at every object
 * or list below it, node before children, keys in order). Anything else goes through the engine.
 */
type PathPlan = { readonly before: readonly string[]; readonly descend: boolean; readonly after: readonly string[] };
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const PLANNED_PATH = new RegExp(`^\\$((?:\\.${NAME})*)(?:\\.\\.(${NAME}(?:\\.${NAME})*))?$`);
const pathPlans = new Map<string, PathPlan | null>();

function planOf(given: string): PathPlan | null {
  let plan = pathPlans.get(given);
  if (plan === undefined) {
    const m = PLANNED_PATH.exec(given);
    const names = (s: string | undefined): string[] => (s ? s.split('.').filter((n) => n !== '') : []);
    plan = m && (m[1] || m[2]) ? { before: names(m[1]), descend: m[2] !== undefined, after: names(m[2]) } : null;
    pathPlans.set(given, plan);
  }
  return plan;
}

/** `names` read from `node` (own properties, through a falsy value nothing): the value, or undefined when one is missing. */
function follow(node: unknown, names: readonly string[], path: (string | number)[]): { value: unknown } | undefined {
  for (const name of names) {
    if (!node || !Object.prototype.hasOwnProperty.call(node, name)) return undefined;
    node = (node as Record<string, unknown>)[name];
    path.push(name);
  }
  return { value: node };
}

export function selectPointers(given: string, json: unknown): Hit[] {
  if (json === null || typeof json !== 'object') return [];
  const plan = planOf(given);
  if (plan !== null) {
    const path: (string | number)[] = [];
    const start = follow(json, plan.before, path);
    if (start === undefined) return [];
    if (!plan.descend) return [{ path, value: start.value }];
    const out: Hit[] = [];
    const descend = (node: unknown, at: (string | number)[]): void => {
      const here = [...at];
      const hit = follow(node, plan.after, here);
      if (hit !== undefined) out.push({ path: here, value: hit.value });
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) if (typeof node[i] === 'object') descend(node[i], [...at, i]);
      } else if (node && typeof node === 'object') {
        for (const k of Object.keys(node)) {
          const x = (node as Record<string, unknown>)[k];
          if (typeof x === 'object') descend(x, [...at, pointerSegment(k)]);
        }
      }
    };
    descend(start.value, path);
    return out;
  }
  const results = jsonPathModule().JSONPath<{ pointer: string; value: unknown }[]>({ path: given, json, resultType: 'all', eval: false, wrap: true });
  return results.map((r) => ({ path: pointerToPath(r.pointer), value: r.value }));
}


/**
 * Combine the alternatives of a value: a finding when any known alternative fails the test
 * (naming its Fn::If branches), `unknown` when none fails but one could not be resolved, null when all pass.
 */
export function judge(
  alternatives: readonly Resolved[],
  fails: (v: unknown) => boolean,
): { outcome: Outcome; conditions: readonly ConditionBranch[]; data: FindingData; cause?: UnknownCause } | null {
  let unknownAlt: Resolved | null = null;
  for (const alt of alternatives) {
    if (!alt.known) {
      unknownAlt ??= alt;
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    if (fails(alt.value)) return { outcome: 'fail', conditions: alt.conditions, data: { value: shortValue(alt.value) } };
  }
  if (unknownAlt && !unknownAlt.known) return { outcome: 'unknown', conditions: unknownAlt.conditions, data: {}, cause: unknownAlt.reason };
  return null;
}

function shortValue(v: unknown): string {
  // Sorted keys: the value feeds the fingerprint, which must not change when keys are reordered.
  const s = typeof v === 'string' ? v : boundedStringify(v, 10_000, true) ?? '…';
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
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

  /** The rules of a type and the wildcard ones, made once per type (asked for every resource). */
  private readonly withWildcard = new Map<string, readonly CompiledRule[]>();

  forType(type: string): readonly CompiledRule[] {
    const specific = this.byType.get(type);
    if (!specific) return this.wildcard;
    if (!this.wildcard.length) return specific;
    let both = this.withWildcard.get(type);
    if (!both) this.withWildcard.set(type, (both = [...specific, ...this.wildcard]));
    return both;
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
          data: {},
          conditions: resource.assumptions,
          assumptions: resource.assumptions,
          cause: { code: 'rule-crashed', args: { error: e instanceof Error ? e.message : String(e) } },
        });
      }
    }
  }
  return out;
}
