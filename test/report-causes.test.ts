/**
 * Why a finding is unknown is a typed code with arguments (the resolver's, the models' and the
 * checks'); only src/report words it. One example per code, each with its sentence; nested reasons
 * (a value a parent stack passes, an export, a condition key) word their inner reason; NoEcho values
 * inside a cause's arguments are masked like any other finding text.
 */
import { describe, expect, it } from 'vitest';
import type { UnknownCause } from '../src/types/types.js';
import { dataWithReason, describeCause, unknownReasonText } from '../src/report/describe.js';
import { maskFinding, MASK } from '../src/model/mask.js';
import { auditText } from './helpers/audit.js';

const noDefault: UnknownCause = { code: 'parameter-no-default', args: { name: 'Cidr' } };

/** One example of every code: a code missing here is a type error (the type check runs in CI). */
const EXAMPLES: { readonly [K in UnknownCause['code']]: [Extract<UnknownCause, { code: K }>, string] } = {
  'rule-crashed': [{ code: 'rule-crashed', args: { error: 'boom' } }, 'the rule could not evaluate this resource (boom)'],
  'resource-too-large': [{ code: 'resource-too-large', args: {} }, 'the resource is too large to match as text'],
  'expected-text': [{ code: 'expected-text', args: { found: 'a list' } }, 'expected a text value, found a list'],
  'too-deep': [{ code: 'too-deep', args: {} }, 'value nested too deeply to resolve'],
  'to-json-deploy-time': [{ code: 'to-json-deploy-time', args: {} }, 'Fn::ToJsonString of a value with deploy-time parts'],
  'not-evaluated': [{ code: 'not-evaluated', args: { fn: 'Fn::Cidr' } }, 'Fn::Cidr is not evaluated'],
  'ref-non-text': [{ code: 'ref-non-text', args: {} }, 'Ref to a non-text name'],
  'ssm-parameter': [{ code: 'ssm-parameter', args: { name: 'Ami', ssmName: '/aws/ami' } }, 'parameter Ami is read from SSM Parameter Store (/aws/ami) at deploy time'],
  'parameter-no-default': [noDefault, 'parameter Cidr has no default'],
  'pseudo-parameter': [{ code: 'pseudo-parameter', args: { name: 'AWS::Region' } }, 'pseudo parameter AWS::Region is only known at deploy time'],
  'resource-ref': [{ code: 'resource-ref', args: { name: 'Vpc' } }, 'Ref to resource Vpc is only known at deploy time'],
  'undefined-ref': [{ code: 'undefined-ref', args: { name: 'Nowhere' } }, 'Ref to Nowhere, which the template does not define'],
  malformed: [{ code: 'malformed', args: { fn: 'Fn::If' } }, 'malformed Fn::If'],
  'no-consistent-combination': [{ code: 'no-consistent-combination', args: {} }, 'no consistent combination of conditions'],
  'getatt-deploy-time': [{ code: 'getatt-deploy-time', args: { target: 'Sg', attribute: 'GroupId' } }, 'Fn::GetAtt Sg.GroupId is only known at deploy time'],
  'import-value': [{ code: 'import-value', args: {} }, 'Fn::ImportValue comes from another stack'],
  'import-name-deploy-time': [{ code: 'import-name-deploy-time', args: {} }, 'Fn::ImportValue of a name that is only known at deploy time'],
  'import-outside-run': [{ code: 'import-outside-run', args: { name: 'shared' } }, 'Fn::ImportValue shared comes from a stack outside this run'],
  'sub-variable-deploy-time': [{ code: 'sub-variable-deploy-time', args: { name: 'Sg.GroupId' } }, '${Sg.GroupId} is only known at deploy time'],
  'non-text-in-string': [{ code: 'non-text-in-string', args: {} }, 'a non-text value inside a string'],
  'expected-list': [{ code: 'expected-list', args: {} }, 'expected a list'],
  'too-many-combinations': [{ code: 'too-many-combinations', args: {} }, 'too many combinations to evaluate'],
  'join-non-text': [{ code: 'join-non-text', args: {} }, 'Fn::Join of a non-text value'],
  'findinmap-map-deploy-time': [{ code: 'findinmap-map-deploy-time', args: {} }, 'Fn::FindInMap of a map chosen at deploy time'],
  'findinmap-missing': [{ code: 'findinmap-missing', args: { lookup: 'M/a/b' } }, "Fn::FindInMap M/a/b is not in the template's Mappings"],
  'select-out-of-range': [{ code: 'select-out-of-range', args: {} }, 'Fn::Select index out of range'],
  'passed-by-parent': [{ code: 'passed-by-parent', args: { parent: 'Root', reason: noDefault } }, 'parameter Cidr has no default (passed by Root)'],
  'parent-value-unreadable': [{ code: 'parent-value-unreadable', args: {} }, 'the parent stack passes a value that could not be read'],
  'export-cycle': [{ code: 'export-cycle', args: { name: 'X' } }, 'export X refers to itself through other stacks'],
  'exporter-unreadable': [{ code: 'exporter-unreadable', args: { name: 'X' } }, 'the stack exporting X could not be read'],
  'from-export': [{ code: 'from-export', args: { name: 'X', reason: noDefault } }, 'parameter Cidr has no default (export X)'],
  'deploy-time-value': [{ code: 'deploy-time-value', args: {} }, 'the value is only known at deploy time'],
  'secret-import': [{ code: 'secret-import', args: {} }, 'the value is imported from another stack’s outputs'],
  'secret-join-computed': [{ code: 'secret-join-computed', args: {} }, 'Fn::Join of a computed list'],
  'secret-too-deep': [{ code: 'secret-too-deep', args: {} }, 'value nested too deeply'],
  'policy-not-json': [{ code: 'policy-not-json', args: {} }, 'the policy document is text that is not JSON'],
  'policy-element-shape': [{ code: 'policy-element-shape', args: {} }, 'a policy element that is neither text nor a list'],
  'principal-shape': [{ code: 'principal-shape', args: {} }, 'a Principal that is neither "*" nor a mapping'],
  'condition-value-not-text': [{ code: 'condition-value-not-text', args: {} }, 'a condition value that is not text'],
  'condition-key': [{ code: 'condition-key', args: { key: 'aws:SourceIp', reason: noDefault, named: true } }, 'condition aws:SourceIp: parameter Cidr has no default'],
  'not-boolean': [{ code: 'not-boolean', args: { key: 'HttpTokens' } }, 'HttpTokens is not a true/false value'],
  'not-policy-name': [{ code: 'not-policy-name', args: { property: 'SslPolicy' } }, 'SslPolicy is not a policy name'],
  'unknown-tls-policy': [{ code: 'unknown-tls-policy', args: { name: 'Custom' } }, 'Custom is not a TLS policy name cfn-audit can read'],
  'listener-protocol-deploy-time': [{ code: 'listener-protocol-deploy-time', args: {} }, 'the listener protocol is not known before deployment'],
  'sam-api-missing': [{ code: 'sam-api-missing', args: {} }, 'the event’s API is not a Serverless API in this template'],
  'sam-authorizer-deploy-time': [{ code: 'sam-authorizer-deploy-time', args: {} }, 'the event’s Auth.Authorizer is not known before deployment'],
  'sam-default-authorizer-deploy-time': [{ code: 'sam-default-authorizer-deploy-time', args: {} }, 'the API’s Auth.DefaultAuthorizer is not known before deployment'],
  'dynamic-reference': [{ code: 'dynamic-reference', args: { value: '{{resolve:ssm:/c}}' } }, '{{resolve:ssm:/c}} is a dynamic reference, resolved at deploy time'],
  'entry-unresolved': [{ code: 'entry-unresolved', args: {} }, 'the entry could not be resolved'],
  'protocol-missing': [{ code: 'protocol-missing', args: {} }, 'IpProtocol is missing'],
  'protocol-invalid': [{ code: 'protocol-invalid', args: { shown: '"tcpx"' } }, 'IpProtocol "tcpx" is not a protocol'],
  'port-range-invalid': [{ code: 'port-range-invalid', args: { from: '30', to: '20' } }, 'FromPort 30 / ToPort 20 is not a port range'],
  'rds-default-vpc': [
    { code: 'rds-default-vpc', args: {} },
    'PubliclyAccessible is not set and no DBSubnetGroupName is given: the instance goes to the default VPC and is public when that VPC has an internet gateway',
  ],
  'effect-unresolved': [{ code: 'effect-unresolved', args: {} }, 'the statement Effect could not be resolved'],
};

