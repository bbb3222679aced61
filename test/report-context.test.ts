import { describe, it, expect } from 'vitest';
import { conditionText, fixText, levelForRisk, locationText, renderMessage, repoRelative, sortFindings } from '../src/report/context.js';
import { bucketRule, finding, httpRule, iamRule, sampleContext, sshRule } from './helpers/sample-report.js';

describe('renderMessage', () => {
  it('fills placeholders from finding.data', () => {
    const f = finding({ ruleId: 'SSHOpenToWorld', logicalId: 'Sg', line: 1, data: { port: 22, cidr: '0.0.0.0/0' } });
    expect(renderMessage(sshRule, f)).toBe('Port 22 is open to 0.0.0.0/0');
  });

  it('leaves unknown placeholders as they are and fills finding fields', () => {
    const rule = { ...sshRule, message: '{logicalId} ({resourceType}) exposes {port} via {missing}' };
    const f = finding({ ruleId: 'SSHOpenToWorld', logicalId: 'Sg', line: 1, data: { port: 22 } });
    expect(renderMessage(rule, f)).toBe('Sg (AWS::EC2::SecurityGroup) exposes 22 via {missing}');
  });

  it('prefers data over finding fields and renders false and 0', () => {
    const rule = { ...sshRule, message: '{logicalId}:{flag}:{n}' };
    const f = finding({ ruleId: 'SSHOpenToWorld', logicalId: 'Sg', line: 1, data: { logicalId: 'Other', flag: false, n: 0 } });
    expect(renderMessage(rule, f)).toBe('Other:false:0');
  });

  it('names the Fn::If branches', () => {
    const f = finding({
      ruleId: 'AllowHttp',
      logicalId: 'Sg',
      line: 1,
      data: { port: 80, cidr: '::/0' },
      conditions: [
        { condition: 'IsProd', branch: true },
        { condition: 'UseVpn', branch: false },
      ],
    });
    expect(renderMessage(httpRule, f)).toBe('Plain HTTP (port 80) is allowed from ::/0 (when condition IsProd is true and condition UseVpn is false)');
    expect(conditionText([])).toBe('');
  });

  it('words an unknown finding as undecided, from the title, never with the claim of the message', () => {
    const base = { ruleId: 'S3BucketPublicReadAcl', logicalId: 'B', line: 1, outcome: 'unknown' } as const;
    expect(renderMessage(bucketRule, finding({ ...base, data: { acl: '?', unknownReason: 'ImportValue Shared' } }))).toBe(
      `Not decided: ${bucketRule.title} (?); a value could not be resolved: ImportValue Shared; review manually`,
    );
    expect(renderMessage(bucketRule, finding({ ...base, data: {} }))).toBe(`Not decided: ${bucketRule.title}; a value could not be resolved; review manually`);
    const every = { ...bucketRule, title: 'All traffic open to the world', message: '{cidr} can reach every port ({protocol} {ports})' };
    const text = renderMessage(
      every,
      finding({ ...base, data: { cidr: '0.0.0.0/0', protocol: 'protocol unknown', ports: 'port unknown', unknownReason: 'IpProtocol is a parameter without default' } }),
    );
    expect(text).toBe(
      'Not decided: All traffic open to the world (0.0.0.0/0, protocol unknown, port unknown); a value could not be resolved: IpProtocol is a parameter without default; review manually',
    );
    expect(text).not.toMatch(/every port/);
  });

  it('says when context (what a group is attached to) was looked at and still left a finding', () => {
    const f = finding({ ruleId: 'AllowHttp', logicalId: 'Sg', line: 1, data: { cidr: '0.0.0.0/0', context: 'also-attached', fronts: 'Alb', others: 'Bastion' } });
    expect(renderMessage(httpRule, f)).toMatch(/fronts the internet-facing Alb, where this is by design, but is also attached to Bastion\)$/);
    const g = finding({ ruleId: 'AllowHttp', logicalId: 'Sg', line: 1, data: { cidr: '0.0.0.0/0', context: 'http-served', fronts: 'Alb', listeners: 'HttpListener' } });
    expect(renderMessage(httpRule, g)).toMatch(/port 80 there does not only redirect to HTTPS: HttpListener\)$/);
    const h = finding({ ruleId: 'AllowHttp', logicalId: 'Sg', line: 1, data: { cidr: '0.0.0.0/0', context: 'lb-listeners', fronts: 'Alb', listeners: 'Http (HTTP 80)' } });
    expect(renderMessage(httpRule, h)).toMatch(
      /attached only to internet-facing load balancers \(Alb\), which take connections on their listeners only; plain-text listeners in reach: Http \(HTTP 80\)\)$/,
    );
  });

  it('falls back to the rule id and logical id when the rule is missing', () => {
    expect(renderMessage(undefined, finding({ ruleId: 'Custom', logicalId: 'R', line: 1 }))).toBe('Custom on R');
  });
});

