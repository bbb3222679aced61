/**
 * `cfn-audit fix`: each fix on several shapes of template (YAML block and flow style, JSON, comments,
 * anchors, Fn::If), what it refuses, and the guarantees over every rule fixture (see helpers/fix-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkFix, findingsIn } from './helpers/fix-check.js';

/** Fix every fixable finding; the guarantees must hold; returns the fixed text and the reasons of refusals. */
function fix(text: string, file = 't.yaml', retentionDays = 365, only?: string): { text: string; refused: string[]; fixed: string[] } {
  const r = checkFix(file, text, { retentionDays }, only);
  if (!r) throw new Error('not audited');
  expect(r.problems).toEqual([]);
  return {
    text: r.text,
    refused: r.results.flatMap((x) => (x.outcome.kind === 'refused' ? [`${x.finding.ruleId}: ${x.outcome.reason}`] : [])),
    fixed: r.results.flatMap((x) => (x.outcome.kind === 'fixed' ? [x.finding.ruleId] : [])),
  };
}

/** The lines that differ: removed with '-', added with '+'. */
function changes(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let pre = 0;
  while (pre < a.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  return [...a.slice(pre, a.length - suf).map((l) => `-${l}`), ...b.slice(pre, b.length - suf).map((l) => `+${l}`)];
}

describe('S3 Block Public Access', () => {
  it('completes a block mapping, keeping comments and the flags already true', () => {
    const t = `Resources:
  # data bucket
  Bucket:
    Type: AWS::S3::Bucket # keep me
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true   # already on
        BlockPublicPolicy: false
`;
    const r = fix(t, 't.yaml', 365, 'S3BlockPublicAccessDisabled');
    expect(r.fixed).toEqual(['S3BlockPublicAccessDisabled']);
    expect(changes(t, r.text)).toEqual([
      '-        BlockPublicPolicy: false',
      '+        BlockPublicPolicy: true',
      '+        IgnorePublicAcls: true',
      '+        RestrictPublicBuckets: true',
    ]);
  });

  it('adds the whole configuration to a flow-style Properties', () => {
    const t = `Resources:\n  B: {Type: 'AWS::S3::Bucket', Properties: {BucketName: logs}}\n`;
    const r = fix(t);
    expect(r.text).toContain(
      'Properties: {BucketName: logs, PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }}',
    );
  });

  it('JSON: keeps the file indentation (4 spaces, tabs)', () => {
    for (const unit of ['    ', '\t']) {
      const t = JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { PublicAccessBlockConfiguration: { BlockPublicAcls: true } } } } }, null, unit) + '\n';
      const r = fix(t, 't.json');
      expect(r.text).toContain(`${unit.repeat(5)}"BlockPublicAcls": true,\n${unit.repeat(5)}"BlockPublicPolicy": true`);
      expect(JSON.parse(r.text).Resources.B.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it('a website or public-ACL bucket is left alone (both S3 fixes would close it)', () => {
    for (const props of ['WebsiteConfiguration: {IndexDocument: index.html}', 'AccessControl: PublicRead']) {
      const t = `Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      ${props}\n      PublicAccessBlockConfiguration: {BlockPublicAcls: false}\n`;
      const r = fix(t);
      expect(r.text).toBe(t);
      expect([...r.refused].sort()).toEqual([expect.stringMatching(/^S3BlockPublicAccessDisabled: the bucket/), expect.stringMatching(/^S3BucketNoSslPolicy: the bucket/)]);
    }
  });

  it('a bucket without Properties gets them', () => {
    const r = fix('Resources:\n  B:\n    Type: AWS::S3::Bucket\n');
    expect(r.text).toContain('  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n');
  });
});

describe('bucket TLS-deny statement', () => {
  it("a new policy resource when the bucket has none, under the bucket's Condition", () => {
    const t = `Conditions:\n  Make: !Equals [!Ref 'AWS::Region', us-east-1]\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Condition: Make\n    Properties:\n      PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}\n`;
    const r = fix(t);
    expect(r.fixed).toEqual(['S3BucketNoSslPolicy']);
    expect(r.text).toContain('  DataTlsPolicy:\n    Type: AWS::S3::BucketPolicy\n    Condition: Make\n    Properties:\n      Bucket: !Ref Data\n');
    expect(r.text).toContain("aws:SecureTransport: 'false'");
  });

  it('appended to an existing policy (block list, flow list, JSON)', () => {
    const block = `Resources:
  B:
    Type: AWS::S3::Bucket
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root'}
            Action: s3:GetObject
            Resource: !Sub '\${B.Arn}/*'
`;
    const r = fix(block);
    expect(r.fixed).toContain('S3BucketNoSslPolicy');
    expect(r.text).toContain("            Resource: !Sub '${B.Arn}/*'\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n");
    const flow = block.replace(
      /Statement:[\s\S]*$/,
      "Statement: [{Effect: Allow, Principal: {AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root'}, Action: 's3:GetObject', Resource: !Sub '${B.Arn}/*'}]\n",
    );
    expect(fix(flow).text).toContain("Resource: !Sub '${B.Arn}/*'}, { Sid: DenyInsecureTransport, Effect: Deny");
    const json = JSON.stringify(
      {
        Resources: {
          B: { Type: 'AWS::S3::Bucket' },
          P: {
            Type: 'AWS::S3::BucketPolicy',
            Properties: {
              Bucket: { Ref: 'B' },
              PolicyDocument: {
                Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: { 'Fn::Sub': '${B.Arn}/*' } }],
              },
            },
          },
        },
      },
      null,
      2,
    );
    const j = JSON.parse(fix(json, 't.json').text);
    expect(j.Resources.P.Properties.PolicyDocument.Statement[1].Condition).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
  });

  it('refuses a policy document it cannot see (Fn::If, Ref)', () => {
    const t = `Conditions:\n  C: !Equals [a, b]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref B\n      PolicyDocument: !If [C, {Statement: []}, {Statement: []}]\n`;
    const r = fix(t);
    expect(r.refused.join('\n')).toMatch(/S3BucketNoSslPolicy: the policy document of P is not written out/);
  });
});

