/**
 * Start-up of the built CLI: dist/cli/cli.cjs (one CommonJS file) compiled with the V8 code cache the
 * build made for it (cli.cjs.cache, scripts/code-cache.mjs). The cache holds the bytecode of every
 * function a training run of the CLI compiled, so a run neither parses the bundle nor compiles those
 * functions again: a sixth off a one-template run, about a quarter off the 5 MB template.
 *
 * The build writes the cache beside the code it was made from, for the Node it runs on. On a Node with
 * another V8 that cache cannot serve; the CLI then writes one of its own at the end of the run, beside the
 * bundle (`cli.cjs.v8-<V8 version>.cache`, writeOwnCaches), and the next runs on that Node start from it.
 *
 * A cache is used only when it was made from this very file and arrived whole, checked without hashing
 * the 2.5 MB of bundle and cache at every start (2 ms of a 75 ms run):
 * - made from this build: the bundle's first line holds a hash of the rest (its build id, made by the
 *   build), and the cache's header names that id;
 * - not edited since (V8 itself checks only the source's length): a bundle not newer than its cache is
 *   the one the build wrote before it; a newer one (an edit, or an install that wrote the cache first,
 *   as npm does) is hashed and must still match its build id (1 MB, under a millisecond);
 * - whole: V8 checks a checksum of its data, which it writes and verifies only under
 *   `--verify-snapshot-checksum` (without it, V8 crashes on damaged data). tuneV8 (v8-tuning.ts) sets that
 *   flag before any bundle is compiled, in the build's training run as at every start, so a cache is
 *   always made and read under it. V8's checksum covers what follows its own header, not all of that
 *   header (a payload length made smaller passes its checks), so the cache's header line also holds a
 *   hash of the first bytes of the data (V8's header and then some), checked here.
 * - made by this V8: the header line names the V8 version that made it (a cache of another is refused
 *   before V8 reads it, as `other-v8`).
 * Then V8 may still refuse it (damaged data, other V8 flags: every bundle is compiled, and its cache made,
 * under the CLI's V8 tuning, v8-tuning.ts). In every other case the bundle is compiled as usual: the run
 * is the same, only slower to start.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { tuneV8 } from './v8-tuning.js';

/** The bundle's first line: `// cfn-audit build <id>`, the id the start of the SHA-256 of the rest (buildId). */
const BUILD_ID_LINE = /^\/\/ cfn-audit build ([0-9a-f]{32})\n/;
/**
 * The cache file: a header line `cfn-audit code cache <build id> <hash of the data's first bytes> <V8 version>\n`,
 * then V8's data (with V8's checksum of what follows its header).
 */
const CACHE_HEADER = 'cfn-audit code cache';
const CACHE_HEADER_LINE = /^cfn-audit code cache ([0-9a-f]{32}) ([0-9a-f]{32}) (\S{1,64})$/;
/** How much of the data the header line's hash covers: V8's own header (28 bytes on V8 11 to 13) with room to spare. */
const DATA_HEAD = 256;

/**
 * How a start used the code cache: `used`; `absent` (no file); `stale` (made from another build, or the
 * bundle was changed after the cache was made); `other-v8` (made by another version of V8: another Node);
 * `damaged` (the data's first bytes are not those written); `rejected` by V8 (damaged data after its
 * header, other V8 flags).
 */
export type CacheUse = 'used' | 'absent' | 'stale' | 'other-v8' | 'damaged' | 'rejected';

const hash32 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, 32);

/** The build id of a bundle's body (without its id line): as text, or as the file's UTF-8 bytes. */
const buildId = hash32;

/** The hash of the data's first bytes, which V8's checksum does not cover (its header). */
const headHash = (data: Buffer): string => hash32(data.subarray(0, DATA_HEAD));

/** A bundle's text with its id line. */
export const stampedBundle = (body: string): string => `// cfn-audit build ${buildId(body)}\n${body}`;

/** A cache file for the bundle `text` (stamped) and V8's data. */
export function cacheFileFor(text: string, data: Buffer): Buffer {
  const id = BUILD_ID_LINE.exec(text)?.[1];
  if (id === undefined) throw new Error('the bundle has no build id line');
  return Buffer.concat([Buffer.from(`${CACHE_HEADER} ${id} ${headHash(data)} ${process.versions.v8}\n`, 'latin1'), data]);
}

export interface CompiledBundle {
  readonly file: string;
  readonly script: Script;
  readonly cache: CacheUse;
  /** Runs the bundle's top level, as Node runs a CommonJS module; returns its `module.exports`. */
  run(): unknown;
}

