/**
 * CDK end to end: a cloud assembly audited through the same run the CLI uses, with construct paths,
 * nested stacks and suppressions set from CDK code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../src/adapters/run.js';
import type { Finding } from '../src/types/types.js';
import { corpusPath, corpusSkipNote } from './helpers/corpus.js';
import { tempDir } from './helpers/temp.js';

const repo = join(import.meta.dirname, '..');
const corpusCdk = corpusPath('cdk');

const all = (stacks: readonly { findings: readonly Finding[] }[]): Finding[] => stacks.flatMap((s) => s.findings);

describe.skipIf(!existsSync(corpusCdk))(`the corpus CDK app (../shared/corpus/cdk)${corpusSkipNote}`, () => {
  it('reports every intended finding with its construct path, and nothing on CDK bookkeeping', async () => {
    const expected = JSON.parse(readFileSync(join(corpusCdk, 'expected_findings.json'), 'utf8')) as {
      findings: { logical_id: string; cdk_path: string; template: string }[];
      must_not_flag: { logical_id: string }[];
    };
    const { report } = await runAudit({ inputs: [join(corpusCdk, 'cdk.out')], cwd: repo, discoverConfig: false });
    expect(report.errors).toEqual([]);
    expect(report.stacks.map((s) => s.name)).toEqual(['CorpusNetworkStack', 'CorpusAppStack', 'CorpusAppStack/MonitoringNestedStackMonitoringNestedStackResource001F85AB']);
    const nested = report.stacks[2]!;
    expect(nested.parents).toEqual(['CorpusAppStack']);
    expect(nested.file).toMatch(/CorpusAppStackMonitoringE6C90687\.nested\.template\.json$/);
    const findings = all(report.stacks).filter((f) => f.outcome === 'fail');
    for (const e of expected.findings) {
      const hit = findings.find((f) => f.logicalId === e.logical_id);
      expect(hit, `${e.logical_id} (${e.cdk_path}) is not flagged`).toBeDefined();
      expect(hit!.cdkPath).toBe(e.cdk_path);
      expect(hit!.file.endsWith(e.template.replace(/^cdk\.out\//, ''))).toBe(true);
    }
    for (const m of expected.must_not_flag) expect(findings.filter((f) => f.logicalId === m.logical_id)).toEqual([]);
  });
});

describe('a cdk.out synthesized by the current aws-cdk-lib', () => {
  it('audits stacks and nested stacks with construct paths, and honours addMetadata suppressions', async () => {
    const cdk = await import('aws-cdk-lib');
    const ec2 = await import('aws-cdk-lib/aws-ec2');
    const sns = await import('aws-cdk-lib/aws-sns');
    const outdir = tempDir('cfn-audit-cdk-e2e-');
    const app = new cdk.App({ outdir });
    const stack = new cdk.Stack(app, 'E2eStack', { env: { account: '111111111111', region: 'eu-west-1' } });
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-123', availabilityZones: ['eu-west-1a'], publicSubnetIds: ['subnet-1'] });
    const bastion = new ec2.SecurityGroup(stack, 'Bastion', { vpc, allowAllOutbound: false, description: 'bastion' });
    bastion.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh from anywhere');
    const web = new ec2.SecurityGroup(stack, 'Web', { vpc, allowAllOutbound: false, description: 'web' });
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh, reviewed');
    (web.node.defaultChild as InstanceType<typeof cdk.CfnResource>).addMetadata('cfn-audit', {
      suppress: [{ rule: 'SSHOpenToWorld', reason: 'break-glass access, ticket SEC-1' }],
    });
    const nested = new cdk.NestedStack(stack, 'Alerts');
    new sns.Topic(nested, 'Topic');
    app.synth();

    const { report } = await runAudit({ inputs: [outdir], cwd: repo, discoverConfig: false });
    expect(report.errors).toEqual([]);
    const parent = report.stacks.find((s) => s.name === 'E2eStack');
    expect(parent).toBeDefined();
    const ssh = parent!.findings.filter((f) => f.ruleId === 'SSHOpenToWorld');
    const open = ssh.find((f) => f.cdkPath === 'E2eStack/Bastion/Resource');
    const suppressed = ssh.find((f) => f.cdkPath === 'E2eStack/Web/Resource');
    expect(open?.status).toBe('active');
    expect(suppressed?.status).toBe('suppressed');
    expect(suppressed?.reason).toBe('break-glass access, ticket SEC-1');
    expect(parent!.score).toBe(7);
    const child = report.stacks.find((s) => s.parents.includes('E2eStack'));
    expect(child, 'nested stack audited').toBeDefined();
    const topic = child!.findings.find((f) => f.resourceType === 'AWS::SNS::Topic');
    expect(topic?.cdkPath).toBe('E2eStack/Alerts/Topic/Resource');
  }, 60_000);
});
