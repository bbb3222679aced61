/**
 * Specialization: the template as CloudFormation would deploy it for the decided conditions. A
 * decided `Fn::If` becomes its taken branch, `Ref: AWS::NoValue` removes its key or list item, and an
 * undecided `Fn::If` stays for the resolver (both branches, each named). Nodes that nothing changes
 * are returned as they are (same object), so an unconditional template costs one walk.
 */
import { intrinsicName, NO_VALUE } from './resolve.js';
import type { KeyPath } from '../types/types.js';

/** A condition's value, or undefined when undecided. */
export type Decide = (condition: string) => boolean | undefined;

/** Returned for a value that `AWS::NoValue` removes. */
export const REMOVED = NO_VALUE;

const MAX_DEPTH = 200;
const NO_VALUE_REF = Object.freeze({ Ref: 'AWS::NoValue' });

export class Specializer {
  // A Map, not a WeakMap: it lives only as long as the graph being built, and weak tables cost the
  // garbage collector far more per entry (one entry per mapping and list of the template).
  private readonly memo = new Map<object, unknown>();

  constructor(private readonly decide: Decide) {}

  /**
   * How many undecided `Fn::If`s (and nodes too deep to look into) it has met so far. While none,
   * every value it returned is plain structure: there is no structural condition to look for.
   */
  undecided = 0;

  /** The specialized value; `REMOVED` when the value is removed. */
  value(v: unknown, depth = 0): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (depth > MAX_DEPTH) {
      this.undecided++;
      return v;
    }
    const cached = this.memo.get(v);
    if (cached !== undefined) return cached;
    const out = this.compute(v, depth);
    this.memo.set(v, out);
    return out;
  }

  private compute(v: object, depth: number): unknown {
    const name = intrinsicName(v);
    if (name === 'Ref' && (v as Record<string, unknown>)['Ref'] === 'AWS::NoValue') return REMOVED;
    if (name === 'Fn::If') {
      const arg = (v as Record<string, unknown>)['Fn::If'];
      if (Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
        const d = this.decide(arg[0]);
        if (d !== undefined) return this.value(arg[d ? 1 : 2], depth + 1);
        this.undecided++;
        const a = this.value(arg[1], depth + 1);
        const b = this.value(arg[2], depth + 1);
        // `!If [C, *x, *x]` is x whatever C is (aliases nest such nodes into exponential trees).
        if (a === b || (a !== null && typeof a !== 'object' && a === b)) return a;
        // A removed branch stays visible to the resolver as AWS::NoValue.
        const keep = (orig: unknown, x: unknown) => (x !== REMOVED ? x : intrinsicName(orig) === 'Ref' ? orig : NO_VALUE_REF);
        const ka = keep(arg[1], a);
        const kb = keep(arg[2], b);
        return ka === arg[1] && kb === arg[2] ? v : { 'Fn::If': [arg[0], ka, kb] };
      }
      return v;
    }
    // A copy is made only from the first entry that changes: most nodes stay as they are.
    if (Array.isArray(v)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        const y = this.value(x, depth + 1);
        if (out === null) {
          if (y === x) continue;
          out = v.slice(0, i);
        }
        if (y !== REMOVED) out.push(y);
      }
      return out ?? v;
    }
    const keys = Object.keys(v);
    let out: Record<string, unknown> | null = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const x = (v as Record<string, unknown>)[k];
      const y = this.value(x, depth + 1);
      if (out === null) {
        if (y === x) continue;
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = (v as Record<string, unknown>)[keys[j]!];
      }
      // Inside an intrinsic's arguments (Fn::Join's list, Fn::Sub's variables) NoValue is the intrinsic's business.
      if (y === REMOVED && name !== null) out[k] = x;
      else if (y !== REMOVED) out[k] = y;
    }
    return out ?? v;
  }
}

