/** Helpers the fix functions share: where a property is written for a finding, and Fn::If branches seen through. */
import type { KeyPath } from '../../types/types.js';
import { intrinsicName } from '../engine.js';
import type { Edit, FixContext, FixPlan, Json } from '../types.js';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** ['Resources', id]: the resource a finding is in. */
export function resourcePath(ctx: FixContext): KeyPath {
  return ctx.finding.path.slice(0, 2);
}

/**
 * While the value written at `path` is an `Fn::If` on a condition the finding names, step into the branch the
 * finding holds under: that branch is the node the finding is about.
 */
export function settle(ctx: FixContext, path: KeyPath): KeyPath {
  let p = path;
  for (let guard = 0; guard < 10; guard++) {
    const v = ctx.written(p);
    if (intrinsicName(v) !== 'Fn::If') return p;
    const args = (v as Obj)['Fn::If'];
    if (!Array.isArray(args)) return p;
    const c = ctx.finding.conditions.find((x) => x.condition === args[0]);
    if (!c) return p;
    p = [...p, 'Fn::If', c.branch ? 1 : 2];
  }
  return p;
}

/**
 * The path of `keys` (property keys below the node the finding points at or one of its ancestors): the
 * finding's path extended by the keys it does not end with yet, through the finding's Fn::If branches.
 */
export function pathFor(ctx: FixContext, keys: readonly string[]): KeyPath {
  const f = ctx.finding.path;
  // Positions in `f` of its property keys (the Fn::If steps and branch indexes left out).
  const at: number[] = [];
  f.forEach((s, i) => {
    if (i >= 3 && s !== 'Fn::If' && f[i - 1] !== 'Fn::If') at.push(i);
  });
  for (let j = keys.length; j > 0; j--) {
    for (let q = at.length - j; q >= 0; q--) {
      if (!keys.slice(0, j).every((k, x) => f[at[q + x]!] === k)) continue;
      let p: KeyPath = settle(ctx, f.slice(0, at[q + j - 1]! + 1));
      for (const k of keys.slice(j)) p = settle(ctx, [...p, k]);
      return p;
    }
  }
  let p: KeyPath = settle(ctx, f);
  for (const k of keys) p = settle(ctx, [...p, k]);
  return p;
}

/** `keys` set to `value` unless the template already says so. */
export function setProperty(ctx: FixContext, keys: readonly string[], value: Json, equal: (v: unknown) => boolean = (v) => v === value): FixPlan {
  const path = pathFor(ctx, keys);
  if (equal(ctx.written(path))) return { edits: [] };
  return { edits: [{ op: 'set', path, value }] };
}

/** Set several keys under one mapping (created whole when absent), each unless already compliant. */
export function setUnder(ctx: FixContext, base: readonly string[], values: Readonly<Record<string, Json>>, ok: (key: string, v: unknown) => boolean): FixPlan {
  const path = pathFor(ctx, base);
  const cur = ctx.written(path);
  if (cur === undefined || cur === null) return { edits: [{ op: 'set', path, value: values }] };
  if (!isObj(cur) || intrinsicName(cur)) return { edits: [{ op: 'set', path, value: values }] };
  const edits: Edit[] = [];
  for (const [k, v] of Object.entries(values)) {
    const p = settle(ctx, [...path, k]);
    if (!ok(k, ctx.written(p))) edits.push({ op: 'set', path: p, value: v });
  }
  return { edits };
}

/** CloudFormation reads `true` and `"true"` alike. */
export const isTrue = (v: unknown): boolean => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
