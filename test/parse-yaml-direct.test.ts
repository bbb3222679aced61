/**
 * The direct YAML reader and js-yaml (with its listener) read every text alike: the same value (keys in
 * the same order, the same scalar types) and the same position for every node, or the direct reader
 * gives up and js-yaml reads the text. It never reads a text js-yaml refuses.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document, isMap, isScalar, isSeq, Scalar, visit, type DocumentOptions, type ToStringOptions } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseYaml, parseYamlJs } from '../src/load/parse-yaml.js';
import { parseYamlDirect } from '../src/load/parse-yaml-direct.js';
import { SHORT_TAGS } from '../src/load/cfn-yaml.js';
import { ParseFail, TEMPLATE_KEYS } from '../src/load/parse-common.js';
import type { KeyPath } from '../src/types/types.js';
import { corpusDir, corpusSkipNote } from './helpers/corpus.js';
import { pathsOf } from './helpers/parse.js';

type Read = { value: unknown; locate(path: KeyPath): number };

/** CFN_AUDIT_FUZZ_SCALE=50 runs the generated cases fifty times as often (a longer hunt, by hand). */
const SCALE = Math.max(1, Number(process.env['CFN_AUDIT_FUZZ_SCALE'] ?? 1) || 1);

function* yamlFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* yamlFiles(p);
    else if (/\.(ya?ml|template)$/i.test(e.name)) yield p;
  }
}

/** Where the two readings differ, or null. */
function difference(js: Read, direct: Read): string | null {
  if (!isDeepStrictEqual(js.value, direct.value) || JSON.stringify(js.value) !== JSON.stringify(direct.value))
    return `values differ:\n js-yaml ${JSON.stringify(js.value)}\n direct  ${JSON.stringify(direct.value)}`;
  for (const p of pathsOf(js.value)) if (js.locate(p) !== direct.locate(p)) return `${JSON.stringify(p)}: js-yaml at ${js.locate(p)}, direct at ${direct.locate(p)}`;
  return null;
}

/** A reading, or the failure as a user sees it: message, offset, and whether a template key had been read. */
function attempt(read: () => Read | null): Read | null | { error: string } {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    return { error: JSON.stringify([e.message, e.offset, (e.rootKeys ?? []).some((k) => TEMPLATE_KEYS.has(k))]) };
  }
}

/** 'read' (and equal), 'refused' (with js-yaml's error), 'gave-up', or what went wrong. */
function compare(text: string): string {
  const js = attempt(() => parseYamlJs(text));
  const direct = attempt(() => parseYamlDirect(text));
  if (direct === null) return 'gave-up';
  if ('error' in direct)
    return js !== null && 'error' in js && js.error === direct.error
      ? 'refused'
      : `the direct reader refused with ${direct.error}, js-yaml: ${js && 'error' in js ? js.error : 'read it'}`;
  if (js === null || 'error' in js) return 'the direct reader read a text js-yaml refuses';
  return difference(js, direct) ?? 'read';
}

