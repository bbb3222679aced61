#!/usr/bin/env node
// CommonJS (bin/package.json): a CommonJS start skips Node's ES module loader, about 10 ms of every run.
// The CLI is bundled by `npm run build` into dist/cli/: main.cjs compiles the CLI bundle cli.cjs from its
// code cache and runs it (lazily loaded libraries are in dist/cli/lazy/).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '../dist/cli/main.cjs');
if (!existsSync(entry)) {
  process.stderr.write('cfn-audit: dist/cli/main.cjs is missing; run `npm run build` first.\n');
  process.exit(2);
}
require(entry);
