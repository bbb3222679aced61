/**
 * Value resolution. A template value may hold intrinsics; `resolve` turns one into the list of values
 * it can take (both `Fn::If` branches, each `AllowedValues` entry, …), each either known or unknown.
 * Resolution is shallow: an object or list comes back as it is, its members resolved when a rule asks.
 */
import type { ConditionBranch, KeyPath, ValueReason } from '../types/types.js';
import type { MemoHost, MemoSlot } from './memo.js';
import { boundedStringify } from './walk.js';

export type Resolved =
  | { readonly known: true; readonly value: unknown; readonly conditions: readonly ConditionBranch[] }
  | {
      readonly known: false;
      readonly reason: ValueReason;
      readonly conditions: readonly ConditionBranch[];
      /** What is known of an unknown text: literal pieces with `HOLE` where a deploy-time value goes. */
      readonly partial?: readonly Segment[];
      /** What is known of an unknown list: its leading items (the rest is unknown). */
      readonly prefix?: readonly unknown[];
      /** An id or ARN computed at deploy time (a parent stack's GetAtt, a resource Ref): never a pattern such as `*`. */
      readonly opaque?: true;
    };

/**
 * What reading a property gives, per alternative: a known value, absent (no key, or `AWS::NoValue`),
 * or unknown with the reason. This is the one union of value states that checks see (through the
 * check context's `read`); `Resolved` is the resolver's own algebra, which keeps `AWS::NoValue` as a
 * value (Fn::Join and Fn::Select must see it) and partly known texts and lists.
 */
export type Alt =
  | { readonly state: 'value'; readonly value: unknown; readonly conditions: readonly ConditionBranch[] }
  | { readonly state: 'absent'; readonly conditions: readonly ConditionBranch[] }
  | {
      readonly state: 'unknown';
      readonly reason: ValueReason;
      readonly conditions: readonly ConditionBranch[];
      /** The keys read down to the value that could not be resolved (a prefix of the keys asked for). */
      readonly at: KeyPath;
    };

/** Every value a nested property can take, following intrinsics (Fn::If, Ref, …) at each level; a number indexes a list. */
export function readPath(resolver: Resolver, root: unknown, keys: KeyPath): Alt[] {
  let alts: Alt[] = [{ state: 'value', value: root, conditions: [] }];
  for (let depth = 0; depth < keys.length; depth++) {
    const key = keys[depth]!;
    const next: Alt[] = [];
    for (const a of alts) {
      if (a.state !== 'value') {
        next.push(a);
        continue;
      }
      for (const r of resolver.resolve(a.value)) {
        const conditions = [...a.conditions, ...r.conditions];
        const v = r.known ? r.value : undefined;
        if (!r.known) next.push({ state: 'unknown', reason: r.reason, conditions, at: keys.slice(0, depth) });
        else if (
          typeof key === 'number' ? Array.isArray(v) && key < v.length : v !== null && typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, key)
        )
          next.push({ state: 'value', value: (v as Record<string | number, unknown>)[key], conditions });
        else next.push({ state: 'absent', conditions });
      }
    }
    alts = next.slice(0, MAX_ALTERNATIVES);
  }
  return alts.flatMap((a): Alt[] => {
    if (a.state !== 'value') return [a];
    return resolver.resolve(a.value).map((r): Alt => {
      const conditions = [...a.conditions, ...r.conditions];
      if (!r.known) return { state: 'unknown', reason: r.reason, conditions, at: keys };
      if (r.value === NO_VALUE || r.value === undefined || r.value === null) return { state: 'absent', conditions };
      return { state: 'value', value: r.value, conditions };
    });
  });
}

/** A deploy-time value inside a partly known text. */
export const HOLE: unique symbol = Symbol('hole');
export type Segment = string | typeof HOLE;

