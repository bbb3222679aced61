/**
 * Discovery: the one place (besides the adapters) that reads files. Turns command-line inputs
 * (files, directories, globs, `-` for stdin, cdk.out folders) into SourceFiles for the core.
 *
 * Bounded and confined: only regular files are read, each with a byte limit enforced while reading;
 * a directory walk stays under the folder it was given (a symbolic link leading out of it is
 * reported, not followed) and stops with an error past a depth or entry-count bound. Nothing is
 * skipped silently: an unreadable file or folder is an error, and every candidate file that is not
 * audited is reported with the reason.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { AuditError, Notice, SkipReason, SourceFile } from '../types/types.js';
import { isUnder, readText } from './read-file.js';
import { isTemplateText } from './sniff.js';
import { minimatchModule } from '../lazy/modules.js';

export const TEMPLATE_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json', '.template']);
const IGNORED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '.aws-sam', '.serverless', '.terraform']);

export interface WalkLimits {
  /** Folder levels below the root. */
  readonly maxDepth: number;
  /** Directory entries looked at, in all. */
  readonly maxEntries: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = { maxDepth: 40, maxEntries: 200_000 };

export interface DiscoverOptions {
  readonly cwd: string;
  /** Reads standard input when an input is `-`. */
  readonly readStdin?: () => Promise<string>;
  readonly limits?: WalkLimits;
}

export interface Discovered {
  readonly sources: SourceFile[];
  readonly errors: AuditError[];
  /** Files looked at and not audited, with the reason; links not followed; unlisted assembly templates. */
  readonly notices: Notice[];
}

