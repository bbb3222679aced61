/**
 * About 90 tests read ../shared/corpus and skip without it. In CI (CI=true) the corpus must be there,
 * so its absence fails here; elsewhere this test is skipped with the reason in its name, beside the
 * warning the run prints at its start.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_VARIABLE, corpusDir, corpusMissing } from './helpers/corpus.js';

const inCi = process.env['CI'] === 'true';

describe('the shared corpus', () => {
  it.skipIf(corpusMissing !== null && !inCi)(corpusMissing === null ? `is present at ${corpusDir}` : `is present (${inCi ? '' : 'SKIPPED outside CI: '}${corpusMissing})`, () => {
    expect(corpusDir, `../shared/corpus is required in CI: put it beside the repository or set ${CORPUS_VARIABLE}`).not.toBeNull();
    // The parts the suites read: a corpus without them would skip their tests as silently as no corpus.
    for (const part of ['real', 'bad/MANIFEST.json', 'cdk/cdk.out/manifest.json', 'cdk/expected_findings.json', 'scale/generated_500_resources.yaml'])
      expect(existsSync(join(corpusDir ?? '', part)), `corpus part ${part}`).toBe(true);
  });
});
