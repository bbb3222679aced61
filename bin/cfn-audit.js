#!/usr/bin/env node
// The CLI is bundled by `npm run build` into dist/cli/ (main.js, the chunks it imports, and lazily loaded chunks and lazy/ files).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('cfn-audit: dist/cli/main.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
await import(entry.href);
