/**
 * Issue 12 classes beyond the per-rule fixtures: which resource each finding lands on, what the data
 * says, and the cross-cutting guarantees (fast-check) of the shared helpers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameShape } from '../src/rules/checks/s3.js';
import { parseTemplate } from '../src/load/parse.js';
import { buildGraph } from '../src/model/graph.js';
import { isSecretName, secretDefault } from '../src/model/secrets.js';
import { auditText, findingsOf } from './helpers/audit.js';

const all = { allRules: true };
const ids = (text: string, rule: string, outcome: 'fail' | 'unknown' = 'fail'): string[] =>
  findingsOf(auditText(text, all), rule)
    .filter((f) => f.outcome === outcome)
    .map((f) => f.logicalId)
    .sort();

describe('bucket policies attached by the bucket name', () => {
  const policy = (bucket: string, deny: boolean): string => `
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${bucket}
      PolicyDocument:
        Statement:
          - {Effect: ${deny ? 'Deny' : 'Allow'}, Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: {Bool: {"aws:SecureTransport": false}}}`;

  it.each([
    ['Sub = Sub', `!Sub "\${AWS::StackName}-logs"`, `!Sub "\${AWS::StackName}-logs"`],
    ['Sub = Join', `!Sub "\${AWS::StackName}-logs"`, `!Join ["", [!Ref "AWS::StackName", "-logs"]]`],
    ['Join = Sub with a variable map', `!Join ["-", [!Ref "AWS::AccountId", !GetAtt Q.QueueName]]`, `!Sub ["\${A}-\${Q.QueueName}", {A: !Ref "AWS::AccountId"}]`],
    ['literal = literal', 'my-bucket-name', 'my-bucket-name'],
    ['literal = Sub without placeholders', 'my-bucket-name', '!Sub my-bucket-name'],
  ])('%s: the TLS deny counts for the bucket', (_n, bucketName, policyBucket) => {
    const t = `Resources:
  Q: {Type: AWS::SQS::Queue}
  B:
    Type: AWS::S3::Bucket
    Properties: {BucketName: ${bucketName}}
  P:${policy(policyBucket, true)}
`;
    expect(ids(t, 'S3BucketNoSslPolicy')).toEqual([]);
  });

  it('a policy attached by name without a TLS deny is named in the finding, never "none"', () => {
    const t = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties: {BucketName: !Sub "\${AWS::StackName}-x"}
  P:${policy('!Join ["", [!Ref "AWS::StackName", "-x"]]', false)}
`;
    const f = findingsOf(auditText(t, all), 'S3BucketNoSslPolicy');
    expect(f.map((x) => x.data['policies'])).toEqual(['P']);
  });

  it.each([
    ['another suffix', `!Sub "\${AWS::StackName}-logs"`, `!Sub "\${AWS::StackName}-data"`],
    ['another pseudo parameter', `!Sub "\${AWS::StackName}-logs"`, `!Sub "\${AWS::Region}-logs"`],
    ['a GetAtt of another resource', `!Sub "\${Q.QueueName}"`, `!Sub "\${R.QueueName}"`],
  ])('%s: the policy is not this bucket’s', (_n, bucketName, policyBucket) => {
    const t = `Resources:
  Q: {Type: AWS::SQS::Queue}
  R: {Type: AWS::SQS::Queue}
  B:
    Type: AWS::S3::Bucket
    Properties: {BucketName: ${bucketName}}
  P:${policy(policyBucket, true)}
`;
    expect(ids(t, 'S3BucketNoSslPolicy')).toEqual(['B']);
  });

  it('nameShape: Sub and Join spellings of one name agree; different literal text never does', () => {
    const part = fc.oneof(
      fc.stringMatching(/^[a-z0-9-]{1,6}$/).map((s) => ({ lit: s })),
      fc.constantFrom('AWS::StackName', 'AWS::Region', 'Env').map((r) => ({ ref: r })),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const sub = { 'Fn::Sub': parts.map((p) => ('lit' in p ? p.lit : `\${${p.ref}}`)).join('') };
        const join = { 'Fn::Join': ['', parts.map((p) => ('lit' in p ? p.lit : { Ref: p.ref }))] };
        return nameShape(sub) !== null && nameShape(sub) === nameShape(join);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z]{1,6}$/), (a, b) => {
        fc.pre(a !== b);
        return nameShape({ 'Fn::Sub': `\${AWS::StackName}-${a}` }) !== nameShape({ 'Fn::Sub': `\${AWS::StackName}-${b}` });
      }),
    );
  });
});

/** Fail fixtures with several shapes: every shape must be caught, not just one per file. */
describe('every shape in a fail fixture is flagged', () => {
  const fixture = (rule: string, file: string): string => readFileSync(join(import.meta.dirname, '..', 'fixtures/rules', rule, 'fail', file), 'utf8');
  it.each([
    ['CloudFrontWeakTls', 'tls11-and-ssl3.yaml', ['AllowedWeak', 'Ssl3', 'Tls11']],
    ['LbWeakTlsPolicy', 'legacy-names.json', ['Classic', 'ForwardSecrecyTls10', 'Tls13ButMin11']],
    ['ApiGatewayMethodNoAuth', 'v2-routes.yaml', ['AbsentAuth', 'HttpDefault', 'OpenGet']],
    ['AlbDropInvalidHeadersOff', 'absent-or-false.yaml', ['FromParameter', 'NoAttributes', 'Off', 'OtherAttributesOnly']],
    ['LambdaEnvNoCmk', 'no-key.yaml', ['EmptyKey', 'Fn']],
    ['DynamoDbNoPitr', 'global-table-replica.yaml', ['Global']],
    ['S3AccessPointPublic', 'internet-public.yaml', ['AwsStar', 'IfExistsIsNoRestriction', 'Star']],
    ['S3AccessPointPublic', 'multi-region.json', ['MrapPolicy']],
  ])('%s %s', (rule, file, expected) => {
    expect(ids(fixture(rule, file), rule)).toEqual(expected);
  });

  it('a global table finding names the replica without PITR', () => {
    const f = findingsOf(auditText(fixture('DynamoDbNoPitr', 'global-table-replica.yaml'), all), 'DynamoDbNoPitr');
    expect(f.map((x) => [x.data['property'], x.path.slice(-2)])).toEqual([
      ['PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled of the eu-west-1 replica', ['Replicas', 1]],
    ]);
  });
});

