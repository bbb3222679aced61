import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AuditReport } from '../src/types/types.js';
import { formatSarif } from '../src/report/sarif.js';
import { finding, sampleContext, sampleReport } from './helpers/sample-report.js';
import { tempDir } from './helpers/temp.js';

interface SarifLike {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: Record<string, unknown>[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: Record<string, unknown>[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> };
        logicalLocations: { name: string; fullyQualifiedName: string }[];
      }[];
      partialFingerprints: Record<string, string>;
      properties: Record<string, unknown>;
      suppressions?: { kind: string; status: string; justification: string }[];
    }[];
  }[];
}

function parse(report: AuditReport = sampleReport, ctx = sampleContext): SarifLike {
  return JSON.parse(formatSarif(report, ctx)) as SarifLike;
}

function run0(s: SarifLike): SarifLike['runs'][number] {
  const run = s.runs[0];
  if (!run) throw new Error('no run');
  return run;
}

describe('formatSarif structure', () => {
  const sarif = parse();
  const run = run0(sarif);
  const byLogical = (id: string) => {
    const r = run.results.find((x) => x.locations[0]?.logicalLocations[0]?.name === id);
    if (!r) throw new Error(`no result for ${id}`);
    return r;
  };

  it('describes the tool', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'cfn-audit', semanticVersion: '0.1.0', informationUri: 'https://example.com/cfn-audit' });
  });

  it('lists each rule with a result once, with severity and tags', () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r['id'])).toEqual(['AllowHttp', 'IamPolicyWildcardAction', 'S3BucketPublicReadAcl', 'SSHOpenToWorld']);
    const ssh = rules[3];
    expect(ssh).toMatchObject({
      shortDescription: { text: 'Security group allows SSH from the internet.' },
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '7.0', tags: ['security', 'network'] },
      helpUri: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    });
    const help = ssh?.['help'] as { text: string; markdown: string };
    expect(help.text).toContain('Remediation: Restrict CidrIp');
    expect(help.text).toContain('Remediation in CDK: Use `ec2.Peer.ipv4');
    expect(help.text).toContain('Checkov CKV_AWS_24');
    expect(help.markdown).toContain('cdk-nag `AwsSolutions-EC23`');
    expect(rules[0]).toMatchObject({ defaultConfiguration: { level: 'note' }, properties: { 'security-severity': '3.0' } });
  });

  it('points ruleIndex at the rule', () => {
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.['id']).toBe(r.ruleId);
  });

  it('derives level from risk', () => {
    expect(byLogical('WebsiteBucket').level).toBe('error'); // 8
    expect(byLogical('BastionSg').level).toBe('error'); // 7
    expect(byLogical('HandlerServiceRoleDefaultPolicy').level).toBe('warning'); // 5
    expect(byLogical('LegacySg').level).toBe('note'); // 3
  });

  it('uses repository-relative, percent-encoded URIs and a region', () => {
    const r = run.results.find((x) => x.ruleId === 'SSHOpenToWorld' && x.properties['logicalId'] === 'WebSg');
    expect(r?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/templates/network%20stack.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 14, startColumn: 11, endLine: 14 },
    });
    expect(run.originalUriBaseIds['%SRCROOT%']?.uri).toBe('file:///repo/');
    expect(byLogical('AssetsBucket').locations[0]?.physicalLocation.artifactLocation.uri).toBe('infra/cdk.out/assembly-Prod/ProdApi.template.json');
  });

  it('uses cwd as the root when repoRoot is absent', () => {
    const own = run0(parse(sampleReport, { ...sampleContext, repoRoot: undefined }));
    expect(own.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('cdk.out/assembly-Prod/ProdApi.template.json');
    expect(own.originalUriBaseIds['%SRCROOT%']?.uri).toBe('file:///repo/infra/');
  });

  it('encodes special characters and uses an absolute URI outside the repository', () => {
    const f = (file: string) => finding({ ruleId: 'AllowHttp', logicalId: 'X', line: 1, file });
    const report: AuditReport = { ...sampleReport, stacks: [{ ...sampleReport.stacks[0]!, findings: [f('a%b#c?,d:e.yaml'), f('/outside/x y.yaml')] }] };
    const uris = run0(parse(report)).results.map((r) => r.locations[0]?.physicalLocation.artifactLocation);
    expect(uris).toEqual([{ uri: 'file:///outside/x%20y.yaml' }, { uri: 'infra/a%25b%23c%3F%2Cd%3Ae.yaml', uriBaseId: '%SRCROOT%' }]);
  });

  it('keeps the message, CDK path, logical location and fingerprint', () => {
    const r = byLogical('AssetsBucket');
    expect(r.message.text).toBe(
      'Not decided: S3 bucket is publicly readable (${AclParam}); a value could not be resolved: Ref to parameter AclParam has no default; review manually. Resource AssetsBucket (CDK path ProdApi/Assets/Bucket/Resource).',
    );
    expect(r.locations[0]?.logicalLocations).toEqual([{ name: 'AssetsBucket', fullyQualifiedName: 'ProdApi/Assets/Bucket/Resource', kind: 'resource' }]);
    expect(r.partialFingerprints).toEqual({ 'cfnAudit/v1': 'fp-S3BucketPublicReadAcl-AssetsBucket-12' });
    expect(r.properties).toEqual({
      risk: 8,
      outcome: 'unknown',
      status: 'active',
      logicalId: 'AssetsBucket',
      resourceType: 'AWS::S3::Bucket',
      cdkPath: 'ProdApi/Assets/Bucket/Resource',
      stack: 'ProdApi',
    });
    expect(byLogical('WebSg').message.text).toContain('(when condition IsProd is true). Resource WebSg.');
  });

  it('marks suppressed, excepted and baselined results and no active one', () => {
    expect(byLogical('LegacySg').suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Legacy ALB, redirects to HTTPS; ticket SEC-42' }]);
    expect(byLogical('WebsiteBucket').suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Public website bucket, approved by security (SEC-7), expires 2027-01-01' },
    ]);
    expect(byLogical('BastionSg').suppressions?.[0]?.kind).toBe('external');
    expect(byLogical('AssetsBucket').suppressions).toBeUndefined();
    expect(run.results.filter((r) => r.suppressions).length).toBe(3);
  });

  it('reports audit errors as failed execution notifications', () => {
    const inv = run.invocations[0];
    expect(inv?.executionSuccessful).toBe(false);
    expect(inv?.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'mapping values are not allowed here.' },
        descriptor: { id: 'audit-error' },
        locations: [
          { physicalLocation: { artifactLocation: { uri: 'infra/templates/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 3, endLine: 4 } } },
        ],
      },
    ]);
    const clean = run0(parse({ ...sampleReport, errors: [] }));
    expect(clean.invocations[0]?.executionSuccessful).toBe(true);
  });

  it('does not depend on the order findings arrive in', () => {
    const shuffled: AuditReport = { ...sampleReport, stacks: sampleReport.stacks.map((s) => ({ ...s, findings: [...s.findings].reverse() })) };
    expect(formatSarif(shuffled, sampleContext)).toBe(formatSarif(sampleReport, sampleContext));
  });
});

