/**
 * The effects an audit run needs, handed in by the adapter: files, git, the clock, the lazily loaded
 * diff module, the result cache and standard input. The app layer does nothing else to the world, so
 * a test drives a whole run with an in-memory file system and a fake git.
 */
import type { SourceFile } from '../types/types.js';
import type { EvaluatedResult } from '../engine/audit.js';
import type { CfnDiffModule } from '../policy/diff.js';
import type { Discovered, DiscoverOptions } from '../load/discover.js';
import type { RunRequest } from './run.js';

/** A text file read whole: a regular file within the byte limit, valid UTF-8. */
export type TextRead =
  | { readonly ok: true; readonly text: string }
  /** `line`/`column` when the bytes are not valid UTF-8 there. */
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

export interface FsPort {
  readText(path: string): Promise<TextRead>;
  /** What is at `path` (symbolic links followed), or null when nothing is. */
  kind(path: string): Promise<'file' | 'directory' | 'other' | null>;
  /** Every entry below `dir`, as paths relative to it (any separator the platform uses). */
  listFiles(dir: string): Promise<string[]>;
  /** The real path of `path`, or `path` itself when it does not exist. */
  realpath(path: string): Promise<string>;
  /** Write a whole file (replacing it); rejects with the reason it could not. */
  writeText(path: string, text: string): Promise<void>;
}

export type GitResult = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly stderr: string };

export interface GitPort {
  /** `git rev-parse --show-toplevel` in `cwd`. */
  topLevel(cwd: string): Promise<GitResult>;
  /** Whether `ref` names a commit in the repository at `root`. */
  hasCommit(root: string, ref: string): Promise<boolean>;
  /** `git show REF:path` in the repository at `root` (path relative to it, `/`-separated). */
  show(root: string, ref: string, path: string): Promise<GitResult>;
}

/**
 * One file's evaluation: its result, and how many of its findings each config exception matched (in
 * the order of the config's exceptions), so that a run served from a cache or by workers still knows
 * which exceptions are in use.
 */
export interface Evaluation {
  readonly result: EvaluatedResult;
  readonly exceptionMatches: readonly number[];
}

/** A `--cache DIR` store of evaluations; `key` holds everything besides the file that decides a result. */
export interface ResultStore {
  readonly hits: number;
  readonly misses: number;
  evaluate(source: SourceFile, run: () => Evaluation): Promise<Evaluation>;
  /** Indices of the sources without a stored result (read ahead, so that only these go to --jobs workers). */
  toEvaluate(sources: readonly SourceFile[]): Promise<number[]>;
}

/**
 * --jobs: evaluates the sources (`todo`: indices, all when null) in `jobs` worker threads, each building
 * the run's policy from the same request; a file's evaluation by its index (its exception matches are for the
 * run to count).
 */
/**
 * `--jobs N`: evaluates the files to audit (`todo`, all when null) on N threads, this one included:
 * `here` evaluates a file in this thread (while the N - 1 workers run); the result is each file's evaluation by index.
 */
export type EvaluateInWorkers = (
  req: RunRequest,
  sources: readonly SourceFile[],
  todo: readonly number[] | null,
  jobs: number,
  here: (i: number) => Evaluation,
) => Promise<(i: number) => Evaluation>;

export interface AppPorts {
  readonly fs: FsPort;
  readonly git: GitPort;
  /** Finds the templates named by the inputs (files, folders, globs, cdk.out, `-`). */
  discover(inputs: readonly string[], opts: DiscoverOptions): Promise<Discovered>;
  /** Now: exception expiry, the baseline's timestamp and the time budget. */
  clock(): Date;
  /** `@aws-cdk/cloudformation-diff`, loaded only by change-aware runs. */
  loadDiff(): Promise<CfnDiffModule>;
  openCache(dir: string, key: unknown): Promise<ResultStore>;
  readStdin?: () => Promise<string>;
  /** Worker threads for --jobs; without it every run evaluates in this thread. */
  evaluateInWorkers?: EvaluateInWorkers;
}
