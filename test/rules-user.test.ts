/**
 * User rules (--rules): a directory of rule YAML files or the original audit-Lambda list. What loads,
 * what is refused (with the file and the rule named), and what the loaded rules find.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { RuleError } from '../src/rules/schema.js';
import { loadUserRules, mergeCatalogue, runAudit, UsageError } from '../src/adapters/run.js';
import { regexProblem } from '../src/rules/regex-safety.js';
import { auditText } from './helpers/audit.js';
import { ruleFileRefusal } from './helpers/rule-files.js';

const dir = join(import.meta.dirname, '../fixtures/user-rules');
const rule = (extra: string) => ['id: MyRule', 'title: t', 'risk: 3', "resourceTypes: ['*']", 'description: d', 'message: m', 'remediation: r', extra].join('\n');

/** The error a rule file is refused with. */
const refusal = (text: string, file = 'my-rules.yaml'): RuleError => ruleFileRefusal(text, file);

describe('refused rule files', () => {
  it('an unsafe regex is refused, naming the file, the rule and why', () => {
    const e = refusal(rule("kind: regex\npattern: '(a+)+$'"));
    expect(e).toMatchObject({ file: 'my-rules.yaml', ruleId: 'MyRule', code: 'pattern', key: 'pattern', line: 9, column: 10 });
    expect(e.message).toMatch(/^my-rules\.yaml:9:10 \(rule MyRule\): pattern: pattern refused: .*backtrack/);
  });

  it.each([['(a+)+$'], ['(x+x+)+y'], ['(.*a){12}'], ['x'.repeat(1001)], ['(unclosed']])('regexProblem(%j) gives a reason', (p) => {
    expect(regexProblem(p)).toEqual(expect.any(String));
  });

  it.each([['^(t1|m1)\\.'], ['"FromPort":22[,}].*"CidrIp":"0\\.0\\.0\\.0/0"'], ['\\bAdministratorAccess\\b']])('regexProblem(%j) accepts a plain pattern', (p) => {
    expect(regexProblem(p)).toBeNull();
  });

  it('an unsafe pattern inside a path assertion is refused too', () => {
    expect(refusal(rule("kind: path\ngiven: $.Properties.Name\nassert: {not: {matches: '(a+)+$'}}"))).toMatchObject({
      code: 'pattern',
      key: 'assert.not.matches',
      line: 10,
      column: 25,
    });
    expect(refusal(rule("kind: path\nall:\n  - given: $.a\n    assert: {exists: true}\n  - given: $.b\n    assert: {any: [{equals: x}, {matches: '(x+x+)+y'}]}"))).toMatchObject({
      code: 'pattern',
      key: 'all[1].assert.any[1].matches',
      line: 13,
    });
    expect(refusal(rule("kind: path\nwhen: {given: $.a, assert: {notMatches: '(a|aa)*b'}}\ngiven: $.b\nassert: {exists: true}"))).toMatchObject({
      code: 'pattern',
      key: 'when.assert.notMatches',
      line: 9,
    });
  });

  it.each([['$..[?(@.x)]'], ['$.Properties[?(@.Port > 1)]'], ['$..[(@.length-1)]']])('a JSONPath filter or script %s is refused', (given) => {
    expect(refusal(rule(`kind: path\ngiven: '${given}'\nassert: {exists: false}`))).toMatchObject({ code: 'jsonpath', key: 'given', line: 9, column: 8 });
    expect(refusal(rule(`kind: path\nany:\n  - {given: $.a, assert: {exists: true}}\n  - {given: '${given}', assert: {exists: false}}`))).toMatchObject({
      code: 'jsonpath',
      key: 'any[1].given',
      line: 11,
    });
    expect(refusal(rule(`kind: path\nwhen: [{given: '${given}', assert: {exists: true}}]\ngiven: $.a\nassert: {exists: true}`))).toMatchObject({
      code: 'jsonpath',
      key: 'when[0].given',
      line: 9,
    });
  });

  it('a JSONPath filter in a regex rule is refused as well', () => {
    expect(refusal(rule("kind: regex\npattern: x\ngiven: '$..[?(@.x)]'"))).toMatchObject({ code: 'jsonpath', key: 'given', line: 10 });
  });

  it('an unknown key is refused by name', () => {
    const e = refusal(rule('kind: path\ngiven: $.Properties.X\nasert: {exists: true}'));
    expect(e).toMatchObject({ code: 'schema', key: 'asert', line: 10, column: 1 });
    expect(e.problem).toMatch(/unknown key "asert"/);
  });

  it.each([
    ['an unknown key', 'kind: path\ngiven: $.a\nassert: {exists: true}\nrisk2: 1', 'risk2', 11, /unknown key "risk2"/],
    ['an unknown kind', 'kind: script', 'kind', 8, /expected "check" or "path" or "regex"/],
    ['a path rule without assert', 'kind: path\ngiven: $.a', null, 1, /needs either `assert` with `given` or `property`, or `all`, or `any`/],
    ['a path rule with both given and all', 'kind: path\ngiven: $.a\nassert: {exists: true}\nall: [{given: $.b, assert: {exists: true}}]', null, 1, /one of the three/],
    ['a path rule with an empty all', 'kind: path\nall: []', 'all', 9, /at least 1/],
    ['a clause without assert in all', 'kind: path\nall: [{given: $.b}]', 'all[0]', 9, /missing required key "assert"/],
    [
      'a when clause with an unknown key',
      'kind: path\nwhen: {given: $.a, assert: {exists: true}, absnt: fail}\ngiven: $.b\nassert: {exists: true}',
      'when.absnt',
      9,
      /unknown key "absnt"/,
    ],
    ['given not starting with $', 'kind: path\ngiven: Properties.a\nassert: {exists: true}', 'given', 9, /does not match/],
    ['an assertion with two operators', 'kind: path\ngiven: $.a\nassert: {exists: true, equals: 1}', 'assert', 10, /exactly one operator/],
    ['an unknown operator', 'kind: path\ngiven: $.a\nassert: {greaterThan: 1}', 'assert', 10, /exactly one operator/],
    ['a nested operator of the wrong kind', 'kind: path\ngiven: $.a\nassert: {not: {exists: maybe}}', 'assert.not.exists', 10, /expected true or false/],
    ['bad regex flags', 'kind: regex\npattern: x\nflags: g', 'flags', 10, /does not match/],
    ['unknown equivalents', "kind: regex\npattern: x\nequivalents: {snyk: ['x']}", 'equivalents.snyk', 10, /unknown key "snyk"/],
    ['a check option on a path rule', 'kind: path\ngiven: $.a\nassert: {exists: true}\noptions: {x: 1}', 'options', 11, /unknown key "options"/],
  ])('%s is refused at its line, naming the key', (_, extra, key, line, message) => {
    const e = refusal(rule(extra));
    expect(e).toMatchObject({ file: 'my-rules.yaml', ruleId: 'MyRule', code: 'schema', key, line });
    expect(e.problem).toMatch(message);
  });

  it('a missing or lower-case id is refused, naming the key', () => {
    expect(refusal('title: t\nkind: path\ngiven: $.a\nassert: {exists: true}')).toMatchObject({
      ruleId: null,
      key: null,
      line: 1,
      problem: expect.stringMatching(/missing required key "id"/),
    });
    expect(refusal(rule('kind: path\ngiven: $.a\nassert: {exists: true}').replace('id: MyRule', 'id: my_rule'))).toMatchObject({
      key: 'id',
      line: 1,
      column: 5,
      problem: expect.stringMatching(/PascalCase/),
    });
  });

  it('a risk outside 1-10 is refused', () => {
    expect(refusal(rule('kind: regex\npattern: x').replace('risk: 3', 'risk: 11'))).toMatchObject({ key: 'risk', line: 3, column: 7, problem: 'must be at most 10, got 11' });
    expect(refusal(rule('kind: regex\npattern: x').replace('risk: 3', 'risk: 2.5'))).toMatchObject({ key: 'risk', line: 3, problem: expect.stringMatching(/whole number/) });
  });

  it('in a list of rules, the error names the entry and its line', () => {
    const text = `rules:\n  - ${rule('kind: regex\npattern: x').split('\n').join('\n    ')}\n  - ${rule('kind: regex\npattern: x').replace('id: MyRule', 'id: Second').replace('risk: 3', 'risk: 0').split('\n').join('\n    ')}\n`;
    expect(refusal(text)).toMatchObject({ ruleId: 'Second', key: 'risk', line: 13 });
  });

  it('text that is not YAML is refused with the file and line named', () => {
    expect(refusal('id: [unclosed', 'broken.yaml')).toMatchObject({ file: 'broken.yaml', code: 'syntax', line: 1 });
    expect(refusal('a: 1\na: 2\n', 'dup.yaml')).toMatchObject({ file: 'dup.yaml', code: 'syntax', line: 2 });
  });
});

