/**
 * Value resolution: which values a template value can take before deployment. Parameters (file >
 * Default > each AllowedValues entry), Fn::If (both branches, named), Sub/Join/FindInMap/Select/Split
 * with known parts, AWS::NoValue, and unknown for what only deployment knows. Also the graph's edges.
 */
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../src/load/parse.js';
import { buildGraph, type ResourceGraph } from '../src/model/graph.js';
import { intrinsicName, NO_VALUE, type Resolved } from '../src/model/resolve.js';
import { parseParameters } from '../src/load/parameters.js';
import { describeCause } from '../src/report/describe.js';

const template = {
  Parameters: {
    Cidr: { Type: 'String', Default: '10.0.0.0/16' },
    Env: { Type: 'String', AllowedValues: ['dev', 'prod'] },
    Port: { Type: 'Number', Default: 22 },
    NoDefault: { Type: 'String' },
    Subnets: { Type: 'CommaDelimitedList', Default: 'subnet-a, subnet-b' },
    Azs: { Type: 'List<AWS::EC2::AvailabilityZone::Name>', AllowedValues: ['a,b', 'c'] },
    Empty: { Type: 'String', Default: '' },
    Many: { Type: 'String', AllowedValues: Array.from({ length: 40 }, (_, i) => `v${i}`) },
  },
  Mappings: {
    Net: { dev: { Cidr: '0.0.0.0/0', Ports: [22, 80] }, prod: { Cidr: '10.0.0.0/8', Ports: [443] } },
  },
  Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
  Resources: {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: { Ref: 'Cidr' } } },
    Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { VpcId: { Ref: 'Vpc' }, GroupDescription: { 'Fn::Sub': '${AWS::StackName}-${Vpc.CidrBlock}' } } },
    In: { Type: 'AWS::EC2::SecurityGroupIngress', DependsOn: ['Vpc'], Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] } } },
  },
};

const graphOf = (given: Record<string, string> = {}, body: object = template): ResourceGraph => {
  const r = parseTemplate({ file: 't.json', text: JSON.stringify(body) });
  if (!r.ok) throw new Error(r.error.message);
  return buildGraph(r.template, { given });
};

/** Known values, or `?reason` for unknown ones, each with its conditions as "Cond=true". */
const show = (rs: readonly Resolved[]) =>
  rs.map((r) => {
    const v = r.known ? (r.value === NO_VALUE ? '<NoValue>' : r.value) : `?${describeCause(r.reason)}`;
    return r.conditions.length ? { v, when: r.conditions.map((c) => `${c.condition}=${c.branch}`).join(',') } : v;
  });
const resolve = (v: unknown, given?: Record<string, string>) => show(graphOf(given).resolver.resolve(v));

describe('parameters', () => {
  it('a parameters file wins over Default, which wins over AllowedValues', () => {
    expect(resolve({ Ref: 'Cidr' })).toEqual(['10.0.0.0/16']);
    expect(resolve({ Ref: 'Cidr' }, { Cidr: '0.0.0.0/0' })).toEqual(['0.0.0.0/0']);
    expect(resolve({ Ref: 'Env' })).toEqual(['dev', 'prod']);
    expect(resolve({ Ref: 'Env' }, { Env: 'prod' })).toEqual(['prod']);
  });

  it('a Number default keeps its type; an empty default is a value, not a missing one', () => {
    expect(resolve({ Ref: 'Port' })).toEqual([22]);
    expect(resolve({ Ref: 'Empty' })).toEqual(['']);
  });

  it('an SSM parameter type is unknown: its Default and given value are parameter names, not values', () => {
    const g = graphOf({}, { Parameters: { Ami: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: '/aws/service/ami' } }, Resources: {} });
    expect(show(g.resolver.resolve({ Ref: 'Ami' }))).toEqual(['?parameter Ami is read from SSM Parameter Store (/aws/service/ami) at deploy time']);
    const given = graphOf({ Ami: '/other' }, { Parameters: { Ami: { Type: 'AWS::SSM::Parameter::Value<String>' } }, Resources: {} });
    expect(show(given.resolver.resolve({ Ref: 'Ami' }))).toEqual(['?parameter Ami is read from SSM Parameter Store (/other) at deploy time']);
  });

  it('no value, no default, no allowed values → unknown naming the parameter', () => {
    expect(resolve({ Ref: 'NoDefault' })).toEqual(['?parameter NoDefault has no default']);
  });

  it('list parameters become lists, from Default, AllowedValues or the parameters file', () => {
    expect(resolve({ Ref: 'Subnets' })).toEqual([['subnet-a', 'subnet-b']]);
    expect(resolve({ Ref: 'Azs' })).toEqual([['a', 'b'], ['c']]);
    expect(resolve({ Ref: 'Subnets' }, { Subnets: 'x,y,z' })).toEqual([['x', 'y', 'z']]);
  });

  it('the two parameters-file formats and a plain mapping give the same values', () => {
    const cli = parseParameters('[{"ParameterKey": "Cidr", "ParameterValue": "0.0.0.0/0"}, {"ParameterKey": "Subnets", "ParameterValue": "a,b"}]');
    const pipeline = parseParameters('{"Parameters": {"Cidr": "0.0.0.0/0", "Subnets": "a,b"}}');
    const plain = parseParameters('Cidr: 0.0.0.0/0\nSubnets: [a, b]\n');
    for (const p of [cli, pipeline, plain]) {
      expect(p).toEqual({ ok: true, values: { Cidr: '0.0.0.0/0', Subnets: 'a,b' } });
      if (p.ok) expect(resolve({ Ref: 'Cidr' }, p.values)).toEqual(['0.0.0.0/0']);
    }
  });

  it('bad parameters files are refused with a reason', () => {
    expect(parseParameters('[{"ParameterValue": "x"}]')).toMatchObject({ ok: false, message: expect.stringMatching(/ParameterKey/) });
    expect(parseParameters('{"Parameters": {"A": {"nested": 1}}}')).toMatchObject({ ok: false, message: expect.stringMatching(/^A:/) });
    expect(parseParameters('{"a": 1, "a": 2}')).toMatchObject({ ok: false });
    expect(parseParameters('"just text"')).toMatchObject({ ok: false });
  });
});

