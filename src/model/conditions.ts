/**
 * Template Conditions, decided from the same values `Ref` uses (parameters file, else Default, else
 * each AllowedValues entry). A condition is `true`, `false` or undecided (`undefined`): undecided
 * when its value depends on something only known at deploy time or differs between allowed values.
 *
 * Possible outcomes are tracked as a set (false, true, or both); values that two places take from the
 * same parameter are not correlated, so a condition may be called undecided that is in fact decided —
 * never the reverse. An undecided condition keeps both branches in the audit.
 */
import type { Resolver } from './resolve.js';
import { intrinsicName, NO_VALUE } from './resolve.js';

export type ConditionState = boolean | undefined;

const F = 1;
const T = 2;
const BOTH = 3;
type Mask = number;

const MAX_DEPTH = 64;

export class ConditionEvaluator {
  private readonly memo = new Map<string, Mask>();
  private readonly active = new Set<string>();

  /**
   * @param conditions the template's Conditions section
   * @param fixed conditions assumed to have a value (one branch of an audit that keeps both)
   */
  constructor(
    private readonly conditions: ReadonlyMap<string, unknown>,
    private readonly resolver: Resolver,
    private readonly fixed: ReadonlyMap<string, boolean> = new Map(),
  ) {}

  /** The condition's value, or undefined when it is undecided (or not defined). */
  state(name: string): ConditionState {
    const m = this.named(name, 0);
    return m === T ? true : m === F ? false : undefined;
  }

  /** The same evaluator with more conditions assumed. */
  assuming(name: string, value: boolean): ConditionEvaluator {
    const fixed = new Map(this.fixed);
    fixed.set(name, value);
    return new ConditionEvaluator(this.conditions, this.resolver, fixed);
  }

  private named(name: string, depth: number): Mask {
    const fixed = this.fixed.get(name);
    if (fixed !== undefined) return fixed ? T : F;
    const cached = this.memo.get(name);
    if (cached !== undefined) return cached;
    if (!this.conditions.has(name) || this.active.has(name) || depth > MAX_DEPTH) return BOTH;
    this.active.add(name);
    const m = this.mask(this.conditions.get(name), depth + 1);
    this.active.delete(name);
    this.memo.set(name, m);
    return m;
  }

  private mask(expr: unknown, depth: number): Mask {
    if (depth > MAX_DEPTH) return BOTH;
    if (expr === true || expr === 'true') return T;
    if (expr === false || expr === 'false') return F;
    const name = intrinsicName(expr);
    if (name === null) return BOTH;
    const arg = (expr as Record<string, unknown>)[name];
    const args = Array.isArray(arg) ? arg : [];
    switch (name) {
      case 'Condition':
        return typeof arg === 'string' ? this.named(arg, depth + 1) : BOTH;
      case 'Fn::Not':
        if (args.length !== 1) return BOTH;
        return swap(this.mask(args[0], depth + 1));
      case 'Fn::And':
      case 'Fn::Or': {
        if (args.length === 0) return BOTH;
        const masks = args.map((a) => this.mask(a, depth + 1));
        const all = (bit: number) => masks.every((m) => (m & bit) !== 0);
        const any = (bit: number) => masks.some((m) => (m & bit) !== 0);
        return name === 'Fn::And' ? (all(T) ? T : 0) | (any(F) ? F : 0) : (any(T) ? T : 0) | (all(F) ? F : 0);
      }
      case 'Fn::Equals':
        if (args.length !== 2) return BOTH;
        return this.compare(args[0], args[1], (a, b) => sameValue(a, b));
      case 'Fn::Contains':
        if (args.length !== 2) return BOTH;
        return this.overLists(args[0], args[1], (list, v) => list.some((x) => sameValue(x, v)));
      case 'Fn::EachMemberEquals':
        if (args.length !== 2) return BOTH;
        return this.overLists(args[0], args[1], (list, v) => list.every((x) => sameValue(x, v)));
      case 'Fn::EachMemberIn':
        if (args.length !== 2) return BOTH;
        return this.overLists(args[0], args[1], (list, other) => Array.isArray(other) && list.every((x) => other.some((y) => sameValue(x, y))), true);
      default:
        return BOTH;
    }
  }

  /** Every combination of the two values' alternatives; any unknown alternative makes both outcomes possible. */
  private compare(a: unknown, b: unknown, f: (x: unknown, y: unknown) => boolean): Mask {
    const as = this.resolver.resolve(a);
    const bs = this.resolver.resolve(b);
    let m = 0;
    for (const x of as)
      for (const y of bs) {
        if (!x.known || !y.known || x.value === NO_VALUE || y.value === NO_VALUE) return BOTH;
        m |= f(x.value, y.value) ? T : F;
        if (m === BOTH) return BOTH;
      }
    return m || BOTH;
  }

  private overLists(listExpr: unknown, valueExpr: unknown, f: (list: readonly unknown[], v: unknown) => boolean, valueIsList = false): Mask {
    const lists = this.resolver.resolveList(listExpr);
    const values = valueIsList ? this.resolver.resolveList(valueExpr) : this.resolver.resolve(valueExpr);
    let m = 0;
    for (const l of lists)
      for (const v of values) {
        if (!l.known || !v.known || !Array.isArray(l.value)) return BOTH;
        m |= f(l.value, v.value) ? T : F;
        if (m === BOTH) return BOTH;
      }
    return m || BOTH;
  }
}

function swap(m: Mask): Mask {
  return ((m & T) !== 0 ? F : 0) | ((m & F) !== 0 ? T : 0);
}

/** CloudFormation compares condition values as text (a Number parameter 22 equals "22"), case-sensitively. */
function sameValue(a: unknown, b: unknown): boolean {
  const text = (x: unknown): string | null =>
    typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : Array.isArray(x) && x.every((i) => typeof i === 'string') ? x.join(',') : null;
  const ta = text(a);
  const tb = text(b);
  return ta !== null && ta === tb;
}
