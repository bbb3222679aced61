/**
 * `--shard i/n`: the part of the discovered files one CI job audits, chosen by a stable hash of each
 * path, so the same file lands in the same shard on every run and machine.
 */
export interface Shard {
  /** 1-based */
  readonly index: number;
  readonly count: number;
}

/** `i/n` with 1 ≤ i ≤ n, or null. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

/** Whether `file` (a path as discovered) belongs to the shard. FNV-1a over the `/`-separated path. */
export function inShard(file: string, shard: Shard): boolean {
  const path = file.split('\\').join('/');
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shard.count === shard.index - 1;
}
