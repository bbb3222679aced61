/**
 * Value resolution. A template value may hold intrinsics; `resolve` turns one into the list of values
 * it can take (both `Fn::If` branches, each `AllowedValues` entry, …), each either known or unknown.
 * Resolution is shallow: an object or list comes back as it is, its members resolved when a rule asks.
 */
import type { ConditionBranch } from '../core/types.js';

export type Resolved =
  | { readonly known: true; readonly value: unknown; readonly conditions: readonly ConditionBranch[] }
  | { readonly known: false; readonly reason: string; readonly conditions: readonly ConditionBranch[] };

/** `Ref: AWS::NoValue` — the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

const MAX_ALTERNATIVES = 32;
const MAX_DEPTH = 40;

export interface ParameterInfo {
  readonly name: string;
  readonly type: string;
  readonly default?: unknown;
  readonly allowedValues?: readonly unknown[];
  readonly noEcho: boolean;
}

export interface ResolveContext {
  readonly parameters: ReadonlyMap<string, ParameterInfo>;
  /** Values given by the user (--parameters); strings as CloudFormation receives them. */
  readonly given: Readonly<Record<string, string>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly resources: ReadonlySet<string>;
}

const known = (value: unknown, conditions: readonly ConditionBranch[] = []): Resolved => ({ known: true, value, conditions });
const unknown = (reason: string, conditions: readonly ConditionBranch[] = []): Resolved => ({ known: false, reason, conditions });

/** The single intrinsic key of `v`, if `v` is an intrinsic node `{ "Fn::X": … }` or `{ "Ref": … }`. */
export function intrinsicName(v: unknown): string | null {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  const k = keys[0]!;
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? k : null;
}

export function isIntrinsic(v: unknown): v is Record<string, unknown> {
  return intrinsicName(v) !== null;
}

export class Resolver {
  constructor(private readonly ctx: ResolveContext) {}