export function displayPath(path: string, cwd: string): string {
  // Relative to the current directory even outside it (../x), as users typed it; absolute only across drives.
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

const errorAt = (file: string, message: string, line: number | null = null, column: number | null = null): AuditError => ({ file, line, column, message });
const skipNotice = (file: string, why: SkipReason): Notice => ({ kind: 'skipped-files', file, code: 'file-skipped', args: { why } });

/**
 * Read one file. A file named explicitly is always audited (or is an error); a file found by a scan
 * that cannot be decoded is an error when it still looks like a template, and a reported skip otherwise.
 */
export function readSource(path: string, cwd: string, explicit: boolean, root?: string, walked = false): Discovered {
  const file = displayPath(path, cwd);
  const read = readText(path, { root, walked });
  if (!read.ok) return { sources: [], errors: [errorAt(file, read.message)], notices: [] };
  const decoded = read.decoded;
  if (decoded.ok) return { sources: [{ file, text: decoded.text, explicit }], errors: [], notices: [] };
  if (explicit || isTemplateText(decoded.text)) return { sources: [], errors: [errorAt(file, decoded.message, decoded.line, decoded.column)], notices: [] };
  return { sources: [], errors: [], notices: [skipNotice(file, 'not-utf8')] };
}

/** `walked`: a regular file seen by the walk, not through a link (see ReadOptions). */
type WalkItem = { readonly kind: 'file'; readonly path: string; readonly walked: boolean } | { readonly kind: 'assembly'; readonly path: string };

interface WalkState {
  readonly cwd: string;
  /** Real path of the folder the walk was given; nothing outside it is read. */
  readonly root: string;
  readonly limits: WalkLimits;
  readonly visited: Set<string>;
  entries: number;
  readonly out: Discovered;
  /** Whether sub-folders holding a cloud assembly are yielded as such. */
  readonly assemblies: boolean;
  /** Which files are candidates (default: the template extensions). */
  readonly accept: (path: string) => boolean;
}

const byExtension = (path: string): boolean => TEMPLATE_EXTENSIONS.has(extname(path).toLowerCase());

/** A folder's real path and its entries, sorted. */
interface Listing {
  readonly real: string;
  readonly entries: Dirent[];
}

/** A folder that holds a `manifest.json` may be a cloud assembly: decided by its manifest, asynchronously. */
type Listed = WalkItem | { readonly kind: 'maybe-assembly'; readonly path: string; readonly depth: number; readonly listing: Listing };

/**
 * Walk a directory for template candidates, sorted, skipping dependency and VCS folders. The walk
 * itself is synchronous (a listing per folder, a path resolution only for links); only a folder
 * that may be a cloud assembly waits for its manifest to be read.
 */
async function* walk(dir: string, depth: number, st: WalkState, listing?: Listing): AsyncGenerator<WalkItem> {
  const listed: Listed[] = [];
  listFolder(dir, depth, st, listed, listing);
  for (const item of listed) {
    if (item.kind !== 'maybe-assembly') yield item;
    else if (await isAssembly(item.path)) yield { kind: 'assembly', path: item.path };
    else yield* walk(item.path, item.depth, st, item.listing);
  }
}

/**
 * A folder's entries, sorted and counted against the bound (past it the walk stops with an error);
 * null when the folder was read already under another name (a link loop ends here) or cannot be read
 * (an error).
 */
function readFolder(dir: string, real: string, st: WalkState): Dirent[] | null {
  if (st.visited.has(real)) return null;
  st.visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    st.out.errors.push(errorAt(displayPath(dir, st.cwd), `cannot read the folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
    return null;
  }
  st.entries += entries.length;
  if (st.entries > st.limits.maxEntries) {
    st.out.errors.push(errorAt(displayPath(st.root, st.cwd), `more than ${st.limits.maxEntries} files and folders under this folder; name the folders that hold templates`));
    throw new WalkStopped();
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * `join(dir, name)` for a folder entry: `dir` is a normalized absolute path (every walk starts from a
 * resolved one) and `name` one that readdir gave (never `.`, `..` or a separator), so nothing needs
 * normalizing again (path.join normalized each one again: 10 ms of a run over the real corpus).
 */
const childPath = (dir: string, name: string): string => (dir.endsWith(sep) ? dir + name : dir + sep + name);

/** Lists the candidates under `dir` into `out`; `listing`: the folder's, when the caller has read it already. */
function listFolder(dir: string, depth: number, st: WalkState, out: Listed[], listing?: Listing): void {
  if (depth > st.limits.maxDepth) {
    st.out.errors.push(errorAt(displayPath(dir, st.cwd), `folders are nested more than ${st.limits.maxDepth} levels deep here; name a folder nearer the templates`));
    return;
  }
  if (listing === undefined) {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch (e) {
      st.out.errors.push(errorAt(displayPath(dir, st.cwd), `cannot read the folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
      return;
    }
    const entries = readFolder(dir, real, st);
    if (entries === null) return;
    listing = { real, entries };
  }
  const { real, entries } = listing;
  for (const e of entries) {
    const p = childPath(dir, e.name);
    const candidate = st.accept(p);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let target = childPath(real, e.name);
    const link = e.isSymbolicLink();
    if (link) {
      // Links are followed only while they stay under the root: a link to / must not walk the machine.
      try {
        target = realpathSync.native(p);
      } catch {
        if (candidate) st.out.notices.push(skipNotice(displayPath(p, st.cwd), 'dangling-symlink'));
        continue;
      }
      if (!isUnder(st.root, target)) {
        st.out.notices.push({ kind: 'info', file: displayPath(p, st.cwd), code: 'symlink-outside', args: {} });
        continue;
      }
      let info = null;
      try {
        info = statSync(p);
      } catch {
        // A link that vanished since: neither a folder nor a file.
      }
      isDir = info?.isDirectory() ?? false;
      isFile = info?.isFile() ?? false;
    }
    if (isDir) {
      if (IGNORED_DIRS.has(e.name) || e.name.startsWith('asset.')) continue;
      if (!st.assemblies || depth + 1 > st.limits.maxDepth) {
        listFolder(p, depth + 1, st, out);
        continue;
      }
      // Read here, so that a folder with a manifest is known before it is walked.
      const subEntries = readFolder(p, target, st);
      if (subEntries === null) continue;
      const sub: Listing = { real: target, entries: subEntries };
      if (subEntries.some((d) => d.name === 'manifest.json' && !d.isDirectory())) out.push({ kind: 'maybe-assembly', path: p, depth: depth + 1, listing: sub });
      else listFolder(p, depth + 1, st, out, sub);
    } else if (candidate) {
      if (isFile) {
        if (st.visited.has(target)) continue;
        st.visited.add(target);
        out.push({ kind: 'file', path: p, walked: !link });
      } else st.out.notices.push(skipNotice(displayPath(p, st.cwd), 'not-regular-file'));
    }
  }
}

class WalkStopped extends Error {}

function newWalk(dir: string, opts: DiscoverOptions, out: Discovered, assemblies = true, accept = byExtension): WalkState {
  return { cwd: opts.cwd, root: realpathSync.native(dir), limits: opts.limits ?? DEFAULT_WALK_LIMITS, visited: new Set(), entries: 0, out, assemblies, accept };
}

async function isAssembly(p: string): Promise<boolean> {
  const { isCloudAssembly } = await import('./cdk-assembly.js');
  return isCloudAssembly(p);
}

/** CDK's own bookkeeping files in a cloud assembly: never templates. */
const ASSEMBLY_FILE = /^(manifest|tree)\.json$|\.(assets|metadata)\.json$/;

/**
 * A cloud assembly: the stacks its manifest lists, plus any other template lying in the folder (a
 * hand-copied template must not hide behind a manifest), audited as a plain template with a notice.
 */
async function readAssembly(dir: string, opts: DiscoverOptions, out: Discovered): Promise<void> {
  const { readCloudAssembly } = await import('./cdk-assembly.js');
  const r = await readCloudAssembly(dir, { cwd: opts.cwd });
  out.sources.push(...r.sources);
  out.errors.push(...r.errors);
  const listed = new Set([...r.sources, ...r.errors].map((s) => resolve(opts.cwd, s.file)));
  // Walked by the name it was given (not its real path), so that names compare with the manifest's.
  let st: WalkState;
  try {
    st = newWalk(dir, opts, out, false);
  } catch {
    return;
  }
  try {
    for await (const item of walk(dir, 0, st)) {
      if (listed.has(item.path) || ASSEMBLY_FILE.test(basename(item.path))) continue;
      const s = readSource(item.path, opts.cwd, false, st.root, item.kind === 'file' && item.walked);
      out.errors.push(...s.errors);
      out.notices.push(...s.notices);
      for (const src of s.sources) {
        if (!isTemplateText(src.text)) {
          out.notices.push(skipNotice(src.file, 'unlisted-in-assembly'));
          continue;
        }
        out.sources.push(src);
        out.notices.push({ kind: 'info', file: src.file, code: 'assembly-template-unlisted', args: {} });
      }
    }
  } catch (e) {
    if (!(e instanceof WalkStopped)) throw e;
  }
}

/**
 * Resolve inputs in order. Files named explicitly are audited whatever they hold (a non-template is an
 * error); files found in directories are audited only when they are templates (the core skips the rest).
 */
export async function discover(inputs: readonly string[], opts: DiscoverOptions): Promise<Discovered> {
  const found: Discovered = { sources: [], errors: [], notices: [] };
  for (const input of inputs) {
    if (input === '-') {
      if (!opts.readStdin) found.errors.push(errorAt('-', 'standard input is not available here'));
      else {
        try {
          found.sources.push({ file: '<stdin>', text: await opts.readStdin(), explicit: true });
        } catch (e) {
          found.errors.push(errorAt('<stdin>', e instanceof Error ? e.message : String(e)));
        }
      }
      continue;
    }
    const abs = resolve(opts.cwd, input);
    let info;
    try {
      info = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        found.errors.push(errorAt(input, `cannot read it: ${code ?? (e as Error).message}`));
        continue;
      }
      const errorsBefore = found.errors.length;
      const globbed = /[*?[{]/.test(input) ? await expandGlob(input, opts, found) : null;
      if (globbed && globbed.length) {
        for (const p of globbed) merge(found, readSource(p.path, opts.cwd, false, p.root, p.walked));
      } else if (!globbed || found.errors.length === errorsBefore) found.errors.push(errorAt(input, globbed ? 'the pattern matches no file' : 'no such file or directory'));
      continue;
    }
    if (info.isDirectory()) {
      if (await isAssembly(abs)) {
        await readAssembly(abs, opts, found);
        continue;
      }
      const st = newWalk(abs, opts, found);
      try {
        for await (const item of walk(abs, 0, st)) {
          if (item.kind === 'assembly') await readAssembly(item.path, opts, found);
          else merge(found, readSource(item.path, opts.cwd, false, st.root, item.walked));
        }
      } catch (e) {
        if (!(e instanceof WalkStopped)) throw e;
      }
    } else if (basename(input) === 'manifest.json' && (await isAssembly(abs))) {
      await readAssembly(resolve(abs, '..'), opts, found);
    } else {
      merge(found, readSource(abs, opts.cwd, true));
    }
  }
  // The same file reached twice (two inputs, a link inside the tree) is audited once.
  const seen = new Set<string>();
  const sources = found.sources.filter((s) => !seen.has(s.file) && (seen.add(s.file), true));
  return { sources, errors: found.errors, notices: found.notices };
}

function merge(into: Discovered, d: Discovered): void {
  into.sources.push(...d.sources);
  into.errors.push(...d.errors);
  into.notices.push(...d.notices);
}

/** Globs (e.g. `templates/**\/*.yaml`) for shells and CI inputs that do not expand them; the walk rules apply. */
async function expandGlob(pattern: string, opts: DiscoverOptions, out: Discovered): Promise<{ path: string; root: string; walked: boolean }[]> {
  const { minimatch } = minimatchModule();
  const base = pattern.split('/').findIndex((seg) => /[*?[{]/.test(seg));
  const dir = resolve(opts.cwd, pattern.split('/').slice(0, Math.max(base, 0)).join('/') || '.');
  const glob = pattern.replace(/^\.\//, '');
  const accept = (p: string): boolean => minimatch(displayPath(p, opts.cwd), glob, { dot: false });
  let st: WalkState;
  try {
    st = newWalk(dir, opts, out, false, accept);
  } catch {
    return [];
  }
  const matched: { path: string; root: string; walked: boolean }[] = [];
  try {
    for await (const item of walk(dir, 0, st)) matched.push({ path: item.path, root: st.root, walked: item.kind === 'file' && item.walked });
  } catch (e) {
    if (!(e instanceof WalkStopped)) throw e;
  }
  return matched;
}
