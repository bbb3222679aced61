/**
 * Conditions decided from the values `Ref` uses (parameters file > Default > each AllowedValues):
 * a resource whose Condition is false is not audited, a decided Fn::If takes one branch, an undecided
 * one keeps both (named), `--all-branches` keeps every branch. Also: structure chosen by a condition
 * (`Properties: !If`), cross-stack values, attributes the template determines, values that only look
 * unknown, and content that cannot be audited.
 */
import { describe, expect, it } from 'vitest';
import { auditFiles, auditText, findingsOf } from './helpers/audit.js';
import { parseTemplate } from '../src/load/parse.js';
import { buildGraph } from '../src/model/graph.js';
import { tempFiles } from './helpers/temp.js';
import { unknownReasonText } from '../src/report/describe.js';

const active = (stack: ReturnType<typeof auditText>, rule: string) => findingsOf(stack, rule).filter((f) => f.outcome === 'fail');

const bastion = `
Parameters:
  BastionSg: {Type: String, Default: ''}
Conditions:
  NoBastion: !Equals [!Ref BastionSg, '']
Resources:
  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: web}}
  SshFromWorld:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: NoBastion
    Properties: {GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh}
  SshFromBastion:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: HasBastion
    Properties: {GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, SourceSecurityGroupId: !Ref BastionSg, Description: ssh}
`.replace('Conditions:\n', 'Conditions:\n  HasBastion: !Not [!Condition NoBastion]\n');

describe('resource conditions', () => {
  it('a resource whose Condition is false for the given parameters is not audited and is listed as skipped', () => {
    const stack = auditText(bastion, { parameters: { BastionSg: 'sg-0123' } });
    expect(active(stack, 'SSHOpenToWorld')).toEqual([]);
    expect(stack.skippedByCondition).toEqual([{ kind: 'resource', logicalId: 'SshFromWorld', type: 'AWS::EC2::SecurityGroupIngress', condition: 'NoBastion' }]);
    expect(stack.decision).toBe('pass');
  });

  it('the same resource with the Default (condition true) is audited, and the finding names its condition', () => {
    const stack = auditText(bastion);
    const [f] = active(stack, 'SSHOpenToWorld');
    expect(f?.logicalId).toBe('SshFromWorld');
    expect(f?.condition).toBe('NoBastion');
    expect(stack.skippedByCondition?.map((s) => s.logicalId)).toEqual(['SshFromBastion']);
  });

  it('an undecided condition (no default, several allowed values) keeps the resource, naming the condition', () => {
    const t = bastion.replace("BastionSg: {Type: String, Default: ''}", "BastionSg: {Type: String, AllowedValues: ['', sg-1]}");
    const stack = auditText(t);
    expect(active(stack, 'SSHOpenToWorld').map((f) => f.condition)).toEqual(['NoBastion']);
    expect(stack.skippedByCondition ?? []).toEqual([]);
  });

  it('--all-branches audits resources whose condition the values make false', () => {
    const stack = auditText(bastion, { parameters: { BastionSg: 'sg-0123' }, allBranches: true });
    expect(active(stack, 'SSHOpenToWorld').map((f) => f.logicalId)).toEqual(['SshFromWorld']);
  });

  it('an Output whose condition is false is not audited', () => {
    const t = `
Parameters: {Expose: {Type: String, Default: 'no'}, DbPassword: {Type: String, NoEcho: true}}
Conditions: {DoExpose: !Equals [!Ref Expose, 'yes']}
Resources:
  Topic: {Type: AWS::SNS::Topic}
Outputs:
  Secret: {Condition: DoExpose, Value: !Ref DbPassword}
`;
    const off = auditText(t, { allRules: true });
    expect(off.findings.filter((f) => f.logicalId === 'Secret')).toEqual([]);
    expect(off.skippedByCondition?.map((s) => [s.kind, s.logicalId])).toEqual([['output', 'Secret']]);
    const on = auditText(t, { allRules: true, parameters: { Expose: 'yes' } });
    expect(on.findings.some((f) => f.logicalId === 'Secret')).toBe(true);
  });
});

