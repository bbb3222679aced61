import { existsSync } from 'node:fs';
import { cp, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/types/types.js';
import { isCloudAssembly, readCloudAssembly } from '../src/load/cdk-assembly.js';
import { corpusPath, corpusSkipNote } from './helpers/corpus.js';
import { tempDir } from './helpers/temp.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const corpus = corpusPath('cdk/cdk.out');
const minimal = resolve(repo, 'fixtures/cdk/minimal.out');

async function tempCopy(from: string): Promise<string> {
  const to = join(tempDir('cfn-audit-cdk-'), 'cdk.out');
  await cp(from, to, { recursive: true });
  return to;
}

function byName(sources: readonly SourceFile[], name: string): SourceFile {
  const found = sources.find((s) => s.stackName === name);
  if (found === undefined) throw new Error(`no stack ${name}; have ${sources.map((s) => s.stackName).join(', ')}`);
  return found;
}

describe('minimal fixture', () => {
  it('is recognised as a cloud assembly (directory or manifest.json)', async () => {
    expect(await isCloudAssembly(minimal)).toBe(true);
    expect(await isCloudAssembly(join(minimal, 'manifest.json'))).toBe(true);
    expect(await isCloudAssembly(join(minimal, 'MinimalStack.template.json'))).toBe(false);
    expect(await isCloudAssembly(resolve(repo, 'fixtures'))).toBe(false);
  });

  it('reads the stack and its nested stack with construct paths from inline metadata', async () => {
    const { sources, errors } = await readCloudAssembly(minimal, { cwd: repo });
    expect(errors).toEqual([]);
    expect(sources.map((s) => s.stackName)).toEqual(['MinimalStack', 'MinimalStack/NetNestedStackNetNestedStackResource58448773']);
    const root = byName(sources, 'MinimalStack');
    expect(root).toMatchObject({
      file: 'fixtures/cdk/minimal.out/MinimalStack.template.json',
      origin: 'cdk',
      syntax: 'json',
      parents: [],
      explicit: true,
    });
    expect(root.cdkPaths).toEqual({
      Bastion2B4CEC30: 'MinimalStack/Bastion/Resource',
      NetNestedStackNetNestedStackResource58448773: 'MinimalStack/Net.NestedStack/Net.NestedStackResource',
    });
    expect(root.text).toContain('"0.0.0.0/0"');
    const nested = sources[1]!;
    expect(nested.file).toBe('fixtures/cdk/minimal.out/MinimalStackNet826D75B9.nested.template.json');
    expect(nested.parents).toEqual(['MinimalStack']);
    expect(nested.cdkPaths).toEqual({ TopicBFC7AF6E: 'MinimalStack/Net/Topic/Resource' });
  });

  it('reads a manifest of a newer schema version and ignores unknown artifact types', async () => {
    const dir = await tempCopy(minimal);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { version: string; artifacts: Record<string, unknown> };
    manifest.version = '99.0.0';
    manifest.artifacts['Future'] = { type: 'cdk:something-new', properties: { file: 'nope.json' } };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(await isCloudAssembly(dir)).toBe(true);
    const { sources, errors } = await readCloudAssembly(join(dir, 'manifest.json'), { cwd: dir });
    expect(errors).toEqual([]);
    expect(sources.map((s) => s.file)).toEqual(['MinimalStack.template.json', 'MinimalStackNet826D75B9.nested.template.json']);
  });

  it('reports a missing template as an error and keeps the rest', async () => {
    const dir = await tempCopy(minimal);
    await unlink(join(dir, 'MinimalStackNet826D75B9.nested.template.json'));
    const { sources, errors } = await readCloudAssembly(dir, { cwd: dir });
    expect(sources.map((s) => s.stackName)).toEqual(['MinimalStack']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'MinimalStackNet826D75B9.nested.template.json', line: null, column: null });
    expect(errors[0]!.message).toContain('ENOENT');
  });

  it('reports a corrupt manifest with its position instead of throwing', async () => {
    const dir = await tempCopy(minimal);
    await writeFile(join(dir, 'manifest.json'), '{\n  "version": "55.0.0",\n  "artifacts": {\n    "A": ,\n');
    const { sources, errors } = await readCloudAssembly(dir, { cwd: dir });
    expect(sources).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'manifest.json', line: 4, column: 10 });
    // Without the cdk.out marker a broken manifest.json is just some file; with it the directory is an assembly.
    expect(await isCloudAssembly(dir)).toBe(false);
    await writeFile(join(dir, 'cdk.out'), '{"version":"55.0.0"}');
    expect(await isCloudAssembly(dir)).toBe(true);
  });

  it('reports a manifest without artifacts and a missing manifest', async () => {
    const dir = await tempCopy(minimal);
    await writeFile(join(dir, 'manifest.json'), '{"version":"55.0.0"}');
    const noArtifacts = await readCloudAssembly(dir, { cwd: dir });
    expect(noArtifacts.errors).toMatchObject([{ file: 'manifest.json' }]);
    await unlink(join(dir, 'manifest.json'));
    const missing = await readCloudAssembly(dir, { cwd: dir });
    expect(missing.sources).toEqual([]);
    expect(missing.errors).toMatchObject([{ file: 'manifest.json', line: null }]);
  });

  it('does not loop on a template that references itself, nor read outside the assembly', async () => {
    const dir = await tempCopy(minimal);
    const nestedFile = join(dir, 'MinimalStackNet826D75B9.nested.template.json');
    await writeFile(
      nestedFile,
      JSON.stringify({
        Resources: {
          Self: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 'MinimalStackNet826D75B9.nested.template.json' } },
          Escape: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': '../outside.template.json' } },
        },
      }),
    );
    await writeFile(join(dir, '..', 'outside.template.json'), '{"Resources":{}}');
    const { sources, errors } = await readCloudAssembly(dir, { cwd: dir });
    expect(sources).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('outside the cloud assembly');
  });
});

