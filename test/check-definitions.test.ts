/**
 * Each TypeScript check is one declaration (src/rules/checks/define.ts): its options schema, its
 * message ids with default texts, and the function. These tests hold the declarations to that: the
 * rule schema takes its `options` and `messages` from them, findings carry the id they were reported
 * with, and a rule file can word each id (or leave the wording to the check).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_DEFINITIONS } from '../src/rules/checks/index.js';
import { defineCheck, NO_OPTIONS } from '../src/rules/checks/define.js';
import { builtinRules, parseRuleFile } from '../src/rules/catalogue.js';
import { ruleFileRefusal } from './helpers/rule-files.js';
import { RuleError, type RuleSpec } from '../src/rules/schema.js';
import { ruleJsonSchemaDocument } from '../src/rules/rule-schema.js';
import { renderMessage } from '../src/report/context.js';
import type { Finding, RuleMeta } from '../src/types/types.js';
import { auditText } from './helpers/audit.js';

const root = join(import.meta.dirname, '..');
const byName = new Map(CHECK_DEFINITIONS.map((d) => [d.name, d]));
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;

/** A user rule file of kind `check` (no `message` unless `extra` gives one). */
const checkRule = (resourceType: string, extra: readonly string[]): string =>
  ['id: MyRule', 'title: My rule', 'risk: 3', `resourceTypes: ['${resourceType}']`, 'description: d', 'remediation: r', 'kind: check', ...extra].join('\n');

const loadOne = (text: string): RuleSpec => {
  const [rule, ...more] = parseRuleFile(text, 'mine.yaml');
  if (!rule || more.length) throw new Error('expected one rule');
  return rule;
};

const refusal = (text: string): RuleError => ruleFileRefusal(text);

/** Every finding of `rule` on the template, with the sentence a reader sees. */
const rendered = (rule: RuleSpec, template: string): { f: Finding; text: string }[] =>
  auditText(template, { rules: [rule] }).findings.map((f) => ({ f, text: renderMessage(rule, f) }));

describe('every built-in check is declared with an options schema and message ids', () => {
  it.each(CHECK_DEFINITIONS.map((d) => [d.name, d] as const))('%s', (name, d) => {
    expect(d.name).toBe(name);
    expect(d.options['type']).toBe('object');
    // A misspelt option must be an error, never an option the check silently ignores.
    expect(d.options === NO_OPTIONS || d.options['additionalProperties'] === false).toBe(true);
    const ids = Object.keys(d.messages);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(d.messages[id]?.trim()).toBeTruthy();
    }
  });

  it('the published rule schema lists, per check, exactly its message ids', () => {
    const rule = ruleJsonSchemaDocument()['definitions'] as Record<string, { oneOf: readonly Record<string, unknown>[] }>;
    const check = rule['rule']!.oneOf.find((b) => (b['properties'] as Record<string, { const?: string }>)['kind']?.const === 'check')!;
    const branches = check['oneOf'] as readonly { properties: { check: { const: string }; messages: { properties: Record<string, unknown>; additionalProperties: false } } }[];
    expect(branches.map((b) => b.properties.check.const).sort()).toEqual([...byName.keys()].sort());
    for (const b of branches) {
      expect(Object.keys(b.properties.messages.properties)).toEqual(Object.keys(byName.get(b.properties.check.const)!.messages));
      expect(b.properties.messages.additionalProperties).toBe(false);
    }
  });
});

