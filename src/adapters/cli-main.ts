import { createHash } from 'node:crypto';
import { Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runBundle } from './code-cache.js';

// Node's own modules that CLI runs load (the output stream of a pipe or terminal, the argument parser, the
// hash of every finding's fingerprint) are loaded before runBundle sets the CLI's V8 flags (v8-tuning.ts):
// Node compiles them from the code cache built into it, which V8 takes only under its default flags
// (node:crypto loaded after them takes 7 ms instead of 2).
// (Each is named below so that the bundler keeps its import.)
if (typeof Socket !== 'function' || typeof parseArgs !== 'function' || typeof createHash !== 'function') throw new Error('cfn-audit needs Node 20 or later');

// dist/cli/main.js: runs the CLI bundle beside it (cli.cjs) from its code cache (code-cache.ts).
runBundle(fileURLToPath(new URL('./cli.cjs', import.meta.url)));
