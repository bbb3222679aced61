/**
 * deploy/: the template that installs the function and the example V2 pipeline. cfn-audit must pass
 * its own deployment, and the pipeline must use the variables the handler really emits.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../src/load/parse.js';
import { verdictResult } from '../src/adapters/codepipeline/result.js';
import type { AuditReport } from '../src/types/types.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const DEPLOY = join(ROOT, 'deploy');

type Json = Record<string, unknown>;
function body(file: string): Json {
  const r = parseTemplate({ file, text: readFileSync(join(DEPLOY, file), 'utf8'), explicit: true });
  if (!r.ok) throw new Error(r.error.message);
  return r.template.body;
}
const resources = (b: Json) => b['Resources'] as Record<string, { Type: string; Properties: Json }>;
const ofType = (b: Json, type: string) => Object.values(resources(b)).filter((r) => r.Type === type);

describe('deploy/', () => {
  it('passes cfn-audit (exit code 0)', async () => {
    const { stdout } = await run(process.execPath, ['bin/cfn-audit.js', '-f', 'json', 'deploy/'], { cwd: ROOT });
    const report = JSON.parse(stdout) as AuditReport;
    expect(report.decision).toBe('pass');
    expect(report.errors).toEqual([]);
    expect(report.stacks.map((s) => s.file).sort()).toEqual(['deploy/cfn-audit-lambda.yaml', 'deploy/example-pipeline.yaml', 'deploy/hook/cfn-audit-hook.yaml']);
  });

  describe('cfn-audit-lambda.yaml', () => {
    const b = body('cfn-audit-lambda.yaml');
    it('installs the bundle from S3 on a current Node.js runtime', () => {
      const [fn] = ofType(b, 'AWS::Lambda::Function');
      expect(fn!.Properties['Runtime']).toMatch(/^nodejs(22|24)\.x$/);
      expect(fn!.Properties['Handler']).toBe('index.handler');
      expect(fn!.Properties['Code']).toMatchObject({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' } });
    });

    it('turns Lambda retries off', () => {
      const [cfg] = ofType(b, 'AWS::Lambda::EventInvokeConfig');
      expect(cfg!.Properties['MaximumRetryAttempts']).toBe(0);
    });

    it('the role can report results and write its log, and nothing else (no S3, no KMS)', () => {
      const [role] = ofType(b, 'AWS::IAM::Role');
      const statements = (role!.Properties['Policies'] as { PolicyDocument: { Statement: Json[] } }[]).flatMap((p) => p.PolicyDocument.Statement);
      const actions = statements.flatMap((s) => s['Action'] as string[]).sort();
      expect(actions).toEqual(['codepipeline:PutJobFailureResult', 'codepipeline:PutJobSuccessResult', 'logs:CreateLogStream', 'logs:PutLogEvents']);
      const logs = statements.find((s) => (s['Action'] as string[]).includes('logs:PutLogEvents'));
      expect(logs!['Resource']).toEqual({ 'Fn::GetAtt': ['LogGroup', 'Arn'] });
      expect(statements.every((s) => s['Effect'] === 'Allow')).toBe(true);
    });
  });

  describe('example-pipeline.yaml', () => {
    const b = body('example-pipeline.yaml');
    const [pipeline] = ofType(b, 'AWS::CodePipeline::Pipeline');
    const stages = pipeline!.Properties['Stages'] as { Name: string; Actions: Json[]; BeforeEntry?: { Conditions: { Result: string; Rules: Json[] }[] } }[];

    it('is a V2 pipeline: Audit (namespaced Lambda invoke) → Review → Deploy', () => {
      expect(pipeline!.Properties['PipelineType']).toBe('V2');
      expect(stages.map((s) => s.Name)).toEqual(['Source', 'Audit', 'Review', 'Deploy']);
      const invoke = stages[1]!.Actions[0]!;
      expect(invoke['ActionTypeId']).toEqual({ Category: 'Invoke', Owner: 'AWS', Provider: 'Lambda', Version: '1' });
      expect(invoke['Namespace']).toBe('CfnAudit');
    });

    it('skips Review when the decision is pass, using only variables the handler emits', () => {
      const review = stages[2]!;
      const [cond] = review.BeforeEntry!.Conditions;
      expect(cond!.Result).toBe('SKIP');
      const [rule] = cond!.Rules;
      expect(rule!['RuleTypeId']).toEqual({ Category: 'Rule', Owner: 'AWS', Provider: 'VariableCheck', Version: '1' });
      // An entry condition engages its result when the rule fails: NE pass fails exactly for pass.
      expect(rule!['Configuration']).toEqual({ Variable: '#{CfnAudit.decision}', Operator: 'NE', Value: 'pass' });

      const report: AuditReport = { tool: { name: 'cfn-audit', version: '0' }, decision: 'pass', stacks: [], errors: [], notices: [], rules: [], skipped: 0 };
      const emitted = verdictResult(report, { onManualApproval: 'succeed', rules: new Map() });
      if (emitted.kind !== 'success') throw new Error('expected success');
      expect(emitted.outputVariables['decision']).toBe((rule!['Configuration'] as Json)['Value']);
      const used = [...JSON.stringify(pipeline).matchAll(/#\{CfnAudit\.([A-Za-z0-9@_-]+)\}/g)].map((m) => m[1]);
      expect(used.length).toBeGreaterThan(1);
      for (const v of used) expect(Object.keys(emitted.outputVariables)).toContain(v);
    });

    it('the pipeline role may invoke the audit function and list functions', () => {
      const [role] = ofType(b, 'AWS::IAM::Role');
      const actions = (role!.Properties['Policies'] as { PolicyDocument: { Statement: Json[] } }[]).flatMap((p) => p.PolicyDocument.Statement).flatMap((s) => [s['Action']].flat());
      expect(actions).toEqual(expect.arrayContaining(['lambda:InvokeFunction', 'lambda:ListFunctions']));
    });
  });
});
