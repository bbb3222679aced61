/**
 * Before the run: compile rules/**\/*.yaml into the catalogue the tests import (so `npx vitest` works
 * without a build), rebuild every bundle older than its sources, and say loudly when the corpus is
 * missing. During the run the system temp folder is a folder of its own, removed at the end; what the
 * programs under test leave in it (beside the tests' own folders, helpers/temp.ts) is reported.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM build script without type declarations
import { compileCatalogue } from '../scripts/catalogue.mjs';
import { staleBundles } from './helpers/bundles.js';
import { CORPUS_VARIABLE, corpusMissing } from './helpers/corpus.js';
import { TEMP_REPORT_VARIABLE, TEST_FOLDERS } from './helpers/run-temp.js';

const root = join(import.meta.dirname, '..');

export default async function setup(): Promise<() => void> {
  await compileCatalogue(root);
  const stale = staleBundles(root);
  if (stale.length > 0) {
    console.log(`global setup: rebuilding ${stale.join(', ')} (older than src/, rules/ or the build scripts)`);
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--no-typecheck', `--only=${stale.join(',')}`], { cwd: root, stdio: 'inherit' });
  }
  if (corpusMissing) {
    console.warn(
      `\n*** ../shared/corpus not found (${corpusMissing}): the corpus suites are SKIPPED. Put the corpus beside the repository or set ${CORPUS_VARIABLE}. test/corpus-present.test.ts fails in CI. ***\n`,
    );
  }

  const systemTemp = tmpdir();
  const runTemp = mkdtempSync(join(systemTemp, 'cfn-audit-test-run-'));
  // Some tests run the CLI as another user.
  chmodSync(runTemp, 0o755);
  // Test workers and every process they start inherit it (os.tmpdir() reads TMPDIR; TMP and TEMP on Windows).
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = runTemp;

  return () => {
    // The tests' own folders (helpers/temp.ts) are gone unless a whole file was skipped; anything else was left by the code under test.
    const leftovers = readdirSync(runTemp)
      .filter((name) => name !== TEST_FOLDERS)
      .sort();
    const skipped = existsSync(join(runTemp, TEST_FOLDERS)) ? readdirSync(join(runTemp, TEST_FOLDERS)).length : 0;
    if (skipped > 0) console.log(`global teardown: removing ${skipped} temp folders of test files whose tests were all skipped`);
    if (leftovers.length > 0) console.warn(`\n*** the test run left ${leftovers.length} entries in the temp folder: ${leftovers.join(', ')} ***\n`);
    const report = process.env[TEMP_REPORT_VARIABLE];
    if (report) writeFileSync(report, JSON.stringify(leftovers));
    rmSync(runTemp, { recursive: true, force: true, maxRetries: 3 });
  };
}
