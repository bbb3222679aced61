/**
 * Plain YAML scalars are read the way CloudFormation reads them (YAML 1.1, SnakeYAML/PyYAML rules):
 * `yes`/`off` are booleans, `026` is octal, `2_2` is 22, dates stay text. One resolver serves both
 * YAML readers; these tables go through both, and through a whole audit where it matters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTemplate } from '../src/load/parse.js';
import { parseYaml } from '../src/load/parse-yaml.js';
import { parseYamlFallback } from '../src/load/parse-yaml-fallback.js';
import { resolvePlain } from '../src/load/cfn-yaml.js';
import { auditText, findingsOf } from './helpers/audit.js';

const readers = [
  ['js-yaml', (t: string) => parseYaml(t).value],
  ['yaml fallback', (t: string) => parseYamlFallback(t).value],
] as const;
const valueOf = (read: (t: string) => unknown, scalar: string): unknown => (read(`V: ${scalar}\n`) as Record<string, unknown>)['V'];

const TABLE: readonly (readonly [string, unknown])[] = [
  // booleans: three spellings each, never mixed case or single letters
  ...['true', 'True', 'TRUE', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['false', 'False', 'FALSE', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
  ...['yEs', 'oN', 'nO', 'tRUE', 'y', 'Y', 'n', 'N', 'yess', 'onn'].map((s) => [s, s] as const),
  // null
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['nULL', 'nULL'],
  // integers
  ['22', 22],
  ['+22', 22],
  ['-22', -22],
  ['0', 0],
  ['026', 22],
  ['-026', -22],
  ['0_26', 22],
  ['2_2', 22],
  ['0b10110', 22],
  ['0b1_0110', 22],
  ['0x16', 22],
  ['0x_16', 22],
  ['0x0CEA', 3306],
  ['1:30', 90],
  ['-1:30', -90],
  ['190:20:30', 685230],
  ['089', '089'],
  ['012345678901', '012345678901'],
  ['0o17', '0o17'],
  ['0b', '0b'],
  ['0x', '0x'],
  ['0b102', '0b102'],
  ['1:60', '1:60'],
  ['123456789012', 123456789012],
  ['123456789012345678901234567890', '123456789012345678901234567890'],
  ['9007199254740993', '9007199254740993'],
  // floats
  ['1.5', 1.5],
  ['-1.5', -1.5],
  ['1.', 1],
  ['.5', 0.5],
  ['1e3', 1000],
  ['1.0e+3', 1000],
  ['1_000.5', 1000.5],
  ['1:30.5', 90.5],
  ['.inf', '.inf'],
  ['-.Inf', '-.Inf'],
  ['+.INF', '+.INF'],
  ['.nan', '.nan'],
  ['.NaN', '.NaN'],
  ['1e400', '1e400'],
  ['.', '.'],
  ['1e', '1e'],
  // text
  ['2010-09-09', '2010-09-09'],
  ['2001-12-14t21:59:43.10-05:00', '2001-12-14t21:59:43.10-05:00'],
  ['10.0.0.0/16', '10.0.0.0/16'],
  ['0.0.0.0/0', '0.0.0.0/0'],
  ['1.2.3', '1.2.3'],
  ['+', '+'],
  ['0:22', '0:22'],
  ['arn:aws:s3:::b', 'arn:aws:s3:::b'],
  ['sun:05:00-sun:06:00', 'sun:05:00-sun:06:00'],
];

describe('plain scalars', () => {
  for (const [name, read] of readers) {
    it.each(TABLE)(`${name}: %s`, (scalar, expected) => {
      expect(valueOf(read, scalar)).toEqual(expected);
    });
  }

  it('quoted, tagged and block scalars are text as written', () => {
    for (const [, read] of readers) {
      expect(read(`A: 'yes'\nB: "026"\nC: !!str on\nD: !Ref yes\nE: |-\n  026\nF: >-\n  off\nG: !Sub 2_2\n`)).toEqual({
        A: 'yes',
        B: '026',
        C: 'on',
        D: { Ref: 'yes' },
        E: '026',
        F: 'off',
        G: { 'Fn::Sub': '2_2' },
      });
    }
  });

  it('explicit core tags convert text the same way, and refuse text that is not of their type', () => {
    expect(parseYaml('A: !!int "026"\nB: !!bool "yes"\nC: !!float "1_0.5"\nD: !!null ""\n').value).toEqual({ A: 22, B: true, C: 10.5, D: null });
    expect(() => parseYaml('A: !!int "twelve"\n')).toThrow();
    expect(() => parseYaml('A: !!bool "maybe"\n')).toThrow();
  });

  it('keys are names, kept as written (a logical id `Off` stays "Off"), by both readers', () => {
    for (const [, read] of readers) expect(read('yes: 1\n026: 2\n"no": 3\nN: 4\n')).toEqual({ yes: 1, '026': 2, no: 3, N: 4 });
  });

  it('in flow collections and sequences too', () => {
    for (const [, read] of readers)
      expect(read('A: [yes, Off, 026, "on", ~]\nB: {c: NO}\nC:\n  - ON\n  - 0b11\n')).toEqual({ A: [true, false, 22, 'on', null], B: { c: false }, C: [true, 3] });
  });

  it('property: the two readers agree on any plain scalar made of YAML 1.1 pieces', () => {
    const piece = fc.constantFrom(
      'yes',
      'No',
      'OFF',
      'on',
      'y',
      'N',
      '0',
      '026',
      '089',
      '0b',
      '0x',
      '1',
      '9',
      '_',
      ':',
      '.',
      'e',
      '+',
      '-',
      'inf',
      'nan',
      'Inf',
      'x',
      '5',
      '59',
      '60',
      '~',
      'null',
    );
    const scalar = fc.array(piece, { minLength: 1, maxLength: 4 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(scalar, (s) => {
        let fast: unknown;
        try {
          fast = valueOf(readers[0][1], s);
        } catch {
          return; // not a plain scalar at all (e.g. a leading `-` item marker or `:`): nothing to compare
        }
        expect(valueOf(readers[1][1], s)).toEqual(fast);
        expect(fast).toEqual(resolvePlain(s));
      }),
      { seed: 1126, numRuns: 400 },
    );
  });
});

describe('what it changes for an audit', () => {
  const rds = (value: string) =>
    `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n      Engine: mysql\n      DBSubnetGroupName: private\n      PubliclyAccessible: ${value}\n`;

  it.each(['yes', 'Yes', 'YES', 'on', 'ON', 'true'])('PubliclyAccessible: %s is a public database', (v) => {
    expect(findingsOf(auditText(rds(v)), 'RdsInstancePublic')).toHaveLength(1);
  });

  it.each(['no', 'Off', 'false', "'no'"])('PubliclyAccessible: %s is not', (v) => {
    expect(findingsOf(auditText(rds(v)), 'RdsInstancePublic').filter((f) => f.outcome === 'fail')).toEqual([]);
  });

  const sg = (from: string, to: string) =>
    `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: d\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: ${from}\n          ToPort: ${to}\n          CidrIp: 0.0.0.0/0\n`;

  it.each([
    ['026', '026'],
    ['2_2', '2_2'],
    ['0b10110', '0x16'],
  ])('port %s-%s is port 22: SSH open to the world', (from, to) => {
    expect(findingsOf(auditText(sg(from, to)), 'SSHOpenToWorld')).toHaveLength(1);
  });

  it("port '026' (quoted) is not port 22", () => {
    expect(findingsOf(auditText(sg("'026'", "'026'")), 'SSHOpenToWorld')).toEqual([]);
  });

  it('the same body in JSON and in YAML with 1.1 scalars gives the same findings', () => {
    const json = JSON.stringify({
      Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { DBInstanceClass: 'db.t3.micro', Engine: 'mysql', DBSubnetGroupName: 'p', PubliclyAccessible: true } } },
    });
    const a = auditText(json, { file: 't.json' }).findings.map((f) => [f.ruleId, f.outcome]);
    const b = auditText(rds('yes').replace('DBSubnetGroupName: private', 'DBSubnetGroupName: p')).findings.map((f) => [f.ruleId, f.outcome]);
    expect(b).toEqual(a);
  });

  it('parseTemplate gives the same body through both syntaxes', () => {
    const y = parseTemplate({ file: 't.yaml', text: 'Resources:\n  A:\n    Type: X\n    Properties: {P: on, Q: 010, R: 2_000}\n' });
    const j = parseTemplate({ file: 't.json', text: '{"Resources": {"A": {"Type": "X", "Properties": {"P": true, "Q": 8, "R": 2000}}}}' });
    expect(y.ok && j.ok && y.template.body).toEqual(j.ok && j.template.body);
  });
});

describe('keys are names, not YAML 1.1 scalars', () => {
  it.each([['Off'], ['Yes'], ['ON'], ['no']])('a logical id or condition named %s keeps its name', (name) => {
    const r = parseTemplate({ file: 'k.yaml', text: `Conditions:\n  ${name}: !Equals [a, b]\nResources:\n  ${name}: {Type: AWS::SNS::Topic, Properties: {TopicName: ${name}}}\n` });
    if (!r.ok) throw new Error(r.error.message);
    expect(Object.keys(r.template.body['Resources'] as object)).toEqual([name]);
    expect(Object.keys(r.template.body['Conditions'] as object)).toEqual([name]);
    // The value is still read the way CloudFormation reads it.
    expect(typeof (r.template.body['Resources'] as Record<string, { Properties: { TopicName: unknown } }>)[name]!.Properties.TopicName).toBe('boolean');
  });
});
