/**
 * deploy/hook/cfn-audit-hook.yaml: the function, its least-privilege role, the hook's execution
 * role and the AWS::CloudFormation::LambdaHook. It must pass cfn-audit itself, never gate its own
 * stack, and set exactly the settings the handler reads.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../src/load/parse.js';
import { HOOK_ENV_NAMES, readSettings } from '../src/adapters/hook/settings.js';
import type { AuditReport } from '../src/types/types.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const FILE = 'deploy/hook/cfn-audit-hook.yaml';

type Json = Record<string, unknown>;
interface Res {
  Type: string;
  Properties: Json;
}
const parsed = parseTemplate({ file: FILE, text: readFileSync(join(ROOT, FILE), 'utf8'), explicit: true });
if (!parsed.ok) throw new Error(parsed.error.message);
const body = parsed.template.body as Json;
const resources = body['Resources'] as Record<string, Res>;
const params = body['Parameters'] as Record<string, Json>;
const only = (type: string): [string, Res] => {
  const found = Object.entries(resources).filter(([, r]) => r.Type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const statements = (role: Res): Json[] =>
  (role.Properties['Policies'] as unknown[]).flatMap((p) => {
    // A conditional policy: { Fn::If: [cond, policy, AWS::NoValue] }
    const policy = (p as Json)['Fn::If'] ? ((p as Json)['Fn::If'] as unknown[])[1] : p;
    return ((policy as Json)['PolicyDocument'] as { Statement: Json[] }).Statement;
  });
const actions = (s: Json): string[] => [s['Action']].flat() as string[];

describe(FILE, () => {
  it('passes cfn-audit (exit 0), also with the advisory rules leaving only risk-1 notes', async () => {
    const { stdout } = await run(process.execPath, ['bin/cfn-audit.js', '-f', 'json', FILE], { cwd: ROOT });
    const report = JSON.parse(stdout) as AuditReport;
    expect(report.decision).toBe('pass');
    expect(report.errors).toEqual([]);
    expect(report.stacks[0]!.findings.filter((f) => f.status === 'active')).toEqual([]);
    const all = JSON.parse((await run(process.execPath, ['bin/cfn-audit.js', '--all-rules', '-f', 'json', FILE], { cwd: ROOT })).stdout) as AuditReport;
    expect(all.decision).toBe('pass');
    expect(all.stacks[0]!.findings.every((f) => f.risk <= 1)).toBe(true);
  });

  it("the function runs dist/hook.zip's index.handler on a current Node.js runtime and answers inside the hook's 30 s", () => {
    const [, fn] = only('AWS::Lambda::Function');
    expect(fn.Properties['Runtime']).toMatch(/^nodejs(22|24)\.x$/);
    expect(fn.Properties['Handler']).toBe('index.handler');
    expect(fn.Properties['Code']).toMatchObject({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' } });
    expect(params['CodeKey']!['Default']).toBe('cfn-audit/hook.zip');
    expect(fn.Properties['Timeout']).toBeLessThan(30);
  });

  it('sets exactly the environment the handler reads, and the defaults are valid settings', () => {
    const [, fn] = only('AWS::Lambda::Function');
    const vars = (fn.Properties['Environment'] as { Variables: Json }).Variables;
    expect(Object.keys(vars).sort()).toEqual([...HOOK_ENV_NAMES].sort());
    // Parameter defaults as the function sees them (no S3 config object by default).
    const env = {
      CFN_AUDIT_CONFIG: params['ConfigYaml']!['Default'] as string,
      CFN_AUDIT_CONFIG_S3: '',
      CFN_AUDIT_PROFILE: params['Profile']!['Default'] as string,
      CFN_AUDIT_ON_MANUAL_APPROVAL: params['OnManualApproval']!['Default'] as string,
      CFN_AUDIT_RULE_DOCS_URL: params['RuleDocsUrl']!['Default'] as string,
    };
    expect(readSettings(env)).toEqual({ config: null, profile: null, onManualApproval: 'fail', ruleDocsUrl: null });
    for (const v of params['OnManualApproval']!['AllowedValues'] as string[]) expect(() => readSettings({ CFN_AUDIT_ON_MANUAL_APPROVAL: v })).not.toThrow();
  });

  it('the function role writes its own log and reads the one config object, nothing else', () => {
    const [, fn] = only('AWS::Lambda::Function');
    const roleId = ((fn.Properties['Role'] as Json)['Fn::GetAtt'] as string[])[0]!;
    const role = resources[roleId]!;
    const trust = (role.Properties['AssumeRolePolicyDocument'] as { Statement: Json[] }).Statement;
    expect(trust).toEqual([expect.objectContaining({ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' })]);
    const st = statements(role);
    expect(st.flatMap(actions).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 's3:GetObject']);
    expect(st.find((s) => actions(s).includes('logs:PutLogEvents'))!['Resource']).toEqual({ 'Fn::GetAtt': ['LogGroup', 'Arn'] });
    expect(JSON.stringify(st.find((s) => actions(s).includes('s3:GetObject'))!['Resource'])).toContain('${ConfigBucket}/${ConfigKey}');
    expect(st.every((s) => s['Resource'] !== '*')).toBe(true);
  });

  it("the hook's execution role is assumable by CloudFormation Hooks only and may only invoke the function", () => {
    const [, hook] = only('AWS::CloudFormation::LambdaHook');
    const roleId = ((hook.Properties['ExecutionRole'] as Json)['Fn::GetAtt'] as string[])[0]!;
    const role = resources[roleId]!;
    const trust = (role.Properties['AssumeRolePolicyDocument'] as { Statement: Json[] }).Statement;
    expect(trust).toEqual([expect.objectContaining({ Principal: { Service: 'hooks.cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' })]);
    const st = statements(role);
    expect(st).toHaveLength(1);
    expect(actions(st[0]!)).toEqual(['lambda:InvokeFunction']);
    const [fnId] = only('AWS::Lambda::Function');
    expect(st[0]!['Resource']).toEqual({ 'Fn::GetAtt': [fnId, 'Arn'] });
  });

  it('the hook calls the function, is enabled, never gates its own stack, and targets configurable operations', () => {
    const [, hook] = only('AWS::CloudFormation::LambdaHook');
    const [fnId] = only('AWS::Lambda::Function');
    const p = hook.Properties;
    expect(p['LambdaFunction']).toEqual({ 'Fn::GetAtt': [fnId, 'Arn'] });
    expect(p['HookStatus']).toBe('ENABLED');
    expect(p['FailureMode']).toEqual({ Ref: 'FailureMode' });
    expect(params['FailureMode']!['AllowedValues']).toEqual(['FAIL', 'WARN']);
    expect(p['StackFilters']).toEqual({ FilteringCriteria: 'ALL', StackNames: { Exclude: [{ Ref: 'AWS::StackName' }] } });
    expect(p['TargetOperations']).toEqual({ Ref: 'TargetOperations' });
    expect(params['TargetOperations']!['Default']).toBe('STACK,CHANGE_SET');
    expect(params['TargetOperations']!['AllowedValues']).toEqual(['STACK', 'CHANGE_SET', 'RESOURCE', 'CLOUD_CONTROL']);
  });

  it('the default alias matches the pattern CloudFormation requires', () => {
    const alias = params['HookAlias']!['Default'] as string;
    // The service's pattern starts with an inline (?i) flag, which JavaScript lacks: same test, spelt out.
    expect(/^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$/.test(alias) && !/^aws/i.test(alias)).toBe(true);
  });
});
