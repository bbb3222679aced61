/**
 * Where ../shared/corpus is: beside the checkout (CI, /work/main), or where CFN_AUDIT_CORPUS points.
 * Tests over the corpus skip when it is absent, and say so: in their names (`corpusSkipNote`), in a
 * warning at the start of the run (test/global-setup.ts) and in test/corpus-present.test.ts, which fails
 * in CI (CI=true), where the corpus must be there.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_VARIABLE = 'CFN_AUDIT_CORPUS';

/** The default place: `shared/corpus` beside the repository. */
export const defaultCorpusDir = resolve(import.meta.dirname, '../../../shared/corpus');

const candidates = [defaultCorpusDir, process.env[CORPUS_VARIABLE] ?? ''].filter((p) => p !== '');

export const corpusDir: string | null = candidates.map((p) => resolve(p)).find((p) => existsSync(join(p, 'README.md'))) ?? null;

/** A path inside the corpus (inside the default place when there is none, so that `existsSync` on it is false). */
export function corpusPath(sub: string): string {
  return join(corpusDir ?? defaultCorpusDir, sub);
}

/** Why corpus tests are skipped, for the names of the suites that skip: empty when the corpus is here. */
export const corpusMissing: string | null = corpusDir
  ? null
  : `no corpus at ${defaultCorpusDir}${process.env[CORPUS_VARIABLE] ? ` or ${CORPUS_VARIABLE}=${process.env[CORPUS_VARIABLE]}` : ` and ${CORPUS_VARIABLE} is not set`}`;
export const corpusSkipNote = corpusMissing ? ` (SKIPPED: ${corpusMissing})` : '';