describe('encryption flags and keys', () => {
  it.each([
    ['EBS volume', 'AWS::EC2::Volume', 'AvailabilityZone: a', 'Encrypted: true'],
    ['EFS', 'AWS::EFS::FileSystem', 'PerformanceMode: generalPurpose', 'Encrypted: true'],
    ['RDS', 'AWS::RDS::DBInstance', 'Engine: mysql', 'StorageEncrypted: true'],
    ['SNS', 'AWS::SNS::Topic', 'TopicName: t', 'KmsMasterKeyId: alias/aws/sns'],
    ['KMS key', 'AWS::KMS::Key', 'Description: k', 'EnableKeyRotation: true'],
    ['DAX', 'AWS::DAX::Cluster', 'NodeType: dax.r4.large', 'SSESpecification:\n        SSEEnabled: true'],
  ])('%s: absent flag added', (_n, type, prop, expected) => {
    const t = `Resources:\n  R:\n    Type: ${type}\n    Properties:\n      ${prop}\n`;
    const r = fix(t);
    expect(r.text).toContain(`      ${prop}\n      ${expected}\n`);
  });

  it('false, "false" and an Fn::If branch the finding names are set to true', () => {
    expect(fix(`Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties: {AvailabilityZone: a, Encrypted: 'false'}\n`).text).toContain('Encrypted: true}');
    const t = `Parameters:\n  Env: {Type: String}\nConditions:\n  Prod: !Equals [!Ref Env, prod]\nResources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      StorageEncrypted: !If [Prod, true, false]\n`;
    expect(fix(t).text).toContain('StorageEncrypted: !If [Prod, true, true]');
  });

  it('SQS managed SSE switched back on; Kinesis gets KMS with the AWS-managed key', () => {
    expect(fix(`Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n`).text).toContain('SqsManagedSseEnabled: true');
    const k = fix(`Resources:\n  S:\n    Type: AWS::Kinesis::Stream\n    Properties:\n      ShardCount: 1\n`).text;
    expect(k).toContain('      StreamEncryption:\n        EncryptionType: KMS\n        KeyId: alias/aws/kinesis\n');
    const j = fix(JSON.stringify({ Resources: { S: { Type: 'AWS::Kinesis::Stream', Properties: { StreamEncryption: { EncryptionType: 'KMS' } } } } }, null, 2), 't.json').text;
    expect(JSON.parse(j).Resources.S.Properties.StreamEncryption).toEqual({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
  });

  it('a value from a parameter is left alone, and the reason names it', () => {
    const t = `Parameters:\n  Enc: {Type: String, Default: 'false'}\nResources:\n  F:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: !Ref Enc\n`;
    const r = fix(t);
    expect(r.text).toBe(t);
    expect(r.refused).toEqual([expect.stringMatching(/EfsUnencrypted: Resources\.F\.Properties\.Encrypted comes from Ref Enc/)]);
  });
});

describe('IMDSv2, log retention, TLS policies', () => {
  it('IMDSv2 on a launch template (block), an instance (flow) and JSON', () => {
    expect(fix(`Resources:\n  T:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        ImageId: ami-1\n`).text).toContain(
      '        ImageId: ami-1\n        MetadataOptions:\n          HttpTokens: required\n',
    );
    const lc = fix(
      `Resources:\n  L:\n    Type: AWS::AutoScaling::LaunchConfiguration\n    Properties: {ImageId: ami-1, InstanceType: t3.micro, MetadataOptions: {HttpTokens: optional}}\n`,
    ).text;
    expect(lc).toContain('MetadataOptions: {HttpTokens: required}}');
  });

  it('log group retention takes the configured days', () => {
    const r = fix(`Resources:\n  G:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: app\n`, 't.yaml', 90);
    expect(r.text).toContain('      LogGroupName: app\n      RetentionInDays: 90\n');
  });

  it('CloudFront with a custom certificate, V2 listener, API Gateway domains (v1 and v2 list item)', () => {
    const cf = `Resources:\n  D:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        ViewerCertificate:\n          AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x\n          SslSupportMethod: sni-only\n          MinimumProtocolVersion: TLSv1.1_2016\n`;
    expect(fix(cf).text).toContain('MinimumProtocolVersion: TLSv1.2_2021');
    const lb = `Resources:\n  L:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      Port: 443\n      LoadBalancerArn: arn:x\n      Certificates: [{CertificateArn: arn:c}]\n      DefaultActions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: '404'}}]\n`;
    expect(fix(lb).text).toContain('      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n');
    expect(fix(`Resources:\n  D:\n    Type: AWS::ApiGateway::DomainName\n    Properties:\n      DomainName: api.example.com\n`).text).toContain('      SecurityPolicy: TLS_1_2\n');
    const v2 = JSON.stringify(
      {
        Resources: {
          D: {
            Type: 'AWS::ApiGatewayV2::DomainName',
            Properties: { DomainName: 'a.example.com', DomainNameConfigurations: [{ CertificateArn: 'arn:c', SecurityPolicy: 'TLS_1_0' }] },
          },
        },
      },
      null,
      2,
    );
    expect(JSON.parse(fix(v2, 't.json').text).Resources.D.Properties.DomainNameConfigurations[0].SecurityPolicy).toBe('TLS_1_2');
  });

  it('refuses CloudFront without a custom certificate and classic load balancers', () => {
    const cf = `Resources:\n  D:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        ViewerCertificate: {MinimumProtocolVersion: TLSv1}\n`;
    expect(fix(cf).refused).toEqual([expect.stringMatching(/^CloudFrontWeakTls: the distribution has no custom certificate/)]);
  });
});

describe('HTTP listener redirect', () => {
  const lb = (http: string) => `Resources:
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Protocol: HTTPS
      Port: 8443
      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
      Certificates: [{CertificateArn: arn:c}]
      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
${http}
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: {Subnets: [a, b]}
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {Port: 80, Protocol: HTTP, VpcId: v}
`;
  it('a block list of actions becomes the redirect to the HTTPS port', () => {
    const t = lb(`      Protocol: HTTP\n      Port: 80\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref Tg`);
    const r = fix(t);
    expect(r.fixed).toContain('AlbHttpListener');
    expect(changes(t, r.text)).toEqual([
      '-        - Type: forward',
      '-          TargetGroupArn: !Ref Tg',
      '+        - Type: redirect',
      '+          RedirectConfig:',
      '+            Protocol: HTTPS',
      "+            Port: '8443'",
      '+            StatusCode: HTTP_301',
    ]);
  });

  it('a flow list too; without an HTTPS listener on the same load balancer it refuses', () => {
    const t = lb(`      Protocol: HTTP\n      Port: 80\n      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]`);
    expect(fix(t).text).toContain("DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: '8443', StatusCode: HTTP_301 } }]");
    const other = t.replace('LoadBalancerArn: !Ref Alb\n      Protocol: HTTPS', 'LoadBalancerArn: !Ref Other\n      Protocol: HTTPS');
    expect(fix(other).refused).toEqual([expect.stringMatching(/^AlbHttpListener: no HTTPS listener on the same load balancer/)]);
  });
});

describe('SSH open to the world', () => {
  it('a literal world CIDR becomes !Ref AllowedSshCidr, a new parameter without Default placed before Resources', () => {
    const t = `AWSTemplateFormatVersion: '2010-09-09'
# security groups
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: "0.0.0.0/0"
`;
    const r = fix(t);
    expect(r.text).toMatch(/^AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n {2}AllowedSshCidr:\n {4}Type: String\n/);
    expect(r.text).not.toMatch(/AllowedSshCidr:[\s\S]*Default/);
    expect(r.text).toContain('# security groups\nResources:');
    expect(r.text).toContain('{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AllowedSshCidr}');
    expect(r.text).toContain('          CidrIp: !Ref AllowedSshCidr\n');
    // The deployer's choice is then audited like any value.
    expect(findingsIn('t.yaml', r.text)!.filter((f) => f.ruleId === 'SSHOpenToWorld')).toEqual([]);
  });

  it('IPv6 in JSON: AllowedSshIpv6Cidr; an existing Parameters section is extended', () => {
    const t = JSON.stringify(
      {
        Parameters: { Env: { Type: 'String' } },
        Resources: { In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-1', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: '::/0' } } },
      },
      null,
      2,
    );
    const j = JSON.parse(fix(t, 't.json').text);
    expect(Object.keys(j.Parameters)).toEqual(['Env', 'AllowedSshIpv6Cidr']);
    expect(j.Parameters.AllowedSshIpv6Cidr.Default).toBeUndefined();
    expect(j.Resources.In.Properties.CidrIpv6).toEqual({ Ref: 'AllowedSshIpv6Cidr' });
  });

  it('a parameter whose Default is the world loses its Default', () => {
    const t = `Parameters:\n  SSHLocation:\n    Type: String\n    Default: 0.0.0.0/0   # anyone\n    AllowedPattern: '.*'\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: !Ref SSHLocation\n`;
    expect(changes(t, fix(t).text)).toEqual(['-    Default: 0.0.0.0/0   # anyone']);
  });

  it('refuses what it cannot rewrite safely: Fn::Sub, a port range, AllowedValues, an anchored rule', () => {
    const sg = (rule: string, extra = '') =>
      `${extra}Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress:\n        - ${rule}\n`;
    const cases: [string, RegExp][] = [
      [sg("{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Sub '0.0.0.0/0'}"), /comes from Fn::Sub/],
      [sg('{IpProtocol: tcp, FromPort: 20, ToPort: 25, CidrIp: 0.0.0.0/0}'), /opens ports 20-25, not SSH alone/],
      [
        sg('{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref W}', 'Parameters:\n  W: {Type: String, Default: 0.0.0.0/0, AllowedValues: [0.0.0.0/0, 10.0.0.0/8]}\n'),
        /parameter W, whose AllowedValues/,
      ],
      [sg('&open {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}'), /anchored node &open/],
    ];
    for (const [t, why] of cases) {
      const r = fix(t);
      expect(r.text).toBe(t);
      expect(r.refused.join('\n')).toMatch(why);
    }
  });
});

describe('guarantees', () => {
  const root = join(import.meta.dirname, '../fixtures/rules');
  it('over every rule fixture: the fixed template parses, fixed findings are gone, nothing is new, only edited paths change, a second run is a no-op', () => {
    let fixable = 0;
    let fixed = 0;
    for (const id of readdirSync(root)) {
      for (const kind of ['pass', 'fail']) {
        let files: string[] = [];
        try {
          files = readdirSync(join(root, id, kind));
        } catch {
          continue;
        }
        for (const f of files.filter((n) => !n.endsWith('.parameters.json'))) {
          const r = checkFix(`${id}/${kind}/${f}`, readFileSync(join(root, id, kind, f), 'utf8'));
          if (!r) continue;
          expect(r.problems, `${id}/${kind}/${f}`).toEqual([]);
          fixable += r.fixable;
          fixed += r.fixed;
        }
      }
    }
    expect(fixed).toBeGreaterThan(150);
    expect(fixed / fixable).toBeGreaterThan(0.8);
  });

  it('a single fix changes only the lines of its node (comments, anchors and tags elsewhere stay)', () => {
    const t = `# head comment
Resources:
  Shared: &tags
    Type: AWS::SNS::Topic   # an anchored resource
    Properties: {TopicName: !Sub '\${AWS::StackName}-t', KmsMasterKeyId: alias/aws/sns}
  Key:
    Type: AWS::KMS::Key   # rotation off
    Properties:
      EnableKeyRotation: false   # was off
      KeyPolicy: {Version: '2012-10-17'}
  Copy: *tags
`;
    const r = fix(t, 't.yaml', 365, 'KmsKeyRotationDisabled');
    expect(changes(t, r.text)).toEqual(['-      EnableKeyRotation: false   # was off', '+      EnableKeyRotation: true   # was off']);
  });
});