describe('deploy-time values are unknown, never guessed', () => {
  it.each([
    [{ 'Fn::GetAtt': ['Sg', 'GroupId'] }, /Fn::GetAtt Sg\.GroupId/],
    [{ 'Fn::GetAtt': 'Vpc.DefaultSecurityGroup' }, /Fn::GetAtt Vpc\.DefaultSecurityGroup/],
    [{ 'Fn::ImportValue': 'shared' }, /ImportValue/],
    [{ Ref: 'AWS::Region' }, /pseudo parameter AWS::Region/],
    [{ Ref: 'AWS::AccountId' }, /pseudo parameter AWS::AccountId/],
    [{ Ref: 'Vpc' }, /resource Vpc/],
    [{ Ref: 'Nowhere' }, /does not define/],
    [{ Ref: ['not', 'text'] }, /non-text/],
    [{ 'Fn::Base64': { Ref: 'NoDefault' } }, /NoDefault/],
    [{ 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }, /not evaluated/],
    [{ 'Fn::GetAZs': '' }, /not evaluated/],
    [{ 'Fn::Sub': '${AWS::Region}-x' }, /AWS::Region/],
    [{ 'Fn::Sub': '${Sg.GroupId}' }, /Sg\.GroupId/],
  ])('%j', (v, reason) => {
    const rs = graphOf().resolver.resolve(v);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.known).toBe(false);
    if (!rs[0]!.known) expect(describeCause(rs[0]!.reason)).toMatch(reason);
  });

  it('malformed intrinsics are unknown, not errors', () => {
    for (const v of [{ 'Fn::If': ['C', 1] }, { 'Fn::Join': 'x' }, { 'Fn::Sub': 5 }, { 'Fn::FindInMap': ['M'] }, { 'Fn::Select': [0] }, { 'Fn::Split': [1, 'a'] }]) {
      const rs = graphOf().resolver.resolve(v);
      expect(
        rs.every((r) => !r.known),
        JSON.stringify(v),
      ).toBe(true);
    }
  });
});