describe('condition functions', () => {
  const withCondition = (cond: string, params = '') => `
Parameters:
  Env: {Type: String, Default: prod}
  Tiers: {Type: CommaDelimitedList, Default: 'web,app'}
${params}
Mappings:
  Region:
    us-east-1: {Open: 'no'}
    eu-west-1: {Open: 'no'}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  C: ${cond}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Condition: C
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh}]
`;
  it.each([
    ['!Not [!Condition IsProd]', false],
    ['!Condition IsProd', true],
    ['!And [!Condition IsProd, !Equals [a, a]]', true],
    ['!And [!Condition IsProd, !Equals [a, b]]', false],
    ['!Or [!Equals [a, b], !Not [!Condition IsProd]]', false],
    ['!Or [!Equals [a, b], !Condition IsProd]', true],
    ['!Equals [!FindInMap [Region, !Ref "AWS::Region", Open], "yes"]', false],
    ['!Equals [!Ref "AWS::Region", us-east-1]', undefined],
    ['!Equals [!Select [1, !Ref Tiers], app]', true],
    ['{"Fn::Contains": [!Ref Tiers, web]}', true],
    ['{"Fn::EachMemberIn": [!Ref Tiers, [web, app, db]]}', true],
    ['{"Fn::EachMemberEquals": [!Ref Tiers, web]}', false],
    ['!Equals [!Ref Missing, x]', undefined],
  ])('%s → %s', (cond, expected) => {
    const stack = auditText(withCondition(cond));
    const skipped = (stack.skippedByCondition ?? []).some((s) => s.logicalId === 'Sg');
    const fired = active(stack, 'SSHOpenToWorld').length > 0;
    if (expected === false) expect([skipped, fired]).toEqual([true, false]);
    else expect([skipped, fired]).toEqual([false, true]);
    if (expected === undefined) expect(active(stack, 'SSHOpenToWorld')[0]?.condition).toBe('C');
  });

  it('conditions that refer to each other in a loop are undecided, not an error', () => {
    const t = withCondition('!Condition D').replace('  C: !Condition D', '  C: !Condition D\n  D: !Condition C');
    const stack = auditText(t);
    expect(active(stack, 'SSHOpenToWorld')).toHaveLength(1);
  });
});