/** `Ref: AWS::NoValue` — the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

const MAX_ALTERNATIVES = 32;
const MAX_DEPTH = 40;

export interface ParameterInfo {
  readonly name: string;
  readonly type: string;
  readonly default?: unknown;
  readonly allowedValues?: readonly unknown[] | undefined;
  readonly noEcho: boolean;
}

/** A resource as the resolver needs it: for `Fn::GetAtt` attributes that copy a property. */
export interface ResolvableResource {
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface ResolveContext {
  readonly parameters: ReadonlyMap<string, ParameterInfo>;
  /**
   * Values given for parameters: by the user (--parameters, strings as CloudFormation receives them) or
   * by a parent stack (its alternatives, possibly unknown). A given parameter never falls back to Default.
   */
  readonly given: ReadonlyMap<string, readonly Resolved[]>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly resources: ReadonlyMap<string, ResolvableResource>;
  /** `Fn::ImportValue` of an export another stack of the run defines; undefined when none does. */
  readonly imports?: (name: string) => readonly Resolved[] | undefined;
}

/** Parameter values from a parameters file, as the resolver takes them. */
export function givenFromStrings(values: Readonly<Record<string, string>>): Map<string, readonly Resolved[]> {
  const out = new Map<string, readonly Resolved[]>();
  for (const [k, v] of Object.entries(values)) out.set(k, [known(v)]);
  return out;
}

/** No branches: one frozen list shared by every value that holds unconditionally (the resolver makes millions). */
const ALWAYS: readonly ConditionBranch[] = Object.freeze([]);
const known = (value: unknown, conditions: readonly ConditionBranch[] = ALWAYS): Resolved => ({ known: true, value, conditions });
const unknown = (reason: ValueReason, conditions: readonly ConditionBranch[] = ALWAYS, extra?: { partial?: readonly Segment[]; prefix?: readonly unknown[] }): Resolved =>
  extra && (extra.partial || extra.prefix) ? { known: false, reason, conditions, ...extra } : { known: false, reason, conditions };

/**
 * Asked of a stand-in for a node (the unknown guard's tracked views of a resource, which are
 * proxies): which intrinsic it stands for (null: none), recording what looking into it records.
 * Enumerating a proxy runs its traps key by key, a hundred times slower than this one read.
 */
export const INTRINSIC_OF_STAND_IN: unique symbol = Symbol('intrinsic of a stand-in');

/** The single intrinsic key of `v`, if `v` is an intrinsic node `{ "Fn::X": … }` or `{ "Ref": … }`. */
export function intrinsicName(v: unknown): string | null {
  if (v === null || typeof v !== 'object') return null;
  const standIn = (v as { readonly [INTRINSIC_OF_STAND_IN]?: string | null })[INTRINSIC_OF_STAND_IN];
  if (standIn !== undefined) return standIn;
  if (Array.isArray(v)) return null;
  // The hottest function of a run: no array of keys is made for it.
  let k: string | null = null;
  for (const key in v) {
    if (k !== null) return null;
    k = key;
  }
  return k !== null && (k === 'Ref' || k === 'Condition' || k.startsWith('Fn::')) && Object.prototype.hasOwnProperty.call(v, k) ? k : null;
}

/**
 * Calls `f` for every member of a list value, resolving the list and each member (both `Fn::If`
 * branches, with their conditions). `unresolved` hears of the list or a member only known at deploy
 * time. With `scalarIsItem`, a value that is not a list counts as a list of one (IAM's `Policies`).
 */
export function forEachListItem(
  list: unknown,
  path: KeyPath,
  resolver: Resolver,
  f: (item: unknown, path: KeyPath, conditions: readonly ConditionBranch[]) => void,
  opts: { readonly scalarIsItem?: boolean; readonly unresolved?: (raw: unknown, path: KeyPath, reason: ValueReason, conditions: readonly ConditionBranch[]) => void } = {},
): void {
  if (list === undefined) return;
  for (const alt of resolver.resolve(list)) {
    if (!alt.known) {
      opts.unresolved?.(list, path, alt.reason, alt.conditions);
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    const isList = Array.isArray(alt.value);
    if (!isList && !opts.scalarIsItem) continue;
    const items: readonly unknown[] = isList ? (alt.value as unknown[]) : [alt.value];
    items.forEach((raw, i) => {
      const itemPath = isList ? [...path, i] : path;
      for (const it of resolver.resolve(raw)) {
        const conditions = [...alt.conditions, ...it.conditions];
        if (!it.known) opts.unresolved?.(raw, itemPath, it.reason, conditions);
        else if (it.value !== NO_VALUE) f(it.value, itemPath, conditions);
      }
    });
  }
}

export class Resolver implements MemoHost {
  /**
   * Results per intrinsic node: YAML aliases share nodes, so a small file can name one node 2^30 times.
   * A Map: it lives as long as the template it is keyed by, and a weak table costs the collector more.
   */
  private readonly memo = new Map<object, Resolved[]>();
  /** What the rules compute once per graph (memo.ts). */
  readonly memos = new Map<MemoSlot<unknown>, unknown>();

  constructor(private readonly ctx: ResolveContext) {}

  /** The values given for a parameter (by the user or a parent stack), if any. */
  givenFor(name: string): readonly Resolved[] | undefined {
    return this.ctx.given.get(name);
  }

  /** Every value `v` can take. Never empty. Equal alternatives are merged. */
  resolve(v: unknown): readonly Resolved[] {
    return cap(this.res(v, 0));
  }

  /** Resolve to strings (numbers and booleans stringified as CloudFormation would). */
  resolveString(v: unknown): readonly Resolved[] {
    return this.resolve(v).map((r) => {
      if (!r.known) return r;
      const x = r.value;
      if (typeof x === 'string') return r;
      if (typeof x === 'number' || typeof x === 'boolean') return known(String(x), r.conditions);
      if (x === NO_VALUE) return r;
      return unknown({ code: 'expected-text', args: { found: Array.isArray(x) ? 'a list' : typeof x } }, r.conditions);
    });
  }

  /** Resolve to lists whose items are resolved too (one alternative per combination). */
  resolveList(v: unknown): readonly Resolved[] {
    return cap(this.list(v, 0));
  }

  private res(v: unknown, depth: number): Resolved[] {
    if (depth > MAX_DEPTH) return [unknown({ code: 'too-deep', args: {} })];
    const name = intrinsicName(v);
    if (name === null) return [known(v)];
    const node = v as Record<string, unknown>;
    const cached = this.memo.get(node);
    if (cached) return cached;
    const out = dedupe(this.evaluate(name, node[name], depth));
    this.memo.set(node, out);
    return out;
  }

  private evaluate(name: string, arg: unknown, depth: number): Resolved[] {
    switch (name) {
      case 'Ref':
        return this.ref(arg);
      case 'Fn::If':
        return this.fnIf(arg, depth);
      case 'Fn::Sub':
        return this.sub(arg, depth);
      case 'Fn::Join':
        return this.join(arg, depth);
      case 'Fn::FindInMap':
        return this.findInMap(arg, depth);
      case 'Fn::Select':
        return this.select(arg, depth);
      case 'Fn::Split':
        return this.split(arg, depth);
      case 'Fn::GetAtt':
        return this.getAtt(arg, depth);
      case 'Fn::ImportValue':
        return this.importValue(arg, depth);
      case 'Fn::Base64':
        // The value is the text before encoding as far as any rule is concerned (UserData, secrets).
        return this.stringsOf(this.res(arg, depth + 1));
      case 'Fn::Length':
        return this.list(arg, depth).map((r) => (r.known ? known((r.value as unknown[]).length, r.conditions) : unknown(r.reason, r.conditions)));
      case 'Fn::ToJsonString':
        return this.res(arg, depth + 1).map((r) => {
          if (!r.known) return r;
          const text = boundedStringify(r.value, 100_000);
          return text === null || containsIntrinsic(r.value) ? unknown({ code: 'to-json-deploy-time', args: {} }, r.conditions) : known(text, r.conditions);
        });
      default:
        return [unknown({ code: 'not-evaluated', args: { fn: name } })];
    }
  }

  private ref(arg: unknown): Resolved[] {
    if (typeof arg !== 'string') return [unknown({ code: 'ref-non-text', args: {} })];
    if (arg === 'AWS::NoValue') return [known(NO_VALUE)];
    const given = this.ctx.given.get(arg);
    const param = this.ctx.parameters.get(arg);
    // For these types the Default (or given value) is the *name* of an SSM parameter; its value is read at deploy time.
    if (param && param.type.startsWith('AWS::SSM::Parameter::Value<')) {
      const name = given?.find((g) => g.known)?.value ?? param.default;
      return [unknown({ code: 'ssm-parameter', args: { name: arg, ssmName: typeof name === 'string' ? name : null } })];
    }
    const asValue = (x: unknown): unknown => (param && isListType(param.type) && typeof x === 'string' ? x.split(',').map((s) => s.trim()) : x);
    if (given !== undefined) return given.map((g) => (g.known ? known(asValue(g.value), g.conditions) : g));
    if (param) {
      if (param.default !== undefined && param.default !== null) return [known(asValue(param.default))];
      if (param.allowedValues && param.allowedValues.length > 0) return param.allowedValues.map((x) => known(asValue(x)));
      return [unknown({ code: 'parameter-no-default', args: { name: arg } })];
    }
    if (arg.startsWith('AWS::')) return [unknown({ code: 'pseudo-parameter', args: { name: arg } })];
    if (this.ctx.resources.has(arg)) return [unknown({ code: 'resource-ref', args: { name: arg } })];
    return [unknown({ code: 'undefined-ref', args: { name: arg } })];
  }

  private fnIf(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return [unknown({ code: 'malformed', args: { fn: 'Fn::If' } })];
    const cond = arg[0];
    const out: Resolved[] = [];
    for (const [i, branch] of [
      [1, true],
      [2, false],
    ] as const) {
      for (const r of this.res(arg[i], depth + 1)) {
        const c = withCondition(r, { condition: cond, branch });
        if (c) out.push(c);
      }
    }
    return out.length ? out : [unknown({ code: 'no-consistent-combination', args: {} })];
  }

  private getAtt(arg: unknown, depth: number): Resolved[] {
    const [target, attribute]: readonly unknown[] = Array.isArray(arg)
      ? [(arg as unknown[])[0], (arg as unknown[])[1]]
      : typeof arg === 'string'
        ? [arg.slice(0, arg.indexOf('.') < 0 ? arg.length : arg.indexOf('.')), arg.indexOf('.') < 0 ? undefined : arg.slice(arg.indexOf('.') + 1)]
        : [undefined, undefined];
    if (typeof target !== 'string' || typeof attribute !== 'string') return [unknown({ code: 'malformed', args: { fn: 'Fn::GetAtt' } })];
    const res = this.ctx.resources.get(target);
    const rule = res ? templateAttribute(res.type, attribute) : undefined;
    if (res && rule) {
      if ('property' in rule) {
        const v = res.properties[rule.property];
        if (v !== undefined) return this.res(v, depth + 1);
      } else {
        return this.sub([rule.sub, res.properties], depth + 1, true);
      }
    }
    return [unknown({ code: 'getatt-deploy-time', args: { target, attribute } })];
  }

  private importValue(arg: unknown, depth: number): Resolved[] {
    if (!this.ctx.imports) return [unknown({ code: 'import-value', args: {} })];
    return this.stringsOf(this.res(arg, depth + 1)).flatMap((r) => {
      if (!r.known) return [unknown({ code: 'import-name-deploy-time', args: {} }, r.conditions)];
      const name = String(r.value);
      const found = this.ctx.imports!(name);
      if (!found) return [unknown({ code: 'import-outside-run', args: { name } }, r.conditions)];
      return found.map((f) => (f.known ? known(f.value, r.conditions) : unknown(f.reason, r.conditions)));
    });
  }

  /** `Fn::Sub`; with `propertiesOnly`, `${Name}` reads the variables (a resource's properties) and never a parameter. */
  private sub(arg: unknown, depth: number, propertiesOnly = false): Resolved[] {
    let text: unknown = arg;
    let vars: Readonly<Record<string, unknown>> = {};
    if (Array.isArray(arg)) {
      text = arg[0];
      if (arg[1] && typeof arg[1] === 'object' && !Array.isArray(arg[1])) vars = arg[1] as Record<string, unknown>;
    }
    if (typeof text !== 'string') return [unknown({ code: 'malformed', args: { fn: 'Fn::Sub' } })];
    // Split into literal parts and ${Name} placeholders; ${!Literal} stays literal.
    const parts: (string | { name: string })[] = [];
    const re = /\$\{([^}]*)\}/g;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      parts.push(text.slice(last, m.index));
      const inner = m[1]!;
      if (inner.startsWith('!')) parts.push('${' + inner.slice(1) + '}');
      else parts.push({ name: inner.trim() });
      last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
    let acc: Resolved[] = [known('')];
    for (const part of parts) {
      let options: Resolved[];
      if (typeof part === 'string') options = [known(part)];
      else if (Object.prototype.hasOwnProperty.call(vars, part.name)) options = this.stringsOf(this.res(vars[part.name], depth + 1));
      else if (propertiesOnly)
        options = part.name.startsWith('AWS::') ? this.stringsOf(this.ref(part.name)) : [unknown({ code: 'sub-variable-deploy-time', args: { name: part.name } })];
      else if (part.name.includes('.')) {
        const dot = part.name.indexOf('.');
        options = this.stringsOf(this.getAtt([part.name.slice(0, dot), part.name.slice(dot + 1)], depth + 1));
      } else options = this.stringsOf(this.ref(part.name));
      acc = combine(acc, options, concatText);
    }
    return acc;
  }

  private stringsOf(rs: Resolved[]): Resolved[] {
    return rs.map((r) => {
      if (!r.known) return r;
      if (typeof r.value === 'string' || typeof r.value === 'number' || typeof r.value === 'boolean') return known(String(r.value), r.conditions);
      if (Array.isArray(r.value) && r.value.every((x) => typeof x === 'string')) return known(r.value.join(','), r.conditions);
      return unknown({ code: 'non-text-in-string', args: {} }, r.conditions);
    });
  }

  private list(v: unknown, depth: number): Resolved[] {
    // A list may itself be an intrinsic (Ref to a list parameter, Fn::Split, …), and its items may be too.
    return this.res(v, depth + 1).flatMap((r) => {
      if (!r.known) return [r];
      if (!Array.isArray(r.value)) return [unknown({ code: 'expected-list', args: {} }, r.conditions)];
      let acc: Resolved[] = [known([] as unknown[], r.conditions)];
      for (const item of r.value) {
        acc = combine(acc, this.res(item, depth + 1), appendItem);
        if (acc.length > MAX_ALTERNATIVES || acc[0] === TOO_MANY) return [unknown(TOO_MANY.reason, r.conditions)];
      }
      return acc;
    });
  }

  private join(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return [unknown({ code: 'malformed', args: { fn: 'Fn::Join' } })];
    const delim = arg[0];
    return this.list(arg[1], depth).map((r) => {
      if (!r.known) return r.prefix ? unknown(r.reason, r.conditions, { partial: joinSegments(r.prefix, delim, true) }) : r;
      const items = (r.value as unknown[]).filter((x) => x !== NO_VALUE);
      if (!items.every((x) => ['string', 'number', 'boolean'].includes(typeof x))) return unknown({ code: 'join-non-text', args: {} }, r.conditions);
      return known(items.map(String).join(delim), r.conditions);
    });
  }

  private findInMap(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length < 3) return [unknown({ code: 'malformed', args: { fn: 'Fn::FindInMap' } })];
    // A key only known at deploy time (AWS::Region, …) must still be one of the map's keys, or the
    // deployment fails: the value is one of the entries at that level.
    const options: Resolved[][] = arg.slice(0, 3).map((part) => this.stringsOf(this.res(part, depth + 1)).map((r) => (r.known ? r : known(ANY_KEY, r.conditions))));
    let acc: Resolved[] = [known([] as unknown[])];
    for (const o of options) acc = combine(acc, o, appendItem);
    const fallback = arg.length >= 4 && arg[3] && typeof arg[3] === 'object' && !Array.isArray(arg[3]) ? (arg[3] as Record<string, unknown>)['DefaultValue'] : undefined;
    const out: Resolved[] = [];
    for (const r of acc) {
      if (!r.known) {
        out.push(r);
        continue;
      }
      const [m, k1, k2] = r.value as (string | typeof ANY_KEY)[];
      if (m === ANY_KEY) {
        out.push(unknown({ code: 'findinmap-map-deploy-time', args: {} }, r.conditions));
        continue;
      }
      const values = lookUp(this.ctx.mappings, [m!, k1!, k2!]);
      if (fallback !== undefined)
        values.push(
          ...this.res(fallback, depth + 1)
            .filter((x) => x.known)
            .map((x) => x.value),
        );
      if (values.length === 0) out.push(unknown({ code: 'findinmap-missing', args: { lookup: `${String(m)}/${describeKey(k1)}/${describeKey(k2)}` } }, r.conditions));
      for (const val of values) for (const x of this.res(val, depth + 1)) out.push(x.known ? known(x.value, r.conditions) : unknown(x.reason, r.conditions));
      if (out.length > MAX_ALTERNATIVES * 4) return [TOO_MANY];
    }
    return out;
  }

