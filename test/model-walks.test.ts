/**
 * The walks made faster for issue 15 give what the plain walks gave: graph edges with the path where
 * each reference sits, the place of an Fn::Transform inside a resource, policy elements shared per
 * stack, and "is this a template?" for files the strict parser refused.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph } from '../src/model/graph.js';
import { expandedSize } from '../src/model/walk.js';
import { stackDependencies } from '../src/model/stacks.js';
import { posix } from 'node:path';
import { unauditableContent } from '../src/model/unauditable.js';
import { elements, parameterDecls } from '../src/model/iam.js';
import { isTemplateText } from '../src/load/sniff.js';
import { selectPointers } from '../src/rules/engine.js';
import { pointerToPath } from '../src/schema/issues.js';
import { JSONPath } from 'jsonpath-plus';
import { ok } from './helpers/parse.js';
import { corpusPath, corpusSkipNote } from './helpers/corpus.js';
import { parseTemplate } from '../src/load/parse.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const graph = (text: string) => buildGraph(ok(text));

/** The real corpus's YAML and JSON files (none when the corpus is absent). */
const realCorpus: string[] = existsSync(corpusPath('real'))
  ? readdirSync(corpusPath('real'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|json|template)$/i.test(f) && !f.endsWith('.manifest.json'))
      .map((f) => join(corpusPath('real'), f))
  : [];

/** The edge walk as first written: a new path array for every node. */
function referenceEdges(resources: Record<string, { Properties?: unknown }>): string[] {
  const ids = new Set(Object.keys(resources));
  const out: string[] = [];
  const walk = (v: unknown, path: (string | number)[], from: string): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, i], from));
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Ref' && typeof x === 'string' && ids.has(x)) out.push(`${from}->${x} Ref ${path.join('/')}`);
      else if (k === 'Fn::GetAtt') {
        const t = Array.isArray(x) ? x[0] : typeof x === 'string' ? x.split('.')[0] : undefined;
        if (typeof t === 'string' && ids.has(t)) out.push(`${from}->${t} GetAtt ${path.join('/')}`);
      } else if (k === 'Fn::Sub') {
        const text = Array.isArray(x) ? x[0] : x;
        if (typeof text === 'string')
          for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) if (ids.has(m[1]!.trim().split('.')[0]!)) out.push(`${from}->${m[1]!.trim().split('.')[0]} Sub ${path.join('/')}`);
      }
      walk(x, [...path, k], from);
    }
  };
  // Properties that are not a mapping are not read (the graph sees `{}`).
  for (const [id, r] of Object.entries(resources))
    if (r.Properties && typeof r.Properties === 'object' && !Array.isArray(r.Properties)) walk(r.Properties, ['Resources', id, 'Properties'], id);
  return out.sort();
}

describe('graph edges', () => {
  const ids = ['A', 'B', 'C'];
  const ref = fc.oneof(
    fc.constantFrom(...ids, 'Nope').map((id) => ({ Ref: id })),
    fc.constantFrom(...ids).map((id) => ({ 'Fn::GetAtt': [id, 'Arn'] })),
    fc.constantFrom(...ids).map((id) => ({ 'Fn::GetAtt': `${id}.Arn` })),
    fc.array(fc.constantFrom(...ids, 'AWS::Region', 'x'), { maxLength: 3 }).map((xs) => ({ 'Fn::Sub': xs.map((x) => `a\${${x}}`).join('-') })),
    fc.constantFrom(...ids).map((id) => ({ 'Fn::Sub': [`\${${id}.Arn}`, { V: { Ref: id } }] })),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.string({ maxLength: 4 }),
      fc.integer(),
      ref,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('K', 'L', 'Ref', 'M'), tie('node'), { maxKeys: 3 }),
    ),
  })).node;

  it('are those of a walk that copies the path at every node (property)', () => {
    fc.assert(
      fc.property(fc.tuple(value, value, value), (props) => {
        const resources = Object.fromEntries(ids.map((id, i) => [id, { Type: 'AWS::SNS::Topic', Properties: props[i] }]));
        const g = buildGraph(ok(JSON.stringify({ Resources: resources }), 't.json'));
        const got = g.edges.filter((e) => e.kind !== 'DependsOn').map((e) => `${e.from}->${e.to} ${e.kind} ${e.path.join('/')}`);
        expect(got.sort()).toEqual(referenceEdges(resources as Record<string, { Properties?: unknown }>));
      }),
      { numRuns: 200 },
    );
  });

  it('two references in one mapping each get the mapping’s path; paths are not shared with later nodes', () => {
    const g = graph('Resources:\n  A: {Type: T}\n  B:\n    Type: T\n    Properties:\n      L:\n        - {X: !Ref A, Y: [!GetAtt A.Arn]}\n        - !Sub "${A}"\n');
    expect(g.edges.map((e) => `${e.kind} ${e.path.join('/')}`).sort()).toEqual([
      'GetAtt Resources/B/Properties/L/0/Y/0',
      'Ref Resources/B/Properties/L/0/X',
      'Sub Resources/B/Properties/L/1',
    ]);
    const [x, y] = g.edges.filter((e) => e.kind !== 'Sub');
    expect(x!.path).not.toBe(y!.path);
  });
});

