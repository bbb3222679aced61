/**
 * Positions from the offset tables (js-yaml listener, JSON scan) and the YAML shapes js-yaml needs
 * help with: a tag before a block scalar on the next line, merge keys, complex keys, the `!` tag,
 * cycles, depth, duplicate keys, CR-only line ends. A property checks, for random bodies written in
 * block YAML, flow YAML and JSON, that every key's position is where the key is written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { KeyPath, Template } from '../src/types/types.js';
import { err, ok, parse } from './helpers/parse.js';

/** The text at a path's position, from its column to the end of the line. */
const at = (t: Template, path: KeyPath): string => {
  const p = t.locate(path);
  return t.lineText(p.line).slice(p.column - 1);
};

describe('a tag alone on its line, then a block scalar (js-yaml drops the tag unless helped)', () => {
  it.each([
    ['header on the next line', 'X: !Sub\n  |\n  ${A}-x\nY: 1\n'],
    ['anchor after the tag', 'X: !Sub &s\n  |\n  ${A}-x\nY: 1\n'],
    ['anchor before the tag', 'X: &s !Sub\n  |\n  ${A}-x\nY: 1\n'],
    ['a comment line between', 'X: !Sub\n  # why\n  |\n  ${A}-x\nY: 1\n'],
    ['a blank line between', 'X: !Sub\n\n  |\n  ${A}-x\nY: 1\n'],
    ['folded, strip', 'X: !Sub\n  >-\n  ${A}-x\nY: 1\n'],
    ['as a list item', 'X:\n  - !Sub\n    |\n    ${A}-x\nY: 1\n'],
  ])('%s', (_, text) => {
    const t = ok(text);
    const x = t.body['X'];
    const value = Array.isArray(x) ? x[0] : x;
    expect(value).toEqual({ 'Fn::Sub': expect.stringMatching(/^\$\{A\}-x\n?$/) });
    expect(t.body['Y']).toBe(1);
    expect(t.locate(['Y'])).toEqual({ line: text.split('\n').indexOf('Y: 1') + 1, column: 1 });
  });

  it('an anchor the tag lost is still defined for its aliases', () => {
    expect(ok('X: !Sub &s\n  |\n  a\nY: *s\n').body['Y']).toEqual({ 'Fn::Sub': 'a\n' });
  });

  it('an unknown tag there is still refused', () => {
    expect(err('X: !Foo\n  |\n  a\n').message).toMatch(/unknown tag !Foo/);
  });
});