  private select(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 2) return [unknown({ code: 'malformed', args: { fn: 'Fn::Select' } })];
    const idx = this.res(arg[0], depth + 1);
    const lists = this.list(arg[1], depth);
    const out: Resolved[] = [];
    for (const i of idx) {
      for (const l of lists) {
        const conditions = mergeBranches(i.conditions, l.conditions);
        if (conditions === null) continue;
        const n = i.known ? Number(i.value) : NaN;
        if (!i.known) out.push(unknown(i.reason, conditions));
        else if (l.known) {
          const items = l.value as unknown[];
          out.push(Number.isInteger(n) && n >= 0 && n < items.length ? known(items[n], conditions) : unknown({ code: 'select-out-of-range', args: {} }, conditions));
        } else if (l.prefix && Number.isInteger(n) && n >= 0 && n < l.prefix.length) out.push(known(l.prefix[n], conditions));
        else out.push(unknown(l.reason, conditions));
      }
    }
    return out.length ? out : [unknown({ code: 'no-consistent-combination', args: {} })];
  }

  private split(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return [unknown({ code: 'malformed', args: { fn: 'Fn::Split' } })];
    const delim = arg[0];
    return this.stringsOf(this.res(arg[1], depth + 1)).map((r) => {
      if (r.known) return known(String(r.value).split(delim), r.conditions);
      return r.partial && delim !== '' ? unknown(r.reason, r.conditions, { prefix: splitPrefix(r.partial, delim) }) : r;
    });
  }
}