describe('loading from files (--rules)', () => {
  it('a directory loads every .yaml/.yml/.json rule file and ignores other files', async () => {
    const rules = await loadUserRules([join(dir, 'pack')], dir);
    expect(rules.map((r) => r.id).sort()).toEqual(['LegacyInstanceType', 'TopicWithoutKms']);
    const kms = rules.find((r) => r.id === 'TopicWithoutKms')!;
    expect(kms).toMatchObject({ kind: 'path', risk: 4, source: 'pack/TopicWithoutKms.yaml', equivalents: { cfn_nag: [], checkov: ['CKV_AWS_26'], cdk_nag: [] } });
  });

  it('the original audit-Lambda list loads as-is: inactive entries skipped, categories kept', async () => {
    const rules = await loadUserRules(['legacy/rules.json'], dir);
    expect(rules.map((r) => [r.id, r.risk, r.kind, r.category, r.kind === 'regex' ? r.typeContains : undefined])).toEqual([
      ['SSHOpenToWorldLegacy', 5, 'regex', 'SecurityGroup', 'SecurityGroup'],
      ['TestTag', 1, 'regex', 'EC2Instance', 'AWS::EC2::Instance'],
    ]);
    // "Retired" is inactive, so its unsafe pattern does not matter.
    expect(rules.some((r) => r.id === 'Retired')).toBe(false);
  });

  it('an unsafe regex in an active legacy entry is refused naming that entry', async () => {
    await expect(loadUserRules(['bad/legacy-unsafe.json'], dir)).rejects.toThrow(/^bad\/legacy-unsafe\.json:\d+:\d+ \(rule Nested\): ruledata: pattern refused/);
  });

  it.each([
    ['bad/unsafe-regex.yaml', /^bad\/unsafe-regex\.yaml:\d+:\d+ \(rule Backtracks\): pattern: pattern refused/],
    ['bad/jsonpath-filter.yaml', /^bad\/jsonpath-filter\.yaml:\d+:\d+ \(rule FilterScript\): given: `given` may not use JSONPath filter/],
    ['bad/unknown-key.yaml', /^bad\/unknown-key\.yaml:\d+:\d+ \(rule Misspelt\): asert: unknown key "asert"/],
    ['nowhere/', /--rules nowhere\/: no such file or directory/],
  ])('%s is a usage error', async (p, message) => {
    const e = await loadUserRules([p], dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toMatch(message);
  });

  it('a rule reusing a built-in id is refused', async () => {
    const user = await loadUserRules(['bad/builtin-id.yaml'], dir);
    expect(() => mergeCatalogue(user)).toThrow(/bad\/builtin-id\.yaml: rule id SSHOpenToWorld is already defined by a built-in rule/);
  });

  it('the same id in two user files is refused, naming both', async () => {
    const user = await loadUserRules(['pack', 'pack/TopicWithoutKms.yaml'], dir);
    expect(() => mergeCatalogue(user)).toThrow(/rule id TopicWithoutKms is already defined in pack\/TopicWithoutKms\.yaml/);
  });

  it('a rule naming a built-in check that does not exist stops the run with a usage error', async () => {
    await expect(runAudit({ inputs: [join(import.meta.dirname, '../examples/web-stack.yaml')], cwd: dir, rulePaths: ['bad/unknown-check.yaml'] })).rejects.toThrow(
      /unknown-check\.yaml:\d+:\d+ \(rule \w+\): check: expected one of the \d+ names the schema lists, got the string "doesNotExist"/,
    );
  });
});

describe('what user rules find', () => {
  const template = [
    'Resources:',
    '  Open:',
    '    Type: AWS::EC2::SecurityGroup',
    '    Properties:',
    '      GroupDescription: x',
    '      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]',
    '  Closed:',
    '    Type: AWS::EC2::SecurityGroup',
    '    Properties:',
    '      GroupDescription: x',
    '      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/16}]',
    '  Web:',
    '    Type: AWS::EC2::Instance',
    '    Properties:',
    '      InstanceType: m1.small',
    '      Tags: [{Key: Environment, Value: test}]',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
  ].join('\n');

  it('a legacy regex matches each resource’s compact JSON and the finding is on that resource', async () => {
    const rules = await loadUserRules(['legacy/rules.json'], dir);
    const stack = auditText(template, { rules });
    expect(stack.findings.map((f) => [f.ruleId, f.logicalId, f.risk, f.path.join('/')])).toEqual([
      ['SSHOpenToWorldLegacy', 'Open', 5, 'Resources/Open'],
      ['TestTag', 'Web', 1, 'Resources/Web'],
    ]);
    expect(stack.findings[0]!.line).toBe(2);
    expect(stack.score).toBe(6);
  });

  it('path and regex rules from a directory find their resources', async () => {
    const rules = await loadUserRules(['pack'], dir);
    const stack = auditText(template, { rules });
    expect(stack.findings.map((f) => [f.ruleId, f.logicalId, f.path.join('/'), f.data['value'] ?? null])).toEqual([
      ['LegacyInstanceType', 'Web', 'Resources/Web/Properties/InstanceType', 'm1.small'],
      ['TopicWithoutKms', 'Topic', 'Resources/Topic/Properties', null],
    ]);
  });
});
