/**
 * The shared models hand what they cannot read to the engine, so no rule built on them passes a
 * deploy-time value silently: IAM documents, statements, principals and resources; SAM function
 * events and policies; security-group entries; recursive path rules. And the other side: values that
 * cannot hide a risk (an ARN built around an attribute, an export, a scalar beside the structure a
 * recursive path looks for) add no unknown.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/rules/catalogue.js';
import { auditText } from './helpers/audit.js';

const all = builtinRules().map((r) => ({ ...r, enabled: true }));
const only = (id: string) => all.filter((r) => r.id === id);

/** Outcomes of one rule on a template given as a JSON body: `fail@path` / `unknown@path`. */
const outcomes = (id: string, body: object): string[] =>
  auditText(JSON.stringify(body), { rules: only(id), file: 't.json' })
    .findings.filter((f) => f.ruleId === id)
    .map((f) => `${f.outcome}@${f.path.slice(3).join('.')}`);

const P = { NoDefault: { Type: 'String' }, Arn: { Type: 'String', AllowedPattern: '^arn:aws:[a-z0-9-]+:.*$' } };
const ref = { Ref: 'NoDefault' };

describe('IAM documents', () => {
  const policy = (stmt: object) => ({
    Parameters: P,
    Resources: { Pol: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [stmt] } } } },
  });
  const write = (resource: unknown) => policy({ Effect: 'Allow', Action: 's3:PutObject', Resource: resource });

  it('a Resource that may be * at deploy time, with a named write action, is unknown', () => {
    expect(outcomes('IamPolicyWildcardResourceWrite', write('*'))).toEqual(['fail@PolicyDocument.Statement.0.Resource']);
    expect(outcomes('IamPolicyWildcardResourceWrite', write(ref))).toEqual(['unknown@PolicyDocument.Statement.0.Resource']);
    expect(outcomes('IamPolicyWildcardResourceWrite', write([{ 'Fn::Sub': 'arn:aws:s3:::b/*' }, ref]))).toEqual(['unknown@PolicyDocument.Statement.0.Resource']);
  });

  it('a Resource that cannot be * adds nothing: a constrained parameter, an export, an ARN around an attribute', () => {
    expect(outcomes('IamPolicyWildcardResourceWrite', write({ Ref: 'Arn' }))).toEqual([]);
    expect(outcomes('IamPolicyWildcardResourceWrite', write({ 'Fn::ImportValue': 'BucketArn' }))).toEqual([]);
    expect(outcomes('IamPolicyWildcardResourceWrite', write({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['B', 'Arn'] }, '/*']] }))).toEqual([]);
    expect(outcomes('IamPolicyWildcardResourceWrite', policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: ref }))).toEqual([]);
  });

  it('a whole document, statement list or statement only known at deploy time is unknown for every IAM check', () => {
    const doc = (d: unknown) => ({ Parameters: P, Resources: { Pol: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: d } } } });
    for (const id of ['IamPolicyFullAdmin', 'IamPolicyWildcardAction', 'PolicyAllowNotResource']) {
      expect(outcomes(id, doc(ref))).toEqual(['unknown@PolicyDocument']);
      expect(outcomes(id, doc({ Statement: ref }))).toEqual(['unknown@PolicyDocument.Statement']);
      expect(outcomes(id, doc({ Statement: [ref] }))).toEqual(['unknown@PolicyDocument.Statement.0']);
    }
  });

  it('trust policies: a statement or principal only known at deploy time may trust another account', () => {
    const role = (trust: unknown) => ({ Parameters: P, Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } } } });
    const stmt = (principal: unknown) => ({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: principal }] });
    expect(outcomes('IamRoleTrustExternalAccount', role(stmt({ AWS: '111122223333' })))).toEqual(['fail@AssumeRolePolicyDocument.Statement.0.Principal']);
    expect(outcomes('IamRoleTrustExternalAccount', role(stmt({ AWS: ref })))).toEqual(['unknown@AssumeRolePolicyDocument.Statement.0.Principal']);
    expect(outcomes('IamRoleTrustExternalAccount', role(stmt(ref)))).toEqual(['unknown@AssumeRolePolicyDocument.Statement.0.Principal']);
    expect(outcomes('IamRoleTrustExternalAccount', role({ Statement: ref }))).toEqual(['unknown@AssumeRolePolicyDocument.Statement']);
    expect(outcomes('IamRoleTrustOidcWithoutSubject', role(ref))).toEqual(['unknown@AssumeRolePolicyDocument']);
    // A service principal is no account.
    expect(outcomes('IamRoleTrustExternalAccount', role(stmt({ Service: 'lambda.amazonaws.com' })))).toEqual([]);
  });
});

