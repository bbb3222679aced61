/**
 * Reading one input file safely: only regular files (a device, pipe or socket is refused before it
 * is opened, and checked again on the open descriptor), a byte limit enforced while reading (the
 * size a file declares is not trusted), optionally only when the file really lies under a root
 * folder, and a strict UTF-8 decode that tells an invalid byte from a valid U+FFFD character.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';

/** Files larger than this are refused: CloudFormation's own limit is 1 MB (51,200 bytes inline). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

export const isUnder = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The real path of `path` (the native call, one realpath(3): fs.realpathSync without .native resolves each
 * path component with a system call of its own), or `path` as given when it has none (it does not exist).
 */
export function realPathOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

export interface ReadOptions {
  readonly limit?: number;
  /** Refuse the file unless its real path lies under this folder. */
  readonly root?: string | undefined;
  /**
   * A directory walk saw a regular file here, not a link, under its root: the path is not resolved
   * again, and the file is opened without following a link, so a file swapped for one since is refused.
   */
  readonly walked?: boolean;
}

/**
 * The bytes of a file, or why it was not read. The calls are synchronous: for the many small files of
 * a repository, a promise and a thread-pool round trip per system call cost more than the reads
 * themselves (files are read one after the other anyway).
 */
export function readBounded(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const r = readShared(path, opts);
  // A copy: the shared buffer is reused by the next read.
  return Promise.resolve(r.ok ? { ok: true, bytes: Buffer.from(r.bytes) } : r);
}

export type TextResult = { readonly ok: false; readonly message: string } | { readonly ok: true; readonly decoded: Decoded };

/** A file read and decoded as UTF-8 (see `decodeUtf8`), without a buffer allocated per file. */
export function readText(path: string, opts: ReadOptions = {}): TextResult {
  const r = readShared(path, opts);
  return r.ok ? { ok: true, decoded: decodeUtf8(r.bytes) } : r;
}

/**
 * One buffer for every read, grown to the largest file: a fresh buffer per file is memory outside the
 * JS heap that V8 answers with full collections when many files are read in a row.
 */
let shared = Buffer.allocUnsafeSlow(256 * 1024);

const NOT_REGULAR = 'not a regular file (a folder, device, pipe or socket); only regular files are read';
let lastRoot: readonly [string, string] | null = null;

function realRoot(root: string): string {
  if (lastRoot?.[0] !== root) lastRoot = [root, realpathSync.native(root)];
  return lastRoot[1];
}

/** The file's bytes in the shared buffer: valid until the next read. */
function readShared(path: string, opts: ReadOptions): ReadResult {
  const limit = opts.limit ?? MAX_FILE_BYTES;
  try {
    if (opts.walked !== true) {
      if (opts.root !== undefined && !isUnder(realRoot(opts.root), realpathSync.native(path)))
        return { ok: false, message: 'it is a symbolic link to a file outside the folder being audited; not followed' };
      if (!statSync(path).isFile()) return { ok: false, message: NOT_REGULAR };
    }
    // O_NONBLOCK: if the path was swapped for a pipe since the check above, opening it must not wait for a writer.
    const flags = constants.O_RDONLY | constants.O_NONBLOCK | (opts.walked === true ? constants.O_NOFOLLOW : 0);
    const fd = openSync(path, flags);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) return { ok: false, message: NOT_REGULAR };
      // The size the file declares is a hint for the buffer, not trusted: reading goes on to the end or the limit.
      const cap = limit + 1;
      if (shared.length < Math.min(cap, info.size + 1)) shared = Buffer.allocUnsafeSlow(Math.min(cap, info.size + 1));
      let total = 0;
      for (;;) {
        if (total === shared.length) {
          const grown = Buffer.allocUnsafeSlow(Math.min(cap, 2 * shared.length));
          shared.copy(grown, 0, 0, total);
          shared = grown;
        }
        const bytesRead = readSync(fd, shared, total, Math.min(shared.length, cap) - total, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > limit) return { ok: false, message: `the file is larger than ${limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit} bytes`}` };
      }
      return { ok: true, bytes: shared.subarray(0, total) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP' && opts.walked === true) return readShared(path, { ...opts, walked: false });
    return { ok: false, message: `cannot read the file: ${code(e)}` };
  }
}

export type Decoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly text: string; readonly line: number; readonly column: number; readonly message: string };

/**
 * Bytes to text. Valid UTF-8 (a U+FFFD character included) decodes as is; an invalid sequence or a
 * UTF-16 file is an error with its position, and `text` is then a lossy decode, good enough to
 * decide whether the file was meant to be a template.
 */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Buffer): Decoded {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { ok: false, text, line: 1, column: 1, message: 'the file is UTF-16; CloudFormation templates must be UTF-8 (save it as UTF-8)' };
  }
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    // The first byte where a lossy round trip differs is the first invalid one.
    const again = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < bytes.length && off < again.length && bytes[off] === again[off]) off++;
    const lineStart = off === 0 ? 0 : bytes.lastIndexOf(0x0a, off - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < off; i = bytes.indexOf(0x0a, i + 1)) line++;
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, off)).length + 1;
    return { ok: false, text, line, column, message: 'the file is not valid UTF-8 (CloudFormation templates must be UTF-8)' };
  }
}
