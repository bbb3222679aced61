/**
 * Safe extraction of a pipeline artifact (a zip) into a fresh folder. The artifact is built by
 * whoever can push to the source repository, so it is untrusted: an entry that would land outside
 * the folder, a symlink or special file, an encrypted or corrupt archive, and an archive past the
 * caps on entry count and uncompressed size all fail the job. Sizes are checked twice: the declared
 * sizes before anything is inflated, and the bytes actually produced while inflating (a zip bomb can
 * lie in its headers).
 */
import { createWriteStream } from 'node:fs';
import { makeDirs } from '../make-dirs.js';
import { dirname, isAbsolute, posix, relative, resolve } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { JobError } from './errors.js';

export interface UnzipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
}

/** Lambda's /tmp is 512 MB by default; CloudFormation templates are at most 1 MB each. */
export const DEFAULT_UNZIP_LIMITS: UnzipLimits = { maxEntries: 20_000, maxTotalBytes: 256 * 1024 * 1024 };

export type UnsafeReason = 'path' | 'symlink' | 'special-file' | 'encrypted' | 'too-many-entries' | 'too-large' | 'corrupt' | 'duplicate';

export class ArchiveError extends JobError {
  constructor(
    readonly reason: UnsafeReason,
    message: string,
  ) {
    super('JobFailed', `the input artifact was refused: ${message}`);
  }
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** Why a name is unsafe, or null. Also applied by yauzl itself; kept here so the rule is ours and tested. */
export function unsafeName(name: string): string | null {
  if (name.includes('\0')) return 'contains a NUL character';
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n)) return 'is an absolute path';
  if (n.split('/').includes('..')) return 'climbs out of the folder (..)';
  return null;
}

function yauzlReason(message: string): UnsafeReason {
  return /^(absolute path|invalid relative path|invalid characters in fileName)/.test(message) ? 'path' : 'corrupt';
}

/** Counts the bytes a stream really produces and stops it once the run's budget is spent. */
class Budget extends Transform {
  constructor(
    private readonly state: { used: number },
    private readonly limit: number,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.state.used += chunk.length;
    if (this.state.used > this.limit) cb(new ArchiveError('too-large', `it inflates to more than ${this.limit} bytes`));
    else cb(null, chunk);
  }
}

function open(buf: Buffer): Promise<ZipFile> {
  return new Promise((ok, fail) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true, strictFileNames: false }, (err, zip) => {
      if (err) fail(new ArchiveError('corrupt', `not a readable zip archive (${err.message})`));
      else ok(zip);
    });
  });
}

function openStream(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((ok, fail) => zip.openReadStream(entry, (err, stream) => (err ? fail(err) : ok(stream))));
}

/** Every entry of the central directory, each checked; nothing is inflated yet. */
function readEntries(zip: ZipFile, limits: UnzipLimits): Promise<Entry[]> {
  return new Promise((ok, fail) => {
    const entries: Entry[] = [];
    // Normalised name → whether it is a folder. Two entries for one file would be audited last-wins,
    // while a tool that reads the first (or the deployer) sees the other: such an archive is refused.
    const names = new Map<string, boolean>();
    let declared = 0;
    let settled = false;
    const stop = (e: JobError) => {
      if (settled) return;
      settled = true;
      fail(e);
    };
    zip.on('error', (e: Error) => {
      const reason = yauzlReason(e.message);
      stop(new ArchiveError(reason, reason === 'path' ? `an entry has an ${e.message}` : `the archive is damaged (${e.message})`));
    });
    zip.on('end', () => {
      if (!settled) {
        settled = true;
        ok(entries);
      }
    });
    zip.on('entry', (entry: Entry) => {
      try {
        const name = entry.fileName;
        const why = unsafeName(name);
        if (why) throw new ArchiveError('path', `entry "${name}" ${why}`);
        const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
        if (type === S_IFLNK) throw new ArchiveError('symlink', `entry "${name}" is a symbolic link`);
        if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) throw new ArchiveError('special-file', `entry "${name}" is not a regular file or folder`);
        if (entry.isEncrypted()) throw new ArchiveError('encrypted', `entry "${name}" is encrypted`);
        const key = posix.resolve('/', name.replace(/\\/g, '/'));
        const folder = isFolder(entry);
        const prev = names.get(key);
        if (prev !== undefined && !(prev && folder)) throw new ArchiveError('duplicate', `two entries are named "${key.slice(1)}"`);
        names.set(key, folder);
        declared += entry.uncompressedSize;
        if (declared > limits.maxTotalBytes) throw new ArchiveError('too-large', `its entries declare more than ${limits.maxTotalBytes} bytes`);
        entries.push(entry);
        zip.readEntry();
      } catch (e) {
        stop(e as JobError);
      }
    });
    zip.readEntry();
  });
}

const isFolder = (entry: Entry): boolean => entry.fileName.endsWith('/') || ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFDIR;

/**
 * Extract `buf` into `dir` (which must exist and be empty). Two passes: every entry of the central
 * directory is checked first, so a refused archive writes nothing; then the files are inflated, with
 * the bytes they really produce counted against the same cap. Returns the number of files written.
 */
export async function extractZip(buf: Buffer, dir: string, limits: UnzipLimits = DEFAULT_UNZIP_LIMITS): Promise<number> {
  const zip = await open(buf);
  try {
    if (zip.entryCount > limits.maxEntries) throw new ArchiveError('too-many-entries', `it has ${zip.entryCount} entries (the limit is ${limits.maxEntries})`);
    const entries = await readEntries(zip, limits);
    const root = resolve(dir);
    const state = { used: 0 };
    let files = 0;
    for (const entry of entries) {
      const target = resolve(root, entry.fileName);
      const rel = relative(root, target);
      if (rel.startsWith('..') || isAbsolute(rel)) throw new ArchiveError('path', `entry "${entry.fileName}" would be written outside the folder`);
      if (isFolder(entry)) {
        makeDirs(target);
        continue;
      }
      makeDirs(dirname(target));
      try {
        await pipeline(await openStream(zip, entry), new Budget(state, limits.maxTotalBytes), createWriteStream(target, { flags: 'w', mode: 0o644 }));
      } catch (e) {
        throw e instanceof JobError ? e : new ArchiveError('corrupt', `entry "${entry.fileName}" is damaged (${(e as Error).message})`);
      }
      files++;
    }
    return files;
  } finally {
    zip.close();
  }
}