describe('structure', () => {
  it('the non-specific tag `!` keeps a scalar as text', () => {
    expect(ok('A: ! 22\nB: ! yes\nC: ! [1]\n').body).toEqual({ A: '22', B: 'yes', C: [1] });
  });

  it.each([
    ['flow sequence key', '[a, b]: 1\n'],
    ['flow mapping key', '{a: 1}: 2\n'],
    ['explicit block sequence key', '? - a\n  - b\n: 1\n'],
    ['explicit flow mapping key', '? {a: 1}\n: 2\n'],
    ['intrinsic key', '!Ref A: 1\n'],
  ])('a complex key is refused with its position: %s', (_, text) => {
    const e = err(
      `Resources:\n  R:\n    Metadata:\n${text
        .split('\n')
        .map((l) => (l ? `      ${l}` : l))
        .join('\n')}`,
    );
    expect(e.message).toMatch(/mapping key must be a plain value/);
    expect(e.line).toBe(4);
  });

  it('plain keys that start with `:` or `?` are keys, not indicators', () => {
    expect(ok('A:\n  B:\n    C: 1\n  :x: 2\n  ?y: 3\n').body).toEqual({ A: { B: { C: 1 }, ':x': 2, '?y': 3 } });
  });

  it('an explicit scalar key works and has a position', () => {
    const t = ok('A:\n  ? B\n  : 1\n  C: 2\n');
    expect(t.body).toEqual({ A: { B: 1, C: 2 } });
    expect(t.locate(['A', 'B'])).toEqual({ line: 2, column: 5 });
    expect(t.locate(['A', 'C'])).toEqual({ line: 4, column: 3 });
  });

  it.each([
    ['flow', 'A: &a [1, *a]\n'],
    ['block', 'A: &a\n  b: *a\n'],
    ['nested', 'A: &a\n  - x: [*a]\n'],
  ])('an alias inside its own anchor (a cycle) is refused: %s', (_, text) => {
    expect(err(text).message).toMatch(/alias \*a refers to a node that contains it/);
  });

  it('aliases are shared, not copied, and point at the alias', () => {
    const t = ok('A: &a\n  P: 1\nB: *a\nC:\n  - *a\n  - x\n');
    expect(t.body['B']).toBe(t.body['A']);
    expect(t.locate(['B', 'P'])).toEqual({ line: 3, column: 1 });
    expect(t.locate(['C', 0, 'P'])).toEqual({ line: 5, column: 5 });
    expect(t.locate(['C', 1])).toEqual({ line: 6, column: 5 });
  });

  it.each([
    ['flow', 'X: !If [C, {A: 1}, {A: 2}]\n', { line: 1, column: 21 }, { line: 1, column: 1 }],
    ['block', 'X: !If\n  - C\n  - A: 1\n  - A: 2\n', { line: 4, column: 5 }, { line: 1, column: 1 }],
    ['nested tags', 'X: !Join\n  - ""\n  - - !If [C, {A: 1}, {A: 2}]\n', { line: 3, column: 24 }, { line: 3, column: 7 }],
  ])('paths through short-form tags (%s) reach the keys inside them', (_, text, inner, tagged) => {
    const t = ok(text);
    const path = text.includes('Join') ? ['X', 'Fn::Join', 1, 0, 'Fn::If', 2, 'A'] : ['X', 'Fn::If', 2, 'A'];
    expect(t.locate(path)).toEqual(inner);
    // The tagged value itself stands where its key or item is (or its tag, for an item).
    expect(t.locate(path.slice(0, path.length - 2))).toEqual(tagged);
  });

  it('a list with an empty item (`-` alone): the items point at the list, never at a wrong item', () => {
    const t = ok('X: 0\nL:\n  - a\n  -\n  - c\n');
    expect(t.body['L']).toEqual(['a', null, 'c']);
    expect(t.locate(['L', 2])).toEqual({ line: 2, column: 1 });
  });

  it('merge keys: explicit keys win, positions of merged keys are the `<<` line', () => {
    const t = ok('B: &b {P: 1, Q: 2}\nA:\n  Q: 3\n  <<: *b\n  R: 4\n');
    expect(t.body['A']).toEqual({ P: 1, Q: 3, R: 4 });
    expect(t.locate(['A', 'P'])).toEqual({ line: 4, column: 3 });
    expect(t.locate(['A', 'Q'])).toEqual({ line: 3, column: 3 });
    expect(t.locate(['A', 'R'])).toEqual({ line: 5, column: 3 });
    expect(t.locate(['A', 'Z'])).toEqual({ line: 2, column: 1 });
  });

  it.each([
    ['block', (n: number) => `A:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(2 + i)}k${i}:`).join('\n')} x\n`],
    ['flow', (n: number) => `A: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['sequences', (n: number) => `A:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(2 + 2 * i)}-`).join('\n')} x\n`],
    ['tagged', (n: number) => `A: ${'!If ['.repeat(n)}x${']'.repeat(n)}\n`],
  ])('depth: %s nesting parses at 500 levels and is refused cleanly at 1,500', (_, make) => {
    expect(parse(make(500)).ok).toBe(true);
    const e = err(make(1500));
    expect(e.message).toMatch(/nest/);
  });
});

describe('line ends', () => {
  const lines = ['Resources:', '  A:', '    Type: AWS::SNS::Topic', '    Properties:', '      TopicName: t'];
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('%s: positions and line text', (_, br) => {
    const t = ok(lines.join(br) + br);
    expect(t.body).toEqual({ Resources: { A: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 't' } } } });
    expect(t.locate(['Resources', 'A', 'Properties', 'TopicName'])).toEqual({ line: 5, column: 7 });
    expect(t.lineText(3)).toBe('    Type: AWS::SNS::Topic');
    expect(t.lineText(5)).toBe('      TopicName: t');
    const j = ok(['{', '"Resources": {', '"A": {"Type": "AWS::SNS::Topic"}', '}', '}'].join(br), 't.json');
    expect(j.locate(['Resources', 'A', 'Type'])).toEqual({ line: 3, column: 7 });
  });

  it('an error in a CR-only file names the right line', () => {
    expect(err('A: 1\rB: [\rC: 2\r').line).toBeGreaterThanOrEqual(2);
    expect(err('A: 1\rB: 2\rA: 3\r')).toMatchObject({ line: 3, column: 1 });
  });
});

describe('property: every key is located where it is written', () => {
  const key = fc.oneof(
    fc.constantFrom('Type', 'Properties', 'toString', 'constructor', 'valueOf', 'hasOwnProperty', 'yes', 'on', '026', 'a b', 'k:v', '#x', "it's", 'Ref', 'Fn::Sub'),
    fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s !== '__proto__' && s !== '<<'),
  );
  const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('yes', '026', '2_2', '.inf', '~'));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')),
    list: fc.array(tie('tree'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
  }));
  const body = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });

  const paths = (v: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
    if (Array.isArray(v)) return v.flatMap((x, i) => [[...prefix, i], ...paths(x, [...prefix, i])]);
    if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...prefix, k], ...paths(x, [...prefix, k])]);
    return [];
  };
  const writtenAs = (k: string): string[] => [k, `'${k.replace(/'/g, "''")}'`, JSON.stringify(k)];

  it.each([
    // YAML 1.1 output, as a CloudFormation author must write it: `yes`, `026`, `2_2` quoted when they are text.
    ['block YAML', (b: unknown) => stringify(b, { version: '1.1', lineWidth: 0 }), 't.yaml'],
    ['flow YAML', (b: unknown) => stringify(b, { version: '1.1', lineWidth: 0, collectionStyle: 'flow' }), 't.yaml'],
    ['JSON', (b: unknown) => JSON.stringify(b, null, 2), 't.json'],
    ['one-line JSON', (b: unknown) => JSON.stringify(b), 't.json'],
  ])('%s', (_, write, file) => {
    fc.assert(
      fc.property(body, (b) => {
        const t = ok(write(b), file);
        expect(t.body).toEqual(b);
        for (const p of paths(b)) {
          const last = p[p.length - 1]!;
          const text = at(t, p);
          if (typeof last === 'string')
            expect(
              writtenAs(last).some((w) => text.startsWith(w)),
              `${JSON.stringify(p)} at "${text}"`,
            ).toBe(true);
          else {
            const pos = t.locate(p);
            const before = t
              .lineText(pos.line)
              .slice(0, pos.column - 1)
              .trimEnd();
            expect(/[-[,]$/.test(before) || before === '', `${JSON.stringify(p)} after "${before}"`).toBe(true);
          }
        }
      }),
      { seed: 2611, numRuns: 150 },
    );
  });
});