describe('unknown causes are worded only in src/report', () => {
  it.each(Object.values(EXAMPLES))('%j', (cause, sentence) => {
    expect(describeCause(cause)).toBe(sentence);
  });

  it('a finding shows its cause as unknownReason after its own data', () => {
    const f = { data: { property: 'CidrIp', value: '(unresolved)' }, cause: noDefault };
    expect(Object.entries(dataWithReason(f))).toEqual([
      ['property', 'CidrIp'],
      ['value', '(unresolved)'],
      ['unknownReason', 'parameter Cidr has no default'],
    ]);
    expect(unknownReasonText({ data: {} })).toBeUndefined();
  });

  it('a NoEcho value inside a cause is masked, nested reasons included', () => {
    const f = {
      data: { value: 'x' },
      cause: { code: 'passed-by-parent', args: { parent: 'Root', reason: { code: 'ssm-parameter', args: { name: 'P', ssmName: '/s3cret/path' } } } } as UnknownCause,
    };
    const masked = maskFinding(f, ['s3cret']);
    expect(JSON.stringify(masked.cause)).not.toContain('s3cret');
    expect(describeCause(masked.cause)).toBe(`parameter P is read from SSM Parameter Store (/${MASK}/path) at deploy time (passed by Root)`);
  });

  it('an audited template carries the typed cause, not a sentence, in its unknown findings', () => {
    const stack = auditText(
      'Parameters: {Cidr: {Type: String}}\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: d\n      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref Cidr, Description: s}]\n',
    );
    const unknown = stack.findings.filter((f) => f.outcome === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    for (const f of unknown) {
      expect(f.cause).toEqual(noDefault);
      expect(f.data['unknownReason']).toBeUndefined();
      expect(unknownReasonText(f)).toBe('parameter Cidr has no default');
    }
  });
});
