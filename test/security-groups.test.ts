/**
 * The security-group checks on hand-written templates, with exact expectations: where a finding points
 * (path, line, column, the offending line), which resource carries it, unknown outcomes for values only
 * known at deploy time, the Fn::If branch it holds under, and one finding per rule and resource.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/types/types.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { cidrIsBroad, cidrIsPrivate, cidrIsWorld, normalizeProtocol, parseCidr, portRangeIncludes, toPort } from '../src/model/network.js';
import { auditText, findingsOf } from './helpers/audit.js';
import { unknownReasonText } from '../src/report/describe.js';

/** The security-group family (rows 1-16 of the rule pack), every one on: other rules do not disturb these tests. */
const SG_RULE_IDS = [
  'SSHOpenToWorld',
  'RDPOpenToWorld',
  'AllTrafficOpenToWorld',
  'DatabasePortOpenToWorld',
  'RemoteAdminPortOpenToWorld',
  'AllowHttp',
  'IngressOpenToWorld',
  'IngressBroadCidr',
  'IngressAllProtocols',
  'IngressPortRange',
  'EgressAllToWorld',
  'SecurityGroupMissingEgress',
  'SecurityGroupRuleNoDescription',
  'PublicIngressOnPrivateResource',
  'RdsDbSecurityGroupOpenToWorld',
  'NetworkAclAllowAll',
] as const;
const allRules = builtinRules()
  .filter((r) => (SG_RULE_IDS as readonly string[]).includes(r.id))
  .map((r) => ({ ...r, enabled: true }));