describe('Fn::Transform inside a resource', () => {
  const at = (text: string) =>
    unauditableContent(graph(text))
      .filter((u) => u.code === 'include')
      .map((u) => `${u.logicalId} ${u.path.join('/')} ${u.detail}`);

  it.each([
    ['as the whole of Properties', 'Properties:\n      Fn::Transform: {Name: AWS::Include}\n', 'Q Resources/Q/Properties AWS::Include'],
    ['as a key of Properties among others', 'Properties:\n      A: 1\n      Fn::Transform: {Name: AWS::Include}\n', 'Q Resources/Q/Properties/Fn::Transform AWS::Include'],
    ['as a value', 'Properties:\n      Tags: {Fn::Transform: {Name: M1}}\n', 'Q Resources/Q/Properties/Tags M1'],
    ['in a list, in a mapping', 'Properties:\n      L: [1, {A: [x, {Fn::Transform: {Name: M2}}]}]\n', 'Q Resources/Q/Properties/L/1/A/1 M2'],
    ['without a name', 'Properties:\n      X: {Fn::Transform: 3}\n', 'Q Resources/Q/Properties/X a transform'],
    ['after an earlier sibling subtree', 'Properties:\n      A: {B: [1, 2, {C: 3}]}\n      D: {Fn::Transform: {Name: M3}}\n', 'Q Resources/Q/Properties/D M3'],
  ])('%s: its path', (_name, body, expected) => {
    expect(at(`Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    ${body}`)).toEqual([expected]);
  });

  it('a shared node (YAML alias) is looked into once; the first place it is met is reported', () => {
    const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      A: &x {K: {Fn::Transform: {Name: M}}}\n      B: *x\n';
    expect(at(text)).toEqual(['Q Resources/Q/Properties/A/K M']);
  });

  it('nothing for a resource without one', () => {
    expect(at('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {A: [1, {B: 2}], Transform: x}\n')).toEqual([]);
  });

  // The walk is skipped for a text that spells neither `Fn::Transform` nor `!Transform`: every spelling must still be found.
  it.each([
    ['short form', 'Tags: !Transform {Name: M}'],
    ['verbatim tag', 'Tags: !<!Transform> {Name: M}'],
    ['YAML \\x escape in a quoted key', 'Tags: {"Fn::\\x54ransform": {Name: M}}'],
    ['YAML %TAG handle', 'Tags: !t!ransform {Name: M}'],
    ['YAML %-escaped tag', 'Tags: !%54ransform {Name: M}'],
  ])('in a SAM template, spelled as a %s', (name, props) => {
    const directive = name === 'YAML %TAG handle' ? '%TAG !t! !T\n---\n' : '';
    const text = `${directive}Transform: AWS::Serverless-2016-10-31\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      ${props}\n`;
    expect(at(text)).toEqual(['Q Resources/Q/Properties/Tags M']);
  });

  it('in JSON with a \\u escape; none in a SAM template that only names its transform', () => {
    const json = JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { Tags: { 'Fn::Transform': { Name: 'M' } } } } } }).replace(
      'Fn::Transform',
      'Fn::\\u0054ransform',
    );
    expect(unauditableContent(buildGraph(ok(json, 't.json'))).map((u) => u.detail)).toEqual(['M']);
    expect(at('Transform: AWS::Serverless-2016-10-31\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {Transform: x}\n')).toEqual([]);
  });
});