const TOO_MANY: Extract<Resolved, { known: false }> = Object.freeze({ known: false as const, reason: { code: 'too-many-combinations' as const, args: {} }, conditions: [] });
/** A map key that is only known at deploy time: every key of that level. */
const ANY_KEY: unique symbol = Symbol('any key');

function describeKey(k: unknown): string {
  return k === ANY_KEY ? '(deploy-time key)' : String(k);
}

function lookUp(mappings: Readonly<Record<string, unknown>>, keys: readonly (string | typeof ANY_KEY)[]): unknown[] {
  let level: unknown[] = [mappings];
  for (const k of keys) {
    const next: unknown[] = [];
    for (const node of level) {
      if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
      const o = node as Record<string, unknown>;
      if (k === ANY_KEY) next.push(...Object.values(o));
      else if (Object.prototype.hasOwnProperty.call(o, k)) next.push(o[k]);
    }
    level = next;
  }
  return level;
}

function isListType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<');
}

function containsIntrinsic(v: unknown, depth = 0): boolean {
  if (depth > 100 || v === null || typeof v !== 'object') return false;
  if (intrinsicName(v) !== null) return true;
  return (Array.isArray(v) ? v : Object.values(v)).some((x) => containsIntrinsic(x, depth + 1));
}

function withCondition(r: Resolved, c: ConditionBranch): Resolved | null {
  const conditions = mergeBranches([c], r.conditions);
  if (conditions === null) return null; // the branch contradicts a branch of the same condition inside it
  return r.known ? known(r.value, conditions) : { ...r, conditions };
}