describe('SAM functions', () => {
  const fn = (props: object) => ({
    Transform: 'AWS::Serverless-2016-10-31',
    Parameters: P,
    Conditions: { C: { 'Fn::Equals': [ref, 'x'] } },
    Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: { Runtime: 'python3.12', Handler: 'a.h', CodeUri: '.', ...props } } },
  });
  const api = { Type: 'Api', Properties: { Path: '/x', Method: 'get' } };

  it('events only known at deploy time (all of them, or one) may be an API method without auth', () => {
    expect(outcomes('ApiGatewayMethodNoAuth', fn({ Events: { Get: api } }))).toEqual(['fail@Events.Get']);
    expect(outcomes('ApiGatewayMethodNoAuth', fn({ Events: ref }))).toEqual(['unknown@Events']);
    expect(outcomes('ApiGatewayMethodNoAuth', fn({ Events: { Get: ref } }))).toEqual(['unknown@Events.Get']);
    expect(outcomes('ApiGatewayMethodNoAuth', fn({ Events: { Get: { 'Fn::If': ['C', api, { Ref: 'AWS::NoValue' }] } } })).map((o) => o.split('@')[0])).toEqual(['fail']);
    expect(outcomes('ApiGatewayMethodNoAuth', fn({ Events: { Q: { Type: 'SQS', Properties: { Queue: 'arn:aws:sqs:eu-west-1:111122223333:q' } } } }))).toEqual([]);
  });

  it('policies only known at deploy time are documents that cannot be read', () => {
    expect(outcomes('IamPolicyFullAdmin', fn({ Policies: ref }))).toEqual(['unknown@Policies']);
    expect(outcomes('IamPolicyFullAdmin', fn({ Policies: ['AWSLambdaBasicExecutionRole', ref] }))).toEqual(['unknown@Policies.1']);
    expect(outcomes('IamPolicyFullAdmin', fn({ Policies: ['AWSLambdaBasicExecutionRole'] }))).toEqual([]);
  });
});

describe('security-group entries', () => {
  const sg = (ingress: unknown) => ({
    Parameters: P,
    Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g', SecurityGroupIngress: ingress } } },
  });

  it('an entry or list only known at deploy time may lack a description', () => {
    expect(outcomes('SecurityGroupRuleNoDescription', sg([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' }]))).toEqual(['fail@SecurityGroupIngress.0']);
    expect(outcomes('SecurityGroupRuleNoDescription', sg(ref))).toEqual(['unknown@SecurityGroupIngress']);
    expect(outcomes('SecurityGroupRuleNoDescription', sg([ref]))).toEqual(['unknown@SecurityGroupIngress.0']);
    // A described entry whose CIDR is a parameter still has its description.
    expect(outcomes('SecurityGroupRuleNoDescription', sg([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: ref, Description: 'ssh' }]))).toEqual([]);
  });

  it('a database group whose source is only known at deploy time may admit a public range', () => {
    const db = (ingress: unknown) => {
      const t = sg(ingress) as { Resources: Record<string, unknown> };
      t.Resources['Vpc'] = { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } };
      t.Resources['Db'] = { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', VPCSecurityGroups: [{ 'Fn::GetAtt': ['Sg', 'GroupId'] }] } };
      return t;
    };
    const entry = (cidr: unknown) => [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: cidr }];
    expect(outcomes('PublicIngressOnPrivateResource', db(entry('8.8.8.0/24')))).toEqual(['fail@SecurityGroupIngress.0.CidrIp']);
    expect(outcomes('PublicIngressOnPrivateResource', db(entry(ref)))).toEqual(['unknown@SecurityGroupIngress.0.CidrIp']);
    expect(outcomes('PublicIngressOnPrivateResource', db(ref))).toEqual(['unknown@SecurityGroupIngress']);
    // The VPC's own range, read from the template, is private.
    expect(outcomes('PublicIngressOnPrivateResource', db(entry({ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] })))).toEqual([]);
  });
});

describe('recursive path rules ($.Properties..Key)', () => {
  const task = (defs: unknown) => ({ Parameters: P, Resources: { Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: defs } } } });
  const launch = (data: unknown) => ({ Parameters: P, Resources: { T: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } } });

  it('an intrinsic standing for the structure the key lives in is unknown', () => {
    expect(outcomes('PrivilegedContainer', task([{ Name: 'a', Image: 'i', Privileged: true }]))).toEqual(['fail@ContainerDefinitions.0.Privileged']);
    expect(outcomes('PrivilegedContainer', task(ref))).toEqual(['unknown@ContainerDefinitions']);
    expect(outcomes('PrivilegedContainer', task([{ Name: 'a', Image: 'i' }, ref]))).toEqual(['unknown@ContainerDefinitions.1']);
    expect(outcomes('InstancePublicIp', launch(ref))).toEqual(['unknown@LaunchTemplateData']);
    expect(outcomes('InstancePublicIp', launch({ NetworkInterfaces: ref }))).toEqual(['unknown@LaunchTemplateData.NetworkInterfaces']);
  });

  it('an item only known at deploy time is unknown even when the items that could be read pass', () => {
    const dbsg = (ingress: unknown) => ({
      Parameters: P,
      Resources: { G: { Type: 'AWS::RDS::DBSecurityGroup', Properties: { GroupDescription: 'g', DBSecurityGroupIngress: ingress } } },
    });
    expect(outcomes('RdsDbSecurityGroupOpenToWorld', dbsg([{ CIDRIP: '10.0.0.0/8' }, ref]))).toEqual(['unknown@DBSecurityGroupIngress.1']);
    expect(outcomes('RdsDbSecurityGroupOpenToWorld', dbsg([{ CIDRIP: '10.0.0.0/8' }, { CIDRIP: '0.0.0.0/0' }]))).toEqual(['fail@DBSecurityGroupIngress.1.CIDRIP']);
    expect(outcomes('RdsDbSecurityGroupOpenToWorld', dbsg([{ CIDRIP: '10.0.0.0/8' }, { EC2SecurityGroupId: ref }]))).toEqual([]);
  });

  it('scalars given by intrinsics cannot hide the key: nothing is added', () => {
    expect(outcomes('PrivilegedContainer', task([{ Name: ref, Image: ref, Memory: ref }]))).toEqual([]);
    expect(outcomes('InstancePublicIp', launch({ ImageId: ref, KeyName: ref, NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: ref, Groups: ref }] }))).toEqual([]);
  });
});
