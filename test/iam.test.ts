/** Policy-document helpers (src/model/iam.ts) and the statement rules built on them. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTemplate } from '../src/load/parse.js';
import { buildGraph } from '../src/model/graph.js';
import {
  elements,
  isPublicPrincipal,
  isReadAction,
  isServiceWildcard,
  mayBeWildcard,
  parameterDecls,
  policyDocuments,
  principals,
  statementsOf,
  StatementReads,
  wildcardMatch,
  actionsCover,
  elementCovers,
  type KnownStatement,
} from '../src/model/iam.js';
import { restrictingCondition } from '../src/model/iam-conditions.js';
import { findSecret, literalFragments } from '../src/rules/checks/compute.js';
import { awsManagedPolicyName } from '../src/rules/checks/iam.js';
import { auditText, findingsOf } from './helpers/audit.js';

function graphOf(text: string) {
  const t = parseTemplate({ file: 't.yaml', text, explicit: true });
  if ('error' in t) throw new Error(t.error.message);
  return buildGraph(t.template);
}

const stmt = (body: Record<string, unknown>): KnownStatement => ({
  known: true,
  path: [],
  index: 0,
  body,
  effect: 'Allow',
  sid: null,
  conditions: [],
  fromText: false,
  read: new StatementReads(graphOf('Resources: {X: {Type: AWS::SNS::Topic}}').resolver),
});

describe('wildcardMatch', () => {
  it.each([
    ['*', 'iam:PassRole', true],
    ['iam:*', 'IAM:PassRole', true],
    ['iam:Pass*', 'iam:passrole', true],
    ['iam:Pass?ole', 'iam:PassRole', true],
    ['iam:Get*', 'iam:PassRole', false],
    ['s3:*Object', 's3:GetObject', true],
    ['s3:*Object', 's3:GetObjectAcl', false],
    ['', 'x', false],
  ])('%s matches %s: %s', (p, t, want) => expect(wildcardMatch(p, t)).toBe(want));

  it('agrees with an anchored regex built from the pattern', () => {
    const ch = fc.constantFrom('a', 'b', ':', '*', '?');
    fc.assert(
      fc.property(
        fc.array(ch, { maxLength: 8 }).map((a) => a.join('')),
        fc.array(fc.constantFrom('a', 'b', ':'), { maxLength: 8 }).map((a) => a.join('')),
        (p, t) => {
          const re = new RegExp(
            `^${p
              .replace(/[.+^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '.*')
              .replace(/\?/g, '.')}$`,
            'is',
          );
          expect(wildcardMatch(p, t)).toBe(re.test(t));
        },
      ),
    );
  });
});

describe('elementCovers', () => {
  it('agrees with actionsCover on the element values, whatever the case of either side, asked again and again', () => {
    const ch = fc.constantFrom('a', 'B', ':', '*', '?', 'S', 's');
    const word = fc.array(ch, { maxLength: 7 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), fc.array(word, { minLength: 1, maxLength: 4 }), (patterns, actions) => {
        const el = { values: patterns.map((value) => ({ value, conditions: [] })), unknown: null, present: true };
        for (const a of [...actions, ...actions]) expect(elementCovers(el, a.toLowerCase())).toBe(actionsCover(patterns, a));
      }),
    );
  });
});

describe('action classes', () => {
  it('service wildcards', () => {
    expect(isServiceWildcard('*')).toBe(true);
    expect(isServiceWildcard('s3:*')).toBe(true);
    expect(isServiceWildcard('s3:Get*')).toBe(false);
  });
  it('read verbs', () => {
    expect(isReadAction('ec2:DescribeInstances')).toBe(true);
    expect(isReadAction('s3:Get*')).toBe(true);
    expect(isReadAction('s3:*')).toBe(false);
    expect(isReadAction('s3:PutObject')).toBe(false);
  });
});

describe('principals and conditions', () => {
  const g = graphOf('Resources: {X: {Type: AWS::SNS::Topic}}');
  it('reads every principal shape', () => {
    const vals = (v: unknown) => principals(v, g.resolver).values.map((p) => `${p.kind}=${p.value}`);
    expect(vals('*')).toEqual(['Any=*']);
    expect(vals({ AWS: ['arn:aws:iam::1:root', '*'], Service: 'sns.amazonaws.com' })).toEqual(['AWS=arn:aws:iam::1:root', 'AWS=*', 'Service=sns.amazonaws.com']);
    expect(principals({ AWS: '*' }, g.resolver).values.some(isPublicPrincipal)).toBe(true);
    expect(principals({ Service: '*' }, g.resolver).values.some(isPublicPrincipal)).toBe(false);
  });
  it('a restricting condition needs a positive operator and a concrete value', () => {
    expect(restrictingCondition(stmt({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }))).toBe('aws:PrincipalOrgID');
    expect(restrictingCondition(stmt({ Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:*:1:t' } } }))).toBe('AWS:SourceArn');
    expect(restrictingCondition(stmt({ Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-1' } } }))).toBeNull();
    expect(restrictingCondition(stmt({ Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '1' } } }))).toBeNull();
    expect(restrictingCondition(stmt({ Condition: { StringLike: { 'aws:PrincipalArn': '*' } } }))).toBeNull();
    expect(restrictingCondition(stmt({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))).toBeNull();
  });
});

describe('unresolved values', () => {
  const g = graphOf(`
Parameters:
  Free: {Type: String}
  Account: {Type: String, AllowedPattern: '^[0-9]{12}$'}
Mappings:
  Elb: {us-east-1: {Account: '127311923021'}}
Resources: {R: {Type: AWS::IAM::Role}}`);
  const decls = parameterDecls(g.template.body, g.resolver);
  it.each([
    [{ 'Fn::GetAtt': ['R', 'Arn'] }, false],
    [{ Ref: 'AWS::AccountId' }, false],
    [{ Ref: 'R' }, false],
    [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' }, false],
    [{ 'Fn::FindInMap': ['Elb', { Ref: 'AWS::Region' }, 'Account'] }, false],
    [{ Ref: 'Account' }, false],
    [{ Ref: 'Free' }, true],
    [{ 'Fn::Sub': '${Free}' }, true],
    // An export is an id or ARN another stack made, never a pattern.
    [{ 'Fn::ImportValue': 'x' }, false],
  ])('%j may be a wildcard: %s', (v, want) => expect(mayBeWildcard(v, decls)).toBe(want));

  it('keeps the shape of an ARN built from deploy-time parts', () => {
    const el = elements({ 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:role/*' }, g.resolver, decls);
    expect(el.unknown).toBeNull();
    expect(el.values.map((v) => v.value)).toEqual(['arn:aws:iam::unresolved-AWSAccountId:role/*']);
  });
});

describe('policy documents', () => {
  it('finds documents in roles, SAM functions, resource policies and JSON text', () => {
    const g = graphOf(`
Transform: AWS::Serverless-2016-10-31
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
      Policies:
        - PolicyName: a
          PolicyDocument: {Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies: [AWSLambdaBasicExecutionRole, {S3ReadPolicy: {BucketName: b}}, {Statement: [{Effect: Allow, Action: sqs:SendMessage, Resource: '*'}]}]
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText: '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"ecr:*"}]}'
`);
    const kinds = (id: string) => policyDocuments(g.resources.get(id)!, g.resolver).map((d) => d.kind);
    expect(kinds('Role')).toEqual(['trust', 'identity']);
    expect(kinds('Fn')).toEqual(['identity']);
    const repoDoc = policyDocuments(g.resources.get('Repo')!, g.resolver)[0]!;
    const stmts = statementsOf(repoDoc, g.resolver);
    expect(stmts).toHaveLength(1);
    expect(stmts[0]!.known && stmts[0]!.effect).toBe('Deny');
    expect(stmts[0]!.path).toEqual(['Resources', 'Repo', 'Properties', 'RepositoryPolicyText']);
  });
});

describe('statement findings point at the offending key', () => {
  it('IamPolicyFullAdmin on the Action of the second statement', () => {
    const stack = auditText(
      `
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - {Effect: Allow, Action: s3:GetObject, Resource: '*'}
          - {Effect: Allow, Action: ['*'], Resource: ['*']}
`,
      { allRules: true },
    );
    const [f] = findingsOf(stack, 'IamPolicyFullAdmin');
    expect(f?.path).toEqual(['Resources', 'P', 'Properties', 'PolicyDocument', 'Statement', 1, 'Action']);
    expect(f?.line).toBe(9);
  });

  it('a public principal behind a parameter without default is unknown, never a silent pass', () => {
    const stack = auditText(
      `
Parameters: {Who: {Type: String}}
Resources:
  P:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [q]
      PolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: !Ref Who}, Action: 'sqs:*', Resource: '*'}]}
`,
      { allRules: true },
    );
    expect(findingsOf(stack, 'TopicOrQueuePolicyPublic').map((f) => f.outcome)).toEqual(['unknown']);
  });

  it('IamPassRoleWildcard names the Fn::If branch it found', () => {
    const stack = auditText(
      `
Conditions: {C: !Equals [!Ref AWS::Region, us-east-1]}
Resources:
  P:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      Roles: [r]
      PolicyDocument:
        Statement:
          - {Effect: Allow, Action: iam:PassRole, Resource: !If [C, '*', 'arn:aws:iam::1:role/x']}
`,
      { allRules: true },
    );
    const [f] = findingsOf(stack, 'IamPassRoleWildcard');
    expect(f?.conditions).toEqual([{ condition: 'C', branch: true }]);
  });
});

describe('UserData and managed-policy helpers', () => {
  it('splits UserData at intrinsics so password= followed by a Ref is not a secret', () => {
    const frags = literalFragments({ 'Fn::Base64': { 'Fn::Join': ['', ['a=', { Ref: 'P' }, 'password=', 'hunter22']] } });
    expect(frags).toEqual(['a=', 'password=hunter22']);
    expect(findSecret('password=')).toBeNull();
    expect(findSecret('export DB_PASSWORD=$(aws ssm get-parameter)')).toBeNull();
    expect(findSecret('password=hunter22')).toEqual({ kind: 'literal credential assignment', name: 'password' });
  });
  it('reads AWS managed policy names from ARNs and SAM names', () => {
    expect(awsManagedPolicyName('arn:unresolved-AWSPartition:iam::aws:policy/AdministratorAccess', false)).toBe('AdministratorAccess');
    expect(awsManagedPolicyName('arn:aws:iam::aws:policy/service-role/AWSLambdaRole', false)).toBe('AWSLambdaRole');
    expect(awsManagedPolicyName('arn:aws:iam::123456789012:policy/AdministratorAccess', false)).toBeNull();
    expect(awsManagedPolicyName('AdministratorAccess', true)).toBe('AdministratorAccess');
    expect(awsManagedPolicyName('AdministratorAccess', false)).toBeNull();
  });
});
