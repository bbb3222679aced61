/**
 * Writing a report or baseline file. Atomic (a temporary file in the same folder, then a rename), so a
 * crash or a full disk never leaves half a report where a whole one is expected; parent folders are
 * created. Confined writes (the GitHub Action) refuse any path outside the allowed roots and any
 * symbolic link on the way, so a link committed in a pull request cannot redirect the write.
 *
 * The file system calls are synchronous: a run writes its few outputs one after the other, and each
 * asynchronous call is a round trip through libuv's thread pool (the first one starts the pool), a
 * few milliseconds of a small template's run for nothing.
 */
import { randomBytes } from 'node:crypto';
import { lstatSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isUnder, realPathOrSelf } from '../load/read-file.js';
import { makeDirs } from './make-dirs.js';

export class OutputError extends Error {}

export interface WriteOptions {
  /** When given, the file must lie under one of these folders, with no symbolic link from the folder down to it. */
  readonly confine?: readonly string[];
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

function lstatOrNull(path: string): import('node:fs').Stats | null {
  return lstatSync(path, { throwIfNoEntry: false }) ?? null;
}

/** Refuses `abs` unless it is under a root with no link on the way; returns the root used. */
function checkConfined(abs: string, roots: readonly string[]): void {
  const root = roots.map((r) => resolve(r)).find((r) => isUnder(r, abs) && abs !== r);
  if (root === undefined) throw new OutputError(`it is outside the workspace${roots.length > 1 ? ' and the runner temp folder' : ''}`);
  let p = root;
  for (const part of relative(root, abs).split(sep)) {
    p = join(p, part);
    const info = lstatOrNull(p);
    if (info === null) return; // the rest is created fresh
    if (info.isSymbolicLink()) throw new OutputError(`${p === abs ? 'it is' : `${relative(root, p).split(sep).join('/')} is`} a symbolic link; refusing to write through it`);
    if (p === abs && !info.isFile()) throw new OutputError('it exists and is not a regular file');
  }
}

/** Write `text` to `path` (absolute) atomically. Errors are OutputErrors with a short reason (the promise rejects with them). */
export function writeOutput(path: string, text: string, opts: WriteOptions = {}): Promise<void> {
  return new Promise((done) => {
    writeOutputNow(path, text, opts);
    done();
  });
}

/** writeOutput's work, with synchronous file calls (each asynchronous one was a round trip through libuv's thread pool). */
function writeOutputNow(path: string, text: string, opts: WriteOptions): void {
  const abs = resolve(path);
  try {
    if (opts.confine) checkConfined(abs, opts.confine);
    const existing = lstatOrNull(abs);
    // A device or pipe (/dev/stdout, /dev/null) is written in place: renaming over it would replace it.
    if (existing && !existing.isFile() && !existing.isSymbolicLink() && !existing.isDirectory()) {
      writeFileSync(abs, text);
      return;
    }
    if (existing?.isDirectory()) throw new OutputError('it is a folder');
    makeDirs(dirname(abs));
    if (opts.confine) {
      const realDir = realpathSync.native(dirname(abs));
      const roots = opts.confine.map((r) => realPathOrSelf(resolve(r)));
      if (!roots.some((r) => isUnder(r, realDir))) throw new OutputError('its folder leads outside the workspace');
    }
    const temp = join(dirname(abs), `.${basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      writeFileSync(temp, text, { flag: 'wx', mode: 0o644 });
      renameSync(temp, abs);
    } catch (e) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // The write failed already: that is the error to report.
      }
      throw e;
    }
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError(code(e));
  }
}
