/**
 * The bundles the tests run (dist/…) and whether each is older than what it is built from. The test run
 * (test/global-setup.ts) rebuilds the stale ones first, so that no test runs yesterday's code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type BundleName = 'cli' | 'action' | 'lambda' | 'hook' | 'api';

/** The files `scripts/build.mjs --only=<name>` writes: a bundle is stale when one is missing or older than a source. */
export const BUNDLE_OUTPUTS: Readonly<Record<BundleName, readonly string[]>> = {
  cli: ['dist/cli/main.js', 'dist/cli/pre-commit.js', 'dist/cli/audit-worker.js', 'dist/cli/lazy/yaml.cjs'],
  action: ['dist/action/index.cjs'],
  lambda: ['dist/lambda/index.js', 'dist/lambda.zip'],
  hook: ['dist/hook/index.js', 'dist/hook.zip'],
  api: ['dist/api/index.js', 'dist/api/index.d.ts', 'dist/api/types.d.ts'],
};

/** What a bundle is made from: the sources, the rule catalogue, and the build scripts. */
const SOURCES = [
  'src',
  'rules',
  'scripts/build.mjs',
  'scripts/catalogue.mjs',
  'scripts/build-action.mjs',
  'scripts/build-lambda.mjs',
  'scripts/build-hook.mjs',
  'scripts/build-api.mjs',
  'scripts/lazy-modules.mjs',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let n = 0;
  for (const e of readdirSync(path, { withFileTypes: true, recursive: true })) if (e.isFile()) n = Math.max(n, statSync(join(e.parentPath, e.name)).mtimeMs);
  return n;
}

/** The bundles of `root` that are missing or older than their newest source. */
export function staleBundles(root: string): BundleName[] {
  const source = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  return (Object.keys(BUNDLE_OUTPUTS) as BundleName[]).filter((name) =>
    BUNDLE_OUTPUTS[name].some((out) => {
      const file = join(root, out);
      return !existsSync(file) || statSync(file).mtimeMs < source;
    }),
  );
}