/** Text concatenation that keeps what is known of partly known texts. */
function concatText(a: Resolved, b: Resolved, conditions: readonly ConditionBranch[]): Resolved {
  if (a.known && b.known) return known(String(a.value) + String(b.value), conditions);
  // Not both known (the first line), so one of them holds the reason.
  const reason = !a.known ? a.reason : (b as Extract<Resolved, { known: false }>).reason;
  return unknown(reason, conditions, { partial: [...segmentsOf(a), ...segmentsOf(b)] });
}

function segmentsOf(r: Resolved): readonly Segment[] {
  if (r.known) return [String(r.value)];
  return r.partial ?? [HOLE];
}

function appendItem(a: Resolved, b: Resolved, conditions: readonly ConditionBranch[]): Resolved {
  if (a.known && b.known) return known([...(a.value as unknown[]), b.value], conditions);
  // Items before the first unknown one keep their places.
  const prefix = a.known ? (a.value as unknown[]) : (a.prefix ?? []);
  const reason = !a.known ? a.reason : (b as Extract<Resolved, { known: false }>).reason;
  return unknown(reason, conditions, { prefix });
}

/** Join known leading items; with `open`, more unknown items follow. */
function joinSegments(items: readonly unknown[], delim: string, open: boolean): Segment[] {
  const out: Segment[] = [];
  items
    .filter((x) => x !== NO_VALUE)
    .forEach((x, i) => {
      if (i > 0) out.push(delim);
      out.push(x === NO_VALUE ? '' : typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : HOLE);
    });
  if (open) out.push(items.length ? delim : '', HOLE);
  return out;
}

