/**
 * `--jobs N`: the files of a run audited on N threads, this one and N - 1 workers. Each worker builds
 * the same auditor from the same request (config, rules, parameters) and audits its share of the
 * files while this thread audits its own; results come back as data and are taken in input order,
 * so the report is the same as with one thread.
 *
 * What stacks tell each other (exports, nested stacks' parameters, whether a nested stack's template is
 * in the run) must be the same as in one thread: every file linked to another (stackDependencies) is
 * audited in this thread, so a worker is only sent files that stand alone. A second thread only pays
 * with a free core, hence the default of one.
 */
import { existsSync } from 'node:fs';
import type { Worker as WorkerThread } from 'node:worker_threads';
import type { SourceFile } from '../types/types.js';
import { linkedFiles, stackDependencies as dependencies } from '../model/stacks.js';
import type { RunRequest } from '../app/run.js';
import type { EvaluateInWorkers, Evaluation } from '../app/ports.js';

/** What a worker is sent: the request without its functions, and the files it audits (none linked to another), in input order. */
export interface WorkerTask {
  readonly request: WorkerRequest;
  readonly sources: readonly SourceFile[];
}

export type WorkerRequest = Omit<RunRequest, 'readStdin' | 'onProgress' | 'checks'>;

export type WorkerReply = { readonly evaluations: readonly Evaluation[] } | { readonly failure: string };

/**
 * Splits the files to audit (`todo`: indices into `sources`, all when null) over `jobs` threads: this
 * one (which has the tool loaded already) and `jobs - 1` workers, and returns each file's result by
 * its index. Files linked to others stay in this thread together (so that no worker reads them); the
 * rest by size, largest first to the least loaded, a worker counting as loaded with its start-up.
 */
export const evaluateInWorkers: EvaluateInWorkers = async (
  req: RunRequest,
  sources: readonly SourceFile[],
  todo: readonly number[] | null,
  jobs: number,
  here: (i: number) => Evaluation,
): Promise<(i: number) => Evaluation> => {
  const wanted = todo ?? sources.map((_, i) => i);
  const shares: number[][] = Array.from({ length: Math.max(1, Math.min(jobs, wanted.length)) }, () => []);
  const cost = (i: number): number => sources[i]!.text.length + 2_000;
  // A worker loads the tool and compiles the rules before its first file: about as long as auditing this much text here.
  const load = shares.map((_, k) => (k === 0 ? 0 : WORKER_START_COST));
  // Every file that links to another or that another links to: this thread reads them anyway to link them.
  const linked = linkedFiles(dependencies(sources));
  const free: number[] = [];
  for (const i of wanted) {
    if (linked.has(i)) {
      shares[0]!.push(i);
      load[0]! += cost(i);
    } else free.push(i);
  }
  for (const i of free.sort((a, b) => cost(b) - cost(a) || a - b)) {
    let k = 0;
    for (let j = 1; j < load.length; j++) if (load[j]! < load[k]!) k = j;
    shares[k]!.push(i);
    load[k]! += cost(i);
  }
  const { readStdin: _r, onProgress: _p, checks: _c, ...request } = req;
  // Loaded before any worker is started: each is then created at once, before this thread's own share
  // (a worker created after an await would only start once this thread had audited all of its files).
  // This module is in the CLI's start-up (cli-entry names the worker script); worker_threads is loaded only by a --jobs run.
  const { Worker } = await import('node:worker_threads');
  const results = new Map<number, Evaluation>();
  // The workers start first and run while this thread evaluates its own share.
  const working = Promise.all(
    shares
      .slice(1)
      .filter((share) => share.length > 0)
      .map(async (share) => {
        const indices = [...share].sort((a, b) => a - b);
        const reply = await runWorker(Worker, { request, sources: indices.map((i) => sources[i]!) });
        if ('failure' in reply) throw new Error(`a --jobs worker failed: ${reply.failure}`);
        indices.forEach((i, n) => results.set(i, reply.evaluations[n]!));
      }),
  );
  try {
    for (const i of [...shares[0]!].sort((a, b) => a - b)) results.set(i, here(i));
  } finally {
    // A failure here still waits for the workers, so that none is left running.
    await working.catch(() => undefined);
  }
  await working;
  return (i) => {
    const r = results.get(i);
    if (!r) throw new Error(`no result for file ${i} from the --jobs workers`);
    return r;
  };
};

/** What a worker's start-up costs, in bytes of template text this thread audits meanwhile (measured on the real corpus: about 200 ms). */
const WORKER_START_COST = 1_000_000;

/**
 * Where the worker's code is: set by the CLI's entry (dist/cli/audit-worker.js beside main.js). Not
 * found through import.meta here: this module is also bundled into the CommonJS Action and Lambda,
 * which never use --jobs. `tsx`: for the TypeScript source (tests), tsx's `esm/api` module to load it with.
 */
let workerScript: { readonly url: URL; readonly tsx: URL | null } | null = null;

export function useWorkerScript(url: URL, tsx: URL | null = null): void {
  workerScript = { url, tsx };
}

/** Starts a worker on `task` at once (synchronously) and resolves with its reply. */
function runWorker(Worker: typeof WorkerThread, task: WorkerTask): Promise<WorkerReply> {
  const script = workerScript;
  if (!script || !existsSync(script.url)) return Promise.resolve({ failure: `the worker code (${script?.url.pathname ?? 'audit-worker.js'}) is missing from this build` });
  return new Promise((resolve, reject) => {
    const worker = script.tsx
      ? new Worker(`import(${JSON.stringify(script.tsx.href)}).then((m) => { m.register(); return import(${JSON.stringify(script.url.href)}); });`, {
          eval: true,
          workerData: task,
          // tsx would keep a compile cache in the temp folder; tests leave nothing behind.
          env: { ...process.env, TSX_DISABLE_CACHE: '1' },
        })
      : new Worker(script.url, { workerData: task });
    let reply: WorkerReply | null = null;
    worker.once('message', (m: WorkerReply) => (reply = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (reply ? resolve(reply) : reject(new Error(`a --jobs worker stopped (exit code ${code}) without a result`))));
  });
}
