/**
 * Values computed once per template graph and shared by the rules that read them (policy statements,
 * security-group rule models, a bucket's policies): kept on the graph's resolver, which lives exactly
 * as long as the graph, and freed with it.
 *
 * This replaces one module-level WeakMap per cache, keyed by the graph or resolver: those tables
 * outlive every template of a run and hold one weak entry per template, which the garbage collector
 * must process on each collection; a map owned by the graph is plain data that dies with it.
 */

/** The name of one kind of memoized value; `T` is the type of the value. */
export class MemoSlot<T> {
  declare private readonly type: T;
  constructor(readonly name: string) {}
}

/** What keeps memoized values: one map per owner, freed with it. */
export interface MemoHost {
  readonly memos: Map<MemoSlot<unknown>, unknown>;
}

/** The value of `slot` for `host`, made by `make` the first time it is asked for. */
export function memoized<T>(host: MemoHost, slot: MemoSlot<T>, make: () => T): T {
  const memos = host.memos as Map<MemoSlot<T>, T>;
  const hit = memos.get(slot);
  if (hit !== undefined || memos.has(slot)) return hit as T;
  const value = make();
  memos.set(slot, value);
  return value;
}