  /** Every value `v` can take. Never empty. */
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
      return unknown(`expected a text value, found ${Array.isArray(x) ? 'a list' : typeof x}`, r.conditions);
    });
  }

  private res(v: unknown, depth: number): Resolved[] {
    if (depth > MAX_DEPTH) return [unknown('value nested too deeply to resolve')];
    const name = intrinsicName(v);
    if (name === null) return [known(v)];
    const arg = (v as Record<string, unknown>)[name];
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
      case 'Fn::GetAtt': {
        const target = Array.isArray(arg) ? arg.join('.') : String(typeof arg === 'string' ? arg : '…');
        return [unknown(`Fn::GetAtt ${target} is only known at deploy time`)];
      }
      case 'Fn::ImportValue':
        return [unknown('Fn::ImportValue comes from another stack')];
      default:
        return [unknown(`${name} is not evaluated`)];
    }
  }

  private ref(arg: unknown): Resolved[] {
    if (typeof arg !== 'string') return [unknown('Ref to a non-text name')];
    if (arg === 'AWS::NoValue') return [known(NO_VALUE)];
    const given = this.ctx.given[arg];
    const param = this.ctx.parameters.get(arg);
    // For these types the Default (or given value) is the *name* of an SSM parameter; its value is read at deploy time.
    if (param && param.type.startsWith('AWS::SSM::Parameter::Value<')) {
      const name = given ?? param.default;
      return [unknown(`parameter ${arg} is read from SSM Parameter Store${typeof name === 'string' ? ` (${name})` : ''} at deploy time`)];
    }
    if (given !== undefined) return [known(param && isListType(param.type) ? given.split(',').map((s) => s.trim()) : given)];
    if (param) {
      const asValue = (x: unknown): unknown => (isListType(param.type) && typeof x === 'string' ? x.split(',').map((s) => s.trim()) : x);
      if (param.default !== undefined && param.default !== null) return [known(asValue(param.default))];
      if (param.allowedValues && param.allowedValues.length > 0) return param.allowedValues.map((x) => known(asValue(x)));
      return [unknown(`parameter ${arg} has no default`)];
    }
    if (arg.startsWith('AWS::')) return [unknown(`pseudo parameter ${arg} is only known at deploy time`)];
    if (this.ctx.resources.has(arg)) return [unknown(`Ref to resource ${arg} is only known at deploy time`)];
    return [unknown(`Ref to ${arg}, which the template does not define`)];
  }

  private fnIf(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return [unknown('malformed Fn::If')];
    const cond = arg[0];
    const out: Resolved[] = [];
    for (const [i, branch] of [[1, true], [2, false]] as const) {
      for (const r of this.res(arg[i], depth + 1)) out.push(withCondition(r, { condition: cond, branch }));
    }
    return out;
  }

  private sub(arg: unknown, depth: number): Resolved[] {
    let text: unknown = arg;
    let vars: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      text = arg[0];
      if (arg[1] && typeof arg[1] === 'object' && !Array.isArray(arg[1])) vars = arg[1] as Record<string, unknown>;
    }
    if (typeof text !== 'string') return [unknown('malformed Fn::Sub')];
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
      else if (part.name.includes('.')) options = [unknown(`\${${part.name}} is only known at deploy time`)];
      else options = this.stringsOf(this.ref(part.name));
      acc = combine(acc, options, (a, b) => String(a) + String(b));
    }
    return acc;
  }

  private stringsOf(rs: Resolved[]): Resolved[] {
    return rs.map((r) => {
      if (!r.known) return r;
      if (typeof r.value === 'string' || typeof r.value === 'number' || typeof r.value === 'boolean') return known(String(r.value), r.conditions);
      if (Array.isArray(r.value) && r.value.every((x) => typeof x === 'string')) return known(r.value.join(','), r.conditions);
      return unknown('a non-text value inside a string', r.conditions);
    });
  }

  private list(v: unknown, depth: number): Resolved[] {
    // A list may itself be an intrinsic (Ref to a list parameter, Fn::Split, …), and its items may be too.
    return this.res(v, depth + 1).flatMap((r) => {
      if (!r.known) return [r];
      if (!Array.isArray(r.value)) return [unknown('expected a list', r.conditions)];
      let acc: Resolved[] = [known([] as unknown[], r.conditions)];
      for (const item of r.value) {
        acc = combine(acc, this.res(item, depth + 1), (a, b) => [...(a as unknown[]), b]);
        if (acc.length > MAX_ALTERNATIVES || acc[0] === TOO_MANY) return [unknown(TOO_MANY.reason, r.conditions)];
      }
      return acc;
    });
  }

  private join(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return [unknown('malformed Fn::Join')];
    const delim = arg[0];
    return this.list(arg[1], depth).map((r) => {
      if (!r.known) return r;
      const items = r.value as unknown[];
      if (items.some((x) => x === NO_VALUE)) return known(items.filter((x) => x !== NO_VALUE).map(String).join(delim), r.conditions);
      if (!items.every((x) => ['string', 'number', 'boolean'].includes(typeof x))) return unknown('Fn::Join of a non-text value', r.conditions);
      return known(items.map(String).join(delim), r.conditions);
    });
  }

  private findInMap(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length < 3) return [unknown('malformed Fn::FindInMap')];
    let acc: Resolved[] = [known([] as unknown[])];
    for (const part of arg.slice(0, 3)) acc = combine(acc, this.stringsOf(this.res(part, depth + 1)), (a, b) => [...(a as unknown[]), b]);
    return acc.map((r) => {
      if (!r.known) return r;
      const [m, k1, k2] = r.value as string[];
      const map = this.ctx.mappings[m!];
      const top = map && typeof map === 'object' ? (map as Record<string, unknown>)[k1!] : undefined;
      const val = top && typeof top === 'object' ? (top as Record<string, unknown>)[k2!] : undefined;
      if (val === undefined) return unknown(`Fn::FindInMap ${m}/${k1}/${k2} is not in the template's Mappings`, r.conditions);
      return known(val, r.conditions);
    });
  }

  private select(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 2) return [unknown('malformed Fn::Select')];
    const idx = this.res(arg[0], depth + 1);
    return combine(idx, this.list(arg[1], depth), (i, l) => {
      const n = Number(i);
      const items = l as unknown[];
      return Number.isInteger(n) && n >= 0 && n < items.length ? items[n] : SELECT_OUT_OF_RANGE;
    }).map((r) => (r.known && r.value === SELECT_OUT_OF_RANGE ? unknown('Fn::Select index out of range', r.conditions) : r));
  }

  private split(arg: unknown, depth: number): Resolved[] {
    if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') return [unknown('malformed Fn::Split')];
    const delim = arg[0];
    return this.stringsOf(this.res(arg[1], depth + 1)).map((r) => (r.known ? known(String(r.value).split(delim), r.conditions) : r));
  }
}

const SELECT_OUT_OF_RANGE = Symbol('out of range');
const TOO_MANY: Extract<Resolved, { known: false }> = Object.freeze({ known: false, reason: 'too many combinations to evaluate', conditions: [] });

function isListType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<');
}

function withCondition(r: Resolved, c: ConditionBranch): Resolved {
  return r.known ? known(r.value, [c, ...r.conditions]) : unknown(r.reason, [c, ...r.conditions]);
}

function combine(a: readonly Resolved[], b: readonly Resolved[], f: (x: unknown, y: unknown) => unknown): Resolved[] {
  // Once over the cap, stay one unknown: multiplying it by later parts would attach their conditions to it.
  if (a.includes(TOO_MANY) || b.includes(TOO_MANY)) return [TOO_MANY];
  const out: Resolved[] = [];
  for (const x of a) {
    for (const y of b) {
      const conditions = mergeBranches(x.conditions, y.conditions);
      if (conditions === null) continue; // contradictory branches of the same condition
      if (!x.known) out.push(unknown(x.reason, conditions));
      else if (!y.known) out.push(unknown(y.reason, conditions));
      else out.push(known(f(x.value, y.value), conditions));
      if (out.length > MAX_ALTERNATIVES) return [TOO_MANY];
    }
  }
  return out.length ? out : [unknown('no consistent combination of conditions')];
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

function cap(rs: Resolved[]): Resolved[] {
  return rs.length > MAX_ALTERNATIVES ? [TOO_MANY] : rs;
}