describe.skipIf(!existsSync(join(corpus, 'manifest.json')))(`corpus cdk.out${corpusSkipNote}`, () => {
  it('reads 2 stacks and 1 nested stack with names, parents and construct paths', async () => {
    const { sources, errors } = await readCloudAssembly(corpus, { cwd: repo });
    expect(errors).toEqual([]);
    const nestedName = 'CorpusAppStack/MonitoringNestedStackMonitoringNestedStackResource001F85AB';
    expect(sources.map((s) => s.stackName)).toEqual(['CorpusNetworkStack', 'CorpusAppStack', nestedName]);

    const network = byName(sources, 'CorpusNetworkStack');
    expect(network.file).toBe(relative(repo, join(corpus, 'CorpusNetworkStack.template.json')));
    expect(network.parents).toEqual([]);
    expect(network.cdkPaths?.['BastionSg3D6BE75A']).toBe('CorpusNetworkStack/BastionSg/Resource');
    expect(network.cdkPaths?.['VpcpublicSubnet1Subnet2BB74ED7']).toBe('CorpusNetworkStack/Vpc/publicSubnet1/Subnet');

    const app = byName(sources, 'CorpusAppStack');
    expect(app.cdkPaths).toMatchObject({
      OpsRoleDefaultPolicyA9DDDC55: 'CorpusAppStack/OpsRole/DefaultPolicy/Resource',
      UploadsBucket5E5E9B64: 'CorpusAppStack/UploadsBucket/Resource',
      MonitoringNestedStackMonitoringNestedStackResource001F85AB: 'CorpusAppStack/Monitoring.NestedStack/Monitoring.NestedStackResource',
      // CDKMetadata exists in both templates: each file gets its own.
      CDKMetadata: 'CorpusAppStack/CDKMetadata/Default',
    });
    expect(app.cdkPaths?.['AlarmTopicD01E77F9']).toBeUndefined();

    const nested = byName(sources, nestedName);
    expect(nested.file).toBe(relative(repo, join(corpus, 'CorpusAppStackMonitoringE6C90687.nested.template.json')));
    expect(nested.parents).toEqual(['CorpusAppStack']);
    expect(nested.cdkPaths).toMatchObject({
      AlarmTopicD01E77F9: 'CorpusAppStack/Monitoring/AlarmTopic/Resource',
      OrdersDlq16CD0DA3: 'CorpusAppStack/Monitoring/OrdersDlq/Resource',
      ErrorsAlarm39B3548B: 'CorpusAppStack/Monitoring/ErrorsAlarm/Resource',
      CDKMetadata: 'CorpusAppStack/Monitoring/CDKMetadata/Default',
    });
    expect(nested.cdkPaths?.['UploadsBucket5E5E9B64']).toBeUndefined();
  });

  it('falls back to tree.json when the metadata files are gone', async () => {
    const dir = await tempCopy(corpus);
    for (const f of await readdir(dir)) if (f.endsWith('.metadata.json')) await unlink(join(dir, f));
    const { sources, errors } = await readCloudAssembly(dir, { cwd: dir });
    expect(errors).toEqual([]);
    expect(sources).toHaveLength(3);
    expect(byName(sources, 'CorpusNetworkStack').cdkPaths?.['BastionSg3D6BE75A']).toBe('CorpusNetworkStack/BastionSg/Resource');
    expect(sources[2]!.cdkPaths?.['OrdersDlq16CD0DA3']).toBe('CorpusAppStack/Monitoring/OrdersDlq/Resource');
  });
});

