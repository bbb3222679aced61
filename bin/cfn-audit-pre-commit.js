#!/usr/bin/env node
// pre-commit's entry (.pre-commit-hooks.yaml): audit the staged files that are CloudFormation templates.
// CommonJS (bin/package.json), like bin/cfn-audit.js; the bundle it loads is an ES module.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const entry = join(__dirname, '../dist/cli/pre-commit.js');
if (!existsSync(entry)) {
  process.stderr.write('cfn-audit: dist/cli/pre-commit.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
import(pathToFileURL(entry).href).catch((e) => {
  process.stderr.write(`cfn-audit: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
