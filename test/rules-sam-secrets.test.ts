/**
 * SAM Globals and function-event semantics, and the secret model, beyond the per-rule fixtures:
 * where findings point, what SAM merges, and which values count as exposed secrets.
 */
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../src/load/parse.js';
import { buildGraph } from '../src/model/graph.js';
import { effectivePath, effectiveProperty, samApiEvents } from '../src/model/sam.js';
import { isSecretName, secretExposures } from '../src/model/secrets.js';
import { auditText, findingsOf } from './helpers/audit.js';

function graphOf(text: string) {
  const t = parseTemplate({ file: 't.yaml', text, explicit: true });
  if (!t.ok) throw new Error(t.error.message);
  return buildGraph(t.template);
}

const SAM = 'Transform: AWS::Serverless-2016-10-31\n';

describe('effectiveProperty', () => {
  const g = graphOf(`${SAM}Globals:
  Function:
    Runtime: python3.8
    Environment: {Variables: {A: '1'}}
  Api:
    Auth: {DefaultAuthorizer: AWS_IAM}
Resources:
  Own:
    Type: AWS::Serverless::Function
    Properties: {Runtime: python3.13, CodeUri: s, Handler: h}
  Inherits:
    Type: AWS::Serverless::Function
    Properties: {CodeUri: s, Handler: h}
  Api:
    Type: AWS::Serverless::Api
    Properties: {StageName: p}
  Plain:
    Type: AWS::Lambda::Function
    Properties: {Handler: h}
`);
  it('prefers the resource, then Globals, with the path where the value is written', () => {
    expect(effectiveProperty(g, g.resources.get('Own')!, 'Runtime')).toEqual({ value: 'python3.13', path: ['Resources', 'Own', 'Properties', 'Runtime'], fromGlobals: false });
    expect(effectiveProperty(g, g.resources.get('Inherits')!, 'Runtime')).toEqual({ value: 'python3.8', path: ['Globals', 'Function', 'Runtime'], fromGlobals: true });
    expect(effectivePath(g, g.resources.get('Api')!, ['Auth', 'DefaultAuthorizer'])?.value).toBe('AWS_IAM');
  });
  it('does not apply SAM Globals to plain CloudFormation types', () => {
    expect(effectiveProperty(g, g.resources.get('Plain')!, 'Runtime')).toBeNull();
  });
});

describe('samApiEvents', () => {
  it('lists Api and HttpApi events with their API, once per graph', () => {
    const g = graphOf(`${SAM}Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: {StageName: p}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s
      Handler: h
      Events:
        A: {Type: Api, Properties: {Path: /a, Method: get, RestApiId: !Ref Api}}
        B: {Type: HttpApi, Properties: {Path: /b, Method: post}}
        Q: {Type: SQS, Properties: {Queue: arn:aws:sqs:us-east-1:111111111111:q}}
`);
    const first = samApiEvents(g);
    expect(first.events.map((e) => [e.eventName, e.kind, e.apiId])).toEqual([
      ['A', 'rest', 'Api'],
      ['B', 'http', null],
    ]);
    expect(samApiEvents(g)).toBe(first);
  });
});

describe('ApiGatewayMethodNoAuth on SAM', () => {
  const audit = (text: string) => findingsOf(auditText(text, { allRules: true }), 'ApiGatewayMethodNoAuth');
  it('reports each open event on the function, at the event key', () => {
    const hits = audit(`${SAM}Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s
      Handler: h
      Runtime: python3.13
      Events:
        Get: {Type: Api, Properties: {Path: /a, Method: get}}
        Put: {Type: Api, Properties: {Path: /a, Method: put}}
`);
    expect(hits.map((h) => [h.logicalId, h.path.join('.'), h.data['method']])).toEqual([
      ['Fn', 'Resources.Fn.Properties.Events.Get', 'GET'],
      ['Fn', 'Resources.Fn.Properties.Events.Put', 'PUT'],
    ]);
  });
  it('treats a Globals default authorizer as auth for the implicit API, but not an event that opts out', () => {
    const hits = audit(`${SAM}Globals:
  Api:
    Auth: {DefaultAuthorizer: MyCognito}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s
      Handler: h
      Runtime: python3.13
      Events:
        Private: {Type: Api, Properties: {Path: /a, Method: get}}
        Public: {Type: Api, Properties: {Path: /b, Method: get, Auth: {Authorizer: NONE}}}
`);
    expect(hits.map((h) => h.path.at(-1))).toEqual(['Public']);
  });
  it('is unknown when the authorizer comes from an unresolvable parameter', () => {
    const hits = audit(`${SAM}Parameters:
  AuthName: {Type: String}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s
      Handler: h
      Runtime: python3.13
      Events:
        Get: {Type: Api, Properties: {Path: /a, Method: get, Auth: {Authorizer: !Ref AuthName}}}
`);
    expect(hits.map((h) => h.outcome)).toEqual(['unknown']);
  });
});

