// A stand-in --jobs worker (jobs.test.ts): says at once, through the shared flag in its request, that
// it has started, then answers each of its files with a marker.
import { parentPort, workerData } from 'node:worker_threads';

const flag = new Int32Array(workerData.request.started);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
parentPort.postMessage({ evaluations: workerData.sources.map((s) => ({ worker: s.file })) });