describe('Fn::If with a decided condition takes one branch', () => {
  const ingress = (params: string) => `
Parameters: {${params}}
Conditions: {Open: !Equals [!Ref Mode, open]}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress:
        - !If [Open, {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: a}, !Ref AWS::NoValue]
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: b}
`;
  it('in a list: the removed item is not audited; the open item is, at its own line', () => {
    expect(active(auditText(ingress('Mode: {Type: String, Default: closed}')), 'SSHOpenToWorld')).toEqual([]);
    const [f] = active(auditText(ingress('Mode: {Type: String, Default: open}')), 'SSHOpenToWorld');
    expect(f?.conditions).toEqual([]);
    expect(f?.line).toBe(10);
    expect(f?.path).toEqual(['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 0, 'Fn::If', 1, 'CidrIp']);
  });

  it('in a list, undecided: the finding names the branch', () => {
    const [f] = active(auditText(ingress('Mode: {Type: String, AllowedValues: [open, closed]}')), 'SSHOpenToWorld');
    expect(f?.conditions).toEqual([{ condition: 'Open', branch: true }]);
  });

  it('in a bucket policy statement: Access=Private switches the public statement off', () => {
    const t = (access: string) => `
Parameters: {Access: {Type: String, Default: ${access}, AllowedValues: [Public, Private]}}
Conditions: {IsPublic: !Equals [!Ref Access, Public]}
Resources:
  Bucket: {Type: AWS::S3::Bucket}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - !If
            - IsPublic
            - {Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: !Sub '\${Bucket.Arn}/*'}
            - !Ref AWS::NoValue
          - {Effect: Deny, Principal: '*', Action: 's3:*', Resource: !Sub '\${Bucket.Arn}/*', Condition: {Bool: {aws:SecureTransport: false}}}
`;
    expect(active(auditText(t('Private')), 'S3BucketPolicyPublicPrincipal')).toEqual([]);
    expect(active(auditText(t('Public')), 'S3BucketPolicyPublicPrincipal')).toHaveLength(1);
  });

  it('in a listener action: a taken redirect branch is not plain HTTP', () => {
    const t = (redirect: string) => `
Parameters: {Redirect: {Type: String, Default: '${redirect}'}}
Conditions: {DoRedirect: !Equals [!Ref Redirect, 'true']}
Resources:
  Lb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Subnets: [a, b]}}
  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 80, Protocol: HTTP, VpcId: vpc-1}}
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - !If
          - DoRedirect
          - {Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: '443', StatusCode: HTTP_301}}
          - {Type: forward, TargetGroupArn: !Ref Tg}
`;
    expect(active(auditText(t('true'), { allRules: true }), 'AlbHttpListener')).toEqual([]);
    expect(active(auditText(t('false'), { allRules: true }), 'AlbHttpListener')).toHaveLength(1);
    // --all-branches: the forward branch could be deployed.
    expect(active(auditText(t('true'), { allRules: true, allBranches: true }), 'AlbHttpListener')).toHaveLength(1);
  });

  it('nested Fn::If: an outer decided condition and an inner undecided one', () => {
    const t = `
Parameters: {Env: {Type: String, Default: dev}, Net: {Type: String, AllowedValues: [wide, narrow]}}
Conditions: {IsDev: !Equals [!Ref Env, dev], Wide: !Equals [!Ref Net, wide]}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, Description: s, CidrIp: !If [IsDev, !If [Wide, 0.0.0.0/0, 10.0.0.0/8], 10.1.0.0/16]}
`;
    const [f] = active(auditText(t), 'SSHOpenToWorld');
    expect(f?.conditions).toEqual([{ condition: 'Wide', branch: true }]);
    expect(active(auditText(t, { parameters: { Net: 'narrow' } }), 'SSHOpenToWorld')).toEqual([]);
    expect(active(auditText(t, { parameters: { Env: 'prod' } }), 'SSHOpenToWorld')).toEqual([]);
  });
});

describe('structure chosen by a condition', () => {
  const props = (params: string) => `
Parameters: {${params}}
Conditions: {Public: !Equals [!Ref Access, public]}
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: !If
      - Public
      - {Engine: mysql, DBInstanceClass: db.t3.micro, PubliclyAccessible: true, StorageEncrypted: true, MasterUsername: a, ManageMasterUserPassword: true}
      - {Engine: mysql, DBInstanceClass: db.t3.micro, PubliclyAccessible: false, StorageEncrypted: true, MasterUsername: a, ManageMasterUserPassword: true}
`;
  it('Properties: !If decided: the taken branch is audited', () => {
    expect(active(auditText(props('Access: {Type: String, Default: public}')), 'RdsInstancePublic')).toHaveLength(1);
    expect(active(auditText(props('Access: {Type: String, Default: private}')), 'RdsInstancePublic')).toEqual([]);
  });

  it('Properties: !If undecided: each branch is audited and the finding names its branch and line', () => {
    const [f] = active(auditText(props('Access: {Type: String, AllowedValues: [public, private]}')), 'RdsInstancePublic');
    expect(f?.conditions).toEqual([{ condition: 'Public', branch: true }]);
    expect(f?.line).toBe(9);
  });

  it('a whole list chosen by an undecided condition, with AWS::NoValue in the other branch', () => {
    const t = `
Conditions: {Open: !Equals [!Ref "AWS::Region", us-east-1]}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: !If
        - Open
        - [{IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0, Description: r}]
        - !Ref AWS::NoValue
`;
    const [f] = active(auditText(t), 'RDPOpenToWorld');
    expect(f?.conditions).toEqual([{ condition: 'Open', branch: true }]);
    expect(f?.line).toBe(10);
  });
});

describe('values that only look unknown', () => {
  const sg = (cidr: string, extra = '') => `
${extra}
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, Description: s, CidrIp: ${cidr}}]
`;
  it.each([
    ['Select/Split of a Sub with a deploy-time part', `!Select [0, !Split ["|", !Sub "0.0.0.0/0|\${AWS::StackName}"]]`],
    ['an If tree whose leaves are all the world', `!If [A, 0.0.0.0/0, !If [B, 0.0.0.0/0, 0.0.0.0/0]]`],
    ['FindInMap keyed by region, every entry the same', `!FindInMap [Net, !Ref "AWS::Region", Cidr]`],
    ['FindInMap keyed by region, one entry open', `!FindInMap [Mixed, !Ref "AWS::Region", Cidr]`],
    ['Join with a deploy-time item after the known ones', `!Select [0, !Split [",", !Join [",", ["0.0.0.0/0", !Ref "AWS::Region"]]]]`],
  ])('%s is judged, not unknown', (_, cidr) => {
    const extra = `Conditions: {A: !Equals [!Ref "AWS::Region", x], B: !Equals [!Ref "AWS::Region", y]}
Mappings:
  Net: {us-east-1: {Cidr: 0.0.0.0/0}, eu-west-1: {Cidr: 0.0.0.0/0}}
  Mixed: {us-east-1: {Cidr: 10.0.0.0/8}, eu-west-1: {Cidr: 0.0.0.0/0}}`;
    const f = findingsOf(auditText(sg(cidr, extra)), 'SSHOpenToWorld');
    expect(f.map((x) => x.outcome)).toEqual(['fail']);
    expect(f[0]!.conditions).toEqual([]);
  });

  it('a hole before the selected item keeps it unknown', () => {
    const f = findingsOf(auditText(sg(`!Select [1, !Split ["|", !Sub "\${AWS::StackName}|0.0.0.0/0"]]`)), 'SSHOpenToWorld');
    expect(f.map((x) => x.outcome)).toEqual(['unknown']);
  });

  it('GetAtt of a VPC CidrBlock is the VPC range, not an unknown source', () => {
    const stack = auditText(sg('!GetAtt Vpc.CidrBlock'));
    expect(findingsOf(stack, 'SSHOpenToWorld')).toEqual([]);
    expect(stack.findings.filter((f) => f.outcome === 'unknown')).toEqual([]);
  });

  it('GetAtt of a VPC whose CidrBlock is the world is judged as the world', () => {
    const stack = auditText(sg('!GetAtt Vpc.CidrBlock').replace('CidrBlock: 10.0.0.0/16', 'CidrBlock: 0.0.0.0/0'));
    expect(active(stack, 'SSHOpenToWorld')).toHaveLength(1);
  });

  it('thirty aliased Fn::If levels (exponential when expanded) resolve quickly to one value', () => {
    const lines = ['Conditions: {C: !Equals [!Ref "AWS::Region", x]}', 'Mappings: {M: {k: {v: 1}}}', 'Metadata:', '  l0: &l0 0.0.0.0/0'];
    for (let i = 1; i <= 30; i++) lines.push(`  l${i}: &l${i} !If [C, *l${i - 1}, *l${i - 1}]`);
    const t = `${lines.join('\n')}\n${sg('*l30')}`;
    const stack = auditText(t);
    expect(active(stack, 'SSHOpenToWorld')).toHaveLength(1);
  }, 20_000);
});

describe('cross-stack values', () => {
  const exporter = `
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
Outputs:
  Admin: {Value: 0.0.0.0/0, Export: {Name: !Sub '\${AWS::NoValue}admin-cidr'}}
  Range: {Value: !GetAtt Vpc.CidrBlock, Export: {Name: vpc-range}}
`.replace("!Sub '${AWS::NoValue}admin-cidr'", 'admin-cidr');
  const importer = (name: string) => `
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, Description: s, CidrIp: !ImportValue ${name}}]
`;
  it('Fn::ImportValue of an export a sibling stack defines takes its value', () => {
    const stacks = auditFiles({ 'net.yaml': exporter, 'app.yaml': importer('admin-cidr') });
    expect(active(stacks.get('app.yaml')!, 'SSHOpenToWorld')).toHaveLength(1);
    const safe = auditFiles({ 'net.yaml': exporter, 'app.yaml': importer('vpc-range') });
    expect(findingsOf(safe.get('app.yaml')!, 'SSHOpenToWorld')).toEqual([]);
  });

  it('an export no stack of the run defines stays unknown', () => {
    const stacks = auditFiles({ 'net.yaml': exporter, 'app.yaml': importer('elsewhere') });
    const f = findingsOf(stacks.get('app.yaml')!, 'SSHOpenToWorld');
    expect(f.map((x) => [x.outcome, String(unknownReasonText(x))])).toEqual([['unknown', expect.stringMatching(/outside this run/)]]);
  });

  it('a nested stack takes the parameter values its parent passes (not its Default)', () => {
    const child = `
Parameters: {Cidr: {Type: String, Default: 10.0.0.0/8}}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, Description: s, CidrIp: !Ref Cidr}]
`;
    const parent = (cidr: string) => `
Parameters: {Admin: {Type: String, Default: '${cidr}'}}
Resources:
  Net:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./nested/child.yaml
      Parameters: {Cidr: !Ref Admin}
`;
    const open = auditFiles({ 'infra/parent.yaml': parent('0.0.0.0/0'), 'infra/nested/child.yaml': child });
    expect(active(open.get('infra/nested/child.yaml')!, 'SSHOpenToWorld')).toHaveLength(1);
    expect(open.get('infra/parent.yaml')!.unauditable ?? []).toEqual([]);
    const closed = auditFiles({ 'infra/parent.yaml': parent('192.168.0.0/16'), 'infra/nested/child.yaml': child });
    expect(findingsOf(closed.get('infra/nested/child.yaml')!, 'SSHOpenToWorld')).toEqual([]);
  });

  describe('a value the parent passes that is only known at deploy time', () => {
    // The child writes to the resource its parameter names; the parameter has no default.
    const child = `
Parameters: {Target: {Type: String}}
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:PutObject, Resource: !Ref Target}]}
`;
    const parent = (passed: string, extra = '') => `
Parameters: {Given: {Type: String}}
Resources:
${extra}  Bucket: {Type: AWS::S3::Bucket}
  Child:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./child.yaml
      Parameters: {Target: ${passed}}
`;
    const outcomes = (passed: string): string[] =>
      findingsOf(auditFiles({ 'p/parent.yaml': parent(passed), 'p/child.yaml': child }).get('p/child.yaml')!, 'IamPolicyWildcardResourceWrite').map((f) => f.outcome);
    it.each([
      ['an attribute of a parent resource', '!GetAtt Bucket.Arn'],
      ['a parent resource id', '!Ref Bucket'],
      ['an ARN built around an attribute', "!Sub '${Bucket.Arn}/*'"],
    ])('%s is an id or ARN, never `*`: no unknown', (_, passed) => {
      expect(outcomes(passed)).toEqual([]);
    });
    it.each([
      ['a parent parameter without default', '!Ref Given'],
      ['a Sub of only a parent parameter', "!Sub '${Given}'"],
    ])('%s may be `*`: unknown', (_, passed) => {
      expect(outcomes(passed)).toEqual(['unknown']);
    });
    it('a literal `*` from the parent fails', () => {
      expect(outcomes("'*'")).toEqual(['fail']);
    });
  });
});

describe('content that cannot be audited never passes silently', () => {
  const base = `
Resources:
  Topic: {Type: AWS::SNS::Topic, Properties: {KmsMasterKeyId: alias/aws/sns}}
`;
  it.each([
    ['a macro transform', `Transform: MyCompany::Macro\n${base}`, 'macro'],
    ['a macro among understood transforms', `Transform: [AWS::Serverless-2016-10-31, Other]\n${base}`, 'macro'],
    ['AWS::Include', `Transform: {Name: AWS::Include, Parameters: {Location: s3://b/k.yaml}}\n${base}`, 'include'],
    [
      'Fn::Transform inside a resource',
      `${base}  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/k}}\n`,
      'include',
    ],
    [
      'Fn::Transform spelled with a YAML escape',
      `${base}  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      "Fn::Tr\\x61nsform": {Name: AWS::Include, Parameters: {Location: s3://b/k}}\n`,
      'include',
    ],
    ['!Transform in an output', `${base}Outputs:\n  O:\n    Value: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}\n`, 'include'],
    [
      'Fn::Transform spelled with a JSON escape',
      '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"Fn::Tr\\u0061nsform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}}}}}',
      'include',
    ],
    ['a module', `${base}  M: {Type: My::Org::Thing::MODULE, Properties: {}}\n`, 'module'],
    ['a nested stack outside the run', `${base}  N: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: https://s3.amazonaws.com/b/n.yaml}}\n`, 'nested-stack'],
  ])('%s: manual approval by default, with a notice', (_, t, code) => {
    const stack = auditText(t);
    expect(stack.unauditable?.map((u) => u.code)).toContain(code);
    expect(stack.score).toBe(0);
    expect(stack.decision).toBe('manual-approval');
    expect(auditText(t, { unauditable: 'pass' }).decision).toBe('pass');
    expect(auditText(t, { unauditable: 'fail' }).decision).toBe('fail');
  });

  it('SAM and language extensions alone are understood', () => {
    expect(auditText(`Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n${base}`).decision).toBe('pass');
  });
});

describe('NoEcho values given on the command line are never echoed', () => {
  it('masks the value in finding data', () => {
    const t = `
Parameters: {AdminCidr: {Type: String, NoEcho: true}}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: x
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, Description: s, CidrIp: !Ref AdminCidr}]
`;
    const stack = auditText(t, { parameters: { AdminCidr: '0.0.0.0/0' } });
    const [f] = active(stack, 'SSHOpenToWorld');
    expect(f).toBeDefined();
    expect(JSON.stringify(stack)).not.toContain('0.0.0.0/0');
  });
});

describe('the graph', () => {
  it('lists decided conditions and keeps one entry per logical id', () => {
    const r = parseTemplate({ file: 't.yaml', text: bastion });
    if (!r.ok) throw new Error(r.error.message);
    const g = buildGraph(r.template, { given: { BastionSg: 'sg-1' } });
    expect(Object.fromEntries(g.decided)).toMatchObject({ NoBastion: false });
    expect([...g.resources.keys()]).toEqual(['Sg', 'SshFromBastion']);
  });
});

describe('profiles choose the branch mode and the floor for unauditable content', () => {
  const run = async (config: string, template: string, extra: Record<string, unknown> = {}) => {
    const { runAudit } = await import('../src/adapters/run.js');
    const dir = tempFiles({ '.cfn-audit.yml': config, 't.yaml': template }, 'cfn-audit-branches-');
    return (await runAudit({ inputs: ['t.yaml'], cwd: dir, ...extra })).report.decision;
  };
  const guarded = bastion;
  it('branches: all in a profile audits the resource the values switch off; strict does too', async () => {
    const params = { parametersFile: null };
    expect(await run('profiles: {team: {branches: decided}}\nprofile: team\n', guarded.replace("Default: ''", 'Default: sg-1'), params)).toBe('pass');
    expect(await run('profiles: {team: {branches: all}}\nprofile: team\n', guarded.replace("Default: ''", 'Default: sg-1'), params)).toBe('manual-approval');
    expect(await run('profile: strict\n', guarded.replace("Default: ''", 'Default: sg-1'), params)).not.toBe('pass');
  });
  it('Object.prototype names in the config (a profile named constructor, an exception for logical id toString) work like any name', async () => {
    const t =
      'Parameters: {toString: {Type: String, Default: 0.0.0.0/0}}\nResources:\n  toString:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref toString, Description: s}]\n      SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8, Description: e}]\n';
    const config =
      'profile: constructor\nprofiles:\n  constructor:\n    rules: {SSHOpenToWorld: {risk: 9}}\nexceptions:\n  - rule: SSHOpenToWorld\n    resource: "t.yaml#toString"\n    reason: accepted\n';
    expect(await run(config, t)).toBe('pass');
    expect(await run(config.replace('t.yaml#toString', 't.yaml#valueOf'), t)).toBe('manual-approval');
    await expect(run('profile: hasOwnProperty\n', t)).rejects.toThrow(/unknown profile "hasOwnProperty"/);
  });

  it('unauditable: fail in a profile fails a stack with a macro; the flag overrides it', async () => {
    const t = 'Transform: Org::Macro\nResources:\n  Topic: {Type: AWS::SNS::Topic, Properties: {KmsMasterKeyId: alias/k}}\n';
    expect(await run('profiles: {team: {unauditable: fail}}\nprofile: team\n', t)).toBe('fail');
    expect(await run('profiles: {team: {unauditable: fail}}\nprofile: team\n', t, { unauditable: 'pass' })).toBe('pass');
    expect(await run('profiles: {team: {}}\nprofile: team\n', t)).toBe('manual-approval');
  });
});

describe('Fn::ForEach (AWS::LanguageExtensions) is expanded', () => {
  const loop = (collection: string, params = '') => `Transform: AWS::LanguageExtensions
${params}
Resources:
  Fn::ForEach::Groups:
    - Port
    - ${collection}
    - Sg&{Port}:
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: !Sub 'port \${Port}'
          SecurityGroupIngress:
            - {IpProtocol: tcp, FromPort: !Ref Port, ToPort: !Ref Port, CidrIp: 0.0.0.0/0, Description: d}
`;
  it('each item becomes a resource; the finding names the generated logical id and points into the loop', () => {
    const stack = auditText(loop('["443", "22"]'));
    const [f] = active(stack, 'SSHOpenToWorld');
    expect(f?.logicalId).toBe('Sg22');
    expect(f?.line).toBe(12);
    expect(stack.unauditable ?? []).toEqual([]);
  });

  it('a collection from a list parameter uses its value; without one the loop is unauditable, never a pass', () => {
    const withParam = auditText(loop('!Ref Ports', 'Parameters: {Ports: {Type: CommaDelimitedList, Default: "22,3389"}}'));
    expect(active(withParam, 'SSHOpenToWorld').map((f) => f.logicalId)).toEqual(['Sg22']);
    expect(active(withParam, 'RDPOpenToWorld').map((f) => f.logicalId)).toEqual(['Sg3389']);
    const unknownList = auditText(loop('!Ref Ports', 'Parameters: {Ports: {Type: CommaDelimitedList}}'));
    expect(unknownList.unauditable?.map((u) => u.code)).toEqual(['foreach']);
    expect(unknownList.decision).toBe('manual-approval');
  });

  it('nested loops and loops in Outputs', () => {
    const t = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Envs:
    - Env
    - [dev, prod]
    - Fn::ForEach::Ports:
        - Port
        - ["22"]
        - \${Env}Sg\${Port}:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: x
              SecurityGroupIngress: [{IpProtocol: tcp, FromPort: !Ref Port, ToPort: !Ref Port, CidrIp: 0.0.0.0/0, Description: d}]
Outputs:
  Fn::ForEach::Out:
    - Env
    - [dev, prod]
    - \${Env}Name: {Value: !Ref Env}
`;
    const stack = auditText(t);
    expect(
      active(stack, 'SSHOpenToWorld')
        .map((f) => f.logicalId)
        .sort(),
    ).toEqual(['devSg22', 'prodSg22']);
    expect(stack.unauditable ?? []).toEqual([]);
  });
});

describe('reports name the resource condition and what was skipped', () => {
  it('JSON carries skippedByCondition, unauditable and each finding condition; messages name the condition', async () => {
    const { formatJson } = await import('../src/report/json.js');
    const { renderMessage } = await import('../src/report/context.js');
    const { builtinRules } = await import('../src/rules/catalogue.js');
    const stack = auditText(`Transform: Org::Macro\n${bastion}`);
    const rules = builtinRules();
    const report = { tool: { name: 'cfn-audit' as const, version: 'x' }, decision: stack.decision, stacks: [stack], errors: [], notices: [], rules, skipped: 0 };
    const json = JSON.parse(formatJson(report, { cwd: '.', color: false, rules: new Map(rules.map((r) => [r.id, r])) })) as {
      stacks: { skippedByCondition: unknown[]; unauditable: unknown[]; findings: { ruleId: string; condition?: string; message: string }[] }[];
    };
    expect(json.stacks[0]!.skippedByCondition).toHaveLength(1);
    expect(json.stacks[0]!.unauditable).toHaveLength(1);
    const ssh = json.stacks[0]!.findings.find((f) => f.ruleId === 'SSHOpenToWorld');
    expect(ssh?.condition).toBe('NoBastion');
    expect(ssh?.message).toMatch(/exists only when condition NoBastion is true/);
    const f = stack.findings.find((x) => x.ruleId === 'SSHOpenToWorld')!;
    expect(
      renderMessage(
        rules.find((r) => r.id === 'SSHOpenToWorld'),
        f,
      ),
    ).toMatch(/NoBastion/);
  });
});

describe('Fn::If and AWS::NoValue however the source spells them', () => {
  // The source is deployed as written only when it spells neither: every other spelling must be specialized.
  const yaml = (ifTag: string, prelude = '') => `${prelude}Parameters:
  Open: {Type: String, Default: 'yes', AllowedValues: ['yes', 'no']}
Conditions:
  IsOpen: !Equals [!Ref Open, 'yes']
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ${ifTag} [IsOpen, 0.0.0.0/0, 10.0.0.0/8], Description: ssh}
`;
  const json = (ifKey: string, noValue = 'AWS::NoValue') =>
    JSON.stringify({
      Parameters: { Open: { Type: 'String', Default: 'yes', AllowedValues: ['yes', 'no'] } },
      Conditions: { IsOpen: { 'Fn::Equals': [{ Ref: 'Open' }, 'yes'] } },
      Resources: {
        Sg: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'web',
            SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { IF: ['IsOpen', '0.0.0.0/0', '10.0.0.0/8'] }, Description: 'ssh' }],
            Tags: { IF: ['IsOpen', { Ref: 'NOVALUE' }, [{ Key: 'k', Value: 'v' }]] },
          },
        },
      },
    })
      .replace(/"IF"/g, `"${ifKey}"`)
      .replace('NOVALUE', noValue);

  it.each([
    ['!If', yaml('!If'), 't.yaml'],
    ['a %TAG handle', yaml('!x!f', '%TAG !x! !I\n---\n'), 't.yaml'],
    ['a %-escaped tag', yaml('!%49f'), 't.yaml'],
    ['Fn::If', json('Fn::If'), 't.json'],
    ['a JSON \\u escape', json('Fn::\\u0049f', 'AWS::No\\u0056alue'), 't.json'],
  ])('spelled with %s: decided by the parameter (open by default, closed with Open=no)', (_, text, file) => {
    expect(active(auditText(text, { file }), 'SSHOpenToWorld').length).toBe(1);
    expect(active(auditText(text, { file, parameters: { Open: 'no' } }), 'SSHOpenToWorld')).toEqual([]);
  });
});