/** The items of a split that are certainly known: those before the first piece touching a deploy-time value. */
function splitPrefix(partial: readonly Segment[], delim: string): string[] {
  const items: string[] = [];
  let current = '';
  for (const seg of partial) {
    if (seg === HOLE) return items;
    const pieces = seg.split(delim);
    current += pieces[0] ?? '';
    for (let i = 1; i < pieces.length; i++) {
      items.push(current);
      current = pieces[i]!;
    }
  }
  return items;
}

function combine(a: readonly Resolved[], b: readonly Resolved[], f: (x: Resolved, y: Resolved, conditions: readonly ConditionBranch[]) => Resolved): Resolved[] {
  // Once over the cap, stay one unknown: multiplying it by later parts would attach their conditions to it.
  if (a.includes(TOO_MANY) || b.includes(TOO_MANY)) return [TOO_MANY];
  const out: Resolved[] = [];
  for (const x of a) {
    for (const y of b) {
      const conditions = mergeBranches(x.conditions, y.conditions);
      if (conditions === null) continue; // contradictory branches of the same condition
      out.push(f(x, y, conditions));
      if (out.length > MAX_ALTERNATIVES * 4) return [TOO_MANY];
    }
  }
  return out.length ? dedupe(out) : [unknown({ code: 'no-consistent-combination', args: {} })];
}

