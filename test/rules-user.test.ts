/**
 * User rules (--rules): a directory of rule YAML files or the original audit-Lambda list. What loads,
 * what is refused (with the file and the rule named), and what the loaded rules find.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseRuleFile } from '../src/rules/catalogue.js';
import { RuleError } from '../src/rules/schema.js';
import { loadUserRules, mergeCatalogue, runAudit, UsageError } from '../src/adapters/run.js';
import { regexProblem } from '../src/rules/regex-safety.js';
import { auditText } from './helpers/audit.js';

const dir = join(import.meta.dirname, '../fixtures/user-rules');
const rule = (extra: string) => ['id: MyRule', 'title: t', 'risk: 3', "resourceTypes: ['*']", 'description: d', 'message: m', 'remediation: r', extra].join('\n');

/** The error a rule file is refused with. */
const refusal = (text: string, file = 'my-rules.yaml'): RuleError => {
  try {
    parseRuleFile(text, file);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('the rule file was accepted');
};

describe('refused rule files', () => {
  it('an unsafe regex is refused, naming the file, the rule and why', () => {
    const e = refusal(rule("kind: regex\npattern: '(a+)+$'"));
    expect(e.message).toMatch(/^my-rules\.yaml \(rule MyRule\): pattern refused: .*backtrack/);
    expect(e.ruleId).toBe('MyRule');
  });

  it.each([['(a+)+$'], ['(x+x+)+y'], ['(.*a){12}'], ['x'.repeat(1001)], ['(unclosed']])('regexProblem(%j) gives a reason', (p) => {
    expect(regexProblem(p)).toEqual(expect.any(String));
  });

  it.each([['^(t1|m1)\\.'], ['"FromPort":22[,}].*"CidrIp":"0\\.0\\.0\\.0/0"'], ['\\bAdministratorAccess\\b']])('regexProblem(%j) accepts a plain pattern', (p) => {
    expect(regexProblem(p)).toBeNull();
  });

  it('an unsafe pattern inside a path assertion is refused too', () => {
    expect(refusal(rule("kind: path\ngiven: $.Properties.Name\nassert: {not: {matches: '(a+)+$'}}")).message).toMatch(/\(rule MyRule\): pattern refused/);
  });

  it.each([['$..[?(@.x)]'], ['$.Properties[?(@.Port > 1)]'], ['$..[(@.length-1)]']])('a JSONPath filter or script %s is refused', (given) => {
    expect(refusal(rule(`kind: path\ngiven: '${given}'\nassert: {exists: false}`)).message).toMatch(/\(rule MyRule\): `given` may not use JSONPath filter or script expressions/);
  });

  it('a JSONPath filter in a regex rule is refused as well', () => {
    expect(refusal(rule("kind: regex\npattern: x\ngiven: '$..[?(@.x)]'")).message).toMatch(/filter or script/);
  });

  it('an unknown key is refused by name', () => {
    expect(refusal(rule('kind: path\ngiven: $.Properties.X\nasert: {exists: true}')).message).toMatch(/\(rule MyRule\): unknown key `asert`/);
  });

  it.each([
    ['a risk outside 1-10', 'kind: path\ngiven: $.a\nassert: {exists: true}\nrisk2: 1', /unknown key `risk2`/],
    ['an unknown kind', 'kind: script', /`kind` must be regex, path or check/],
    ['a path rule without assert', 'kind: path\ngiven: $.a', /needs `assert`/],
    ['given not starting with $', 'kind: path\ngiven: Properties.a\nassert: {exists: true}', /starting with \$/],
    ['an assertion with two operators', 'kind: path\ngiven: $.a\nassert: {exists: true, equals: 1}', /exactly one operator/],
    ['an unknown operator', 'kind: path\ngiven: $.a\nassert: {greaterThan: 1}', /exactly one operator/],
    ['bad regex flags', 'kind: regex\npattern: x\nflags: g', /flags/],
    ['unknown equivalents', "kind: regex\npattern: x\nequivalents: {snyk: ['x']}", /unknown equivalents key `snyk`/],
  ])('%s is refused', (_, extra, message) => {
    expect(refusal(rule(extra)).message).toMatch(message);
  });

  it('a missing or lower-case id is refused before anything else', () => {
    expect(refusal('title: t\nkind: path').message).toMatch(/`id` must be a PascalCase name/);
    expect(refusal(rule('kind: path').replace('id: MyRule', 'id: my_rule')).message).toMatch(/PascalCase/);
  });

  it('a risk outside 1-10 is refused', () => {
    expect(refusal(rule('kind: regex\npattern: x').replace('risk: 3', 'risk: 11')).message).toMatch(/`risk` must be a whole number from 1 to 10/);
  });

  it('text that is not YAML is refused with the file named', () => {
    expect(refusal('id: [unclosed', 'broken.yaml').message).toMatch(/^broken\.yaml: cannot parse/);
    expect(refusal('a: 1\na: 2\n', 'dup.yaml').message).toMatch(/^dup\.yaml: cannot parse/);
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
    expect(rules.map((r) => [r.id, r.risk, r.kind, r.category, r.typeContains])).toEqual([
      ['SSHOpenToWorldLegacy', 5, 'regex', 'SecurityGroup', 'SecurityGroup'],
      ['TestTag', 1, 'regex', 'EC2Instance', 'AWS::EC2::Instance'],
    ]);
    // "Retired" is inactive, so its unsafe pattern does not matter.
    expect(rules.some((r) => r.id === 'Retired')).toBe(false);
  });

  it('an unsafe regex in an active legacy entry is refused naming that entry', async () => {
    await expect(loadUserRules(['bad/legacy-unsafe.json'], dir)).rejects.toThrow(/bad\/legacy-unsafe\.json \(rule Nested\): pattern refused/);
  });

  it.each([
    ['bad/unsafe-regex.yaml', /bad\/unsafe-regex\.yaml \(rule Backtracks\): pattern refused/],
    ['bad/jsonpath-filter.yaml', /bad\/jsonpath-filter\.yaml \(rule FilterScript\): `given` may not use JSONPath filter/],
    ['bad/unknown-key.yaml', /bad\/unknown-key\.yaml \(rule Misspelt\): unknown key `asert`/],
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
      /no built-in check named `doesNotExist`/,
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
