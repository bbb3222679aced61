/**
 * Path rules with several assertions (`all:` / `any:`), `when:` applicability clauses and `property:`
 * clauses: what each finds, where, and that a value that cannot be resolved gives `unknown`, never a
 * silent pass.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRuleFile } from '../src/rules/catalogue.js';
import { auditText, findingsOf } from './helpers/audit.js';
import type { Finding } from '../src/types/types.js';
import { renderMessage } from '../src/report/context.js';
import { unknownReasonText } from '../src/report/describe.js';

const rule = (body: string, types = 'AWS::RDS::DBInstance') =>
  ['id: MyRule', 'title: t', 'risk: 3', `resourceTypes: ['${types}']`, 'description: d', "message: '{logicalId}: {property} {value}'", 'remediation: r', 'kind: path', body].join(
    '\n',
  );

const template = (props: string, extra = '') =>
  `${extra}Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n${props
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n')}\n`;

const run = (body: string, props: string, extra = '', parameters?: Record<string, string>): Finding[] =>
  findingsOf(auditText(template(props, extra), { rules: parseRuleFile(rule(body), 'mine.yaml'), ...(parameters ? { parameters } : {}) }), 'MyRule');
const summary = (fs: readonly Finding[]) => fs.map((f) => [f.outcome, f.path.slice(2).join('.')]);

const WHEN_MYSQL = 'when: {given: $.Properties.Engine, assert: {in: [mysql, postgres]}}';
const ENCRYPTED = 'given: $.Properties.StorageEncrypted\nassert: {equals: true}\nabsent: fail';

describe('when: the rule applies only where the clause holds', () => {
  it.each([
    ['an engine in the list, unencrypted', 'Engine: mysql\nStorageEncrypted: false', [['fail', 'Properties.StorageEncrypted']]],
    ['an engine in the list, encrypted', 'Engine: postgres\nStorageEncrypted: true', []],
    ['an engine outside the list', 'Engine: oracle-ee\nStorageEncrypted: false', []],
    ['no engine at all (absent does not meet a when clause)', 'StorageEncrypted: false', []],
    ['an engine chosen by Fn::If, one branch in the list', 'Engine: !If [Prod, mysql, oracle-ee]\nStorageEncrypted: false', [['fail', 'Properties.StorageEncrypted']]],
  ])('%s', (_, props, expected) => {
    const extra = 'Conditions:\n  Prod: !Equals [!Ref AWS::Region, us-east-1]\n';
    expect(summary(run(`${WHEN_MYSQL}\n${ENCRYPTED}`, props, extra))).toEqual(expected);
  });

  it.each([
    ['a parameter without a value', 'Parameters:\n  Eng: {Type: String}\n', 'Engine: !Ref Eng\nStorageEncrypted: false', 'Properties.Engine'],
    ['an import from another stack', '', 'Engine: !ImportValue shared-engine\nStorageEncrypted: true', 'Properties.Engine'],
    ['a whole Properties block from a parameter-driven intrinsic', 'Parameters:\n  Eng: {Type: String}\n', 'Engine: !Sub "${Eng}"\nStorageEncrypted: true', 'Properties.Engine'],
  ])('an engine that cannot be resolved (%s) is unknown, even when the asserted property passes', (_, extra, props, at) => {
    const fs = run(`${WHEN_MYSQL}\n${ENCRYPTED}`, props, extra);
    expect(summary(fs)).toEqual([['unknown', at]]);
    expect(unknownReasonText(fs[0]!)).toMatch(/ImportValue|parameter Eng/);
  });

  it('a parameter value resolves the when clause', () => {
    const extra = 'Parameters:\n  Eng: {Type: String}\n';
    expect(summary(run(`${WHEN_MYSQL}\n${ENCRYPTED}`, 'Engine: !Ref Eng\nStorageEncrypted: false', extra, { Eng: 'mysql' }))).toEqual([['fail', 'Properties.StorageEncrypted']]);
    expect(run(`${WHEN_MYSQL}\n${ENCRYPTED}`, 'Engine: !Ref Eng\nStorageEncrypted: false', extra, { Eng: 'oracle-ee' })).toEqual([]);
  });

  it('a list of when clauses must all hold; `absent: pass` makes a missing value meet the clause', () => {
    const body = `when:\n- {given: $.Properties.Engine, assert: {in: [mysql]}}\n- {given: $.Properties.DBClusterIdentifier, assert: {exists: false}, absent: pass}\n${ENCRYPTED}`;
    expect(summary(run(body, 'Engine: mysql'))).toEqual([['fail', 'Properties']]);
    expect(run(body, 'Engine: mysql\nDBClusterIdentifier: c1')).toEqual([]);
    expect(run(body, 'Engine: oracle-ee')).toEqual([]);
  });

  it('a property when clause follows Fn::If inside the path', () => {
    const body = `when: {property: Config.Engine, assert: {equals: mysql}}\n${ENCRYPTED}`;
    const extra = 'Conditions:\n  Prod: !Equals [!Ref AWS::Region, us-east-1]\n';
    expect(summary(run(body, 'Config: !If [Prod, {Engine: mysql}, {Engine: oracle-ee}]', extra))).toEqual([['fail', 'Properties']]);
    expect(run(body, 'Config: {Engine: oracle-ee}')).toEqual([]);
  });
});

describe('all: every clause must hold; the first that does not is reported', () => {
  const body = `all:\n- {given: $.Properties.StorageEncrypted, assert: {equals: true}, absent: fail}\n- {given: $.Properties.DeletionProtection, assert: {equals: true}}`;
  it.each([
    ['both hold', 'StorageEncrypted: true\nDeletionProtection: true', []],
    ['the first fails', 'StorageEncrypted: false\nDeletionProtection: true', [['fail', 'Properties.StorageEncrypted']]],
    ['the second fails', 'StorageEncrypted: true\nDeletionProtection: false', [['fail', 'Properties.DeletionProtection']]],
    ['both fail: only the first is reported', 'StorageEncrypted: false\nDeletionProtection: false', [['fail', 'Properties.StorageEncrypted']]],
    ['the first is absent and fails', 'DeletionProtection: true', [['fail', 'Properties']]],
    ['the second is absent and passes', 'StorageEncrypted: true', []],
  ])('%s', (_, props, expected) => {
    expect(summary(run(body, props))).toEqual(expected);
  });

  it('an unresolvable value in a clause is unknown, not a pass', () => {
    const extra = 'Parameters:\n  Enc: {Type: String}\n';
    expect(summary(run(body, 'StorageEncrypted: !Ref Enc\nDeletionProtection: true', extra))).toEqual([['unknown', 'Properties.StorageEncrypted']]);
    expect(summary(run(body, 'StorageEncrypted: true\nDeletionProtection: !Ref Enc', extra))).toEqual([['unknown', 'Properties.DeletionProtection']]);
  });

  it('a wildcard clause reports each failing place', () => {
    const b = 'all:\n- {given: "$.Properties.Tags[*].Value", assert: {notMatches: secret}}';
    expect(summary(run(b, 'Tags:\n  - {Key: a, Value: secret1}\n  - {Key: b, Value: ok}\n  - {Key: c, Value: secret2}'))).toEqual([
      ['fail', 'Properties.Tags.0.Value'],
      ['fail', 'Properties.Tags.2.Value'],
    ]);
  });
});

describe('any: one clause holding is enough', () => {
  const body = `any:\n- {given: $.Properties.KmsKeyId, assert: {exists: true}, absent: fail}\n- {given: $.Properties.StorageEncrypted, assert: {equals: true}, absent: fail}`;
  it.each([
    ['the first holds', 'KmsKeyId: k', []],
    ['the second holds', 'StorageEncrypted: true', []],
    ['both hold', 'KmsKeyId: k\nStorageEncrypted: true', []],
    ['neither holds: the first clause is reported', 'StorageEncrypted: false', [['fail', 'Properties']]],
  ])('%s', (_, props, expected) => {
    expect(summary(run(body, props))).toEqual(expected);
  });

  it('no clause holds and one is undecided: unknown, not fail and not pass', () => {
    const extra = 'Parameters:\n  Enc: {Type: String}\n';
    expect(summary(run(body, 'StorageEncrypted: !Ref Enc', extra))).toEqual([['unknown', 'Properties.StorageEncrypted']]);
  });

  it('an undecided clause does not matter when another holds', () => {
    const extra = 'Parameters:\n  Enc: {Type: String}\n';
    expect(run(body, 'KmsKeyId: k\nStorageEncrypted: !Ref Enc', extra)).toEqual([]);
  });
});

describe('property clauses: looked up through intrinsics, reported like built-in checks', () => {
  const body = 'all:\n- {property: Encryption.Type, assert: {equals: KMS}, absent: fail}\n- {property: Encryption.Key, assert: {notMatches: "^\\\\s*$"}, absent: fail}';
  const extra = 'Conditions:\n  Prod: !Equals [!Ref AWS::Region, us-east-1]\nParameters:\n  K: {Type: String}\n';
  it.each([
    ['compliant', 'Encryption: {Type: KMS, Key: alias/x}', []],
    ['absent', 'Other: 1', [['fail', 'Properties', 'Encryption.Type', 'absent']]],
    ['a wrong value', 'Encryption: {Type: NONE, Key: k}', [['fail', 'Properties.Encryption.Type', 'Encryption.Type', 'NONE']]],
    ['the second clause fails', 'Encryption: {Type: kms, Key: " "}', [['fail', 'Properties.Encryption.Key', 'Encryption.Key', ' ']]],
    [
      'Fn::If on the parent mapping, one branch without encryption',
      'Encryption: !If [Prod, {Type: KMS, Key: k}, !Ref AWS::NoValue]',
      [['fail', 'Properties', 'Encryption.Type', 'absent']],
    ],
    ['an unresolvable parent mapping', 'Encryption: !Ref K', [['unknown', 'Properties.Encryption', 'Encryption.Type', undefined]]],
  ])('%s', (_, props, expected) => {
    const fs = run(body, props, extra);
    expect(fs.map((f) => [f.outcome, f.path.slice(2).join('.'), f.data['property'], f.data['value']])).toEqual(expected);
  });

  it('the message renders {property} and {value}', () => {
    const rules = parseRuleFile(rule(body), 'mine.yaml');
    const [f] = run(body, 'Encryption: {Type: NONE, Key: k}', extra);
    expect(renderMessage(rules[0], f!)).toBe('Db: Encryption.Type NONE');
  });
});

describe('unknown is never a silent pass (property)', () => {
  // Whatever an unresolved parameter stands for, a rule over it reports unknown or fail, never nothing.
  it.each([
    ['when', `${WHEN_MYSQL}\n${ENCRYPTED}`, 'Engine: !Ref P\nStorageEncrypted: false'],
    ['all', 'all:\n- {given: $.Properties.StorageEncrypted, assert: {equals: true}}', 'StorageEncrypted: !Ref P'],
    [
      'any',
      'any:\n- {given: $.Properties.StorageEncrypted, assert: {equals: true}}\n- {property: KmsKeyId, assert: {matches: "^arn:"}}',
      'StorageEncrypted: !Ref P\nKmsKeyId: !Ref P',
    ],
    ['property', 'property: StorageEncrypted\nassert: {equals: true}', 'StorageEncrypted: !Ref P'],
  ])('%s', (_, body, props) => {
    fc.assert(
      fc.property(fc.constantFrom('String', 'Number', 'CommaDelimitedList'), (type) => {
        const fs = run(body, props, `Parameters:\n  P: {Type: ${type}}\n`);
        return fs.length > 0 && fs.every((f) => f.outcome === 'unknown' || f.outcome === 'fail');
      }),
      { numRuns: 6 },
    );
  });
});

describe('property clauses with exists: true', () => {
  const body = 'property: Logging.Bucket\nassert: {exists: true}\nabsent: fail';
  const extra = 'Conditions:\n  Prod: !Equals [!Ref AWS::Region, us-east-1]\nParameters:\n  B: {Type: String}\n';
  it.each([
    ['present', 'Logging: {Bucket: b}', []],
    ['computed at deploy time (present, whatever its value)', 'Logging: {Bucket: !GetAtt Other.Arn}', []],
    ['from a parameter without a value (present)', 'Logging: {Bucket: !Ref B}', []],
    ['absent', 'Other: 1', [['fail', 'Properties', []]]],
    [
      'absent in one Fn::If branch (reported on Properties, under that branch)',
      'Logging: !If [Prod, {Bucket: b}, !Ref AWS::NoValue]',
      [['fail', 'Properties', [{ condition: 'Prod', branch: false }]]],
    ],
  ])('%s', (_, props, expected) => {
    const fs = run(body, props, extra);
    expect(fs.map((f) => [f.outcome, f.path.slice(2).join('.'), f.conditions])).toEqual(expected);
    for (const f of fs) expect(f.data).toEqual({ property: 'Logging.Bucket', value: 'absent' });
  });
});