describe('policy elements', () => {
  it('a scalar element is resolved once per stack and gives what a fresh resolution gives', () => {
    const g1 = graph('Resources:\n  A: {Type: T}\n');
    const g2 = graph('Resources:\n  A: {Type: T}\n');
    const first = elements('s3:GetObject', g1.resolver);
    expect(first).toEqual({ values: [{ value: 's3:GetObject', conditions: [] }], unknown: null, present: true });
    expect(elements('s3:GetObject', g1.resolver)).toBe(first);
    expect(elements('s3:GetObject', g2.resolver)).not.toBe(first);
    expect(elements('s3:GetObject', g2.resolver)).toEqual(first);
    expect(elements(22, g1.resolver).values.map((v) => v.value)).toEqual(['22']);
    expect(elements('22', g1.resolver)).not.toBe(elements(22, g1.resolver));
    expect(elements(undefined, g1.resolver).present).toBe(false);
  });
});

describe('is a file the strict parser refused a template?', () => {
  it.each([
    ['a preprocessor tag', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: !Rain::Embed x.yaml\n'],
    ['a duplicate key', 'AWSTemplateFormatVersion: 2010-09-09\nResources:\n  A: {Type: T}\n  A: {Type: U}\n'],
    ['a duplicate key at the top', 'Resources: {}\nResources:\n  A: {Type: T}\n'],
    ['an unknown tag on the top mapping', '--- !Template\nResources:\n  A: {Type: T}\n'],
    ['a syntax error after the Resources key', 'Resources:\n  A: {Type: T\n'],
  ])('a template with %s: yes', (_name, text) => {
    expect(isTemplateText(text)).toBe(true);
  });

  it.each([
    ['an Ansible file with a vault tag', 'password: !vault |\n  $ANSIBLE_VAULT;1.1\nhosts: all\n'],
    ['a list at the top', '- Resources: 1\n'],
    ['a duplicate key in a config file', 'name: a\nname: b\n'],
    ['a Resources key one level down, with a custom tag', 'outer: !Thing\n  Resources: {}\n'],
  ])('%s: no', (_name, text) => {
    expect(isTemplateText(text)).toBe(false);
  });
});

describe('resources audited once per structural condition', () => {
  const params = 'Parameters:\n  Env: {Type: String}\nConditions:\n  Prod: !Equals [!Ref Env, prod]\n  Never: !Equals [a, b]\n';
  const variants = (text: string) => {
    const g = graph(`${params}${text}`);
    return g.audited.map((r) => `${r.logicalId}:${r.assumptions.map((a) => `${a.condition}=${a.branch}`).join(',')}`);
  };

  it.each([
    [
      'after plain resources',
      'Resources:\n  A: {Type: T, Properties: {X: 1}}\n  B:\n    Type: T\n    Properties: !If [Prod, {X: 1}, {Y: 2}]\n',
      ['A:', 'B:Prod=true', 'B:Prod=false'],
    ],
    ['in a list item', 'Resources:\n  A: {Type: T}\n  B:\n    Type: T\n    Properties: {L: [1, !If [Prod, 2, !Ref AWS::NoValue]]}\n', ['A:', 'B:Prod=true', 'B:Prod=false']],
    [
      'shared through an alias with an earlier resource',
      'Resources:\n  A:\n    Type: T\n    Properties: &p {K: !If [Prod, {X: 1}, {Y: 2}]}\n  B:\n    Type: T\n    Properties: *p\n',
      ['A:Prod=true', 'A:Prod=false', 'B:Prod=true', 'B:Prod=false'],
    ],
    ['decided conditions only', 'Resources:\n  A:\n    Type: T\n    Properties: !If [Never, {X: 1}, {Y: 2}]\n  B: {Type: T}\n', ['A:', 'B:']],
    ['an undecided Fn::If over plain values', 'Resources:\n  A:\n    Type: T\n    Properties: {X: !If [Prod, 1, 2]}\n', ['A:']],
  ])('%s', (_name, text, expected) => {
    expect(variants(text)).toEqual(expected);
  });

  it('a decided Fn::If is replaced by its branch and untouched nodes stay the same objects', () => {
    const g = graph(
      `${params}Resources:\n  A:\n    Type: T\n    Properties:\n      Keep: {Deep: [1, {Z: 2}]}\n      Pick: !If [Never, yes, no]\n      Gone: !If [Never, x, !Ref AWS::NoValue]\n      L: [a, !If [Never, b, !Ref AWS::NoValue], c]\n`,
    );
    const a = g.resources.get('A')!;
    expect(a.properties).toEqual({ Keep: { Deep: [1, { Z: 2 }] }, Pick: false, L: ['a', 'c'] });
    expect(a.properties['Keep']).toBe((g.template.body['Resources'] as Record<string, { Properties: Record<string, unknown> }>)['A']!.Properties['Keep']);
  });
});

describe('parameter declarations', () => {
  it('are one object per graph, so that every policy rule shares the elements resolved with them', () => {
    const text = 'Parameters:\n  P: {Type: String}\nMappings:\n  M: {}\nResources:\n  R: {Type: AWS::SNS::Topic}\n';
    const g = graph(text);
    const body = g.template.body as { Parameters: unknown; Mappings: unknown };
    expect(parameterDecls(g.template.body, g.resolver)).toBe(parameterDecls(g.template.body, g.resolver));
    expect(parameterDecls(g.template.body, g.resolver)).toEqual({ parameters: body.Parameters, mappings: body.Mappings });
    // Another graph of the same text (a nested stack audited with other values) has its own.
    const other = graph(text);
    expect(parameterDecls(other.template.body, other.resolver)).not.toBe(parameterDecls(g.template.body, g.resolver));
    const odd = graph('Parameters: [1]\nResources:\n  R: {Type: AWS::SNS::Topic}\n');
    expect(parameterDecls(odd.template.body, odd.resolver)).toEqual({ parameters: {}, mappings: {} });
  });
  it('mark a parameter opaque when the values given for it are plain names, never a wildcard', () => {
    const text = 'Parameters:\n  P: {Type: String}\n  W: {Type: String}\nResources:\n  R: {Type: AWS::SNS::Topic}\n';
    const t = ok(text);
    const g = buildGraph(t, { given: { P: 'my-role', W: 'arn:aws:iam::*:role/x' } });
    expect([...(parameterDecls(g.template.body, g.resolver).opaque ?? [])]).toEqual(['P']);
  });
});

describe('simple rule paths', () => {
  const viaJsonPath = (given: string, json: object) =>
    JSONPath<{ pointer: string; value: unknown }[]>({ path: given, json, resultType: 'all', eval: false, wrap: true }).map((r) => ({
      path: pointerToPath(r.pointer),
      value: r.value,
    }));
  /** Any JSON value with mapping keys from `keys` and lists of at most `items` items. */
  const jsonOf = (keys: fc.Arbitrary<string>, items: number) =>
    fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, 0, '', false, 'text', 1, true),
        fc.array(tie('node'), { maxLength: items }),
        fc.dictionary(keys, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
  const key = fc.constantFrom('Properties', 'A', 'B', 'length', 'constructor', 'toString');
  const json = jsonOf(key, 2);

  it('`$.A.B` read directly gives what the JSONPath engine gives (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(key, json, { maxKeys: 4 }), fc.array(key, { minLength: 1, maxLength: 4 }), (doc, names) => {
        const given = `$.${names.join('.')}`;
        expect(selectPointers(given, doc)).toEqual(viaJsonPath(given, doc));
      }),
      { numRuns: 500 },
    );
  });

  const digitKey = fc.constantFrom('Properties', 'A', 'B', '0', '12', 'length');
  const deep = jsonOf(digitKey, 3);

  it('`$.A..B.C` (one recursive descent) read directly gives what the JSONPath engine gives, in its order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(digitKey, deep, { maxKeys: 4 }), fc.array(key, { maxLength: 2 }), fc.array(key, { minLength: 1, maxLength: 2 }), (doc, before, after) => {
        const given = `$${before.map((n) => `.${n}`).join('')}..${after.join('.')}`;
        expect(selectPointers(given, doc)).toEqual(viaJsonPath(given, doc));
      }),
      { numRuns: 500 },
    );
  });

  it('the built-in recursive paths find a value at every depth, node before children', () => {
    const doc = { Properties: { CIDRIP: 'a', L: [{ CIDRIP: 'b', M: { CIDRIP: { CIDRIP: 'c' } } }, 'x', [{ CIDRIP: 'd' }]] } };
    expect(selectPointers('$.Properties..CIDRIP', doc).map((h) => h.path.join('/'))).toEqual([
      'Properties/CIDRIP',
      'Properties/L/0/CIDRIP',
      'Properties/L/0/M/CIDRIP',
      'Properties/L/0/M/CIDRIP/CIDRIP',
      'Properties/L/2/0/CIDRIP',
    ]);
  });

  it.each(['$.Properties.*', '$.Properties[0]', "$.Properties['A B']", '$..A..B', '$.Properties..*'])('%s still goes through JSONPath', (given) => {
    const doc = { Properties: { Privileged: true, CIDRIP: 'x', 'A B': 1, L: [{ CIDRIP: 'y', A: { B: 1 } }] } };
    expect(selectPointers(given, doc)).toEqual(viaJsonPath(given, doc));
  });
});

