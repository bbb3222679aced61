/** Word tests on source text (src/load/mentions.ts): never false for a word a reader can make. */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ASKED_WORDS, mentionsIn, wordText } from '../src/load/mentions.js';

describe('a word test on source text', () => {
  it.each([
    ['plain', 'Fn::Transform: x', true],
    ['JSON \\u escape', '{"Fn::Tr\\u0061nsform": 1}', true],
    ['YAML \\x escape', '"Fn::Tr\\x61nsform": 1', true],
    ['YAML \\U escape', '"Fn::Tr\\U00000061nsform": 1', true],
    ['YAML escaped line break', '"Fn::Tr\\\n    ansform": 1', true],
    ['absent', 'Resources: {}', false],
    ['an escaped backslash before u is no escape of a letter', '"Tr\\\\u0061nsform"', false],
  ])('%s', (_, text, want) => {
    expect(mentionsIn(text)('Transform')).toBe(want);
    expect(wordText(text)?.includes('Transform')).toBe(want);
  });

  it.each([
    ['a %TAG directive', '%TAG !x! !T\n---\nResources:\n  Q: !x!ransform {Name: AWS::Include}\n'],
    ['a %-escaped tag', 'Resources:\n  Q: !%54ransform {Name: AWS::Include}\n'],
  ])('a YAML tag spelled with %s may make any word', (_, text) => {
    expect(mentionsIn(text)('Transform')).toBe(true);
    expect(mentionsIn(text)('ImportValue')).toBe(true);
    expect(wordText(text)).toBeNull();
  });

  // Words as the tests use them (Transform, ImportValue, AWS::CloudFormation::Stack), among any characters a writer escapes.
  const word = fc.stringMatching(/^[A-Za-z:]{1,12}$/);
  it('a word among characters a JSON or YAML writer escapes is still found (property)', () => {
    fc.assert(
      fc.property(word, fc.string({ maxLength: 8, unit: 'binary' }), (word, pad) => {
        const key = `${pad}${word}${pad}`;
        for (const text of [
          JSON.stringify({ [key]: 1 }),
          dump({ [key]: 1 }),
          JSON.stringify({ [key]: 1 }).replace(/[a-z]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
        ])
          expect(mentionsIn(text)(word), text).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a text is read for escapes exactly where a backslash stands before u, U, x or a line break (property)', () => {
    const piece = fc.constantFrom('\\', '\\\\', 'u', 'U', 'x', '\r', '\n', '0041', '61', 'a', ' ', 'Transform');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        // A letter at the end: the text with its escapes undone is never empty (empty means "no escapes").
        const text = `${pieces.join('')}Z`;
        expect(wordText(text) !== text, JSON.stringify(text)).toBe(/\\[uUx\r\n]/.test(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('no asked word ends with the start of another (one pass cannot hide a word behind a match)', () => {
    for (const a of ASKED_WORDS) for (const b of ASKED_WORDS) for (let k = 1; k < Math.min(a.length, b.length); k++) expect(a.endsWith(b.slice(0, k)), `${a} / ${b}`).toBe(false);
  });

  it('the asked words found in one pass are those a search for each finds (property)', () => {
    const piece = fc.constantFrom(...ASKED_WORDS, ...ASKED_WORDS.map((w) => w.slice(0, -1)), ...ASKED_WORDS.map((w) => w.slice(1)), 'Fn::', '!', ':', 'x', ' ', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const mentions = mentionsIn(text);
        for (const w of ASKED_WORDS) expect(mentions(w), `${w} in ${JSON.stringify(text)}`).toBe(text.includes(w));
      }),
      { numRuns: 500 },
    );
  });
});