describe('secret model', () => {
  const g = graphOf(`Parameters:
  Echoed: {Type: String}
  Hidden: {Type: String, NoEcho: true}
  HiddenDefault: {Type: String, NoEcho: true, Default: x}
Resources:
  R: {Type: AWS::SNS::Topic}
`);
  const kinds = (v: unknown) => secretExposures(g, v).map((x) => (x.kind === 'exposed' ? x.exposure : 'unknown'));
  it.each([
    ['literal', 'p4ssw0rd', ['literal']],
    ['echoed parameter', { Ref: 'Echoed' }, ['parameter-echoed']],
    ['NoEcho parameter', { Ref: 'Hidden' }, []],
    ['NoEcho parameter with default', { Ref: 'HiddenDefault' }, ['parameter-default']],
    ['secrets manager', '{{resolve:secretsmanager:s:SecretString:p}}', []],
    ['ssm-secure', '{{resolve:ssm-secure:/p:1}}', []],
    ['plain ssm', '{{resolve:ssm:/p:1}}', ['plain-ssm']],
    ['NoValue', { Ref: 'AWS::NoValue' }, []],
    ['resource attribute', { 'Fn::GetAtt': ['Secret', 'Password'] }, []],
    ['imported value', { 'Fn::ImportValue': 'x' }, ['unknown']],
    ['Sub of a NoEcho parameter', { 'Fn::Sub': '${Hidden}' }, []],
    ['Sub of an echoed parameter', { 'Fn::Sub': 'pre-${Echoed}' }, ['parameter-echoed']],
    ['If with one literal branch', { 'Fn::If': ['C', { Ref: 'Hidden' }, 'literal!'] }, ['literal']],
  ])('%s', (_name, value, expected) => {
    expect(kinds(value)).toEqual(expected);
  });
  it('keeps the Fn::If branch on an exposed alternative', () => {
    const [v] = secretExposures(g, { 'Fn::If': ['IsDev', 'dev-password', { Ref: 'Hidden' }] });
    expect(v?.conditions).toEqual([{ condition: 'IsDev', branch: true }]);
  });
  it.each([
    ['DB_PASSWORD', true],
    ['ApiKey', true],
    ['GITHUB_TOKEN', true],
    ['PRIVATE_KEY', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['SECRET_ARN', false],
    ['SECRET_NAME', false],
    ['TOKEN_TABLE', false],
    ['PARAMETERS_SECRETS_EXTENSION_HTTP_PORT', false],
    ['TABLE_NAME', false],
    ['PASSWORD_LENGTH', false],
  ])('isSecretName(%s) = %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });
});

describe('finding paths', () => {
  it('points PlaintextSecretProperty at the list item inside Users', () => {
    const [hit] = findingsOf(
      auditText(
        `Resources:
  Broker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      PubliclyAccessible: false
      Users:
        - {Username: a, Password: '{{resolve:secretsmanager:mq}}'}
        - {Username: b, Password: literal-pw}
`,
        { allRules: true },
      ),
      'PlaintextSecretProperty',
    );
    expect(hit?.path).toEqual(['Resources', 'Broker', 'Properties', 'Users', 1, 'Password']);
    expect(JSON.stringify(hit?.data)).not.toContain('literal-pw');
  });
  it('points an absent property at the Properties key', () => {
    const [hit] = findingsOf(auditText('Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties: {}\n', { allRules: true }), 'EfsUnencrypted');
    expect(hit?.path).toEqual(['Resources', 'Fs', 'Properties']);
  });
});
