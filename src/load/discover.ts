/**
 * Discovery: the one place (besides the adapters) that reads files. Turns command-line inputs
 * (files, directories, globs, `-` for stdin, cdk.out folders) into SourceFiles for the core.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { AuditError, SourceFile } from '../core/types.js';

export const TEMPLATE_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json', '.template']);
const IGNORED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '.aws-sam', '.serverless', '.terraform']);
/** Files larger than this are refused: CloudFormation's own limit is 1 MB (51,200 bytes inline). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface DiscoverOptions {
  readonly cwd: string;
  /** Reads standard input when an input is `-`. */
  readonly readStdin?: () => Promise<string>;
}

export interface Discovered {
  readonly sources: SourceFile[];
  readonly errors: AuditError[];
}

export function displayPath(path: string, cwd: string): string {
  // Relative to the current directory even outside it (../x), as users typed it; absolute only across drives.
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

/** Decode bytes as UTF-8, keeping invalid sequences visible (U+FFFD) so that the parser can refuse them. */
function decode(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return '\u0000'; // UTF-16LE: refused by the parser with a clear message
  return new TextDecoder('utf-8', { fatal: false }).decode(buf);
}

export async function readSource(path: string, cwd: string, explicit: boolean): Promise<SourceFile | AuditError> {
  const file = displayPath(path, cwd);
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) return { file, line: null, column: null, message: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    const buf = await readFile(path);
    return { file, text: decode(buf), explicit };
  } catch (e) {
    return { file, line: null, column: null, message: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

/** Walk a directory for template candidates, sorted, skipping dependency and VCS folders. */
async function* walk(dir: string, visited: Set<string> = new Set()): AsyncGenerator<string> {
  let entries;
  try {
    // Symbolic links are followed (a linked template must not be skipped silently); a folder already
    // visited under another name is not walked twice, so link loops end.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const target = await stat(p).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) {
      if (IGNORED_DIRS.has(e.name) || e.name.startsWith('asset.')) continue;
      if (await isAssembly(p)) {
        yield `assembly:${p}`;
        continue;
      }
      yield* walk(p, visited);
    } else if (isFile && TEMPLATE_EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
  }
}

async function isAssembly(p: string): Promise<boolean> {
  const { isCloudAssembly } = await import('./cdk-assembly.js');
  return isCloudAssembly(p);
}

async function readAssembly(p: string, cwd: string): Promise<Discovered> {
  const { readCloudAssembly } = await import('./cdk-assembly.js');
  const r = await readCloudAssembly(p, { cwd });
  return { sources: r.sources, errors: r.errors };
}

/**
 * Resolve inputs in order. Files named explicitly are audited whatever they hold (a non-template is an
 * error); files found in directories are audited only when they are templates (the core skips the rest).
 */
export async function discover(inputs: readonly string[], opts: DiscoverOptions): Promise<Discovered> {
  const out: Discovered = { sources: [], errors: [] };
  const seen = new Set<string>();
  const add = (d: Discovered) => {
    for (const s of d.sources) if (!seen.has(s.file)) (seen.add(s.file), out.sources.push(s));
    out.errors.push(...d.errors);
  };
  for (const input of inputs) {
    if (input === '-') {
      if (!opts.readStdin) {
        out.errors.push({ file: '-', line: null, column: null, message: 'standard input is not available here' });
        continue;
      }
      add({ sources: [{ file: '<stdin>', text: await opts.readStdin(), explicit: true }], errors: [] });
      continue;
    }
    const abs = resolve(opts.cwd, input);
    let info;
    try {
      info = await stat(abs);
    } catch {
      const globbed = /[*?[{]/.test(input) ? await expandGlob(input, opts.cwd) : null;
      if (globbed && globbed.length) {
        for (const p of globbed) {
          const s = await readSource(p, opts.cwd, false);
          add('text' in s ? { sources: [s], errors: [] } : { sources: [], errors: [s] });
        }
      } else out.errors.push({ file: input, line: null, column: null, message: globbed ? 'the pattern matches no file' : 'no such file or directory' });
      continue;
    }
    if (info.isDirectory()) {
      if (await isAssembly(abs)) {
        add(await readAssembly(abs, opts.cwd));
        continue;
      }
      for await (const p of walk(abs)) {
        if (p.startsWith('assembly:')) add(await readAssembly(p.slice(9), opts.cwd));
        else {
          const s = await readSource(p, opts.cwd, false);
          add('text' in s ? { sources: [s], errors: [] } : { sources: [], errors: [s] });
        }
      }
    } else if (input.endsWith('manifest.json') && (await isAssembly(abs))) {
      add(await readAssembly(abs, opts.cwd));
    } else {
      const s = await readSource(abs, opts.cwd, true);
      add('text' in s ? { sources: [s], errors: [] } : { sources: [], errors: [s] });
    }
  }
  return out;
}

/** Globs (e.g. `templates/**\/*.yaml`) for shells and CI inputs that do not expand them. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { minimatch } = await import('minimatch');
  const base = pattern.split('/').findIndex((seg) => /[*?[{]/.test(seg));
  const root = resolve(cwd, pattern.split('/').slice(0, Math.max(base, 0)).join('/') || '.');
  const out: string[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (depth > 40) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!IGNORED_DIRS.has(e.name)) await visit(p, depth + 1);
      } else if (minimatch(displayPath(p, cwd), pattern.replace(/^\.\//, ''), { dot: false })) out.push(p);
    }
  };
  await visit(root, 0);
  return out;
}
