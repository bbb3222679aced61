#!/usr/bin/env node
// Build: compile the rule catalogue (rules/**/*.yaml → one JSON the bundles embed), type-check,
// then bundle the adapters with esbuild. Usage: node scripts/build.mjs [--no-typecheck] [--only=cli,action,lambda,hook,api]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCatalogue } from './catalogue.mjs';
import { checkDiffImport, diffFromActionBundle, literalLazyImports } from './build-action.mjs';
import { buildLazyFiles, checkSplitLoader, jsonAsParse, splitLazyModules } from './lazy-modules.mjs';
import { codeCachedFiles, makeCodeCache, stampBuildId } from './code-cache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = (args.find((a) => a.startsWith('--only='))?.slice(7) ?? 'cli,action,lambda,hook,api').split(',');
const t0 = Date.now();

const count = await compileCatalogue(root);
console.log(`catalogue: ${count} rules → src/rules/catalogue.generated.json`);

if (!args.includes('--no-typecheck')) {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(root, 'tsconfig.json')], {
      stdio: 'inherit',
    });
  } catch {
    console.error('build: type check failed (see above)');
    process.exit(1);
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // Prefer ESM builds: jsonc-parser's UMD build requires files esbuild cannot see.
  mainFields: ['module', 'main'],
};
// esbuild's ESM output needs require/__dirname for the CommonJS dependencies it inlines.
const esmBanner = [
  "import { createRequire as __cfnAuditCreateRequire } from 'node:module';",
  "import { fileURLToPath as __cfnAuditFileURLToPath } from 'node:url';",
  "import { dirname as __cfnAuditDirname } from 'node:path';",
  'const require = __cfnAuditCreateRequire(import.meta.url);',
  'const __filename = __cfnAuditFileURLToPath(import.meta.url);',
  'const __dirname = __cfnAuditDirname(__filename);',
].join('\n');
// A CommonJS file in dist/cli/ from ES module sources: `.cjs`, import.meta.url from __filename, strict
// first (the banner comes before esbuild's own directive, which would then not count).
const commonJsFromEsm = {
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__cfnAuditUrl' },
  banner: { js: "'use strict';\nvar __cfnAuditUrl = require('node:url').pathToFileURL(__filename).href;" },
};

if (only.includes('cli') && existsSync(join(root, 'src/adapters/cli-entry.ts'))) {
  rmSync(join(root, 'dist/cli'), { recursive: true, force: true });
  const diff = diffFromActionBundle('dist/cli');
  // Libraries a plain run does not use are files of their own in dist/cli/lazy/, required on first use.
  await buildLazyFiles({ root, common, build }, 'dist/cli');
  const lazy = splitLazyModules(root);
  // The CLI itself is one CommonJS file, cli.cjs, that main.js compiles from its V8 code cache
  // (src/adapters/code-cache.ts, scripts/code-cache.mjs): a module graph of ES chunks cannot use one on Node 20.
  const cli = await build({
    ...common,
    entryPoints: { cli: 'src/adapters/cli-entry.ts' },
    ...commonJsFromEsm,
    // import() of a bundled module or a built-in becomes require(): the bundle runs in a vm.Script, which has no module loader.
    supported: { 'dynamic-import': false },
    // The AWS SDK is only for the Lambda; the CLI never imports it.
    external: ['@aws-sdk/*'],
    // A change-aware run loads cloudformation-diff from dist/action/cfn-diff.cjs (lazily, as before).
    plugins: [literalLazyImports, diff.plugin, lazy, jsonAsParse],
    metafile: true,
  });
  checkDiffImport(cli, 'dist/cli', diff.specifier);
  checkSplitLoader(cli, 'dist/cli');
  for (const file of codeCachedFiles(join(root, 'dist/cli'))) await stampBuildId({ build }, file);
  // The loader: main.cjs for bin/cfn-audit.js (a CommonJS start skips Node's ES module loader), main.js
  // for whoever imports the CLI as a module (the pre-commit entry).
  await build({ ...common, entryPoints: { main: 'src/adapters/cli-main.ts' }, ...commonJsFromEsm });
  await build({ ...common, entryPoints: { main: 'src/adapters/cli-main.ts' }, outdir: 'dist/cli', format: 'esm' });
  // pre-commit's entry: its own small file that filters the staged files, then loads main.js (so the
  // CLI's bundle and start-up stay as they are).
  await build({ ...common, entryPoints: { 'pre-commit': 'src/adapters/pre-commit-entry.ts' }, outdir: 'dist/cli', format: 'esm', banner: { js: esmBanner }, plugins: [lazy] });
  // The --jobs worker: its own file, loaded only by a run with --jobs 2 or more.
  await build({
    ...common,
    entryPoints: { 'audit-worker': 'src/adapters/audit-worker.ts' },
    outdir: 'dist/cli',
    format: 'esm',
    banner: { js: esmBanner },
    external: ['@aws-sdk/*'],
    plugins: [lazy, jsonAsParse],
  });
  const cache = await makeCodeCache({ build }, join(root, 'dist/cli/cli.cjs'));
  console.log(`bundle: dist/cli/main.cjs and main.js (start cli.cjs; ${cache}), dist/cli/pre-commit.js, dist/cli/audit-worker.js, dist/cli/lazy/`);
}

// Each adapter bundle has its own script: scripts/build-<name>.mjs exporting buildAdapter(ctx).
for (const name of ['action', 'lambda', 'hook', 'api']) {
  const script = join(root, `scripts/build-${name}.mjs`);
  if (!only.includes(name) || !existsSync(script)) continue;
  const { buildAdapter } = await import(script);
  await buildAdapter({ root, common, esmBanner, build });
}
console.log(`build done in ${Date.now() - t0} ms`);