describe('cdk.out synthesized by aws-cdk-lib (no CLI context)', () => {
  let outdir = '';

  beforeAll(async () => {
    const cdk = await import('aws-cdk-lib');
    const ec2 = await import('aws-cdk-lib/aws-ec2');
    const sns = await import('aws-cdk-lib/aws-sns');
    outdir = join(tempDir('cfn-audit-synth-'), 'cdk.out');

    const app = new cdk.App({ outdir });
    const stack = new cdk.Stack(app, 'AuditDemo');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-123', availabilityZones: ['us-east-1a'] });
    const sg = new ec2.SecurityGroup(stack, 'Bastion', { vpc });
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
    const cfnSg = sg.node.defaultChild as InstanceType<typeof ec2.CfnSecurityGroup>;
    cfnSg.cfnOptions.metadata = { 'cfn-audit': { suppress: [{ rule: 'SSHOpenToWorld', reason: 'bastion, reviewed' }] } };
    const net = new cdk.NestedStack(stack, 'Net');
    new sns.Topic(net, 'Topic');
    const inner = new cdk.NestedStack(net, 'Inner');
    new sns.Topic(inner, 'InnerTopic');
    const stage = new cdk.Stage(app, 'Prod');
    const api = new cdk.Stack(stage, 'Api');
    new sns.Topic(api, 'ApiTopic');
    app.synth();
  }, 120_000);

  it('reads the stack, nested stacks (two levels) and the Stage stack', async () => {
    const { sources, errors } = await readCloudAssembly(outdir, { cwd: outdir });
    expect(errors).toEqual([]);
    const names = sources.map((s) => s.stackName);
    expect(names).toHaveLength(4);
    expect(names).toContain('AuditDemo');
    expect(names).toContain('Prod-Api');
    const net = sources.find((s) => s.parents?.length === 1);
    const inner = sources.find((s) => s.parents?.length === 2);
    expect(net?.stackName).toMatch(/^AuditDemo\/NetNestedStackNetNestedStackResource[0-9A-F]{8}$/);
    expect(inner?.stackName).toMatch(/^AuditDemo\/NetNestedStack\w+\/InnerNestedStackInnerNestedStackResource[0-9A-F]{8}$/);
    expect(inner?.parents).toEqual(['AuditDemo', net?.stackName]);

    const root = byName(sources, 'AuditDemo');
    // Plain app.synth() writes no aws:cdk:path: construct paths must come from the assembly metadata.
    expect(root.text).not.toContain('aws:cdk:path');
    expect(root.text).toContain('"cfn-audit"');
    expect(root.text).toContain('bastion, reviewed');
    expect(Object.entries(root.cdkPaths ?? {})).toContainEqual([expect.stringMatching(/^Bastion[0-9A-F]{8}$/), 'AuditDemo/Bastion/Resource']);
    expect(Object.values(net?.cdkPaths ?? {})).toEqual(expect.arrayContaining(['AuditDemo/Net/Topic/Resource']));
    expect(Object.values(net?.cdkPaths ?? {})).not.toContain('AuditDemo/Net/Inner/InnerTopic/Resource');
    expect(Object.values(inner?.cdkPaths ?? {})).toContain('AuditDemo/Net/Inner/InnerTopic/Resource');

    const prod = byName(sources, 'Prod-Api');
    expect(prod.file).toMatch(/^assembly-Prod\/.+\.template\.json$/);
    expect(prod.parents).toEqual([]);
    expect(Object.values(prod.cdkPaths ?? {})).toContain('Prod/Api/ApiTopic/Resource');
  });

  it('still finds nested templates and paths with neither metadata files nor path metadata (tree.json + asset manifest)', async () => {
    const dir = await tempCopy(outdir);
    for (const sub of [dir, join(dir, 'assembly-Prod')]) {
      for (const f of await readdir(sub)) if (f.endsWith('.metadata.json')) await unlink(join(sub, f));
    }
    const { sources, errors } = await readCloudAssembly(dir, { cwd: dir });
    expect(errors).toEqual([]);
    expect(sources).toHaveLength(4);
    expect(Object.values(byName(sources, 'AuditDemo').cdkPaths ?? {})).toContain('AuditDemo/Bastion/Resource');
    expect(Object.values(byName(sources, 'Prod-Api').cdkPaths ?? {})).toContain('Prod/Api/ApiTopic/Resource');
    const inner = sources.find((s) => s.parents?.length === 2);
    expect(Object.values(inner?.cdkPaths ?? {})).toEqual(['AuditDemo/Net/Inner/InnerTopic/Resource']);
  });
});