/**
 * Microsoft's validator with GitHub's ingestion rules. The npm wrapper runs the binary through a
 * shell, where the `;` in "Gh;Sarif" ends the command, so the native binary is called directly.
 */
function findValidator(): { bin: string } | { skip: string } {
  let bin: string;
  try {
    bin = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  } catch (e) {
    return { skip: `@microsoft/sarif-multitool has no binary for ${process.platform}: ${(e as Error).message}` };
  }
  const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', env: validatorEnv() });
  if (probe.error || probe.status !== 0) {
    return { skip: `sarif-multitool cannot run here: ${probe.error?.message ?? probe.stderr}` };
  }
  return { bin };
}

/** .NET needs ICU unless told to run culture-invariant; CI images often lack libicu. */
function validatorEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
}

interface Diagnostic {
  ruleId: string;
  level: string;
  text: string;
}

function validate(bin: string, dir: string, name: string, content: string): Diagnostic[] {
  const input = join(dir, name);
  const output = join(dir, `${name}.validation.sarif`);
  writeFileSync(input, content);
  const res = spawnSync(bin, ['validate', input, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: validatorEnv(),
    timeout: 120_000,
  });
  expect(res.error, res.stderr).toBeUndefined();
  expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(0);
  const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }[] };
  // A result without a level has SARIF's default level, warning.
  return (log.runs[0]?.results ?? []).map((r) => ({ ruleId: r.ruleId, level: r.level ?? 'warning', text: (r.message.arguments ?? []).join(' | ') }));
}

const validator = findValidator();
if ('skip' in validator) console.warn(`skipping SARIF validation: ${validator.skip}`);

describe.skipIf('skip' in validator)('sarif-multitool validate --rule-kind "Gh;Sarif"', () => {
  const bin = 'bin' in validator ? validator.bin : '';
  let dir = '';
  beforeAll(() => {
    dir = tempDir('cfn-audit-sarif-');
  });

  it('catches a SARIF file that GitHub would reject (so a clean result means something)', () => {
    const bad = JSON.parse(formatSarif(sampleReport, sampleContext)) as SarifLike;
    const rule = run0(bad).tool.driver.rules[0];
    if (rule) delete rule['help'];
    const diags = validate(bin, dir, 'bad.sarif', JSON.stringify(bad));
    expect(diags.filter((d) => d.level === 'error').map((d) => d.ruleId)).toContain('GH2012');
  }, 120_000);

  it('reports no errors and no warnings for the sample report', () => {
    const diags = validate(bin, dir, 'cfn audit.sarif', formatSarif(sampleReport, sampleContext));
    expect(diags.filter((d) => d.level === 'error' || d.level === 'warning')).toEqual([]);
  }, 120_000);

  it('reports no errors for an empty report and a report with unknown rules', () => {
    const empty: AuditReport = { ...sampleReport, decision: 'pass', stacks: [], errors: [], notices: [], rules: [] };
    expect(validate(bin, dir, 'empty.sarif', formatSarif(empty, sampleContext)).filter((d) => d.level === 'error')).toEqual([]);
    const orphan: AuditReport = { ...sampleReport, rules: [] };
    const diags = validate(bin, dir, 'orphan.sarif', formatSarif(orphan, { ...sampleContext, rules: new Map() }));
    expect(diags.filter((d) => d.level === 'error' || d.level === 'warning')).toEqual([]);
  }, 120_000);
});