/** Merge Fn::If branch lists; null when two branches of one condition contradict each other. */
export function mergeBranches(...lists: readonly (readonly ConditionBranch[])[]): ConditionBranch[] | null {
  const out: ConditionBranch[] = [];
  for (const list of lists)
    for (const c of list) {
      const same = out.find((x) => x.condition === c.condition);
      if (!same) out.push(c);
      else if (same.branch !== c.branch) return null;
    }
  return out;
}

/**
 * Alternatives with the same value are one alternative: `!If [A, x, !If [B, x, x]]` is just x. The
 * merged alternative keeps only the branches all of them share (the value holds under any of them).
 */
function dedupe(rs: Resolved[]): Resolved[] {
  if (rs.length < 2) return rs;
  const byKey = new Map<string, number>();
  const out: Resolved[] = [];
  for (const r of rs) {
    const key = keyOf(r);
    const at = key === null ? undefined : byKey.get(key);
    if (at === undefined) {
      if (key !== null) byKey.set(key, out.length);
      out.push(r);
      continue;
    }
    const prev = out[at]!;
    const shared = prev.conditions.filter((c) => r.conditions.some((d) => d.condition === c.condition && d.branch === c.branch));
    out[at] = prev.known ? known(prev.value, shared) : { ...prev, conditions: shared };
  }
  return out;
}