const defaultRules = allRules.map((r) => ({ ...r, enabled: builtinRules().find((b) => b.id === r.id)!.enabled })).filter((r) => r.enabled);
const audit = (text: string, parameters?: Record<string, string>) => auditText(text, { rules: allRules, parameters });
const only = (findings: Finding[]): Finding => {
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

it('the security-group family is in the catalogue', () => {
  expect(allRules.map((r) => r.id).sort()).toEqual([...SG_RULE_IDS].sort());
});

describe('finding locations', () => {
  const yaml = [
    'Resources:', //                                       1
    '  WebSg:', //                                          2
    '    Type: AWS::EC2::SecurityGroup', //                 3
    '    Properties:', //                                   4
    '      GroupDescription: web', //                       5
    '      SecurityGroupIngress:', //                       6
    '        - IpProtocol: tcp', //                         7
    '          FromPort: 443', //                           8
    '          ToPort: 443', //                             9
    '          CidrIp: 10.0.0.0/16', //                    10
    '        - IpProtocol: tcp', //                        11
    '          FromPort: 22', //                           12
    '          ToPort: 22', //                             13
    '          CidrIp: 0.0.0.0/0', //                      14
    '',
  ].join('\n');

  it('points at the CidrIp key of the offending entry (YAML)', () => {
    const f = only(findingsOf(audit(yaml), 'SSHOpenToWorld'));
    expect(f.path).toEqual(['Resources', 'WebSg', 'Properties', 'SecurityGroupIngress', 1, 'CidrIp']);
    expect([f.line, f.column]).toEqual([14, 11]);
    expect(f.snippet).toBe('          CidrIp: 0.0.0.0/0');
    expect(f.logicalId).toBe('WebSg');
    expect(f.resourceType).toBe('AWS::EC2::SecurityGroup');
    expect(f.outcome).toBe('fail');
    expect(f.risk).toBe(7);
    expect(f.data).toEqual({ cidr: '0.0.0.0/0', protocol: 'tcp', ports: '22' });
    expect(f.conditions).toEqual([]);
  });

  it('points at the CidrIp key of the offending entry (JSON), with the same fingerprint as the YAML', () => {
    const json = JSON.stringify(
      {
        Resources: {
          WebSg: {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
              GroupDescription: 'web',
              SecurityGroupIngress: [
                { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/16' },
                { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' },
              ],
            },
          },
        },
      },
      null,
      2,
    );
    const f = only(findingsOf(auditText(json, { rules: allRules, file: 'template.yaml' }), 'SSHOpenToWorld'));
    const lines = json.split('\n');
    const line = lines.findIndex((l) => l.includes('"CidrIp": "0.0.0.0/0"')) + 1;
    expect(f.line).toBe(line);
    expect(f.column).toBe(lines[line - 1]!.indexOf('"CidrIp"') + 1);
    expect(f.fingerprint).toBe(only(findingsOf(audit(yaml), 'SSHOpenToWorld')).fingerprint);
  });

  it('points at the CidrIpv6 key of a standalone ingress and puts the finding on the ingress resource', () => {
    const t = [
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties: {GroupDescription: x}',
      '  SshV6:',
      '    Type: AWS::EC2::SecurityGroupIngress',
      '    Properties:',
      '      GroupId: !Ref Sg',
      '      IpProtocol: tcp',
      '      FromPort: 22',
      '      ToPort: 22',
      '      CidrIpv6: ::/0',
    ].join('\n');
    const stack = audit(t);
    const f = only(findingsOf(stack, 'SSHOpenToWorld'));
    expect(f.logicalId).toBe('SshV6');
    expect(f.resourceType).toBe('AWS::EC2::SecurityGroupIngress');
    expect(f.path).toEqual(['Resources', 'SshV6', 'Properties', 'CidrIpv6']);
    expect([f.line, f.column]).toEqual([12, 7]);
    // The group itself is not blamed for its standalone rule.
    expect(stack.findings.filter((x) => x.logicalId === 'Sg' && x.ruleId === 'SSHOpenToWorld')).toEqual([]);
  });

  it('points inside the Fn::If branch that opens the port', () => {
    const t = [
      'Conditions:', //                                         1
      '  AllowSsh: !Equals [!Ref AWS::Region, us-east-1]', //    2
      'Resources:', //                                          3
      '  Sg:', //                                               4
      '    Type: AWS::EC2::SecurityGroup', //                   5
      '    Properties:', //                                     6
      '      GroupDescription: x', //                           7
      '      SecurityGroupIngress:', //                         8
      '        - !If', //                                       9
      '          - AllowSsh', //                               10
      '          - IpProtocol: tcp', //                        11
      '            FromPort: 22', //                           12
      '            ToPort: 22', //                             13
      '            CidrIp: 0.0.0.0/0', //                      14
      '          - !Ref AWS::NoValue', //                      15
    ].join('\n');
    const f = only(findingsOf(audit(t), 'SSHOpenToWorld'));
    expect(f.path).toEqual(['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 0, 'Fn::If', 1, 'CidrIp']);
    expect([f.line, f.column]).toEqual([14, 13]);
    expect(f.conditions).toEqual([{ condition: 'AllowSsh', branch: true }]);
  });
});

describe('values only known at deploy time', () => {
  const withCidr = (cidr: string, port = 22) =>
    [
      'Resources:',
      '  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}',
      '  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: x}}',
      '  In:',
      '    Type: AWS::EC2::SecurityGroupIngress',
      '    Properties:',
      '      GroupId: !Ref Sg',
      '      IpProtocol: tcp',
      `      FromPort: ${port}`,
      `      ToPort: ${port}`,
      `      CidrIp: ${cidr}`,
    ].join('\n');

  it.each([
    ['Fn::ImportValue', '!ImportValue shared-cidr', /ImportValue/],
    ['Fn::GetAtt', '!GetAtt Sg.GroupId', /GetAtt Sg\.GroupId/],
    ['a parameter without default', '!Ref Missing', /Missing/],
    ['a pseudo parameter in Fn::Sub', "!Sub '${AWS::Region}/0'", /AWS::Region/],
  ])('a CidrIp from %s on port 22 is unknown, not pass and not fail', (_, cidr, reason) => {
    const stack = audit(withCidr(cidr));
    expect(stack.findings.filter((f) => f.outcome === 'fail' && f.ruleId !== 'SecurityGroupRuleNoDescription' && f.ruleId !== 'SecurityGroupMissingEgress')).toEqual([]);
    const f = only(findingsOf(stack, 'SSHOpenToWorld'));
    expect(f.outcome).toBe('unknown');
    expect(f.logicalId).toBe('In');
    expect(f.path).toEqual(['Resources', 'In', 'Properties', 'CidrIp']);
    expect(String(unknownReasonText(f))).toMatch(reason);
    // Unknown findings do not count by default…
    expect(stack.score).toBe(allRules.find((r) => r.id === 'SecurityGroupRuleNoDescription')!.risk + allRules.find((r) => r.id === 'SecurityGroupMissingEgress')!.risk);
  });

  it.each([
    [
      'an SSM parameter type (its Default is a parameter name)',
      'Parameters: {AdminCidr: {Type: "AWS::SSM::Parameter::Value<String>", Default: /net/admin-cidr}}',
      '!Ref AdminCidr',
      /SSM Parameter Store \(\/net\/admin-cidr\)/,
    ],
    ['a dynamic reference', '', "'{{resolve:ssm:/net/admin-cidr}}'", /dynamic reference/],
  ])('a CidrIp from %s is unknown, not a non-world text that passes', (_, params, cidr, reason) => {
    const f = only(findingsOf(audit(`${params}\n${withCidr(cidr)}`), 'SSHOpenToWorld'));
    expect(f.outcome).toBe('unknown');
    expect(String(unknownReasonText(f))).toMatch(reason);
  });

  it('counts the unknown finding when countUnknown is on', () => {
    const stack = auditText(withCidr('!ImportValue shared-cidr'), { rules: defaultRules, countUnknown: true });
    expect(findingsOf(stack, 'SSHOpenToWorld')[0]?.outcome).toBe('unknown');
    expect(stack.score).toBe(7);
    expect(stack.decision).toBe('manual-approval');
  });

  it('an unknown CIDR on a port no rule cares about raises no port-specific unknown', () => {
    const stack = audit(withCidr('!ImportValue shared-cidr', 443));
    for (const id of ['SSHOpenToWorld', 'RDPOpenToWorld', 'DatabasePortOpenToWorld', 'AllowHttp', 'AllTrafficOpenToWorld']) expect(findingsOf(stack, id)).toEqual([]);
  });

  it('a narrow CIDR decides even when the port is unknown', () => {
    const t = withCidr('203.0.113.0/24').replace('FromPort: 22', 'FromPort: !ImportValue port').replace('ToPort: 22', 'ToPort: !ImportValue port');
    expect(findingsOf(audit(t), 'SSHOpenToWorld')).toEqual([]);
  });

  it('a world CIDR with an unknown port is one unknown finding: the highest-risk rule it could break', () => {
    const t = withCidr('0.0.0.0/0').replace('FromPort: 22', 'FromPort: !ImportValue port').replace('ToPort: 22', 'ToPort: !ImportValue port');
    const unknown = audit(t).findings.filter((f) => f.outcome === 'unknown');
    const f = only(unknown);
    expect(f.ruleId).toBe('AllTrafficOpenToWorld');
    expect(f.data['cidr']).toBe('0.0.0.0/0');
    expect(String(unknownReasonText(f))).toMatch(/ImportValue/);
    expect(audit(t).findings.filter((x) => x.outcome === 'fail' && x.logicalId === 'In' && x.ruleId !== 'SecurityGroupRuleNoDescription')).toEqual([]);
  });
});

describe('values EC2 would refuse are undecided, with the reason', () => {
  const entry = (e: string) => `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress:\n        - ${e}\n`;
  it.each([
    ['{IpProtocol: tcp, FromPort: 30, ToPort: 20, CidrIp: 0.0.0.0/0}', 'FromPort 30 / ToPort 20 is not a port range'],
    ['{IpProtocol: tcp, FromPort: "1e400", ToPort: 22, CidrIp: 0.0.0.0/0}', 'FromPort "1e400" / ToPort 22 is not a port range'],
    ['{IpProtocol: {a: 1}, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}', 'IpProtocol {"a":1} is not a protocol'],
    ['{IpProtocol: tcpx, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}', 'IpProtocol "tcpx" is not a protocol'],
    ['{FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}', 'IpProtocol is missing'],
  ])('%s', (e, reason) => {
    const unknown = audit(entry(e)).findings.filter((f) => f.outcome === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.map((f) => unknownReasonText(f))).toEqual(unknown.map(() => reason));
    expect(audit(entry(e)).findings.filter((f) => f.outcome === 'fail' && f.ruleId !== 'SecurityGroupRuleNoDescription' && f.ruleId !== 'SecurityGroupMissingEgress')).toEqual([]);
  });
});

describe('conditions', () => {
  it('a finding under Fn::If names the condition and the branch; the other branch is not reported', () => {
    const t = [
      'Parameters: {Env: {Type: String, AllowedValues: [dev, prod]}}',
      'Conditions: {IsProd: !Equals [!Ref Env, prod]}',
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: x',
      '      SecurityGroupIngress:',
      '        - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: !If [IsProd, 10.0.0.0/16, 0.0.0.0/0]}',
    ].join('\n');
    const f = only(findingsOf(audit(t), 'RDPOpenToWorld'));
    expect(f.conditions).toEqual([{ condition: 'IsProd', branch: false }]);
    expect(f.data['cidr']).toBe('0.0.0.0/0');
  });

  it('nested Fn::If: every condition on the path is named', () => {
    const t = [
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: x',
      '      SecurityGroupIngress: !If',
      '        - Outer',
      '        - - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !If [Inner, 10.0.0.0/16, 0.0.0.0/0]}',
      '        - []',
    ].join('\n');
    const f = only(findingsOf(audit(t), 'SSHOpenToWorld'));
    expect(f.conditions).toEqual([
      { condition: 'Outer', branch: true },
      { condition: 'Inner', branch: false },
    ]);
    expect(f.path).toEqual(['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 'Fn::If', 1, 0, 'CidrIp']);
  });

  it('contradictory branches of one condition are never combined', () => {
    // Under C the CIDR is open but the port is 443; under !C the port is 22 but the CIDR is narrow.
    const t = [
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: x',
      '      SecurityGroupIngress:',
      '        - IpProtocol: tcp',
      '          FromPort: !If [C, 443, 22]',
      '          ToPort: !If [C, 443, 22]',
      '          CidrIp: !If [C, 0.0.0.0/0, 10.0.0.0/16]',
    ].join('\n');
    const stack = audit(t);
    expect(findingsOf(stack, 'SSHOpenToWorld')).toEqual([]);
    const https = only(findingsOf(stack, 'IngressOpenToWorld'));
    expect(https.conditions).toEqual([{ condition: 'C', branch: true }]);
    expect(https.data['ports']).toBe('443');
  });
});

describe('one finding per rule and resource', () => {
  it('several offending entries give one finding each, so every place is listed', () => {
    const t = [
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: x',
      '      SecurityGroupIngress:',
      '        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}',
      '        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIpv6: "::/0"}',
      '        - {IpProtocol: tcp, FromPort: 20, ToPort: 30, CidrIp: 0.0.0.0/0}',
      '        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/16}',
    ].join('\n');
    const fs = findingsOf(audit(t), 'SSHOpenToWorld');
    expect(fs.map((f) => [f.line, f.data['cidr'], f.data['ports']])).toEqual([
      [7, '0.0.0.0/0', '22'],
      [8, '::/0', '22'],
      [9, '0.0.0.0/0', '20-30'],
    ]);
  });

  it('an entry with several Fn::If alternatives that all fail counts once', () => {
    const t = [
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: x',
      '      SecurityGroupIngress:',
      "        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !If [C, 0.0.0.0/0, '0.0.0.0/1']}",
    ].join('\n');
    expect(only(findingsOf(audit(t), 'SSHOpenToWorld')).line).toBe(7);
  });

  it('a standalone ingress and its group are separate resources, each with its own finding', () => {
    const t = [
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: x',
      '      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]',
      '  More:',
      '    Type: AWS::EC2::SecurityGroupIngress',
      '    Properties: {GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}',
    ].join('\n');
    expect(
      findingsOf(audit(t), 'SSHOpenToWorld')
        .map((f) => f.logicalId)
        .sort(),
    ).toEqual(['More', 'Sg']);
  });
});

describe('PublicIngressOnPrivateResource', () => {
  const resources = {
    DbSg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'db', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '203.0.113.0/24' }] },
    },
    Extra: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'DbSg' }, IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '198.51.100.0/24' } },
    ZDb: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', VPCSecurityGroups: [{ Ref: 'DbSg' }] } },
    ADb: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', VPCSecurityGroups: [{ 'Fn::GetAtt': ['DbSg', 'GroupId'] }] } },
  };

  it('lists every public entry of the group (inline and standalone), the same whatever the order of the resources', () => {
    const forward = JSON.stringify({ Resources: resources });
    const backward = JSON.stringify({ Resources: Object.fromEntries(Object.entries(resources).reverse()) });
    const a = findingsOf(audit(forward), 'PublicIngressOnPrivateResource');
    const b = findingsOf(audit(backward), 'PublicIngressOnPrivateResource');
    const byCidr = (fs: Finding[]) => fs.map((f) => f.data).sort((x, y) => String(x['cidr']).localeCompare(String(y['cidr'])));
    expect(byCidr(a).map((d) => d['cidr'])).toEqual(['198.51.100.0/24', '203.0.113.0/24']);
    expect(byCidr(a)).toEqual(byCidr(b));
    expect(a.map((f) => f.fingerprint).sort()).toEqual(b.map((f) => f.fingerprint).sort());
    expect(a.every((f) => f.data['consumer'] === 'ADb' && f.logicalId === 'DbSg')).toBe(true);
  });
});

