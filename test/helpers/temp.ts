/**
 * Temporary folders for tests. Each one is removed when the test that made it ends; one made outside a
 * test (while the file is collected, or in beforeAll) is removed when its test file ends. Every test
 * that needs a folder on disk takes it from here, so that a run of the suite leaves nothing behind.
 * They are made in one folder, TEST_FOLDERS, so that the end of the run (test/global-setup.ts) tells
 * them from what the programs under test leave: a file whose tests are all skipped runs no afterAll.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { TEST_FOLDERS } from './run-temp.js';

const fileScoped: string[] = [];

// Registered once per test file: the helper module is evaluated afresh for each file (vitest isolates files).
afterAll(() => {
  for (const dir of fileScoped.splice(0)) remove(dir);
});

function remove(dir: string): void {
  // Tests make read-only folders; chmod back so that rm can descend.
  try {
    chmodSync(dir, 0o755);
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * How long a folder lives: `test` until the current test ends (until the file ends when made outside a
 * test); `file` until the test file ends, for folders that tests share (a run made once, read by several).
 */
export type TempScope = 'test' | 'file';

/** A new empty folder in the system temp folder, readable by other users (some tests run the CLI as `nobody`). */
export function tempDir(prefix = 'cfn-audit-', scope: TempScope = 'test'): string {
  const parent = join(tmpdir(), TEST_FOLDERS);
  mkdirSync(parent, { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(join(parent, prefix));
  chmodSync(dir, 0o755);
  if (scope === 'file') fileScoped.push(dir);
  else {
    try {
      onTestFinished(() => remove(dir));
    } catch {
      // Not inside a test: the folder lives until the file ends.
      fileScoped.push(dir);
    }
  }
  return dir;
}

/** `tempDir` holding `files` (relative paths; folders are made as needed). */
export function tempFiles(files: Readonly<Record<string, string | Buffer>>, prefix?: string, scope?: TempScope): string {
  const dir = tempDir(prefix, scope);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}