describe('size bound on values (alias bombs)', () => {
  /** `levels` anchors, each a list of `width` aliases to the one before: width^levels leaves from a few lines. */
  const bomb = (levels: number, width: number, json = false): string => {
    const lines = ['Resources:', '  R:', '    Type: AWS::SNS::Topic', '    Properties:', '      L0: &l0 [x, x]'];
    for (let i = 1; i <= levels; i++) lines.push(`      L${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]`);
    return json ? JSON.stringify({ Resources: { R: { Type: 'AWS::SNS::Topic', Properties: { L: 'x & y' } } } }) : `${lines.join('\n')}\n`;
  };

  it('the reader says whether any node is reached twice', () => {
    expect(ok('a: &x [1]\nb: *x\nResources: {}\n').nodeBound).toBeUndefined();
    expect(ok('a: &x {k: 1}\nb:\n  <<: *x\nResources: {}\n').nodeBound).toBeUndefined();
    // An anchor nothing uses still counts as possibly shared; an ampersand in a value does not.
    expect(ok('a: &x 1\nResources: {}\n').nodeBound).toBeUndefined();
    const amp = ok('a: "x & y"\nb: R&D\nResources: {}\n');
    expect(amp.nodeBound).toBeLessThanOrEqual(2 * 'a: "x & y"\nb: R&D\nResources: {}\n'.length);
    expect(amp.nodeBound).toBeGreaterThanOrEqual(expandedSize(amp.body, 1e9));
    expect(ok('{"Resources": {"A": {"Type": "T", "Properties": {"K": "&x"}}}}', 't.json').nodeBound).toBeGreaterThan(0);
  });

  it('the YAML reader’s count bounds the tree from above, for every shape a node can take (property)', () => {
    // Values whose nodes outnumber what js-yaml began: `!GetAtt a.b` (four from one), empty values and
    // items, tags on nothing, flow collections, block scalars.
    const value = fc.constantFrom(
      '!GetAtt a.b',
      '!GetAtt a.b.c',
      '!GetAtt [a, b]',
      '!Ref',
      '!Sub x',
      '',
      '~',
      '[a, !GetAtt x.y, !GetAtt z.w]',
      '[!GetAtt a.b, !GetAtt a.b, !GetAtt a.b, !GetAtt a.b, !GetAtt a.b, !GetAtt a.b, !GetAtt a.b, !GetAtt a.b]',
      '{a, b: !Ref c, d: }',
      '[]',
      '{}',
      "!Join ['', [a, !GetAtt b.c, !Ref d]]",
      '!If [c, !GetAtt a.b, !Ref AWS::NoValue]',
      '!Base64 |\n          text',
      '"quoted"',
      '22',
    );
    const entry = fc.oneof(
      fc.tuple(value).map(([v]) => ` ${v}`),
      fc.array(fc.option(value), { minLength: 1, maxLength: 5 }).map((items) => items.map((v) => `\n        -${v === null ? '' : ` ${v}`}`).join('')),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), (entries) => {
        const text = `Resources:\n  R:\n    Type: T\n    Properties:\n${entries.map((e, i) => `      K${i}:${e}`).join('\n')}\n`;
        const t = ok(text);
        expect(t.nodeBound).toBeDefined();
        expect(expandedSize(t.body, 1e9)).toBeLessThanOrEqual(t.nodeBound!);
      }),
      { numRuns: 300 },
    );
  });

  it('the JSON reader counts the nodes of the tree exactly, for any JSON value (property)', () => {
    // Numbers a double cannot hold are kept as text, one node still; nested empties; escaped keys.
    const leaf = fc.oneof(fc.constantFrom('1e400', '123456789012345678901', '-0.5', 'true', 'null', '""', '"a\\"b"', '[]', '{}'), fc.json({ maxDepth: 0 }));
    const tree = fc.letrec<{ v: string }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.array(tie('v'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
        fc
          .uniqueArray(fc.tuple(fc.constantFrom('a', 'Ref', 'Fn::If', '\\u0041', 'k k'), tie('v')), { maxLength: 4, selector: ([k]) => JSON.parse(`"${k}"`) as string })
          .map((members) => `{${members.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`),
      ),
    })).v;
    fc.assert(
      fc.property(tree, (v) => {
        const t = ok(`{"Resources": {}, "X": ${v}}`, 't.json');
        expect(t.nodeBound).toBe(expandedSize(t.body, 1e9));
      }),
      { numRuns: 300 },
    );
  });

  it.skipIf(realCorpus.length === 0)(`the bound holds on every template of the real corpus read without shared nodes${corpusSkipNote}`, () => {
    let checked = 0;
    for (const file of realCorpus) {
      const r = parseTemplate({ file, text: readFileSync(file, 'utf8') });
      if (!r.ok || r.template.nodeBound === undefined) continue;
      checked++;
      expect([file, expandedSize(r.template.body, 1e9) <= r.template.nodeBound]).toEqual([file, true]);
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a small template whose aliases expand past the bound is still refused, resource and output alike', () => {
    const g = graph(bomb(6, 9));
    expect(g.oversized).toEqual(['R']);
    expect(graph(`${bomb(6, 9)}Outputs:\n  O:\n    Value: *l6\n  P:\n    Value: *l1\n`).oversized).toEqual(['R', 'O']);
  });

  it('oversized resources are the same with and without the reader’s bound (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (levels, width, json) => {
        const t = ok(bomb(levels, width, json), json ? 't.json' : 't.yaml');
        const { nodeBound: _bound, ...unbounded } = t;
        expect(buildGraph(t).oversized).toEqual(buildGraph(unbounded).oversized);
      }),
      { numRuns: 60 },
    );
  });

  it('counting a tree without a table of seen nodes gives the same answer (property)', () => {
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 2 }),
        fc.integer(),
        fc.array(tie('node'), { maxLength: 6 }),
        fc.dictionary(fc.string({ maxLength: 3 }), tie('node'), { maxKeys: 6 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 60 }), (v, limit) => {
        const memo = expandedSize(v, limit);
        const plain = expandedSize(v, limit, true);
        expect(plain > limit).toBe(memo > limit);
        if (memo <= limit) expect(plain).toBe(memo);
      }),
      { numRuns: 300 },
    );
  });
});