/** A code cache file as read: its bytes, and when it was last written. */
interface CacheFile {
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

function readCacheFile(path: string): CacheFile | null {
  try {
    return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
  } catch {
    // No cache (a build that could not make one): compile as usual.
    return null;
  }
}

/**
 * The V8 data in a cache file, when it was made from the bundle `text` (read from `bytes`, last written at
 * `bundleMtimeMs`).
 */
function cacheFor(cacheFile: CacheFile | null, text: string, bytes: Buffer, bundleMtimeMs: number): { data: Buffer | undefined; use: CacheUse } {
  if (cacheFile === null) return { data: undefined, use: 'absent' };
  const cache = cacheFile.bytes;
  const line = BUILD_ID_LINE.exec(text);
  const end = cache.indexOf(10);
  const header = CACHE_HEADER_LINE.exec(end > 0 ? cache.toString('latin1', 0, end) : '');
  if (line === null || header === null || header[1] !== line[1]) return { data: undefined, use: 'stale' };
  // The id line is ASCII: the body starts at the same offset in the text and in its UTF-8 bytes.
  if (bundleMtimeMs > cacheFile.mtimeMs && buildId(bytes.subarray(line[0].length)) !== line[1]) return { data: undefined, use: 'stale' };
  const data = cache.subarray(end + 1);
  if (headHash(data) !== header[2]) return { data: undefined, use: 'damaged' };
  if (header[3] !== process.versions.v8) return { data: undefined, use: 'other-v8' };
  return { data, use: 'used' };
}

/**
 * Compiles `file` (a CommonJS bundle) with the data of the code cache file `cacheFile` (a path; null for
 * none) when it fits. The wrapper is Node's own CommonJS one, so that the bundle sees `require`, `module`,
 * `__filename` and `__dirname` as usual and is strict only when it says so itself (the CLI bundle does;
 * the lazily loaded libraries keep their mode).
 */
export function compileBundle(file: string, cacheFile: string | null): CompiledBundle {
  // The CLI's V8 flags first (v8-tuning.ts), V8's checksums among them: V8 takes a cache only under the flags it was made with.
  tuneV8();
  // Read as bytes: they are hashed as they are when need be, and ASCII text (the build makes the CLI bundle
  // ASCII) becomes a one-byte string without a UTF-8 decode.
  const bytes = readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const { data, use } = cacheFor(cacheFile === null ? null : readCacheFile(cacheFile), text, bytes, statSync(file).mtimeMs);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${text}\n})`, {
    filename: file,
    ...(data ? { cachedData: data } : {}),
  });
  const cache: CacheUse = data && script.cachedDataRejected === true ? 'rejected' : use;
  compiledHere().push({ file, script, cache, cacheFile });
  return {
    file,
    script,
    cache,
    run() {
      const fn = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
      const module = { exports: {} };
      fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
      return module.exports;
    },
  };
}

/** The cache this Node's V8 made for itself beside a bundle (writeOwnCaches). */
const ownCachePath = (file: string): string => `${file}.v8-${process.versions.v8}.cache`;

/** The cache a bundle starts from: the one this V8 made for itself when there is one, else the build's (`<file>.cache`). */
const cachePathFor = (file: string): string => (existsSync(ownCachePath(file)) ? ownCachePath(file) : `${file}.cache`);

/**
 * Runs `file` (the CLI bundle) from its cache (cachePathFor). Where a bundle of the run had none it could
 * use because the build made its cache on another Node (wantsOwnCache), its own is written at the end.
 */
export function runBundle(file: string): CacheUse {
  const bundle = compileBundle(file, cachePathFor(file));
  // The CLI's main thread (main.cjs) is the only caller: a --jobs worker never writes a cache.
  process.once('exit', writeOwnCaches);
  bundle.run();
  return bundle.cache;
}

/** `require` for a CommonJS file of the build (dist/cli/lazy/), from its cache (cachePathFor). */
export function requireBundle(file: string): unknown {
  return compileBundle(file, cachePathFor(file)).run();
}

/**
 * Whether a run writes its own cache for a bundle: when the build's cache was made by another V8 (another
 * Node) or is missing, or when its own cache is from an earlier build or damaged. Not when V8 refused a
 * cache made for it (other V8 flags, say CFN_AUDIT_V8_TUNING=off): runs under the usual flags would then
 * find a cache they refuse in place of one they use.
 */
function wantsOwnCache(b: CompiledRecord): boolean {
  if (b.cache === 'other-v8' || b.cache === 'absent') return true;
  return b.cacheFile === ownCachePath(b.file) && (b.cache === 'stale' || b.cache === 'damaged');
}

/**
 * For every bundle this process compiled without a cache it could use (wantsOwnCache), V8's cache of
 * what the run compiled, beside the bundle (ownCachePath): the next run on this Node starts from it. On
 * the build's Node the build's caches are used and nothing is written. Beside the bundle, never in a
 * shared temporary folder: V8 checks a cache's source only by its length, so a cache is code, as trusted
 * as the folder it is read from. Written to a temporary name and renamed, so that a run reading it
 * meanwhile sees a whole file or none; where the folder cannot be written (a global install owned by
 * another user), nothing is.
 */
function writeOwnCaches(): void {
  for (const b of compiledHere()) {
    if (!wantsOwnCache(b)) continue;
    const path = ownCachePath(b.file);
    const temp = `${path}.${process.pid}.tmp`;
    let fd: number | null = null;
    try {
      // Opened first: where the folder cannot be written, V8 serializes nothing (15 ms for the CLI bundle).
      fd = openSync(temp, 'w');
      writeSync(fd, cacheFileFor(readFileSync(b.file, 'latin1'), b.script.createCachedData()));
      closeSync(fd);
      fd = null;
      renameSync(temp, path);
    } catch {
      // Best effort: a folder this user cannot write, a full disk, a bundle without a build id.
      try {
        if (fd !== null) closeSync(fd);
        rmSync(temp, { force: true });
      } catch {
        // Nothing more to undo.
      }
    }
  }
}

/**
 * Every bundle compiled in this process, with how it used its cache: one list for the process (the
 * CLI bundle holds its own copy of this module), read by the build's training run and by tests.
 */
const COMPILED = Symbol.for('cfn-audit.compiled-bundles');
/** A bundle compiled in this process: how it used the cache file it was compiled with (`cacheFile`, null for none). */
interface CompiledRecord {
  readonly file: string;
  readonly script: Script;
  readonly cache: CacheUse;
  readonly cacheFile: string | null;
}
export function compiledHere(): CompiledRecord[] {
  const g = globalThis as { [COMPILED]?: CompiledRecord[] };
  return (g[COMPILED] ??= []);
}
