/** The app layer's ports on Node: the real file system, `git` as a subprocess, the system clock, the lazily imported diff module. */
import { readdirSync, statSync } from 'node:fs';
import type { AppPorts, FsPort, GitPort, GitResult } from '../app/ports.js';
import type { CfnDiffModule } from '../policy/diff.js';
import { discover } from '../load/discover.js';
import { readText, realPathOrSelf } from '../load/read-file.js';
import { writeOutput } from './write-output.js';

export const nodeFs: FsPort = {
  readText(path) {
    const read = readText(path);
    if (!read.ok) return Promise.resolve({ ok: false, message: read.message });
    const text = read.decoded;
    return Promise.resolve(text.ok ? { ok: true, text: text.text } : { ok: false, message: text.message, line: text.line, column: text.column });
  },
  // Synchronous, as reads are: config discovery asks for a few paths that mostly do not exist, and each
  // asynchronous stat was a thread-pool round trip and an error object.
  kind(path) {
    let info;
    try {
      info = statSync(path, { throwIfNoEntry: false });
    } catch {
      info = undefined;
    }
    return Promise.resolve(info === undefined ? null : info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other');
  },
  listFiles: (dir) => Promise.resolve(readdirSync(dir, { recursive: true }).map(String)),
  realpath: (path) => Promise.resolve(realPathOrSelf(path)),
  writeText: (path, text) => writeOutput(path, text),
};

async function git(args: readonly string[], cwd: string): Promise<GitResult> {
  // child_process (with net, dgram and the stream modules it loads) only for the runs that call git.
  const { execFile } = await import('node:child_process');
  return new Promise((done) => {
    execFile('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => done(err ? { ok: false, stderr } : { ok: true, stdout }));
  });
}

export const nodeGit: GitPort = {
  topLevel: (cwd) => git(['rev-parse', '--show-toplevel'], cwd),
  hasCommit: async (root, ref) => (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)).ok,
  show: (root, ref, path) => git(['show', `${ref}:${path}`], root),
};

async function loadDiff(): Promise<CfnDiffModule> {
  // Imported here only: the module and its service database are heavy and no other mode needs them.
  const spec = '@aws-cdk/cloudformation-diff';
  const mod = (await import(spec)) as Partial<CfnDiffModule> & { default?: CfnDiffModule };
  return typeof mod.fullDiff === 'function' ? (mod as CfnDiffModule) : mod.default!;
}

export const nodePorts: AppPorts = {
  fs: nodeFs,
  git: nodeGit,
  discover,
  clock: () => new Date(),
  loadDiff,
  openCache: async (dir, key) => new (await import('./result-cache.js')).ResultCache(dir, key),
  evaluateInWorkers: async (...args) => (await import('./jobs.js')).evaluateInWorkers(...args),
};