describe('files a nested-stack parent names', () => {
  // Last extensions of different lengths, one a prefix of another (`yml`, `yaml`), one a file's middle extension (`yaml` in `a.yaml.bak`), and a name without one.
  const files = ['p/a.yaml', 'p/x/b.yml', 'a.yaml', 'p/a.yaml.bak', 'p/é.json', 'p/c.template', 'p/README', 'p/d.ba'];
  /** The word scan as first written: every maximal run of path characters, cut after each extension. */
  const reference = (text: string): number[] => {
    const out = new Set<number>();
    for (const m of text.matchAll(/[^\s"'\\:,{}[\]]+/g)) {
      const word = m[0];
      for (let dot = word.indexOf('.'); dot >= 0; dot = word.indexOf('.', dot + 1)) {
        const ext = /^[A-Za-z0-9]*/.exec(word.slice(dot + 1))![0];
        if (ext.length === 0) continue;
        const named = posix.resolve('/p', word.slice(0, dot + 1 + ext.length));
        files.forEach((f, i) => {
          if (posix.resolve('/', f) === named) out.add(i + 1);
        });
      }
    }
    return [...out].sort();
  };
  const piece = fc.constantFrom(
    'a.yaml',
    'x/b.yml',
    '../a.yaml',
    './a.yaml.bak',
    'é.json',
    'a',
    '.',
    '..',
    '.yaml',
    ' ',
    '"',
    ':',
    '\n',
    'é',
    'x.',
    'c.template',
    'c.templates',
    'd.bak',
    'README',
    '.ba',
    'k',
    '/',
    'TemplateURL: ',
    '\u0085',
    ',',
  );

  it('are the files a word-by-word scan of its text finds (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = `Resources:\n  C:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${pieces.join('')}\n`;
        const sources = [{ file: 'p/main.yaml', text }, ...files.map((file) => ({ file, text: 'Resources: {}\n' }))];
        const deps = stackDependencies(sources);
        expect([...(deps.get(0) ?? [])].sort()).toEqual(reference(text));
      }),
      { numRuns: 400 },
    );
  });
});