describe('network semantics', () => {
  it.each([
    ['0.0.0.0/0', true],
    ['::/0', true],
    ['::0/0', true],
    ['0:0:0:0:0:0:0:0/0', true],
    ['128.0.0.0/1', true],
    ['0.0.0.0/7', true],
    ['0.0.0.0/8', false],
    ['2000::/3', true],
    ['2000::/16', false],
    [' 0.0.0.0/0 ', true],
    ['0.0.0.0', false],
    ['0.0.0.0/33', false],
    ['256.0.0.0/0', false],
    ['not a cidr', false],
  ])('cidrIsWorld(%j) is %s', (cidr, world) => {
    expect(cidrIsWorld(cidr)).toBe(world);
  });

  it('broad and private ranges', () => {
    expect(['10.0.0.0/8', '172.16.0.0/12', '10.0.0.0/15', '2001:db8::/32'].map(cidrIsBroad)).toEqual([true, true, true, true]);
    expect(['10.0.0.0/16', '0.0.0.0/0', '::/0', '2001:db8::/48'].map(cidrIsBroad)).toEqual([false, false, false, false]);
    expect(['10.1.0.0/16', '172.31.0.0/16', '192.168.1.0/24', 'fd00::/8', 'fe80::/10'].map(cidrIsPrivate)).toEqual([true, true, true, true, true]);
    expect(['172.32.0.0/16', '8.8.8.0/24', '0.0.0.0/0', '10.0.0.0/7', '2001:db8::/32'].map(cidrIsPrivate)).toEqual([false, false, false, false, false]);
    expect(parseCidr('1:2:3:4:5:6:7:8:9/64')).toBeNull();
  });

  it('protocols: -1/"-1"/all mean every protocol; names and numbers of the four EC2 names; other numbers are "other"', () => {
    expect([-1, '-1', 'all', 'ALL'].map(normalizeProtocol)).toEqual(['all', 'all', 'all', 'all']);
    expect(['tcp', 'TCP', 6, '6', 'udp', 17, 'icmp', 1, 'icmpv6', 58].map(normalizeProtocol)).toEqual([
      'tcp',
      'tcp',
      'tcp',
      'tcp',
      'udp',
      'udp',
      'icmp',
      'icmp',
      'icmpv6',
      'icmpv6',
    ]);
    expect([47, '50', 132].map(normalizeProtocol)).toEqual(['other', 'other', 'other']);
    expect(normalizeProtocol(undefined)).toBeNull();
  });

  it('protocol values EC2 would refuse are not read as "every port"', () => {
    expect([{ a: 1 }, 'tcpx', 'true', true, 256, '1.5', [6]].map(normalizeProtocol)).toEqual([null, null, null, null, null, null, null]);
  });

  it('ports: numbers or numeric text; ranges include both ends; -1 means all', () => {
    expect([22, '22', ' 22 ', -1, '1e3', 22.5, null].map(toPort)).toEqual([22, 22, 22, -1, null, null, null]);
    expect(portRangeIncludes({ FromPort: 20, ToPort: 25 }, 22)).toBe(true);
    expect(portRangeIncludes({ FromPort: '20', ToPort: '22' }, 22)).toBe(true);
    expect(portRangeIncludes({ FromPort: 23, ToPort: 25 }, 22)).toBe(false);
    expect(portRangeIncludes({ FromPort: -1, ToPort: -1 }, 22)).toBe(true);
    expect(portRangeIncludes(22, 22)).toBe(true);
  });
});

describe('SecurityGroupRuleNoDescription', () => {
  const group = (...lines: string[]) => ['Resources:', '  Sg:', '    Type: AWS::EC2::SecurityGroup', '    Properties:', '      GroupDescription: x', ...lines].join('\n');

  it('lists every entry without a Description, ingress and egress, each once', () => {
    const t = group(
      '      SecurityGroupIngress:',
      '        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}',
      '        - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 10.0.0.0/8, Description: web}',
      '        - {IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: !If [C, 10.0.0.0/8, 10.1.0.0/16]}',
      '      SecurityGroupEgress:',
      '        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, DestinationSecurityGroupId: sg-1}',
    );
    const fs = findingsOf(audit(t), 'SecurityGroupRuleNoDescription');
    expect(fs.map((f) => [f.line, f.data['entry']])).toEqual([
      [7, 'tcp 443 from 10.0.0.0/8'],
      [9, 'tcp 8080 from 10.0.0.0/8'],
      [11, 'tcp 443 to a security group or prefix list'],
    ]);
  });
});
