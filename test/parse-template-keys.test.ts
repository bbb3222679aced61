/**
 * A file found by a folder scan that does not parse is an error when it is a template, and a skip
 * otherwise. When the reader had already read a top-level `Resources` or `AWSTemplateFormatVersion` key
 * before it failed, parseTemplate says so (`templateKeyRead`) and the run needs no second, error-tolerant
 * parse (sniff.ts). That shortcut may only ever say "template" where the tolerant parse says so too: a
 * wrong "template" turns a skip into an error, and the tolerant parse stays the judge of every other case.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate } from '../src/load/parse.js';
import { isTemplateText } from '../src/load/sniff.js';
import { corpusDir, corpusSkipNote } from './helpers/corpus.js';
import { Auditor } from '../src/engine/audit.js';
import { builtinRules } from '../src/rules/catalogue.js';

const failure = (file: string, text: string): { error: string; templateKeyRead: boolean } | null => {
  const r = parseTemplate({ file, text });
  return r.ok ? null : { error: r.error.message, templateKeyRead: r.templateKeyRead === true };
};

describe('templateKeyRead on a file that does not parse', () => {
  it.each<[string, string, string, boolean]>([
    ['a duplicate key inside Resources', 'y.yaml', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Type: AWS::SQS::Queue\n', true],
    ['an unknown tag inside Resources, after AWSTemplateFormatVersion', 'y.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A: !Rain::Embed x\n', true],
    ['a quoted Resources key', 'y.yaml', '"Resources":\n  A: {Type: X, Type: Y}\n', true],
    ['an unknown tag before Resources is read', 'y.yaml', 'Parameters:\n  P: !Vault x\nResources:\n  A: {Type: AWS::S3::Bucket}\n', false],
    ['Resources nested under another key', 'y.yaml', 'Outer:\n  Resources: 1\n  Resources: 2\n', false],
    ['a workflow file with a duplicate key', 'y.yaml', 'on: push\njobs:\n  a: 1\n  a: 2\n', false],
    ['JSON: a duplicate key inside Resources', 'j.json', '{"Resources": {"A": {"Type": "X", "Type": "Y"}}}', true],
    ['JSON: Resources twice at the top', 'j.json', '{"Resources": {}, "Resources": {}}', true],
    ['JSON: an escaped Resources key', 'j.json', '{"\\u0052esources": {"A": 1, "A": 2}}', true],
    ['JSON: a duplicate key before Resources', 'j.json', '{"Parameters": {"P": 1, "P": 2}, "Resources": {}}', false],
    ['JSON: Resources nested in a list', 'j.json', '[{"Resources": {"A": 1, "A": 2}}]', false],
  ])('%s', (_, file, text, expected) => {
    const f = failure(file, text);
    expect(f).not.toBeNull();
    expect(f!.templateKeyRead).toBe(expected);
    if (expected) expect(isTemplateText(text)).toBe(true);
  });

  it('a scanned file is still skipped or reported as before: skipped when it is not a template, an error when it is', () => {
    const auditor = new Auditor({ rules: builtinRules().filter((r) => r.enabled) });
    const skippedOrError = (text: string): string => {
      const r = auditor.prepare({ file: 'scan.yaml', text, explicit: false });
      return 'skip' in r ? 'skip' : 'error' in r ? 'error' : 'audited';
    };
    expect(skippedOrError('on: push\njobs:\n  a: 1\n  a: 2\n')).toBe('skip');
    expect(skippedOrError('Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Type: AWS::SQS::Queue\n')).toBe('error');
    expect(skippedOrError('Parameters:\n  P: !Vault x\nResources:\n  A: {Type: AWS::S3::Bucket}\n')).toBe('error');
  });

  it('never says "template" where the tolerant parse does not: texts cut or given a duplicate key anywhere', () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Outer:', '  Resources: {}', 'Resources:', '  A:', '    Type: AWS::S3::Bucket', '    Properties: {}', 'Other: 1'];
    fc.assert(
      fc.property(fc.subarray(lines), fc.nat(200), fc.boolean(), (picked, at, dup) => {
        let text = picked.join('\n') + '\n';
        if (dup && picked.length > 0) text += `${picked[at % picked.length]}\n`;
        else text = text.slice(0, at % (text.length + 1)) + '\n  : [';
        const f = failure('p.yaml', text);
        if (f?.templateKeyRead) expect(isTemplateText(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

function* templates(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* templates(p);
    else if (/\.(ya?ml|json|template)$/i.test(e.name)) yield p;
  }
}

describe.skipIf(!corpusDir)(`templateKeyRead on the corpus${corpusSkipNote}`, () => {
  it('agrees with the tolerant parse on every file of corpus/real and corpus/bad that does not parse, and on each cut in half', { timeout: 120_000 }, () => {
    let failed = 0;
    let read = 0;
    for (const sub of ['real', 'bad']) {
      for (const file of templates(join(corpusDir!, sub))) {
        const whole = readFileSync(file, 'utf8');
        for (const text of [whole, whole.slice(0, whole.length >> 1)]) {
          const f = failure(file, text);
          if (!f) continue;
          failed++;
          if (f.templateKeyRead) {
            read++;
            expect([file, isTemplateText(text)]).toEqual([file, true]);
          }
        }
      }
    }
    expect(failed).toBeGreaterThan(30);
    expect(read).toBeGreaterThan(10);
  });
});
