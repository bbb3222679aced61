/**
 * Template parsing: every CloudFormation short-form tag, 1-based positions of keys and list items,
 * duplicate keys, BOM, refused tags, alias bombs and deep nesting. Pure: text in, Template or error out.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longFormOf, type ParseResult } from '../src/load/parse.js';
import { corpusPath } from './helpers/corpus.js';
import { err, ok, parse } from './helpers/parse.js';

const corpusBad = corpusPath('bad');

/** Distinct arrays and objects reachable from `v`, each counted once: an expanded alias bomb would have billions. */
function distinctNodes(v: unknown, seen = new Set<object>()): number {
  if (v === null || typeof v !== 'object' || seen.has(v)) return seen.size;
  seen.add(v);
  for (const child of Object.values(v)) distinctNodes(child, seen);
  return seen.size;
}

const body = (text: string) => ok(text).body;

describe('short-form tags', () => {
  it.each([
    ['!Ref Bucket', { Ref: 'Bucket' }],
    ['!Condition IsProd', { Condition: 'IsProd' }],
    ['!Base64 hello', { 'Fn::Base64': 'hello' }],
    ['!Cidr [10.0.0.0/16, 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    ['!FindInMap [M, K1, K2]', { 'Fn::FindInMap': ['M', 'K1', 'K2'] }],
    ['!GetAtt Res.Arn', { 'Fn::GetAtt': ['Res', 'Arn'] }],
    ['!GetAtt Res.Endpoint.Address', { 'Fn::GetAtt': ['Res', 'Endpoint.Address'] }],
    ['!GetAtt [Res, Endpoint.Port]', { 'Fn::GetAtt': ['Res', 'Endpoint.Port'] }],
    ['!GetAtt Res', { 'Fn::GetAtt': ['Res'] }],
    ["!GetAZs ''", { 'Fn::GetAZs': '' }],
    ['!ImportValue shared-vpc', { 'Fn::ImportValue': 'shared-vpc' }],
    ["!Join ['-', [a, b]]", { 'Fn::Join': ['-', ['a', 'b']] }],
    ['!Select [0, [a, b]]', { 'Fn::Select': [0, ['a', 'b']] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ["!Sub '${AWS::StackName}-x'", { 'Fn::Sub': '${AWS::StackName}-x' }],
    ['!Sub ["${A}", {A: 1}]', { 'Fn::Sub': ['${A}', { A: 1 }] }],
    ['!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}', { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Equals [!Ref Env, prod]', { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }],
    ['!If [C, 1, !Ref AWS::NoValue]', { 'Fn::If': ['C', 1, { Ref: 'AWS::NoValue' }] }],
    ['!Not [!Condition A]', { 'Fn::Not': [{ Condition: 'A' }] }],
    ['!Or [!Condition A, !Condition B]', { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Contains [[a], a]', { 'Fn::Contains': [['a'], 'a'] }],
    ['!EachMemberEquals [[a], a]', { 'Fn::EachMemberEquals': [['a'], 'a'] }],
    ['!EachMemberIn [[a], [a]]', { 'Fn::EachMemberIn': [['a'], ['a']] }],
    ['!RefAll AWS::EC2::VPC::Id', { 'Fn::RefAll': 'AWS::EC2::VPC::Id' }],
    ['!ValueOf [P, Tag]', { 'Fn::ValueOf': ['P', 'Tag'] }],
    ['!ValueOfAll [AWS::EC2::VPC::Id, Tags]', { 'Fn::ValueOfAll': ['AWS::EC2::VPC::Id', 'Tags'] }],
    ['!Implies [!Condition A, !Condition B]', { 'Fn::Implies': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!ToJsonString {a: [1, !Ref B]}', { 'Fn::ToJsonString': { a: [1, { Ref: 'B' }] } }],
    ['!Length [a, b, c]', { 'Fn::Length': ['a', 'b', 'c'] }],
    ['!Length {Ref: List}', { 'Fn::Length': { Ref: 'List' } }],
    ['!ForEach [Topic, [A, B], {"Topic${Topic}": {Type: "AWS::SNS::Topic"}}]', { 'Fn::ForEach': ['Topic', ['A', 'B'], { 'Topic${Topic}': { Type: 'AWS::SNS::Topic' } }] }],
  ])('X: %s', (yaml, expected) => {
    expect(body(`X: ${yaml}\n`)['X']).toEqual(expected);
  });

  it('tags in block style, nested inside each other', () => {
    const b = body(
      [
        'X: !Join',
        "  - ''",
        '  - - !Sub "arn:${AWS::Partition}:s3:::"',
        '    - !Select [0, !Split [",", !ImportValue list]]',
        '    - !If',
        '      - C',
        '      - !GetAtt A.B.C',
        '      - !Ref AWS::NoValue',
      ].join('\n'),
    );
    expect(b['X']).toEqual({
      'Fn::Join': [
        '',
        [
          { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::' },
          { 'Fn::Select': [0, { 'Fn::Split': [',', { 'Fn::ImportValue': 'list' }] }] },
          { 'Fn::If': ['C', { 'Fn::GetAtt': ['A', 'B.C'] }, { Ref: 'AWS::NoValue' }] },
        ],
      ],
    });
  });

  it('a tagged scalar keeps its text as written (no number or boolean conversion)', () => {
    expect(body('A: !Ref 0123\nB: !Sub true\nC: !Base64 1e3\nD: !Ref\n')).toEqual({ A: { Ref: '0123' }, B: { 'Fn::Sub': 'true' }, C: { 'Fn::Base64': '1e3' }, D: { Ref: '' } });
  });

  it('long forms written out in YAML are read as they are', () => {
    expect(body('A:\n  Fn::GetAtt: [R, Arn]\nB: {Ref: X}\n')).toEqual({ A: { 'Fn::GetAtt': ['R', 'Arn'] }, B: { Ref: 'X' } });
  });

  it('longFormOf maps tags to intrinsic keys and refuses the rest', () => {
    expect(longFormOf('!Ref')).toBe('Ref');
    expect(longFormOf('!Condition')).toBe('Condition');
    expect(longFormOf('!ForEach')).toBe('Fn::ForEach');
    expect(longFormOf('!!str')).toBeNull();
    expect(longFormOf('!Concat')).toBeNull();
    expect(longFormOf('Ref')).toBeNull();
  });
});

describe('refused tags: nothing is ever constructed', () => {
  it.each([
    ['!Concat [a, b]', '!Concat'],
    ['!Vault secret/x', '!Vault'],
    ['!Custom::Tag x', '!Custom::Tag'],
    ['!ForEach::Topics [x, [a], {}]', '!ForEach::Topics'],
    ['!!python/object/apply:os.system ["touch pwned"]', '!!python/object/apply:os.system'],
    ['!!python/object:__main__.X {a: 1}', '!!python/object:__main__.X'],
    ['!!js/function "function () { return 1 }"', '!!js/function'],
    ['!!binary aGVsbG8=', '!!binary'],
    ['!!set {a, b}', '!!set'],
    ['!!timestamp 2001-12-14', '!!timestamp'],
  ])('%s', (yaml, shown) => {
    const e = err(`Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      X: ${yaml}\n`);
    expect(e.message).toContain(`unknown tag ${shown}`);
    expect(e.line).toBe(5);
    expect(e.column).toBeGreaterThanOrEqual(10);
  });

  it('standard tags of the core schema are accepted', () => {
    expect(body('A: !!str 22\nB: !!int "22"\nC: !!bool "true"\nD: !!null ""\nE: !!map {a: 1}\nF: !!seq [1]\nG: !!float 1.5\n')).toEqual({
      A: '22',
      B: 22,
      C: true,
      D: null,
      E: { a: 1 },
      F: [1],
      G: 1.5,
    });
  });

  it.skipIf(!existsSync(corpusBad))('the PyYAML exploit probe in the corpus is refused', () => {
    const e = err(readFileSync(join(corpusBad, 'python_object_tag.yaml'), 'utf8'), 'python_object_tag.yaml');
    expect(e.message).toMatch(/unknown tag !!python\/object/);
    expect(e.line).not.toBeNull();
    expect(existsSync('pwned_by_cfn_linter')).toBe(false);
  });
});

describe('positions', () => {
  const yaml = [
    'AWSTemplateFormatVersion: "2010-09-09"', //  1
    'Resources:', //                              2
    '  Sg:', //                                   3
    '    Type: AWS::EC2::SecurityGroup', //       4
    '    Properties:', //                         5
    '      GroupDescription: !Sub "${AWS::StackName} sg"', // 6
    '      SecurityGroupIngress:', //             7
    '        - IpProtocol: tcp', //               8
    '          CidrIp: 0.0.0.0/0', //             9
    '        -   IpProtocol: udp', //            10
    '      Tags: [{Key: a, Value: b}, {Key: c, Value: d}]', // 11
  ].join('\n');
  const t = ok(yaml);

  it.each([
    [[], 1, 1],
    [['AWSTemplateFormatVersion'], 1, 1],
    [['Resources'], 2, 1],
    [['Resources', 'Sg'], 3, 3],
    [['Resources', 'Sg', 'Type'], 4, 5],
    [['Resources', 'Sg', 'Properties', 'GroupDescription'], 6, 7],
    [['Resources', 'Sg', 'Properties', 'GroupDescription', 'Fn::Sub'], 6, 7],
    [['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 0], 8, 11],
    [['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 0, 'CidrIp'], 9, 11],
    [['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 1], 10, 13],
    [['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 1, 'IpProtocol'], 10, 13],
    [['Resources', 'Sg', 'Properties', 'Tags', 1], 11, 34],
    [['Resources', 'Sg', 'Properties', 'Tags', 1, 'Value'], 11, 43],
  ] as const)('YAML %j is at %i:%i (1-based, at the key or the item)', (path, line, column) => {
    expect(t.locate(path)).toEqual({ line, column });
  });

  it('a missing key or index gives the nearest existing ancestor', () => {
    expect(t.locate(['Resources', 'Sg', 'Properties', 'VpcId'])).toEqual({ line: 5, column: 5 });
    expect(t.locate(['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 7, 'CidrIp'])).toEqual({ line: 7, column: 7 });
    expect(t.locate(['Resources', 'Nope'])).toEqual({ line: 2, column: 1 });
  });

  it('lineText gives the source line without its break', () => {
    expect(t.lineText(9)).toBe('          CidrIp: 0.0.0.0/0');
    expect(t.lineText(0)).toBe('');
    expect(t.lineText(99)).toBe('');
  });

  it('JSON positions point at the key (its opening quote) or the item', () => {
    const json = [
      '{',
      '  "Resources": {',
      '    "Sg": {',
      '      "Type": "AWS::EC2::SecurityGroup",',
      '      "Properties": { "SecurityGroupIngress": [ {"CidrIp": "0.0.0.0/0"}, {"CidrIp": "::/0"} ] }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const j = ok(json, 'x.json');
    expect(j.syntax).toBe('json');
    expect(j.locate(['Resources'])).toEqual({ line: 2, column: 3 });
    expect(j.locate(['Resources', 'Sg', 'Type'])).toEqual({ line: 4, column: 7 });
    expect(j.locate(['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 1])).toEqual({ line: 5, column: 74 });
    expect(j.locate(['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 1, 'CidrIp'])).toEqual({ line: 5, column: 75 });
    expect(j.locate(['Resources', 'Sg', 'Properties', 'Missing'])).toEqual({ line: 5, column: 7 });
  });

  it('CRLF line ends count as one line break', () => {
    const crlf = ok('Resources:\r\n  A:\r\n    Type: AWS::SNS::Topic\r\n');
    expect(crlf.locate(['Resources', 'A', 'Type'])).toEqual({ line: 3, column: 5 });
    expect(crlf.lineText(3)).toBe('    Type: AWS::SNS::Topic');
  });

  const anchors = [
    'Base: &base', //                   1
    '  Port: 22', //                    2
    '  Cidr: 10.0.0.0/8', //            3
    'Resources:', //                    4
    '  A:', //                          5
    '    <<: *base', //                 6
    '    Cidr: 0.0.0.0/0', //           7
    '  B:', //                          8
    '    Rules:', //                    9
    '      - &rule {Port: 22}', //     10
    '  C:', //                         11
    '    Rules:', //                   12
    '      - *rule', //                13
    '    Merged:', //                  14
    '      <<: [*base, {Other: 1}]', // 15
  ].join('\n');

  it('merge keys merge: explicit keys win, then earlier sources', () => {
    const b = ok(anchors).body['Resources'] as Record<string, Record<string, unknown>>;
    expect(b['A']).toEqual({ Port: 22, Cidr: '0.0.0.0/0' });
    expect(b['C']!['Merged']).toEqual({ Port: 22, Cidr: '10.0.0.0/8', Other: 1 });
    expect(Object.keys(b['A']!)).not.toContain('<<');
  });

  it('a value reached through a merge key or an alias points at the `<<` or alias line of this resource', () => {
    const m = ok(anchors);
    expect(m.locate(['Resources', 'A', 'Cidr'])).toEqual({ line: 7, column: 5 });
    expect(m.locate(['Resources', 'A', 'Port'])).toEqual({ line: 6, column: 5 });
    expect(m.locate(['Resources', 'B', 'Rules', 0, 'Port'])).toEqual({ line: 10, column: 16 });
    expect(m.locate(['Resources', 'C', 'Rules', 0, 'Port'])).toEqual({ line: 13, column: 9 });
    expect(m.locate(['Resources', 'C', 'Merged', 'Other'])).toEqual({ line: 15, column: 7 });
  });
});

describe('duplicate keys are errors with a position', () => {
  it.each([
    ['YAML block', 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n  A:\n    Type: AWS::SQS::Queue\n', 4, 3, '"A"'],
    ['YAML nested', 'Resources:\n  Sg:\n    Properties:\n      CidrIp: 10.0.0.0/8\n      CidrIp: 0.0.0.0/0\n', 5, 7, '"CidrIp"'],
    ['YAML flow', 'Resources: {A: 1, B: 2, A: 3}\n', 1, 25, '"A"'],
    ['YAML quoted', 'A: 1\n"A": 2\n', 2, 1, '"A"'],
    ['YAML single-quoted', "A: 1\n'A': 2\n", 2, 1, "'A'"],
    ['YAML boolean spellings of one key are still one key as written', 'On: a\nOn: b\n', 2, 1, '"On"'],
    ['YAML in a sequence item', 'L:\n  - K: 1\n    K: 2\n', 3, 5, '"K"'],
    ['YAML after a merge is fine, twice is not', 'B: &b {K: 1}\nA:\n  <<: *b\n  K: 2\n  K: 3\n', 5, 3, '"K"'],
    ['JSON', '{\n  "Resources": {\n    "A": {},\n    "A": {}\n  }\n}', 4, 5, '"A"'],
    ['JSON nested', '{"Resources": {"Sg": {"Properties": {"CidrIp": "10.0.0.0/8", "CidrIp": "0.0.0.0/0"}}}}', 1, 62, '"CidrIp"'],
  ])('%s', (_, text, line, column, key) => {
    const e = err(text);
    expect(e).toMatchObject({ file: 'template.yaml', line, column });
    expect(e.message).toBe(`duplicate key ${key}`);
  });

  it.skipIf(!existsSync(corpusBad))('the corpus duplicate-key files are errors, not a silent first or last value', () => {
    for (const f of ['duplicate_keys.json', 'duplicate_keys.yaml']) {
      const e = err(readFileSync(join(corpusBad, f), 'utf8'), f);
      expect(e.message).toMatch(/^duplicate key "/);
      expect(e.line).toBeGreaterThan(1);
    }
  });
});

describe('encodings and odd files', () => {
  it('a UTF-8 BOM is accepted in YAML and JSON, and positions ignore it', () => {
    const y = ok('\uFEFFResources:\n  A:\n    Type: AWS::SNS::Topic\n');
    expect(y.body).toEqual({ Resources: { A: { Type: 'AWS::SNS::Topic' } } });
    expect(y.locate(['Resources'])).toEqual({ line: 1, column: 1 });
    const j = ok('\uFEFF{"Resources": {"A": {"Type": "AWS::SNS::Topic"}}}', 'x.json');
    expect(j.syntax).toBe('json');
    expect(j.locate(['Resources', 'A'])).toEqual({ line: 1, column: 16 });
  });

  it('the syntax follows the content, not the extension', () => {
    expect(ok('Resources: {}\n', 'x.json').syntax).toBe('yaml');
    expect(ok('  {"Resources": {}}', 'x.yaml').syntax).toBe('json');
  });

  it.each([
    ['', /empty/],
    ['  \n\t\n', /empty/],
    ['# only a comment\n', /^the file has no content/],
    ['# a\n\n# b\n', /^the file has no content/],
    ['---\n', /top level is empty/],
    ['- a\n- b\n', /top level is a list/],
    ['"just text"', /top level is a string/],
    ['42', /top level is a number/],
    ['a: 1\n---\nb: 2\n', /more than one YAML document/],
    ['Resources:\n  A: \u0000\n', /NUL/],
    ['{"a": "unterminated', /JSON/],
    ['a: [1, 2\n', /YAML/],
  ])('%j is an error, not a template', (text, message) => {
    expect(err(text).message).toMatch(message);
  });

  it('a U+FFFD character is valid text (invalid UTF-8 bytes are refused where files are decoded, see discover tests)', () => {
    expect(ok('Resources:\n  A: {Type: AWS::SNS::Topic, Properties: {TopicName: caf\uFFFD}}\n').body).toEqual({
      Resources: { A: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'caf\uFFFD' } } },
    });
  });

  it('broken JSON in a .json file is a JSON error; in another file, YAML flow style is tried before giving up', () => {
    expect(err('{"a": 1,}', 'x.json').message).toMatch(/^JSON: /);
    expect(err('{"a": 1 // no comments\n}', 'x.json').message).toMatch(/^JSON: comments/);
    expect(ok('{Resources: {A: {Type: AWS::SNS::Topic}}}', 'x.yaml').body).toEqual({ Resources: { A: { Type: 'AWS::SNS::Topic' } } });
    expect(err('{"a": [1, }', 'x.template').message).toMatch(/^JSON: /);
  });

  it('an error names the file and a 1-based line and column', () => {
    const e = err('Resources:\n  A:\n    Type: [unclosed\n', 'dir/t.yaml');
    expect(e.file).toBe('dir/t.yaml');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.column).toBeGreaterThanOrEqual(1);
  });

  it('YAML 1.1 scalars as CloudFormation reads them: yes/off are booleans, dates stay text, 010 is octal', () => {
    expect(body('A: yes\nB: off\nC: 2012-10-17\nD: 0x0CEA\nE: 010\nF: ~\nG: .inf\n')).toEqual({ A: true, B: false, C: '2012-10-17', D: 3306, E: 8, F: null, G: '.inf' });
  });

  it('JSON numbers that do not fit a double are kept as their text', () => {
    expect(body('{"A": 1e400, "B": 123456789012345678901234567890, "C": 22, "D": 1.5}')).toEqual({ A: '1e400', B: '123456789012345678901234567890', C: 22, D: 1.5 });
  });

  it('__proto__ keys are plain data and never reach the prototype', () => {
    for (const text of ['{"__proto__": {"polluted": true}, "Resources": {}}', '__proto__:\n  polluted: true\nResources: {}\n']) {
      const b = body(text);
      expect(Object.keys(b)).toContain('__proto__');
      expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });
});

describe('hostile structure', () => {
  const bomb = [
    'Resources:',
    '  Bomb:',
    '    Type: AWS::SNS::Topic',
    '    Metadata:',
    '      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'.split('').map((c, i) => `      ${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    '    Properties:',
    '      Tags: [{Key: boom, Value: *i}]',
  ].join('\n');

  it('an alias bomb (9^9 leaves if expanded) parses and its aliases are shared, not copied', () => {
    const t = ok(bomb);
    expect(distinctNodes(t.body)).toBeLessThan(100);
    const res = (t.body['Resources'] as Record<string, { Metadata: Record<string, unknown[]>; Properties: { Tags: { Value: unknown }[] } }>)['Bomb']!;
    const i = res.Metadata['i']!;
    expect(res.Properties.Tags[0]!.Value).toBe(i);
    expect(i).toHaveLength(9);
    expect(i[0]).toBe(i[8]);
    expect(i[0]).toBe(res.Metadata['h']);
    expect(res.Metadata['b']![0]).toBe(res.Metadata['a']);
  });

  it.skipIf(!existsSync(corpusBad))('the corpus alias bomb parses without expanding its aliases', () => {
    const t = ok(readFileSync(join(corpusBad, 'alias_bomb_billion_laughs.yaml'), 'utf8'));
    expect(distinctNodes(t.body)).toBeLessThan(100);
  });

  const deepJson = (n: number) => `{"Resources": {"A": {"Metadata": ${'['.repeat(n)}${']'.repeat(n)}}}}`;
  const deepFlow = (n: number) => `Resources:\n  A:\n    Metadata: ${'['.repeat(n)}${']'.repeat(n)}\n`;
  const deepBlock = (n: number) => `Resources:\n  A:\n    Metadata:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(6 + i)}k${i}:`).join('\n')} x\n`;

  it('moderate nesting parses', () => {
    expect(ok(deepJson(200)).body).toBeTruthy();
    expect(ok(deepFlow(200)).body).toBeTruthy();
    expect(ok(deepBlock(200)).body).toBeTruthy();
  });

  it.each([
    ['JSON, 1,000 levels', deepJson(1000)],
    ['JSON, 100,000 levels', deepJson(100_000)],
    ['YAML flow, 1,000 levels', deepFlow(1000)],
    ['YAML flow, 50,000 levels', deepFlow(50_000)],
    ['YAML block, 1,100 levels', deepBlock(1100)],
    ['YAML block, 3,000 levels', deepBlock(3000)],
  ])('%s: a clean error naming the depth, no exception', (_, text) => {
    let r: ParseResult | undefined;
    expect(() => (r = parse(text))).not.toThrow();
    expect(r!.ok).toBe(false);
    if (!r!.ok) expect(r!.error.message).toMatch(/nest/);
  });

  it.skipIf(!existsSync(corpusBad))('the corpus deep-nesting files give clean errors', () => {
    for (const f of ['deep_nesting_1000_dict.json', 'deep_nesting_1000_list.yaml', 'deep_nesting_1000_block.yaml', 'deep_intrinsic_1000.json']) {
      const r = parse(readFileSync(join(corpusBad, f), 'utf8'), f);
      expect(r.ok, f).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toMatch(/nest/);
        expect(r.error.line).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
