/**
 * The two YAML readers agree: js-yaml (the normal path) and the `yaml` package (the fallback) give
 * the same body for every YAML template of the real corpus and for generated ones, so falling back
 * never changes a verdict.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYaml } from '../src/load/parse-yaml.js';
import { parseYamlFallback } from '../src/load/parse-yaml-fallback.js';
import { corpusDir, corpusSkipNote } from './helpers/corpus.js';

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

describe.skipIf(!corpusDir)(`js-yaml and the yaml fallback on the real corpus${corpusSkipNote}`, () => {
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

describe('js-yaml and the yaml fallback on generated templates', () => {
  const key = fc.oneof(
    fc.constantFrom('Type', 'toString', 'constructor', 'valueOf', 'hasOwnProperty', 'yes', 'No', '026', 'a b', 'Ref'),
    fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s !== '__proto__' && s !== '<<'),
  );
  const leaf = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.double({ noNaN: true, min: -1e15, max: 1e15 }).filter((x) => !Object.is(x, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('yes', 'off', '026', '2_2', '0b11', '1:30', '.inf', '~', 'N', '2010-09-09'),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')),
    list: fc.array(tie('tree'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
  }));

  it.each([
    ['block', 'block'],
    ['flow', 'flow'],
  ] as const)('give the same body as each other and as the data written (%s style, YAML 1.1 output)', (_, style) => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), (body) => {
        const text = stringify(body, { version: '1.1', collectionStyle: style, lineWidth: 0 });
        const fast = parseYaml(text).value;
        expect(parseYamlFallback(text).value).toEqual(fast);
        expect(fast).toEqual(JSON.parse(JSON.stringify(body)));
      }),
      { seed: 1511, numRuns: 200 },
    );
  });
});
