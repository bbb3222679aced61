import { fileURLToPath } from 'node:url';
import { runBundle } from './code-cache.js';

// dist/cli/main.js: runs the CLI bundle beside it (cli.cjs) from its code cache (code-cache.ts).
runBundle(fileURLToPath(new URL('./cli.cjs', import.meta.url)));
