/**
 * The two YAML readers agree: js-yaml (the normal path) and the `yaml` package (the fallback) give
 * the same body for every YAML template of the real corpus, so falling back never changes a verdict.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYaml } from '../src/load/parse-yaml.js';
import { parseYamlFallback } from '../src/load/parse-yaml-fallback.js';
import { corpusDir } from './helpers/corpus.js';

function* templates(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* templates(p);
    else if (/\.(ya?ml|template)$/i.test(e.name)) yield p;
  }
}

const outcome = (read: () => { value: unknown }): { ok: true; body: unknown } | { ok: false; message: string } => {
  try {
    return { ok: true, body: read().value };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
};

describe.skipIf(!corpusDir)('js-yaml and the yaml fallback on the real corpus', () => {
  it('give the same body for every YAML template both can read; the fallback reads nothing js-yaml refuses', { timeout: 120_000 }, () => {
    const real = join(corpusDir!, 'real');
    const differ: string[] = [];
    const onlyJsYaml: string[] = [];
    let both = 0;
    for (const file of templates(real)) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      if (/^\s*[{[]/.test(text)) continue;
      const fast = outcome(() => parseYaml(text));
      const fallback = outcome(() => parseYamlFallback(text));
      const name = relative(real, file);
      if (fast.ok && fallback.ok) {
        both++;
        try {
          expect(fast.body).toEqual(fallback.body);
        } catch {
          differ.push(`${name}: bodies differ`);
        }
      } else if (fast.ok) onlyJsYaml.push(name);
      else if (fallback.ok) differ.push(`${name}: only the fallback reads it (js-yaml: ${fast.message})`);
    }
    expect(differ).toEqual([]);
    expect(both).toBeGreaterThan(1000);
    // Real files the yaml package refuses as YAML 1.2 (continuation lines of a quoted scalar not indented
    // past their key, CR-only line ends…) and CloudFormation deploys: the old reader read them too, with
    // positions guessed from the text; js-yaml reads them with exact positions.
    expect(onlyJsYaml.length).toBeLessThanOrEqual(11);
  });
});