function keyOf(r: Resolved): string | null {
  if (!r.known) return r.partial || r.prefix ? null : `?${JSON.stringify(r.reason)}`;
  if (r.value === NO_VALUE) return '!novalue';
  const text = boundedStringify(r.value, 10_000, true);
  return text === null ? null : `=${typeof r.value}:${text}`;
}

function cap(rs: Resolved[]): Resolved[] {
  return rs.length > MAX_ALTERNATIVES ? [TOO_MANY] : rs;
}

/**
 * `Fn::GetAtt` attributes that copy what the template itself says: a property, or a text built from
 * properties. Everything else an attribute returns is only known at deploy time.
 */
type AttributeRule = { readonly property: string } | { readonly sub: string };
const TEMPLATE_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = Object.assign(Object.create(null) as object, {
  'AWS::EC2::VPC': { CidrBlock: { property: 'CidrBlock' } },
  'AWS::EC2::Subnet': { CidrBlock: { property: 'CidrBlock' }, VpcId: { property: 'VpcId' }, AvailabilityZone: { property: 'AvailabilityZone' } },
  'AWS::EC2::SecurityGroup': { VpcId: { property: 'VpcId' } },
  'AWS::S3::Bucket': {
    Arn: { sub: 'arn:${AWS::Partition}:s3:::${BucketName}' },
    DomainName: { sub: '${BucketName}.s3.${AWS::URLSuffix}' },
  },
  'AWS::SQS::Queue': { QueueName: { property: 'QueueName' } },
  'AWS::SNS::Topic': { TopicName: { property: 'TopicName' } },
  'AWS::RDS::DBInstance': { 'Endpoint.Port': { property: 'Port' } },
  'AWS::RDS::DBCluster': { 'Endpoint.Port': { property: 'Port' } },
  'AWS::IAM::Role': { RoleName: { property: 'RoleName' } },
  'AWS::Logs::LogGroup': { LogGroupName: { property: 'LogGroupName' } },
});

function templateAttribute(type: string, attribute: string): AttributeRule | undefined {
  const byAttr = Object.prototype.hasOwnProperty.call(TEMPLATE_ATTRIBUTES, type) ? TEMPLATE_ATTRIBUTES[type] : undefined;
  return byAttr && Object.prototype.hasOwnProperty.call(byAttr, attribute) ? byAttr[attribute] : undefined;
}