describe('Fn::If', () => {
  it('both branches, each naming the condition and branch', () => {
    expect(resolve({ 'Fn::If': ['IsProd', '10.0.0.0/8', '0.0.0.0/0'] })).toEqual([
      { v: '10.0.0.0/8', when: 'IsProd=true' },
      { v: '0.0.0.0/0', when: 'IsProd=false' },
    ]);
  });

  it('nested conditions accumulate; AWS::NoValue is a value of its own', () => {
    expect(resolve({ 'Fn::If': ['A', { 'Fn::If': ['B', 1, { Ref: 'AWS::NoValue' }] }, 3] })).toEqual([
      { v: 1, when: 'A=true,B=true' },
      { v: '<NoValue>', when: 'A=true,B=false' },
      { v: 3, when: 'A=false' },
    ]);
  });

  it('contradictory branches of the same condition are not combined', () => {
    const v = { 'Fn::Join': ['-', [{ 'Fn::If': ['C', 'a', 'b'] }, { 'Fn::If': ['C', 'x', 'y'] }]] };
    expect(resolve(v)).toEqual([
      { v: 'a-x', when: 'C=true' },
      { v: 'b-y', when: 'C=false' },
    ]);
  });

  it('inside a value, branches combine with parameters', () => {
    expect(resolve({ 'Fn::Sub': ['${X}/${Env}', { X: { 'Fn::If': ['C', 'a', 'b'] } }] })).toEqual([
      { v: 'a/dev', when: 'C=true' },
      { v: 'a/prod', when: 'C=true' },
      { v: 'b/dev', when: 'C=false' },
      { v: 'b/prod', when: 'C=false' },
    ]);
  });
});

describe('Fn::Sub', () => {
  it('parameters and variables are substituted; ${!Literal} stays literal', () => {
    expect(resolve({ 'Fn::Sub': '${Cidr}|${!Cidr}|${ Port }' })).toEqual(['10.0.0.0/16|${Cidr}|22']);
    expect(resolve({ 'Fn::Sub': ['${Net}/${Bits}', { Net: '0.0.0.0', Bits: 0 }] })).toEqual(['0.0.0.0/0']);
  });

  it('a variable wins over a parameter of the same name and may itself be an intrinsic', () => {
    expect(resolve({ 'Fn::Sub': ['${Cidr}', { Cidr: { 'Fn::Select': [1, ['a', 'b']] } }] })).toEqual(['b']);
  });

  it('a list parameter inside Sub reads as comma-joined text', () => {
    expect(resolve({ 'Fn::Sub': '[${Subnets}]' })).toEqual(['[subnet-a,subnet-b]']);
  });

  it('text without placeholders is itself', () => {
    expect(resolve({ 'Fn::Sub': 'plain $ text {}' })).toEqual(['plain $ text {}']);
  });
});

describe('Fn::Join, Fn::FindInMap, Fn::Select, Fn::Split', () => {
  it('Join of known parts, numbers included; AWS::NoValue items are dropped', () => {
    expect(resolve({ 'Fn::Join': ['/', ['0.0.0.0', 0]] })).toEqual(['0.0.0.0/0']);
    expect(resolve({ 'Fn::Join': [',', ['a', { Ref: 'AWS::NoValue' }, 'b']] })).toEqual(['a,b']);
    expect(resolve({ 'Fn::Join': ['', { Ref: 'Subnets' }] })).toEqual(['subnet-asubnet-b']);
  });

  it('Join with an unknown part is unknown', () => {
    expect(resolve({ 'Fn::Join': ['', ['x', { 'Fn::ImportValue': 'y' }]] })).toEqual(['?Fn::ImportValue comes from another stack']);
  });

  it('FindInMap by literal keys and by a parameter with allowed values', () => {
    expect(resolve({ 'Fn::FindInMap': ['Net', 'dev', 'Cidr'] })).toEqual(['0.0.0.0/0']);
    expect(resolve({ 'Fn::FindInMap': ['Net', { Ref: 'Env' }, 'Cidr'] })).toEqual(['0.0.0.0/0', '10.0.0.0/8']);
    expect(resolve({ 'Fn::FindInMap': ['Net', 'prod', 'Ports'] })).toEqual([[443]]);
    expect(resolve({ 'Fn::FindInMap': ['Net', 'test', 'Cidr'] })).toEqual(["?Fn::FindInMap Net/test/Cidr is not in the template's Mappings"]);
  });

  it('Select over a literal list, a Split and a list parameter; out of range is unknown', () => {
    expect(resolve({ 'Fn::Select': [1, ['a', 'b', 'c']] })).toEqual(['b']);
    expect(resolve({ 'Fn::Select': ['0', { 'Fn::Split': [',', 'x,y'] }] })).toEqual(['x']);
    expect(resolve({ 'Fn::Select': [1, { Ref: 'Subnets' }] })).toEqual(['subnet-b']);
    expect(resolve({ 'Fn::Select': [5, ['a']] })).toEqual(['?Fn::Select index out of range']);
    expect(resolve({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] })).toEqual(['?Fn::GetAZs is not evaluated']);
  });

  it('Split of known text', () => {
    expect(resolve({ 'Fn::Split': ['.', { 'Fn::Sub': '${Cidr}' }] })).toEqual([['10', '0', '0', '0/16']]);
  });
});

