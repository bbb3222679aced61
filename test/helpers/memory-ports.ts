/** The app layer's ports in memory: a file system as a Map, git as a table of revisions, a settable clock. No disk, no subprocess. */
import { posix } from 'node:path';
import type { AppPorts, FsPort, GitPort, ResultStore } from '../../src/app/ports.js';
import type { CfnDiffModule } from '../../src/policy/diff.js';
import type { Discovered } from '../../src/load/discover.js';
import type { SourceFile } from '../../src/types/types.js';

export interface MemoryPorts extends AppPorts {
  /** Absolute path → text; writes land here. */
  readonly files: Map<string, string>;
  /** Every path the run asked the file system about, in order. */
  readonly touched: string[];
  /** How many times the diff module was loaded. */
  diffLoads: number;
  /** Milliseconds the clock advances on every reading. */
  tick: number;
}

const TEMPLATE_EXT = /\.(ya?ml|json|template)$/i;

export interface MemoryOptions {
  /** Revisions: ref → (path relative to the repository root → text). */
  readonly git?: { readonly root: string; readonly refs: Readonly<Record<string, Readonly<Record<string, string>>>> };
  readonly now?: Date;
  readonly stdin?: string;
}

export function memoryPorts(files: Readonly<Record<string, string>>, opts: MemoryOptions = {}): MemoryPorts {
  const map = new Map(Object.entries(files).map(([p, t]) => [posix.resolve('/', p), t]));
  const touched: string[] = [];
  const isDir = (p: string): boolean => [...map.keys()].some((f) => f.startsWith(p === '/' ? '/' : `${p}/`));
  const fs: FsPort = {
    async readText(path) {
      touched.push(path);
      const t = map.get(path);
      if (t !== undefined) return { ok: true, text: t };
      return { ok: false, message: isDir(path) ? 'is a directory, not a file' : 'no such file or directory' };
    },
    async kind(path) {
      touched.push(path);
      return map.has(path) ? 'file' : isDir(path) ? 'directory' : null;
    },
    async listFiles(dir) {
      touched.push(dir);
      return [...map.keys()].filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1));
    },
    async realpath(path) {
      touched.push(path);
      return path;
    },
    async writeText(path, text) {
      touched.push(path);
      if (isDir(path)) throw new Error('is a directory');
      map.set(path, text);
    },
  };
  const rel = (cwd: string, abs: string): string => (abs.startsWith(`${cwd}/`) ? abs.slice(cwd.length + 1) : abs);
  const git: GitPort = {
    async topLevel(cwd) {
      const g = opts.git;
      return g && (cwd === g.root || cwd.startsWith(`${g.root}/`)) ? { ok: true, stdout: `${g.root}\n` } : { ok: false, stderr: 'fatal: not a git repository' };
    },
    async hasCommit(_root, ref) {
      return opts.git?.refs[ref] !== undefined;
    },
    async show(_root, ref, path) {
      const text = opts.git?.refs[ref]?.[path];
      return text === undefined ? { ok: false, stderr: `fatal: path '${path}' does not exist in '${ref}'` } : { ok: true, stdout: text };
    },
  };
  const ports: MemoryPorts = {
    files: map,
    touched,
    diffLoads: 0,
    tick: 0,
    fs,
    git,
    async discover(inputs, o): Promise<Discovered> {
      const sources: SourceFile[] = [];
      const errors: { file: string; line: null; column: null; message: string }[] = [];
      for (const input of inputs) {
        if (input === '-') {
          sources.push({ file: '<stdin>', text: o.readStdin ? await o.readStdin() : '', explicit: true });
          continue;
        }
        const abs = posix.resolve(o.cwd, input);
        const text = map.get(abs);
        if (text !== undefined) sources.push({ file: input, text, explicit: true });
        else if (isDir(abs))
          for (const f of [...map.keys()].filter((k) => k.startsWith(`${abs}/`) && TEMPLATE_EXT.test(k)).sort())
            sources.push({ file: rel(o.cwd, f), text: map.get(f)!, explicit: false });
        else errors.push({ file: input, line: null, column: null, message: 'no such file or directory' });
      }
      return { sources, errors, notices: [] };
    },
    clock() {
      const t = (opts.now ?? new Date('2026-01-15T12:00:00Z')).getTime() + ports.tick * clockReads++;
      return new Date(t);
    },
    async loadDiff(): Promise<CfnDiffModule> {
      ports.diffLoads++;
      const spec = '@aws-cdk/cloudformation-diff';
      const mod = (await import(spec)) as Partial<CfnDiffModule> & { default?: CfnDiffModule };
      return typeof mod.fullDiff === 'function' ? (mod as CfnDiffModule) : mod.default!;
    },
    async openCache(dir, key) {
      return memoryCache(map, dir, JSON.stringify(key));
    },
    ...(opts.stdin !== undefined ? { readStdin: async () => opts.stdin! } : {}),
  };
  let clockReads = 0;
  return ports;
}

/** A result store kept in the same in-memory file system, keyed by run key, file name and text. */
function memoryCache(map: Map<string, string>, dir: string, runKey: string): ResultStore {
  const pathOf = (source: SourceFile): string => `${dir}/${encodeURIComponent(`${runKey}\u0000${source.file}\u0000${source.text}`).slice(0, 200)}-${source.text.length}.result`;
  const store = {
    hits: 0,
    misses: 0,
    async toEvaluate(sources: readonly SourceFile[]) {
      return sources.flatMap((s, i) => (map.has(pathOf(s)) ? [] : [i]));
    },
    async evaluate(source: SourceFile, run: () => ReturnType<Parameters<ResultStore['evaluate']>[1]>) {
      const path = pathOf(source);
      const hit = map.get(path);
      if (hit !== undefined) {
        store.hits++;
        return JSON.parse(hit) as ReturnType<typeof run>;
      }
      store.misses++;
      const r = run();
      map.set(path, JSON.stringify(r));
      return r;
    },
  };
  return store;
}
