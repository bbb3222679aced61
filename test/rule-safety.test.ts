/**
 * User rules can never make the gate silent or slow: check options are validated when a rule loads,
 * `check:` names only real checks, and user regexes are refused when they can backtrack in
 * polynomial time, or run under a time budget.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../src/rules/catalogue.js';
import { compileRules } from '../src/rules/engine.js';
import { builtinChecks, CHECK_DEFINITIONS } from '../src/rules/checks/index.js';
import { ruleFileRefusal } from './helpers/rule-files.js';
import { RuleError } from '../src/rules/schema.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { budgetedTest, RegexBudgetExceeded, regexProblem } from '../src/rules/regex-safety.js';
import { runAudit, UsageError } from '../src/adapters/run.js';
import { auditText } from './helpers/audit.js';
import { tempFiles } from './helpers/temp.js';

const rule = (extra: string) =>
  ['id: MyRule', 'title: t', 'risk: 3', "resourceTypes: ['AWS::EC2::SecurityGroup']", 'description: d', 'message: m', 'remediation: r', extra].join('\n');

describe('check options are validated when a rule loads', () => {
  const refusal = (text: string): RuleError => ruleFileRefusal(text);

  it.each([
    ['a misspelled value', 'check: securityGroupRule\noptions: {match: prots, ports: [22]}', 'options.match', 10, /expected "ports" or "allTraffic" or /],
    ['a misspelled key', 'check: securityGroupRule\noptions: {match: ports, prots: [22]}', 'options.prots', 10, /unknown key "prots"/],
    ['a port out of range', 'check: securityGroupRule\noptions: {match: ports, ports: [70000]}', 'options.ports[0]', 10, /./],
    ['a reversed port range', 'check: securityGroupRule\noptions: {match: ports, ports: [[30, 20]]}', 'options.ports[0]', 10, /from .* to/],
    ['options on a check that takes none', 'check: vpcFlowLog\noptions: {strict: true}', 'options.strict', 10, /unknown key "strict" \(This check takes no options/],
    ['a missing required option', 'check: policyStatement', null, 1, /missing required key "options"/],
    ['a missing required option inside options', 'check: policyStatement\noptions: {}', 'options', 10, /missing required key "test"/],
    ['a wrong kind of value', 'check: imdsV1\noptions: {instancesWithoutTemplate: "yes"}', 'options.instancesWithoutTemplate', 10, /expected true or false/],
  ])('%s is a rule error naming the file, line, rule and key', (_, extra, key: string | null, line, why) => {
    const e = refusal(rule(`kind: check\n${extra}`));
    expect(e).toMatchObject({ file: 'mine.yaml', ruleId: 'MyRule', key, code: 'schema', line });
    expect(e.problem).toMatch(why);
    expect(e.message).toMatch(new RegExp(`^mine\\.yaml:${line}:\\d+ \\(rule MyRule\\): ${key ? `${key.replace(/[.[\]]/g, '\\$&')}: ` : ''}`));
  });

  it.each([['toString'], ['constructor'], ['hasOwnProperty'], ['__proto__'], ['doesNotExist']])('check: %s is not a check', (name) => {
    expect(refusal(rule(`kind: check\ncheck: ${name}`))).toMatchObject({ key: 'check', line: 9, code: 'schema' });
  });

  it('every built-in rule loads with its options, and each declared check is registered once under its name', () => {
    expect(() => compileRules(builtinRules(), builtinChecks)).not.toThrow();
    const names = CHECK_DEFINITIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(builtinChecks).sort()).toEqual([...names].sort());
  });

  it('through the CLI path: a bad option is a usage error (exit 2), not a run that reports unknown and passes', async () => {
    const dir = tempFiles({
      'r.yaml': rule('kind: check\ncheck: securityGroupRule\noptions: {match: prots, ports: [22]}'),
      't.yaml': 'Resources:\n  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: x}}\n',
    });
    await expect(runAudit({ inputs: ['t.yaml'], cwd: dir, rulePaths: ['r.yaml'], discoverConfig: false })).rejects.toThrow(UsageError);
    await expect(runAudit({ inputs: ['t.yaml'], cwd: dir, rulePaths: ['r.yaml'], discoverConfig: false })).rejects.toThrow(/r\.yaml:10:18 \(rule MyRule\): options\.match: /);
  });
});

describe('user regexes', () => {
  it.each([['a.*a.*a.*Z'], ['\\s*x\\s*y\\s*z.*Q']])(
    '%s (polynomial backtracking) loads, and its matches run under the time budget',
    (p) => {
      expect(regexProblem(p)).toBeNull();
      expect(() => budgetedTest(new RegExp(p), (p.startsWith('a') ? 'a' : ' x y z').repeat(20_000))).toThrow(RegexBudgetExceeded);
    },
    20_000,
  );

  it('a pattern that is invalid with its flags is refused with a reason, not an internal error', () => {
    expect(regexProblem('[a\\-z]', 'u')).toBeNull();
    expect(regexProblem('\\-', 'u')).toMatch(/not a valid regular expression/);
    expect(() => parseRuleFile(rule("kind: regex\npattern: '\\-'\nflags: u"), 'mine.yaml')).toThrow(
      /mine\.yaml:9:10 \(rule MyRule\): pattern: pattern refused: not a valid regular expression/,
    );
  });

  it('a slow match runs out of its budget instead of hanging', () => {
    const slow = /a.*a.*Z/;
    expect(() => budgetedTest(slow, 'a'.repeat(60_000))).toThrow(RegexBudgetExceeded);
    expect(budgetedTest(/ab/, `${'x'.repeat(5000)}ab`)).toBe(true);
    expect(budgetedTest(/ab/, 'xab')).toBe(true);
  }, 20_000);

  it('a user rule whose pattern runs out of budget reports unknown on that resource', () => {
    const rules = parseRuleFile(rule("kind: regex\npattern: 'a.*a.*Z'\ngiven: $.Properties.GroupDescription"), 'mine.yaml');
    const stack = auditText(`Resources:\n  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: ${'a'.repeat(60_000)}}}\n`, { rules });
    const [f] = stack.findings.filter((x) => x.ruleId === 'MyRule');
    expect(f?.outcome).toBe('unknown');
    expect(f?.cause).toEqual({ code: 'rule-crashed', args: { error: expect.stringMatching(/took more than/) } });
  }, 20_000);
});