describe('limits', () => {
  it('a value with more alternatives than the cap is one unknown, not thousands of values', () => {
    expect(resolve({ Ref: 'Many' })).toEqual(['?too many combinations to evaluate']);
    const fan = { 'Fn::Join': ['', Array.from({ length: 8 }, (_, i) => ({ 'Fn::If': [`C${i}`, 'a', 'b'] }))] };
    expect(resolve(fan)).toEqual(['?too many combinations to evaluate']);
  });

  it('small products stay exact', () => {
    const two = { 'Fn::Join': ['', [{ 'Fn::If': ['A', 'a', 'b'] }, { 'Fn::If': ['B', '1', '2'] }]] };
    expect(resolve(two).map((x) => (typeof x === 'object' && x !== null && 'v' in x ? x.v : x))).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('absurdly nested intrinsics give up with unknown instead of recursing without bound', () => {
    let v: unknown = 'x';
    for (let i = 0; i < 500; i++) v = { 'Fn::Join': ['', [v]] };
    const rs = graphOf().resolver.resolve(v);
    expect(rs.every((r) => !r.known)).toBe(true);
  });

  it('resolveString stringifies numbers and booleans and refuses objects', () => {
    const r = graphOf().resolver;
    expect(show(r.resolveString(22))).toEqual(['22']);
    expect(show(r.resolveString(true))).toEqual(['true']);
    expect(show(r.resolveString({ a: 1 }))).toEqual(['?expected a text value, found object']);
  });

  it('plain values, objects and lists come back as they are (resolution is shallow)', () => {
    const obj = { a: { Ref: 'Cidr' } };
    expect(graphOf().resolver.resolve(obj)).toEqual([{ known: true, value: obj, conditions: [] }]);
    expect(intrinsicName({ Ref: 'x' })).toBe('Ref');
    expect(intrinsicName({ 'Fn::Sub': 'x', Other: 1 })).toBeNull();
    expect(intrinsicName({ Foo: 1 })).toBeNull();
    expect(intrinsicName([{ Ref: 'x' }])).toBeNull();
  });
});

describe('the resource graph', () => {
  const g = graphOf();

  it('has resources, parameters, conditions, mappings', () => {
    expect([...g.resources.keys()]).toEqual(['Vpc', 'Sg', 'In']);
    expect(g.byType('AWS::EC2::SecurityGroup').map((r) => r.logicalId)).toEqual(['Sg']);
    expect(g.parameters.get('Subnets')?.type).toBe('CommaDelimitedList');
    expect(Object.keys(g.conditions)).toEqual(['IsProd']);
    expect(Object.keys(g.mappings)).toEqual(['Net']);
  });

  it('records Ref, GetAtt, Sub and DependsOn edges with where they sit', () => {
    const edges = g.edges.map((e) => `${e.from}->${e.to} ${e.kind} ${e.path.join('/')}`).sort();
    expect(edges).toEqual([
      'In->Sg GetAtt Resources/In/Properties/GroupId',
      'In->Vpc DependsOn Resources/In/DependsOn',
      'Sg->Vpc Ref Resources/Sg/Properties/VpcId',
      'Sg->Vpc Sub Resources/Sg/Properties/GroupDescription',
    ]);
    expect(
      g
        .referencesTo('Vpc')
        .map((e) => e.from)
        .sort(),
    ).toEqual(['In', 'Sg', 'Sg']);
    expect(g.referencesTo('Nope')).toEqual([]);
  });

  it('a Resources section that is not a mapping is a shape error', () => {
    expect(() => graphOf({}, { Resources: ['a'] })).toThrow(/mapping/);
    expect(() => graphOf({}, { Resources: null })).toThrow(/mapping|empty/);
  });

  it('malformed resources are tolerated: missing Type, list Properties, scalar entries', () => {
    const odd = graphOf({}, { Resources: { NoType: { Properties: {} }, ListProps: { Type: 'X', Properties: [1] }, Scalar: 'text', Null: null } });
    expect(odd.resources.get('NoType')?.type).toBe('');
    expect(odd.resources.get('ListProps')?.properties).toEqual({});
    expect(odd.resources.get('Scalar')?.type).toBe('');
    expect(odd.resources.size).toBe(4);
  });

  it('SAM templates are recognised by their transform', () => {
    expect(graphOf({}, { Transform: 'AWS::Serverless-2016-10-31', Resources: {} }).isSam).toBe(true);
    expect(graphOf({}, { Transform: ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31'], Resources: {} }).isSam).toBe(true);
    expect(g.isSam).toBe(false);
  });
});
