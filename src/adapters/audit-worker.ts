/** A --jobs worker thread (jobs.ts): builds the run's auditor, audits its share of the files, posts the results. */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluationOf, setUpAudit } from '../app/run.js';
import { nodePorts } from './node-ports.js';
import type { WorkerReply, WorkerTask } from './jobs.js';
import { inheritV8Tuning } from './v8-tuning.js';

// Before any lazily loaded library is compiled in this thread (code-cache.ts would otherwise set the flags from here).
inheritV8Tuning();

async function work(task: WorkerTask): Promise<WorkerReply> {
  try {
    const { auditor, exceptions } = await setUpAudit(task.request, nodePorts);
    const linked = auditor.linked(task.sources);
    // Each file's own exception matches, so that the run (and its cache) can count them per file.
    const evaluations = task.sources.map((_, k) => evaluationOf(() => linked.result(k), exceptions));
    return { evaluations };
  } catch (e) {
    return { failure: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

parentPort?.postMessage(await work(workerData as WorkerTask));