describe('secrets that flow through parameters, text and URLs', () => {
  const fixture = (rule: string, dir: string, file: string): string => readFileSync(join(import.meta.dirname, '..', 'fixtures/rules', rule, dir, file), 'utf8');
  it.each([
    ['SecretsInEnvironment', 'parameter-default-flows.yaml', ['Batch', 'Build', 'Fn', 'Runner', 'Task']],
    ['SecretsInEnvironment', 'pass-pwd-token-names.json', ['Fn', 'Fn2', 'Fn3', 'Fn4']],
    ['PlaintextSecretProperty', 'secretsmanager-secretstring.yaml', ['Literal', 'LiteralJson', 'SubWithLiteralPassword', 'SubWithSecretDefault']],
    ['PlaintextSecretProperty', 'glue-connection.json', ['Conn', 'UrlConn']],
    ['SecretsInUserData', 'url-and-pass.yaml', ['Instance', 'Second']],
  ])('%s %s: every shape is flagged', (rule, file, expected) => {
    expect(ids(fixture(rule, 'fail', file), rule)).toEqual(expected);
  });

  it('names the parameter that carries the secret, never the value', () => {
    const f = findingsOf(auditText(fixture('SecretsInEnvironment', 'fail', 'parameter-default-flows.yaml'), all), 'SecretsInEnvironment');
    expect(f.map((x) => [x.logicalId, x.data['parameter'], x.data['exposure']]).sort()).toEqual([
      ['Batch', 'HiddenWithDefault', 'parameter-default'],
      ['Build', 'ApiToken', 'parameter-default'],
      ['Fn', 'DbPassword', 'parameter-default'],
      ['Runner', 'DbPassword', 'parameter-default'],
      ['Task', 'ApiToken', 'parameter-default'],
    ]);
    expect(JSON.stringify(f)).not.toMatch(/Sup3rSecret|ghp_abc|changeit-now/);
  });

  it.each([
    ['SecretsInUserData', 'url-and-pass.yaml', 'Instance', 'git clone https://deploy:'],
    ['SecretsInUserData', 'url-and-pass.yaml', 'Second', 'export DB_PASS='],
    ['NoEchoParameterInUserData', 'sub-block.yaml', 'Instance', 'mysql -u admin -p${DbPassword}'],
    ['NoEchoParameterInUserData', 'launch-template-join.json', 'Template', '"export ADMIN_TOKEN=", {"Ref": "AdminToken"}'],
    ['NoEchoParameterInUserData', 'sub-variable-map.yaml', 'Config', 'Value: !Ref Secret'],
  ])('%s %s: the %s finding points at the line that holds the secret', (rule, file, id, line) => {
    const [f] = findingsOf(auditText(fixture(rule, 'fail', file), all), rule).filter((x) => x.logicalId === id);
    expect(f?.snippet).toContain(line);
  });

  it('the column is the secret’s own column inside a block scalar', () => {
    const t = fixture('NoEchoParameterInUserData', 'fail', 'sub-block.yaml');
    const [f] = findingsOf(auditText(t, all), 'NoEchoParameterInUserData');
    expect(f?.snippet?.slice((f?.column ?? 1) - 1)).toMatch(/^\$\{DbPassword\}/);
  });

  it('property: a secret line anywhere in a literal block, Fn::Sub block or Fn::Join list is the finding’s line', () => {
    const line = fc.stringMatching(/^[a-z][a-z ./-]{0,30}$/);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.array(line, { maxLength: 8 }),
        fc.integer({ min: 2, max: 8 }),
        fc.constantFrom('plain', 'sub', 'join'),
        (before, after, indent, shape) => {
          const pad = ' '.repeat(indent + 8);
          const secret = 'export API_TOKEN=q8w7e6r5t4';
          const script = ['#!/bin/bash', ...before, secret, ...after];
          let userData: string;
          if (shape === 'join') userData = `\n        Fn::Base64: !Join\n          - "\\n"\n          - ${JSON.stringify(script)}`;
          else userData = `\n        Fn::Base64: ${shape === 'sub' ? '!Sub ' : ''}|\n${script.map((l) => pad + l).join('\n')}`;
          const t = `Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-1\n      UserData:${userData}\n`;
          const [f] = findingsOf(auditText(t, all), 'SecretsInUserData');
          return f !== undefined && (f.snippet ?? '').includes(shape === 'join' ? 'export API_TOKEN' : secret);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('secretDefault', () => {
  const graphOf = (params: string) => {
    const t = parseTemplate({ file: 't.yaml', text: `Parameters:\n${params}\nResources:\n  R: {Type: AWS::SNS::Topic}\n`, explicit: true });
    if (!t.ok) throw new Error(t.error.message);
    return buildGraph(t.template);
  };
  it.each([
    ['  P: {Type: String, NoEcho: true, Default: realvalue1}', true],
    ['  DbPassword: {Type: String, Default: hunter2hunter2}', true],
    ['  Anything: {Type: String, Default: AKIAABCDEFGHIJKLMNOP}', true],
    ['  ConnUrl: {Type: String, Default: "mysql://app:pw12345@db/app"}', true],
    ['  DbPassword: {Type: String, NoEcho: true, Default: "<>"}', false],
    ['  DbPassword: {Type: String, Default: "<your password>"}', false],
    ['  ApiToken: {Type: String, NoEcho: true, Default: CHANGEME}', false],
    ['  DbPassword: {Type: String, NoEcho: true}', false],
    ['  SecretArn: {Type: String, Default: "arn:aws:secretsmanager:us-east-1:1:secret:x"}', false],
    ['  Region: {Type: String, Default: us-east-1}', false],
  ])('%s → %s', (decl, expected) => {
    const g = graphOf(decl);
    const name = decl.trim().split(':')[0]!;
    expect(secretDefault(g, name)).toBe(expected);
  });
});

describe('secret variable names', () => {
  it.each([
    ['DB_PASS', true],
    ['db-pass', true],
    ['dbPass', true],
    ['ADMIN_PWD', true],
    ['SLACK_TOKEN', true],
    ['KEY_PASSPHRASE', true],
    ['BYPASS', false],
    ['COMPASS_MODE', false],
    ['PASS_THROUGH', false],
    ['PassThrough', false],
    ['DB_PASS_FILE', false],
    ['TOKEN_URL', false],
  ])('isSecretName(%s) = %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });
});

describe('findings never carry the secret', () => {
  it('property: env vars, parameter defaults, SecretString and UserData report where, not what', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{10,24}$/), (secret) => {
        const t = `Parameters:
  DbPassword: {Type: String, Default: ${secret}}
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::1:role/r
      Code: {ZipFile: x}
      Handler: h
      Runtime: python3.13
      Environment: {Variables: {DB_PASS: ${secret}, CONN: !Sub "pw=\${DbPassword}", URL: "https://u:${secret}@h.example.com/"}}
  S:
    Type: AWS::SecretsManager::Secret
    Properties: {SecretString: '{"password": "${secret}"}'}
  I:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      UserData:
        Fn::Base64: |
          #!/bin/bash
          export DB_PASSWORD=${secret}
`;
        const stack = auditText(t, all);
        const secrets = stack.findings.filter((f) => ['SecretsInEnvironment', 'PlaintextSecretProperty', 'SecretsInUserData'].includes(f.ruleId));
        // The snippet is the template's own source line (a code frame), not finding data.
        return secrets.length >= 3 && secrets.every((f) => !JSON.stringify({ ...f, snippet: '' }).includes(secret));
      }),
      { numRuns: 30 },
    );
  });
});

describe('positions inside text values', () => {
  const userData = (yaml: string): { line: number; column: number; snippet: string } => {
    const [f] = findingsOf(auditText(`Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-1\n${yaml}`, all), 'SecretsInUserData');
    return { line: f?.line ?? 0, column: f?.column ?? 0, snippet: f?.snippet ?? '' };
  };
  it('folded block scalar: the source line of the secret', () => {
    const f = userData('      UserData:\n        Fn::Base64: >\n          #!/bin/bash\n          echo one\n\n          export DB_PASSWORD=abc12345\n');
    expect(f.line).toBe(11);
    expect(f.snippet.slice(f.column - 1)).toBe('DB_PASSWORD=abc12345');
  });
  it('double-quoted string with escaped line breaks', () => {
    const f = userData('      UserData: !Base64 "#!/bin/bash\\nexport API_TOKEN=zz99yy88\\n"\n');
    expect(f.line).toBe(6);
    expect(f.snippet.slice(f.column - 1)).toMatch(/^API_TOKEN=zz99yy88/);
  });
  it('JSON: the Fn::Join part that holds the secret', () => {
    const t = JSON.stringify(
      {
        Resources: {
          I: {
            Type: 'AWS::EC2::Instance',
            Properties: { ImageId: 'ami-1', UserData: { 'Fn::Base64': { 'Fn::Join': ['', ['#!/bin/bash\n', 'echo hi\n', 'export SECRET_KEY=', 'qwertyuiop1\n']] } } },
          },
        },
      },
      null,
      2,
    );
    const [f] = findingsOf(auditText(t, { ...all, file: 't.json' }), 'SecretsInUserData');
    expect(f?.snippet?.trim()).toBe('"export SECRET_KEY=",');
  });
  it('a Sub placeholder in a JSON string: the column of ${…}', () => {
    const t = JSON.stringify(
      {
        Parameters: { Pw: { Type: 'String', NoEcho: true } },
        Resources: { I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', UserData: { 'Fn::Base64': { 'Fn::Sub': '#!/bin/bash\nmysql -p${Pw}\n' } } } } },
      },
      null,
      2,
    );
    const [f] = findingsOf(auditText(t, { ...all, file: 't.json' }), 'NoEchoParameterInUserData');
    expect(f?.snippet?.slice((f?.column ?? 1) - 1)).toMatch(/^\$\{Pw\}/);
  });
});
