/**
 * The position table both YAML readers fill (parse-yaml.ts with js-yaml, parse-yaml-direct.ts on its
 * own), and the `locate` that reads it.
 *
 * For each mapping or sequence: where it was defined (`home`) and the range of its keys (mapping) or
 * items (sequence) in two flat logs (key text or null, offset), found through a map from the JS
 * object the node became to its entry in `defs`. Nothing per scalar, no object per node. Line and
 * column are made from an offset only when a finding or error asks (line-index.ts).
 */
import type { KeyPath } from '../types/types.js';

/** In `tables`: a short-form tag's value ({ 'Fn::Sub': x }), which has no position of its own. */
export const INTRINSIC = -1;

export interface PositionTable {
  readonly tables: Map<object, number>;
  /** home, from, to for each collection (to = -1: its items could not be matched to offsets). */
  readonly defs: number[];
  readonly logKey: (string | null)[];
  readonly logAt: number[];
}

/** `locate` over a table: the offset of the node at `path` (its key when it has one), or of the nearest existing ancestor. */
export function locator(src: string, value: unknown, table: PositionTable): (path: KeyPath) => number {
  const { tables, defs, logKey, logAt } = table;
  const keyOffset = (def: number, key: string): number | null => {
    for (let i = defs[def + 1]!, to = defs[def + 2]!; i < to; i++) if (logKey[i] === key) return logAt[i]!;
    return null;
  };
  return (path: KeyPath): number => {
    let node: unknown = value;
    const root = tables.get(value as object);
    let offset = skipBlank(src, root !== undefined && root !== INTRINSIC ? defs[root]! : 0);
    // Offsets are compared raw (before skipping blanks): a node defined before the key or item that
    // reaches it was reached through an alias.
    let last = -1;
    for (const step of path) {
      if (typeof node !== 'object' || node === null) break;
      const def = tables.get(node);
      if (def === undefined || def === INTRINSIC) {
        // A short-form tag's value ({ 'Fn::Sub': x }) stands at the tag's place: no position of its own.
        if (!Array.isArray(node) && typeof step === 'string' && Object.prototype.hasOwnProperty.call(node, step)) {
          node = (node as Record<string, unknown>)[step];
          continue;
        }
        break;
      }
      // Reached through an alias: the definition is elsewhere (often another resource); the alias or
      // `<<` line is where this resource gets the value, so the position stays there.
      if (defs[def]! < last) break;
      if (!Array.isArray(node)) {
        const at = keyOffset(def, String(step));
        if (at === null) {
          const merge = keyOffset(def, '<<');
          if (merge !== null && Object.prototype.hasOwnProperty.call(node, String(step))) offset = skipBlank(src, merge);
          break;
        }
        offset = skipBlank(src, at);
        last = at;
        node = (node as Record<string, unknown>)[String(step)];
      } else if (defs[def + 2]! >= 0 && typeof step === 'number' && step < defs[def + 2]! - defs[def + 1]!) {
        const at = logAt[defs[def + 1]! + step]!;
        offset = skipBlank(src, at);
        last = at;
        node = node[step];
      } else break;
    }
    return offset;
  };
}

/** The offset of the next content: past spaces, tabs, line breaks and comments. */
export function skipBlank(src: string, from: number): number {
  let i = from;
  for (;;) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 && (i === 0 || isBlank(src.charCodeAt(i - 1)))) {
      while (i < src.length && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
    } else return Math.min(i, src.length);
  }
}

export const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
