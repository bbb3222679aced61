import { run } from './cli.js';
import { useWorkerScript } from './jobs.js';

// The CLI bundle (dist/cli/cli.cjs, started by main.js): the --jobs worker is bundled beside it (scripts/build.mjs).
useWorkerScript(new URL('./audit-worker.js', import.meta.url));
void run();