describe('fixText', () => {
  it('adds the CDK remediation only for findings from a CDK app', () => {
    const cfn = finding({ ruleId: 'S3BucketPublicReadAcl', logicalId: 'B', line: 1 });
    const cdk = { ...cfn, cdkPath: 'App/B/Resource' };
    expect(fixText(bucketRule, cfn)).toBe('Remove AccessControl and enable the S3 Block Public Access settings.');
    expect(fixText(bucketRule, cdk)).toBe('Remove AccessControl and enable the S3 Block Public Access settings. In CDK: Set `blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL`.');
    expect(fixText(iamRule, cdk)).toBe('List the actions the principal needs.');
    expect(fixText(undefined)).toBe('');
  });
});

describe('levelForRisk', () => {
  it.each([
    [10, 'error'],
    [7, 'error'],
    [6.9, 'warning'],
    [4, 'warning'],
    [3.9, 'note'],
    [1, 'note'],
  ] as const)('risk %s is %s', (risk, level) => {
    expect(levelForRisk(risk)).toBe(level);
  });
});

describe('sortFindings', () => {
  it('orders by file, line, column, rule and does not mutate its input', () => {
    const input = [
      finding({ ruleId: 'B', logicalId: 'x', line: 2, column: 1, file: 'a.yaml' }),
      finding({ ruleId: 'A', logicalId: 'x', line: 2, column: 1, file: 'a.yaml' }),
      finding({ ruleId: 'A', logicalId: 'x', line: 1, column: 9, file: 'b.yaml' }),
      finding({ ruleId: 'A', logicalId: 'x', line: 2, column: 0, file: 'a.yaml' }),
      finding({ ruleId: 'A', logicalId: 'x', line: 10, column: 1, file: 'a.yaml' }),
    ];
    const sorted = sortFindings(input);
    expect(sorted.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`)).toEqual(['a.yaml:2:0:A', 'a.yaml:2:1:A', 'a.yaml:2:1:B', 'a.yaml:10:1:A', 'b.yaml:1:9:A']);
    expect(input[0]?.ruleId).toBe('B');
  });
});

describe('repoRelative', () => {
  it('makes paths relative to the repository root with forward slashes', () => {
    expect(repoRelative('./templates/a b.yaml', sampleContext)).toEqual({
      path: 'infra/templates/a b.yaml',
      outside: false,
      absolute: '/repo/infra/templates/a b.yaml',
    });
    expect(repoRelative('/repo/x.yaml', sampleContext).path).toBe('x.yaml');
  });

  it('falls back to cwd when there is no repository root', () => {
    expect(repoRelative('t.yaml', { ...sampleContext, repoRoot: null }).path).toBe('t.yaml');
  });

  it('flags files outside the root and keeps them absolute', () => {
    expect(repoRelative('/elsewhere/t.yaml', sampleContext)).toEqual({ path: '/elsewhere/t.yaml', outside: true, absolute: '/elsewhere/t.yaml' });
    expect(repoRelative('../../t.yaml', sampleContext).outside).toBe(true);
  });

  it('formats file:line:col', () => {
    expect(locationText('t.yaml', 3, 4, sampleContext)).toBe('infra/t.yaml:3:4');
    expect(locationText('t.yaml', 3, null, sampleContext)).toBe('infra/t.yaml:3');
    expect(locationText('t.yaml', null, null, sampleContext)).toBe('infra/t.yaml');
  });
});