/**
 * Conditions of undecided `Fn::If`s that choose structure (a mapping, a list, or whether a key or
 * item exists), in order of first appearance. Auditing each combination of these separately lets
 * every rule see plain structure.
 */
export function structuralConditions(v: unknown, decide: Decide, limit: number): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  let budget = 100_000;
  const walk = (x: unknown, depth: number): void => {
    if (x === null || typeof x !== 'object' || depth > MAX_DEPTH || seen.has(x) || --budget < 0 || found.length >= limit) return;
    seen.add(x);
    if (intrinsicName(x) === 'Fn::If') {
      const arg = (x as Record<string, unknown>)['Fn::If'];
      if (Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string' && decide(arg[0]) === undefined && (isStructure(arg[1]) || isStructure(arg[2]))) {
        if (!found.includes(arg[0])) found.push(arg[0]);
      }
    }
    for (const y of Array.isArray(x) ? x : Object.values(x)) walk(y, depth + 1);
  };
  walk(v, 0);
  return found;
}

/** Whether a value is structure (a mapping, a list, or AWS::NoValue), through nested Fn::Ifs (shared nodes once). */
const structureMemo = new WeakMap<object, boolean>();
function isStructure(v: unknown, depth = 0): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return true;
  const name = intrinsicName(v);
  if (name === null) return true;
  if (name === 'Ref') return (v as Record<string, unknown>)['Ref'] === 'AWS::NoValue';
  if (name !== 'Fn::If' || depth > MAX_DEPTH) return false;
  const cached = structureMemo.get(v);
  if (cached !== undefined) return cached;
  const arg = (v as Record<string, unknown>)['Fn::If'];
  const out = Array.isArray(arg) && arg.length === 3 && (isStructure(arg[1], depth + 1) || isStructure(arg[2], depth + 1));
  structureMemo.set(v, out);
  return out;
}

/**
 * The path in the written template of a node at `path` in the specialized one: through the taken
 * branches of decided `Fn::If`s, and past list items that `AWS::NoValue` removed.
 */
export function originalPath(root: unknown, path: KeyPath, decide: Decide): KeyPath {
  const out: (string | number)[] = [];
  let node = root;
  const throughIfs = (): void => {
    for (let guard = 0; guard < 64; guard++) {
      if (!isIntrinsic(node, 'Fn::If')) return;
      const arg = (node as Record<string, unknown>)['Fn::If'];
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return;
      const d = decide(arg[0]);
      if (d === undefined) return;
      out.push('Fn::If', d ? 1 : 2);
      node = arg[d ? 1 : 2];
    }
  };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    throughIfs();
    if (Array.isArray(node) && typeof seg === 'number') {
      let seen = -1;
      let at = -1;
      for (let j = 0; j < node.length; j++) {
        if (isRemoved(node[j], decide)) continue;
        if (++seen === seg) {
          at = j;
          break;
        }
      }
      if (at < 0) return [...out, ...path.slice(i)];
      out.push(at);
      node = node[at];
    } else if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, seg)) {
      out.push(seg);
      node = (node as Record<string, unknown>)[seg as string];
    } else return [...out, ...path.slice(i)];
  }
  return out;
}

/**
 * Whether `v` is the intrinsic `name`. The key is looked up first: listing the keys of a large mapping
 * (a template's Resources) costs as much as the mapping is large, and a path is walked from the root.
 */
function isIntrinsic(v: unknown, name: string): boolean {
  return v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, name) && intrinsicName(v) === name;
}

function isRemoved(v: unknown, decide: Decide): boolean {
  for (let guard = 0; guard < 64; guard++) {
    if (isIntrinsic(v, 'Ref')) return (v as Record<string, unknown>)['Ref'] === 'AWS::NoValue';
    if (!isIntrinsic(v, 'Fn::If')) return false;
    const arg = (v as Record<string, unknown>)['Fn::If'];
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return false;
    const d = decide(arg[0]);
    if (d === undefined) return false;
    v = arg[d ? 1 : 2];
  }
  return false;
}
