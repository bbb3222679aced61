/**
 * User rules can never make the gate silent or slow: check options are validated when a rule loads,
 * `check:` names only real checks, and user regexes are refused when they can backtrack in
 * polynomial time, or run under a time budget.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRuleFile } from '../src/rules/catalogue.js';
import { compileRules, RuleCompileError } from '../src/rules/engine.js';
import { builtinChecks } from '../src/rules/checks/index.js';
import { CHECK_OPTIONS, checkOptionsProblem } from '../src/rules/checks/options.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { budgetedTest, RegexBudgetExceeded, regexProblem } from '../src/rules/regex-safety.js';
import { runAudit, UsageError } from '../src/adapters/run.js';
import { auditText } from './helpers/audit.js';

const rule = (extra: string) =>
  ['id: MyRule', 'title: t', 'risk: 3', "resourceTypes: ['AWS::EC2::SecurityGroup']", 'description: d', 'message: m', 'remediation: r', extra].join('\n');
const compile = (text: string) => compileRules(parseRuleFile(text, 'mine.yaml'), builtinChecks);

describe('check options are validated when a rule loads', () => {
  it.each([
    ['a misspelled value', 'check: securityGroupRule\noptions: {match: prots, ports: [22]}', /option `match` of check securityGroupRule must be one of ports, /],
    ['a misspelled key', 'check: securityGroupRule\noptions: {match: ports, prots: [22]}', /unknown option `prots` for check securityGroupRule/],
    ['a port out of range', 'check: securityGroupRule\noptions: {match: ports, ports: [70000]}', /option `ports`.*list of ports/],
    ['a reversed port range', 'check: securityGroupRule\noptions: {match: ports, ports: [[30, 20]]}', /option `ports`/],
    ['options on a check that takes none', 'check: vpcFlowLog\noptions: {strict: true}', /check vpcFlowLog takes no options/],
    ['a missing required option', 'check: propertyRequired', /needs option `property`/],
    ['a wrong kind of value', 'check: imdsV1\noptions: {instancesWithoutTemplate: "yes"}', /must be true or false/],
  ])('%s is a rule error naming the file, the rule and the key', (_, extra, why) => {
    let err: unknown;
    try {
      compile(rule(`kind: check\n${extra}`));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RuleCompileError);
    expect((err as Error).message).toMatch(/^mine\.yaml: rule MyRule: /);
    expect((err as Error).message).toMatch(why);
  });

  it.each([['toString'], ['constructor'], ['hasOwnProperty'], ['__proto__']])('check: %s is not a check', (name) => {
    expect(() => compile(rule(`kind: check\ncheck: ${name}`))).toThrow(/no built-in check named/);
  });

  it('every built-in rule loads with its options, and every option table names a real check', () => {
    expect(() => compileRules(builtinRules(), builtinChecks)).not.toThrow();
    for (const name of CHECK_OPTIONS.keys()) expect(Object.prototype.hasOwnProperty.call(builtinChecks, name), name).toBe(true);
    for (const r of builtinRules()) if (r.kind === 'check') expect(checkOptionsProblem(r.check!, r.options ?? {}), r.id).toBeNull();
  });

  it('through the CLI path: a bad option is a usage error (exit 2), not a run that reports unknown and passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfn-audit-opts-'));
    try {
      writeFileSync(join(dir, 'r.yaml'), rule('kind: check\ncheck: securityGroupRule\noptions: {match: prots, ports: [22]}'));
      writeFileSync(join(dir, 't.yaml'), 'Resources:\n  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: x}}\n');
      await expect(runAudit({ inputs: ['t.yaml'], cwd: dir, rulePaths: ['r.yaml'], discoverConfig: false })).rejects.toThrow(UsageError);
      await expect(runAudit({ inputs: ['t.yaml'], cwd: dir, rulePaths: ['r.yaml'], discoverConfig: false })).rejects.toThrow(/r\.yaml: rule MyRule: option `match`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
    expect(() => parseRuleFile(rule("kind: regex\npattern: '\\-'\nflags: u"), 'mine.yaml')).toThrow(/mine\.yaml \(rule MyRule\): pattern refused: not a valid regular expression/);
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