describe('the direct reader on the shapes templates use', () => {
  // Each text is read by the direct reader, and as js-yaml reads it.
  const read: [string, string][] = [
    ['block mapping and sequence', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags:\n        - Key: a\n          Value: b\n'],
    ["a sequence at its key's indentation", 'A:\n- 1\n- two\nB: x\n'],
    ["a tag and a sequence at the key's indentation", "Value: !Join\n- ''\n- - a\n  - b\nNext: 1\n"],
    ['nested compact sequences', 'A:\n  - - a\n    - b\n  - - c\n'],
    [
      'short-form tags, inline and below',
      'A: !Ref X\nB: !GetAtt R.Arn\nC: !If\n  - Cond\n  - 1\n  - !Ref AWS::NoValue\nD: !Sub\n  - "${x}"\n  - x: !Ref Y\nE: !Base64\n  Fn::Sub: abc\n',
    ],
    ['an empty tag', 'A: !GetAZs\nB: !Select [0, !GetAZs ]\n'],
    ['a tag then a block scalar on the next line', 'A: !Sub\n  |\n    echo ${X}\n    done\nB: 1\n'],
    ['a tag then a scalar on the next line', 'A: !Sub\n  "x-${Y}"\nB: !Ref\n  Name\n'],
    ['literal block scalars and chomping', 'A: |\n  one\n\n  two\n\nB: |-\n  x\nC: |+\n  y\n\n\nD: |\n\n  after an empty line\n'],
    ['folded block scalars', 'A: >\n  one\n  two\n\n  three\n    more indented\n  four\nB: >-\n  x\n  y\n'],
    ['a block scalar at the end without a line break', 'A: |\n  last'],
    ['a block scalar ending in spaces without a line break', 'A: |\n  x\n   '],
    ['multi-line plain scalars', 'Description: a long\n  description that goes on\n\n  and on\nB: -not a sequence\n  :nor a key\nC:\n  - item\n    continued\n'],
    ['quoted scalars with escapes and folding', 'A: "tab\\there \\u00e9 \\x41 \\"q\\" \\\\"\nB: \'it\'\'s\'\nC: "a\n  b\n\n  c"\nD: \'x\n  y\'\nE: "joined\\\n   here"\n'],
    [
      'flow collections across lines, a trailing comma',
      'A: [a, "b", \'c\', 1, true, null]\nB: {Key: v, "Q": [1, 2], }\nC: [\n  x,\n  y\n]\nD: !FindInMap [Map, !Ref AWS::Region,\n  Key]\n',
    ],
    ['single-pair mappings inside a flow sequence', 'A: [ Ref: Name, b ]\nB: { Fn::Equals: [ Ref: P, x ] }\n'],
    ['plain scalars in flow across lines', 'A: [one two\n   three, x]\n'],
    ['YAML 1.1 scalars as CloudFormation reads them', 'A: yes\nB: Off\nC: 0x1F\nD: 017\nE: 1_000\nF: 1:30\nG: 2010-09-09\nH: .inf\nI: ~\nJ: 089\nK: 1e3\nL:\n'],
    ['keys that look like booleans or numbers stay text', 'Yes: 1\n80: http\n1.5: x\n0x10: y\n"quoted": z\n'],
    ['comments everywhere', '# head\nA: 1 # after\n# between\nB:   # empty\n  - x # item\n  # inside\n  - y\n'],
    ['a document start marker', '---\nA: 1\n'],
    ['CRLF line ends', 'A: 1\r\nB:\r\n  - x\r\nC: |\r\n  l1\r\n  l2\r\n'],
    ['plain scalars that start with indicators', 'A: -1\nB: :x\nC: ?y\nD: a:b\nE: x#y\n'],
    ['a key with spaces before its colon', 'A  : 1\n'],
  ];
  it.each(read)('%s', (_, text) => {
    expect(compare(text)).toBe('read');
  });

  // Texts left to js-yaml (which reads them, or refuses them with its message).
  const leftToJsYaml: [string, string][] = [
    ['anchors and aliases', 'A: &a 1\nB: *a\n'],
    ['merge keys', 'A: &a {x: 1}\nB:\n  <<: *a\n'],
    ['explicit keys', '? A\n: 1\n'],
    ['tabs', 'A:\n\t- x\n'],
    ['an unknown tag with its node below', 'A: !Rain::Embed\n  x: 1\n'],
    ['an unknown tag mentioned again on its line', 'A: !Foo "!Foo"\n'],
    ['a duplicate key in a flow mapping at the root', '{a: 1, a: 2}\n'],
    ['a core tag', 'A: !!str 1\n'],
    ['two documents', 'A: 1\n---\nB: 2\n'],
    ['a directive', '%YAML 1.1\n---\nA: 1\n'],
    ['an empty sequence item', 'A:\n  -\n  - x\n'],
    ['a root that is not a mapping', '- a\n- b\n'],
    ["a value on a key's line that is a mapping", 'A: b: c\n'],
    ['a lone CR', 'A: 1\rB: 2\r'],
    ['a first line that ends in two dashes', 'D--\nA: 1\n'],
    ['an indentation indicator', 'A: |2\n   x\n'],
    ['a non-printable character', 'A: "\x01"\n'],
    ['__proto__', '__proto__: 1\n'],
    // js-yaml loses the tag while it reads the scalar: { Ref: 83 }.
    ['a tag then a number on the next line', 'A: !Ref\n  0123\n'],
    ['a comment sign right after a block scalar header', 'A: >#x\n  y\n'],
    ['bad indentation', 'A:\n    b: 1\n  c: 2\n'],
  ];
  for (const [name, text] of leftToJsYaml) {
    it(`gives up on ${name}`, () => {
      expect(parseYamlDirect(text)).toBeNull();
      // What reaches the user is js-yaml's reading (or its error), unchanged.
      const viaParse = (() => {
        try {
          return parseYaml(text).value;
        } catch (e) {
          return (e as Error).message;
        }
      })();
      const viaJs = (() => {
        try {
          return parseYamlJs(text).value;
        } catch (e) {
          return (e as Error).message;
        }
      })();
      expect(viaParse).toEqual(viaJs);
    });
  }
});

describe('the direct reader refuses what js-yaml refuses, with the same message and place', () => {
  const refused: [string, string][] = [
    ['a duplicate key at the root', 'AWSTemplateFormatVersion: x\nResources: {}\nResources: {}\n'],
    ['a duplicate key deep inside', 'Resources:\n  A:\n    Type: T\n    Type: U\n'],
    ['a duplicate quoted key', 'A:\n  "k": 1\n  \'k\': 2\n'],
    ['a duplicate key in a flow mapping', 'A: {k: 1, "k": 2}\n'],
    ['a preprocessor tag', 'Resources:\n  F:\n    Properties:\n      Code: !Rain::Embed handler.py\n'],
    ['an unknown tag in a flow sequence', 'A: [x, !Foo y]\n'],
    ['an unknown tag before the template keys', 'Description: !Bar x\nResources: {}\n'],
  ];
  it.each(refused)('%s', (_, text) => {
    expect(compare(text)).toBe('refused');
  });

  it('a duplicate key whose value holds an error reports the error in the value, as js-yaml does', () => {
    expect(compare('A: 1\nA: !Foo x\n')).toBe('refused');
    const e = attempt(() => parseYamlDirect('A: 1\nA: !Foo x\n'));
    expect(e && 'error' in e ? e.error : null).toContain('unknown tag !Foo');
  });
});

describe.skipIf(!corpusDir)(`the direct reader on the corpus${corpusSkipNote}`, () => {
  it('reads the YAML templates as js-yaml does, values and positions', { timeout: 120_000 }, () => {
    const problems: string[] = [];
    let readCount = 0;
    let total = 0;
    for (const sub of ['real', 'expect', 'cfn-nag', 'cdk', 'bad', 'scale']) {
      let files: string[];
      try {
        files = [...yamlFiles(join(corpusDir!, sub))];
      } catch {
        continue;
      }
      for (const file of files) {
        const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        if (/^\s*[{[]/.test(text)) continue;
        total++;
        const r = compare(text);
        if (r === 'read' || r === 'refused') readCount++;
        else if (r !== 'gave-up') problems.push(`${relative(corpusDir!, file)}: ${r}`);
      }
    }
    expect(problems).toEqual([]);
    // The direct reader is the normal path: it reads nearly every template (the rest: aliases, preprocessor tags, errors).
    expect(readCount).toBeGreaterThan(0.95 * total - 60);
    expect(readCount).toBeGreaterThan(1000);
  });
});

// ---------------------------------------------------------------------------------------------
// Generated templates: values written by the `yaml` package in random styles

const TAGS = [...SHORT_TAGS];
const longOf = (tag: string): string => (tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`);

const scalarArb = fc.oneof(
  fc.constantFrom(
    '',
    'yes',
    'No',
    'on',
    'true',
    'null',
    '~',
    '0123',
    '089',
    '0x1F',
    '1_000',
    '1:30',
    '1e3',
    '.inf',
    '2010-09-09',
    '-1',
    ':x',
    '?y',
    'a:b',
    'a #b',
    'x#y',
    ' lead',
    'trail ',
    '"q"',
    "it's",
    'a\nb',
    'a\n\nb',
    'line\n',
    'é ü',
    'tab\there',
    '- item',
    '[x]',
    '{y}',
    '*star',
    '&amp',
    '!bang',
    '%pct',
    '@at',
    'a, b',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const keyArb = fc.oneof(fc.constantFrom('Type', 'Properties', 'Ref', 'Fn::GetAtt', 'Yes', '80', '1.5', 'a b', 'x:y', 'K#', '-k'), fc.string({ minLength: 1, maxLength: 8 }));

const valueArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthIdentifier: 'v' }, scalarArb, tie('seq'), tie('map'), tie('intrinsic')),
  seq: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(keyArb, tie('value'), { maxKeys: 5 }),
  intrinsic: fc
    .tuple(fc.constantFrom(...TAGS), fc.oneof(fc.string({ maxLength: 10 }), fc.array(tie('value'), { maxLength: 3 }), tie('map')))
    .map(([tag, v]) => ({ [longOf(tag)]: v })),
})).value;

const styleArb = fc.record({
  indent: fc.constantFrom(1, 2, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 40, 80),
  minContentWidth: fc.constantFrom(0, 10, 20),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  flowCollectionPadding: fc.boolean(),
  doubleQuotedAsJSON: fc.boolean(),
  directives: fc.boolean(),
  tagChance: fc.constantFrom(0, 0.5, 1),
  crlf: fc.boolean(),
});

/** The value as YAML text, its intrinsic functions written as short-form tags where the coin says so. */
function render(value: unknown, style: Record<string, unknown>, coin: () => number): string {
  const docOptions: DocumentOptions = { version: '1.1' };
  const doc = new Document({ Root: value }, docOptions);
  if ((style['tagChance'] as number) > 0) {
    visit(doc, {
      Map(_, node) {
        if (node.items.length !== 1) return undefined;
        const pair = node.items[0]!;
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        const tag = key === null ? undefined : TAGS.find((t) => longOf(t) === key);
        if (!tag || coin() >= (style['tagChance'] as number) || pair.value === null) return undefined;
        const inner = pair.value;
        if (isScalar(inner) && typeof inner.value === 'string') {
          const s = new Scalar(inner.value);
          s.tag = `!${tag}`;
          return s;
        }
        if (isSeq(inner) || isMap(inner)) {
          inner.tag = `!${tag}`;
          return inner;
        }
        return undefined;
      },
    });
  }
  const out = doc.toString({ ...(style as unknown as ToStringOptions), directives: style['directives'] === true ? true : null });
  return style['crlf'] === true ? out.replace(/\n/g, '\r\n') : out;
}

describe('the direct reader on generated templates', () => {
  it('reads them as js-yaml does (values and positions), or gives up', () => {
    let readCount = 0;
    let runs = 0;
    fc.assert(
      fc.property(valueArb, styleArb, fc.integer(), (value, style, seed) => {
        let s = seed;
        const coin = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
        const text = render(value, style, coin);
        const r = compare(text);
        runs++;
        if (r === 'read') readCount++;
        expect(r === 'read' || r === 'refused' || r === 'gave-up' ? 'ok' : `${r}\n--- text:\n${text}`).toBe('ok');
      }),
      { numRuns: 400 * SCALE },
    );
    // Most generated texts are for the direct reader: the property says something about it.
    expect(readCount).toBeGreaterThan(runs / 2);
  });

  it('never reads a damaged template js-yaml refuses, nor reads one otherwise', () => {
    const base = [
      'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Name: !Sub "${AWS::StackName}-b"\n      Tags:\n        - Key: a\n          Value: [x, y]\n',
      'A: |\n  text\n  more\nB: >-\n  folded\n  text\nC: !If\n  - Cond\n  - { Ref: X }\n  - !GetAtt R.Arn\n',
      'Description: plain text\n  continued here\nList:\n- a\n- "b c"\n- \'d\'\n',
    ];
    const pieces = [
      ':',
      ': ',
      '-',
      '- ',
      '#',
      ' #',
      "'",
      '"',
      ' ',
      '  ',
      '\n',
      '\n  ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '!Ref ',
      '!If',
      '|',
      '>',
      '|-',
      '&a ',
      '*a',
      '? ',
      '\\',
      '\r\n',
      '---\n',
      '...',
      '<<: ',
      '!',
      '\t',
      '~',
      '%',
      '\r',
      '!Foo ',
      '!Rain::Embed ',
      'A: 1\n',
      'Name: x\n',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...base), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces), fc.boolean()), { minLength: 1, maxLength: 3 }), (text, edits) => {
        let t = text;
        for (const [at, piece, insert] of edits) {
          const i = at % (t.length + 1);
          t = insert ? t.slice(0, i) + piece + t.slice(i) : t.slice(0, i) + t.slice(i + 1);
        }
        const r = compare(t);
        expect(r === 'read' || r === 'refused' || r === 'gave-up' ? 'ok' : `${r}\n--- text:\n${JSON.stringify(t)}`).toBe('ok');
      }),
      { numRuns: 3000 * SCALE },
    );
  });
});