describe('findings carry the message id they were reported with', () => {
  const fixtures = join(root, 'fixtures/rules');
  const rules = builtinRules().map((r) => ({ ...r, enabled: true }));
  const checkOf = new Map(rules.flatMap((r) => (r.kind === 'check' ? [[r.id, r.check] as const] : [])));

  it('every finding of every fail fixture: a check rule gives an id its check declares, a path or regex rule none', () => {
    let checked = 0;
    for (const r of rules) {
      const dir = join(fixtures, r.id, 'fail');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.parameters.json'))) {
        for (const f of auditText(readFileSync(join(dir, file), 'utf8'), { rules, file }).findings) {
          const check = checkOf.get(f.ruleId);
          if (check === undefined) expect(f.messageId, `${r.id}/${file}: ${f.ruleId}`).toBeUndefined();
          else expect(Object.keys(byName.get(check)!.messages), `${r.id}/${file}: ${f.ruleId}`).toContain(f.messageId);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  // One id per kind of finding: a test can say which was found without matching the English text.
  type Case = readonly [check: string, type: string, options: string, properties: Record<string, unknown>, ids: readonly string[]];
  const cases: readonly Case[] = [
    [
      'securityGroupRule',
      'AWS::EC2::SecurityGroup',
      '{match: ports, ports: [22]}',
      { SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
      ['ports'],
    ],
    ['securityGroupRule', 'AWS::EC2::SecurityGroup', '{match: allTraffic}', { SecurityGroupIngress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] }, ['allTraffic']],
    ['securityGroupRule', 'AWS::EC2::SecurityGroup', '{match: allTraffic, direction: egress}', { SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] }, ['egress']],
    [
      'securityGroupRule',
      'AWS::EC2::SecurityGroup',
      '{match: noDescription}',
      { SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/8' }] },
      ['noDescription'],
    ],
    ['managedPolicyAttached', 'AWS::IAM::Role', '{match: admin}', { AssumeRolePolicyDocument: {}, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] }, ['admin']],
    [
      'managedPolicyAttached',
      'AWS::IAM::Role',
      '{match: elevated}',
      { AssumeRolePolicyDocument: {}, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] },
      ['elevated'],
    ],
    ['lambdaPermission', 'AWS::Lambda::Permission', '{match: public}', { Action: 'lambda:InvokeFunction', FunctionName: 'f', Principal: '*' }, ['public']],
    [
      'lambdaPermission',
      'AWS::Lambda::Permission',
      '{match: serviceNoSource}',
      { Action: 'lambda:InvokeFunction', FunctionName: 'f', Principal: 's3.amazonaws.com' },
      ['serviceNoSource'],
    ],
    ...(['fullAdmin', 'wildcardAction', 'notAction'] as const).map((test): Case => [
      'policyStatement',
      'AWS::IAM::ManagedPolicy',
      `{test: ${test}, docs: [identity]}`,
      {
        PolicyDocument: {
          Statement: [
            {
              notAction: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
              wildcardAction: { Effect: 'Allow', Action: 's3:*', Resource: '*' },
              fullAdmin: { Effect: 'Allow', Action: '*', Resource: '*' },
            }[test],
          ],
        },
      },
      [test],
    ]),
  ];
  it.each(cases)('%s on %s with options %s', (check, type, options, properties, ids) => {
    const rule = loadOne(checkRule(type, [`check: ${check}`, `options: ${options}`, 'message: m']));
    const findings = auditText(JSON.stringify({ Resources: { R: { Type: type, Properties: properties } } }), { rules: [rule] }).findings;
    expect(findings.map((f) => [f.outcome, f.messageId])).toEqual(ids.map((id) => ['fail', id]));
  });

  it('the id stays off the JSON contract: it is not part of the fingerprint', () => {
    const template = JSON.stringify({ Resources: { V: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } } });
    const a = auditText(template, { rules: [loadOne(checkRule('AWS::EC2::VPC', ['check: vpcFlowLog', 'message: one wording']))] }).findings;
    const b = auditText(template, { rules: [loadOne(checkRule('AWS::EC2::VPC', ['check: vpcFlowLog', 'messages: {noFlowLog: another}']))] }).findings;
    expect(a.map((f) => f.fingerprint)).toEqual(b.map((f) => f.fingerprint));
  });
});

describe('a check rule words its findings by message id', () => {
  const vpc = JSON.stringify({ Resources: { Net: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } } });
  const adminPolicy = (statement: Record<string, unknown>) =>
    JSON.stringify({ Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Statement: [statement] } } } } });

  it('without `message`, a finding reads as the check’s default text for its id, with the placeholders filled', () => {
    const rule = loadOne(checkRule('AWS::EC2::VPC', ['check: vpcFlowLog']));
    expect(rule.message).toBe('');
    expect(rendered(rule, vpc).map((r) => r.text)).toEqual(['no AWS::EC2::FlowLog refers to this VPC']);

    const policy = loadOne(checkRule('AWS::IAM::ManagedPolicy', ['check: policyStatement', 'options: {test: wildcardAction, docs: [identity]}']));
    expect(rendered(policy, adminPolicy({ Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: '*' })).map((r) => r.text)).toEqual(['statement All allows s3:*']);

    const sg = loadOne(checkRule('AWS::EC2::SecurityGroup', ['check: securityGroupRule', 'options: {match: ports, ports: [22]}']));
    const open = JSON.stringify({
      Resources: {
        Sg: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
        },
      },
    });
    expect(rendered(sg, open).map((r) => r.text)).toEqual(['0.0.0.0/0 can reach a listed port: the rule opens tcp 22']);
  });

  it('`messages` words the ids it names; `message` (else the default) the others', () => {
    const withBoth = loadOne(
      checkRule('AWS::IAM::Role', ['check: managedPolicyAttached', 'options: {match: admin}', 'message: "generic: {policy}"', 'messages:', '  elevated: "elevated: {policy}"']),
    );
    const role = (arn: string) => JSON.stringify({ Resources: { R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: [arn] } } } });
    expect(rendered(withBoth, role('arn:aws:iam::aws:policy/AdministratorAccess')).map((r) => r.text)).toEqual(['generic: AdministratorAccess']);

    const elevated = loadOne(
      checkRule('AWS::IAM::Role', ['check: managedPolicyAttached', 'options: {match: elevated}', 'message: "generic: {policy}"', 'messages: {elevated: "elevated: {policy}"}']),
    );
    expect(rendered(elevated, role('arn:aws:iam::aws:policy/AmazonS3FullAccess')).map((r) => r.text)).toEqual(['elevated: AmazonS3FullAccess']);

    const onlyOne = loadOne(checkRule('AWS::IAM::ManagedPolicy', ['check: policyStatement', 'options: {test: notAction}', 'messages: {fullAdmin: "admin in {sid}"}']));
    expect(rendered(onlyOne, adminPolicy({ Sid: 'S', Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })).map((r) => r.text)).toEqual([
      'statement S allows every action except iam:*',
    ]);
  });

  it('for any overrides and any `message`: the override of the id, else `message`, else the check default', () => {
    const checks = CHECK_DEFINITIONS.filter((d) => Object.keys(d.messages).length > 1);
    const arb = fc.constantFrom(...checks).chain((d) =>
      fc.record({
        d: fc.constant(d),
        id: fc.constantFrom(...Object.keys(d.messages)),
        overridden: fc.subarray(Object.keys(d.messages)),
        message: fc.option(fc.constant('the rule message'), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ d, id, overridden, message }) => {
        const own = Object.fromEntries(overridden.map((k) => [k, `override ${k}`]));
        const yaml = checkRule('AWS::EC2::VPC', [
          `check: ${d.name}`,
          ...(d.options === NO_OPTIONS ? [] : [`options: ${d.name === 'policyStatement' ? '{test: fullAdmin}' : '{}'}`]),
          ...(message ? [`message: ${message}`] : []),
          `messages: ${JSON.stringify(own)}`,
        ]);
        const rule = loadOne(yaml);
        const f = {
          ruleId: 'MyRule',
          logicalId: 'R',
          resourceType: 'AWS::EC2::VPC',
          outcome: 'fail',
          data: {},
          conditions: [],
          cdkPath: null,
          stackName: null,
          messageId: id,
        } as unknown as Finding;
        const expected = overridden.includes(id) ? `override ${id}` : (message ?? d.messages[id]!);
        // The default texts hold placeholders for data this finding lacks; they stay visible as written.
        expect(renderMessage(rule, f)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('every default text, rendered for the fail fixtures of the rules using its check, leaves no placeholder unfilled', () => {
    const rules = builtinRules()
      .filter((r): r is Extract<RuleSpec, { kind: 'check' }> => r.kind === 'check')
      .map((r) => ({ ...r, enabled: true }));
    const bare = new Map<string, RuleMeta>(rules.map((r) => [r.id, { ...r, message: '', messages: byName.get(r.check)!.messages }]));
    let checked = 0;
    for (const r of rules) {
      const dir = join(root, 'fixtures/rules', r.id, 'fail');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.parameters.json'))) {
        for (const f of auditText(readFileSync(join(dir, file), 'utf8'), { rules: [r], file }).findings) {
          if (f.outcome !== 'fail') continue;
          const text = renderMessage(bare.get(f.ruleId), f);
          expect(
            [...text.matchAll(PLACEHOLDER)].map((m) => m[0]),
            `${r.id}/${file}: ${text}`,
          ).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('`messages` in a rule file is checked against the check’s ids', () => {
  it.each([
    [
      'a misspelled id (block mapping)',
      ['check: vpcFlowLog', 'messages:', '  noFlowLogs: text'],
      'messages.noFlowLogs',
      10,
      3,
      /unknown key "noFlowLogs" \(expected one of: noFlowLog\)/,
    ],
    ['an id of another check', ['check: vpcFlowLog', 'messages: {weakTls: text}'], 'messages.weakTls', 9, 12, /unknown key "weakTls"/],
    ['a name every object has', ['check: vpcFlowLog', 'messages: {toString: text}'], 'messages.toString', 9, 12, /unknown key "toString"/],
    ['__proto__', ['check: vpcFlowLog', 'messages: {__proto__: text}'], 'messages.__proto__', 9, 12, /unknown key "__proto__"/],
    [
      'one good and one bad id',
      ['check: policyStatement', 'options: {test: fullAdmin}', 'messages:', '  fullAdmin: a', '  wildcardActio: b'],
      'messages.wildcardActio',
      12,
      3,
      /expected one of: fullAdmin, wildcardAction/,
    ],
    ['an empty text', ['check: vpcFlowLog', 'messages:', '  noFlowLog: ""'], 'messages.noFlowLog', 10, 14, /must not be empty/],
    ['a text that is not a string', ['check: vpcFlowLog', 'messages: {noFlowLog: [a]}'], 'messages.noFlowLog', 9, 23, /expected a string/],
    ['a list', ['check: vpcFlowLog', 'messages: [noFlowLog]'], 'messages', 9, 11, /expected a mapping/],
  ])('%s is a rule error with file:line:column and the key', (_, extra, key, line, column, why) => {
    const e = refusal(checkRule('AWS::EC2::VPC', extra));
    expect(e).toMatchObject({ file: 'mine.yaml', ruleId: 'MyRule', code: 'schema', key, line, column });
    expect(e.problem).toMatch(why);
    expect(e.message.startsWith(`mine.yaml:${line}:${column} (rule MyRule): ${key}: `)).toBe(true);
  });

  it('`message` stays required for path and regex rules', () => {
    const e = refusal(['id: MyRule', 'title: t', 'risk: 3', "resourceTypes: ['AWS::EC2::VPC']", 'description: d', 'remediation: r', 'kind: regex', 'pattern: x'].join('\n'));
    expect(e).toMatchObject({ code: 'schema', problem: 'missing required key "message"' });
  });
});

describe('the declaration types the check', () => {
  it('report takes only declared ids, and options are typed from the schema', () => {
    const options = { type: 'object', properties: { level: { enum: ['low', 'high'] }, names: { type: 'array', items: { type: 'string' } } }, additionalProperties: false } as const;
    const def = defineCheck({ name: 'typed', options, messages: { found: 'found {value}', other: 'other' } }, (ctx) => {
      const level: 'low' | 'high' | undefined = ctx.options.level;
      const names: readonly string[] | undefined = ctx.options.names;
      // @ts-expect-error: a misspelt message id does not compile
      ctx.report({ messageId: 'fund', path: [], data: {} });
      // @ts-expect-error: every report names its message
      ctx.report({ path: [], data: {} });
      // @ts-expect-error: an option the schema does not declare
      const misspelt: unknown = ctx.options.lvl;
      ctx.report({ messageId: level === 'high' ? 'found' : 'other', path: [], data: { value: names?.join(',') ?? String(misspelt) } });
    });
    expect(Object.keys(def.messages)).toEqual(['found', 'other']);
  });
});
