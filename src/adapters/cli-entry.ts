import { run } from './cli.js';
import { useWorkerScript } from './jobs.js';

// The --jobs worker is bundled beside this file (scripts/build.mjs).
useWorkerScript(new URL('./audit-worker.js', import.meta.url));
await run();
