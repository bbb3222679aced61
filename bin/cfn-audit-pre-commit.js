#!/usr/bin/env node
// pre-commit's entry (.pre-commit-hooks.yaml): audit the staged files that are CloudFormation templates.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/pre-commit.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('cfn-audit: dist/cli/pre-commit.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
await import(entry.href);
