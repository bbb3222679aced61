/** Bounded traversals: YAML aliases can make a 1 KB file a tree of billions of nodes when expanded. */

const DEFAULT_MAX_CHARS = 1_000_000;

/**
 * Compact JSON text of `v`, or null when it would exceed `maxChars` (or nest absurdly deep). With
 * `sortKeys`, mapping keys are sorted so that the text does not depend on key order (for fingerprints).
 */
export function boundedStringify(v: unknown, maxChars = DEFAULT_MAX_CHARS, sortKeys = false): string | null {
  const parts: string[] = [];
  let size = 0;
  const push = (s: string): boolean => {
    parts.push(s);
    size += s.length;
    return size <= maxChars;
  };
  const go = (x: unknown, depth: number): boolean => {
    if (depth > 200) return false;
    if (x === null || x === undefined || typeof x === 'symbol') return push('null');
    if (typeof x === 'string') return push(JSON.stringify(x));
    if (typeof x === 'number' || typeof x === 'boolean') return push(String(x));
    if (Array.isArray(x)) {
      if (!push('[')) return false;
      for (let i = 0; i < x.length; i++) if ((i && !push(',')) || !go(x[i], depth + 1)) return false;
      return push(']');
    }
    if (typeof x === 'object') {
      if (!push('{')) return false;
      let first = true;
      const entries = Object.entries(x as Record<string, unknown>);
      if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [k, val] of entries) {
        if ((!first && !push(',')) || !push(JSON.stringify(k) + ':') || !go(val, depth + 1)) return false;
        first = false;
      }
      return push('}');
    }
    return push('null');
  };
  return go(v, 0) ? parts.join('') : null;
}

/**
 * How many nodes `v` has when every shared node (a YAML alias) is counted each time it is used, up to
 * `limit` (returns a number above `limit` as soon as it is passed). Shared nodes are measured once.
 */
export function expandedSize(v: unknown, limit: number, tree = false): number {
  if (tree) return treeSize(v, limit, 0);
  const memo = new Map<object, number>();
  const size = (x: unknown, depth: number): number => {
    if (x === null || typeof x !== 'object') return 1;
    if (depth > 500) return limit + 1;
    const cached = memo.get(x);
    if (cached !== undefined) return cached;
    memo.set(x, limit + 1); // a cycle counts as too large
    let n = 1;
    for (const y of Array.isArray(x) ? x : Object.values(x)) {
      n += size(y, depth + 1);
      if (n > limit) break;
    }
    memo.set(x, n);
    return n;
  };
  return size(v, 0);
}

/** `expandedSize` of a value known to be a tree (no node reached twice, so no cycle): nothing to remember. */
function treeSize(x: unknown, limit: number, depth: number): number {
  if (x === null || typeof x !== 'object') return 1;
  if (depth > 500) return limit + 1;
  let n = 1;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length && n <= limit; i++) n += treeSize(x[i], limit - n, depth + 1);
  } else {
    for (const k in x) {
      if (n > limit) break;
      if (Object.prototype.hasOwnProperty.call(x, k)) n += treeSize((x as Record<string, unknown>)[k], limit - n, depth + 1);
    }
  }
  return n;
}
