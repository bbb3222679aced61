/**
 * Guarantees across every built-in rule, checked with fast-check on generated templates:
 *  (a) no rule throws, whatever the values (intrinsics anywhere), and auditing never throws;
 *  (b) YAML and JSON of the same body give the same findings;
 *  (c) resource order and key order change nothing;
 *  (d) random text never crashes and never passes unless it really is a template.
 * Runs are fixed-seed (override with FC_SEED=n); a failure prints the seed and the shrunk template.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { Auditor } from '../src/engine/audit.js';
import type { Finding, SourceFile } from '../src/types/types.js';
import { parseTemplate } from '../src/load/parse.js';
import { builtinRules } from '../src/rules/catalogue.js';

const SEED = Number(process.env['FC_SEED'] ?? 20261122);
const RUNS = 200;
const run = <T>(arb: fc.Arbitrary<T>, check: (t: T) => void, numRuns = RUNS) => {
  try {
    fc.assert(fc.property(arb, check), { seed: SEED, numRuns });
  } catch (e) {
    throw new Error(`property failed with FC_SEED=${SEED}\n${e instanceof Error ? e.message : String(e)}`);
  }
};

const rules = builtinRules().map((r) => ({ ...r, enabled: true }));
const auditor = new Auditor({ rules });
const audit = (text: string, file = 'template', explicit = true) => auditor.auditSource({ file, text, explicit });

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

// ------------------------------------------------------------------ vocabulary from the fixtures

const fixturesRoot = join(import.meta.dirname, '../fixtures/rules');
const fixtureFiles: string[] = [];
for (const id of readdirSync(fixturesRoot)) {
  for (const kind of ['pass', 'fail']) {
    const dir = join(fixturesRoot, id, kind);
    let names: string[] = [];
    try {
      if (statSync(dir).isDirectory()) names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (/\.(ya?ml|json|template)$/.test(n) && !n.endsWith('.parameters.json')) fixtureFiles.push(join(dir, n));
  }
}
const fixtureBodies: Obj[] = [];
for (const f of fixtureFiles.sort()) {
  const r = parseTemplate({ file: f, text: readFileSync(f, 'utf8') });
  if (r.ok) fixtureBodies.push(JSON.parse(JSON.stringify(r.template.body)) as Obj);
}

/** Property keys and scalar values the rules look at, gathered from every rule's fixtures. */
const propertyKeys = new Set<string>();
const leafValues = new Set<string | number | boolean>();
const collect = (v: unknown, depth: number): void => {
  if (depth > 30) return;
  if (Array.isArray(v)) v.forEach((x) => collect(x, depth + 1));
  else if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (!k.startsWith('Fn::') && k !== 'Ref' && k !== '<<') propertyKeys.add(k);
      collect(x, depth + 1);
    }
  } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    if (String(v).length < 200) leafValues.add(v);
  }
};
for (const b of fixtureBodies) for (const r of Object.values(isObj(b['Resources']) ? b['Resources'] : {})) if (isObj(r)) collect(r['Properties'], 0);

const coveredTypes = [...new Set(rules.flatMap((r) => r.resourceTypes))].filter((t) => t !== '*').sort();
const otherTypes = ['AWS::SNS::Topic', 'Custom::Thing', 'AWS::CloudFormation::Stack', '', 'AWS::Serverless::Function'];

// ------------------------------------------------------------------ arbitraries

// Names that are Object.prototype members must work like any other name.
const resourceIds = ['Sg', 'Db', 'Bucket', 'Role', 'Fn', 'In', 'Vpc', 'Key', 'toString', 'constructor'];
const paramNames = ['Cidr', 'Port', 'Env', 'List', 'NoDefault', 'valueOf', 'hasOwnProperty'];
const conditionNames = ['IsProd', 'HasKey', 'Undefined', 'toString'];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...leafValues) },
  fc.constantFrom(
    '0.0.0.0/0',
    '::/0',
    '::0/0',
    '10.0.0.0/8',
    '-1',
    'all',
    'tcp',
    'udp',
    '*',
    's3:*',
    'true',
    'false',
    '',
    '22',
    'Allow',
    'Deny',
    'yes',
    'No',
    'ON',
    'off',
    '026',
    '0b10110',
    '2_2',
  ),
  fc.integer({ min: -2, max: 70000 }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...propertyKeys) },
  fc.string({ maxLength: 8 }).filter((k) => k !== '<<'),
);
const subText = fc
  .array(
    fc.oneof(
      fc.constantFrom('${Cidr}', '${valueOf}', '${!Literal}', '${AWS::Region}', '${Sg.GroupId}', '${Var}', '${Undefined}', '/', '0.0.0.0', 'arn:aws:s3:::', '*'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

const tree = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object'), tie('intrinsic')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5, noNullPrototype: true }),
  intrinsic: fc.oneof(
    fc.constantFrom(...paramNames, ...resourceIds, 'AWS::NoValue', 'AWS::Region', 'AWS::AccountId', 'Nowhere').map((r) => ({ Ref: r })),
    fc.tuple(fc.constantFrom(...conditionNames), tie('value'), tie('value')).map((t) => ({ 'Fn::If': t })),
    fc.tuple(fc.constantFrom(...conditionNames), tie('value')).map((t) => ({ 'Fn::If': t })),
    subText.map((s) => ({ 'Fn::Sub': s })),
    fc.tuple(subText, fc.dictionary(fc.constantFrom('Var', 'Cidr', 'X'), tie('value'), { maxKeys: 2, noNullPrototype: true })).map((t) => ({ 'Fn::Sub': t })),
    fc.tuple(fc.constantFrom(...resourceIds, 'Nowhere'), fc.constantFrom('Arn', 'GroupId', 'Endpoint.Address', 'CidrBlock')).map((t) => ({ 'Fn::GetAtt': t })),
    fc.constantFrom('Sg.GroupId', 'Db.Endpoint.Port', 'x').map((t) => ({ 'Fn::GetAtt': t })),
    fc.tuple(fc.constantFrom('', ',', '/'), fc.oneof(fc.array(tie('value'), { maxLength: 4 }), tie('value'))).map((t) => ({ 'Fn::Join': t })),
    fc
      .tuple(fc.constantFrom('Net', 'Nowhere'), fc.oneof(fc.constantFrom('dev', 'prod'), tie('value')), fc.constantFrom('Cidr', 'Ports', 'Actions'))
      .map((t) => ({ 'Fn::FindInMap': t })),
    fc.tuple(fc.oneof(fc.nat(3), tie('value')), fc.oneof(fc.array(tie('value'), { maxLength: 3 }), tie('value'))).map((t) => ({ 'Fn::Select': t })),
    fc.tuple(fc.constantFrom(',', '.', '/'), tie('value')).map((t) => ({ 'Fn::Split': t })),
    fc.string({ maxLength: 10 }).map((s) => ({ 'Fn::ImportValue': s })),
    tie('value').map((v) => ({ 'Fn::Base64': v })),
    tie('value').map((v) => ({ 'Fn::ToJsonString': v })),
    tie('value').map((v) => ({ 'Fn::Length': v })),
    tie('value').map((v) => ({ Condition: v })),
  ),
}));
const value = tree.value;

const resource = fc.record(
  {
    Type: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...coveredTypes) }, fc.constantFrom(...otherTypes)),
    Properties: fc.oneof({ weight: 6, arbitrary: fc.dictionary(key, value, { maxKeys: 6, noNullPrototype: true }) }, value),
    Metadata: fc.oneof(value, fc.constant({ 'cfn-audit': { suppress: [{ rule: 'SSHOpenToWorld', reason: 'x' }] } })),
    Condition: fc.constantFrom(...conditionNames),
    DependsOn: fc.oneof(fc.constantFrom(...resourceIds), fc.array(fc.constantFrom(...resourceIds), { maxLength: 2 })),
  },
  { requiredKeys: ['Type'] },
);

const template: fc.Arbitrary<Obj> = fc.record(
  {
    AWSTemplateFormatVersion: fc.constant('2010-09-09'),
    Transform: fc.constantFrom('AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions'),
    Parameters: fc.dictionary(
      fc.constantFrom(...paramNames),
      fc.record(
        {
          Type: fc.constantFrom('String', 'Number', 'CommaDelimitedList', 'List<AWS::EC2::Subnet::Id>', 'AWS::SSM::Parameter::Value<String>'),
          Default: leaf,
          AllowedValues: fc.array(leaf, { maxLength: 3 }),
          NoEcho: fc.boolean(),
        },
        { requiredKeys: ['Type'] },
      ),
      { maxKeys: 4, noNullPrototype: true },
    ),
    Mappings: fc.constant({ Net: { dev: { Cidr: '0.0.0.0/0', Ports: [22, 80], Actions: ['*'] }, prod: { Cidr: '10.0.0.0/8', Ports: [443], Actions: ['s3:GetObject'] } } }),
    Conditions: fc.dictionary(fc.constantFrom(...conditionNames), value, { maxKeys: 2, noNullPrototype: true }),
    Resources: fc.dictionary(fc.constantFrom(...resourceIds), resource, { minKeys: 1, maxKeys: 6, noNullPrototype: true }),
    Outputs: fc.dictionary(fc.constantFrom('Out', 'Secret'), fc.record({ Value: value }), { maxKeys: 2, noNullPrototype: true }),
  },
  { requiredKeys: ['Resources'] },
);

/** A fixture body with some of its nodes replaced by generated values (intrinsics included). */
const allPaths = (v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] => {
  if (out.length > 2000) return out;
  if (path.length > 0) out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...path, i], out));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) allPaths(x, [...path, k], out);
  return out;
};
const setAt = (root: Obj, path: readonly (string | number)[], v: unknown): void => {
  let node: unknown = root;
  for (const step of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[step];
  if (node !== null && typeof node === 'object') (node as Record<string | number, unknown>)[path[path.length - 1]!] = v;
};
const mutatedFixture: fc.Arbitrary<Obj> = fc.tuple(fc.nat(fixtureBodies.length - 1), fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 4 })).map(([i, edits]) => {
  const body = JSON.parse(JSON.stringify(fixtureBodies[i])) as Obj;
  for (const [n, v] of edits) {
    const paths = allPaths(body['Resources']).map((p) => ['Resources', ...p]);
    // A copy: the same generated object placed twice could end up inside itself.
    if (paths.length) setAt(body, paths[n % paths.length]!, JSON.parse(JSON.stringify(v)) as unknown);
  }
  return body;
});

const anyTemplate = fc.oneof(template, mutatedFixture);

// ------------------------------------------------------------------ helpers

const stackOf = (text: string, file = 'template') => {
  const r = audit(text, file);
  if ('error' in r) throw new Error(`unexpected error ${r.error.line}:${r.error.column} ${r.error.message}\n${text.slice(0, 2000)}`);
  if ('skip' in r) throw new Error('unexpected skip');
  return r.stack;
};
const crashes = (findings: readonly Finding[]) =>
  findings.filter((f) => f.cause?.code === 'rule-crashed').map((f) => `${f.ruleId} on ${f.resourceType} ${f.logicalId}: ${JSON.stringify(f.cause)}`);
const identity = (f: Finding) => `${f.ruleId}|${f.logicalId}|${JSON.stringify(f.path)}|${f.outcome}|${f.fingerprint}`;
const sorted = (xs: string[]) => [...xs].sort();

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffle = <T>(xs: T[], rnd: () => number): T[] => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};
/** The same body with every mapping's keys in another order (lists keep theirs: order matters there). */
const reorderKeys = (v: unknown, rnd: () => number): unknown => {
  if (Array.isArray(v)) return v.map((x) => reorderKeys(x, rnd));
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const k of shuffle(Object.keys(v), rnd)) Object.defineProperty(out, k, { value: reorderKeys(v[k], rnd), enumerable: true, writable: true, configurable: true });
  return out;
};

// ------------------------------------------------------------------ properties

describe('properties over every built-in rule', () => {
  it('the generators reach every rule family: fixtures exist and every covered type can be drawn', () => {
    expect(fixtureBodies.length).toBeGreaterThan(50);
    expect(coveredTypes).toContain('AWS::EC2::SecurityGroup');
    expect(propertyKeys.has('SecurityGroupIngress')).toBe(true);
    expect(leafValues.has('0.0.0.0/0')).toBe(true);
  });

  it('(a) no rule throws and auditing never throws, whatever the values', () => {
    let findings = 0;
    run(anyTemplate, (body) => {
      const stack = stackOf(JSON.stringify(body));
      findings += stack.findings.length;
      expect(crashes(stack.findings)).toEqual([]);
    });
    // The generated templates do exercise the rules.
    expect(findings).toBeGreaterThan(RUNS);
  });

  it('(a) the same holds for the fixtures themselves, every rule on', () => {
    for (const b of fixtureBodies) expect(crashes(stackOf(JSON.stringify(b)).findings)).toEqual([]);
  });

  it('(b) YAML whose repeated values are written once and aliased (anchors, *refs) gives the same findings as JSON', () => {
    run(
      anyTemplate,
      (body) => {
        // Share every second resource's Properties with the first one through the YAML text: the anchor
        // and aliases must read as the same values, and nothing may be counted or located twice wrongly.
        const resources = body['Resources'] as Record<string, Record<string, unknown>>;
        const ids = Object.keys(resources);
        const shared = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
        const res = shared['Resources'] as Record<string, Record<string, unknown>>;
        const first = res[ids[0]!];
        if (first && typeof first === 'object' && first['Properties'] !== undefined)
          for (const id of ids.slice(1)) if (res[id] && typeof res[id] === 'object') res[id]['Properties'] = first['Properties'];
        const text = toYaml(shared, { aliasDuplicateObjects: true, version: '1.1' });
        const json = stackOf(JSON.stringify(JSON.parse(JSON.stringify(shared)), null, 1));
        const yaml = stackOf(text);
        const key = (f: Finding) => `${f.ruleId}|${f.logicalId}|${f.outcome}|${JSON.stringify(f.data)}`;
        expect(sorted(yaml.findings.map(key))).toEqual(sorted(json.findings.map(key)));
      },
      60,
    );
  });

  it('(b) YAML and JSON of the same body give the same findings', () => {
    run(anyTemplate, (body) => {
      const json = stackOf(JSON.stringify(body, null, 1));
      // YAML 1.1 output quotes `yes`, `026`…, which CloudFormation (and cfn-audit) read as YAML 1.1 scalars.
      const yaml = stackOf(toYaml(body, { aliasDuplicateObjects: false, version: '1.1' }));
      expect(sorted(yaml.findings.map(identity))).toEqual(sorted(json.findings.map(identity)));
      expect(yaml.score).toBe(json.score);
    });
  });

  it('(b) YAML fixtures with short-form tags give the same findings as their long-form JSON', () => {
    for (const f of fixtureFiles.filter((x) => /\.ya?ml$/.test(x))) {
      const text = readFileSync(f, 'utf8');
      const parsed = parseTemplate({ file: 'template', text });
      if (!parsed.ok) continue;
      const yaml = stackOf(text);
      const json = stackOf(JSON.stringify(parsed.template.body));
      expect(sorted(yaml.findings.map(identity)), f).toEqual(sorted(json.findings.map(identity)));
    }
  });

  it('(c) resource order and key order change nothing', () => {
    run(fc.tuple(anyTemplate, fc.integer()), ([body, seed]) => {
      const rnd = mulberry32(seed);
      const before = stackOf(JSON.stringify(body));
      const resources = isObj(body['Resources']) ? body['Resources'] : {};
      const reordered = { ...body, Resources: Object.fromEntries(shuffle(Object.entries(resources), rnd)) };
      const after = stackOf(JSON.stringify(reorderKeys(reordered, rnd)));
      // Fingerprint first, then what feeds it, so that a failure shows which rule and value moved.
      const shown = (f: Finding) => `${f.fingerprint} ${f.ruleId}|${f.logicalId}|${f.outcome}|${f.status}|${JSON.stringify(f.data)}`;
      expect(sorted(after.findings.map(shown))).toEqual(sorted(before.findings.map(shown)));
      expect(after.score).toBe(before.score);
    });
  });

  it('(c) a value quoted in a finding does not depend on the order of its keys', () => {
    const rule = {
      ...rules.find((r) => r.kind === 'path')!,
      id: 'EnabledIsTrue',
      resourceTypes: ['AWS::X::Y'],
      given: '$.Properties.Enabled',
      assert: { equals: true },
      absent: 'pass' as const,
    };
    const one = new Auditor({ rules: [rule] });
    const fp = (enabled: string) => {
      const r = one.auditSource({ file: 't', text: `{"Resources": {"A": {"Type": "AWS::X::Y", "Properties": {"Enabled": ${enabled}}}}}`, explicit: true });
      if (!('stack' in r)) throw new Error('not audited');
      expect(r.stack.findings).toHaveLength(1);
      return r.stack.findings[0]!.fingerprint;
    };
    expect(fp('{"b": 1, "a": [{"d": 2, "c": 3}]}')).toBe(fp('{"a": [{"c": 3, "d": 2}], "b": 1}'));
  });
});

describe('(d) random text never crashes and never passes unless it is a template', () => {
  const yamlish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'Resources:',
          'AWSTemplateFormatVersion: 2010-09-09',
          '  A:',
          '    Type: AWS::EC2::SecurityGroup',
          '    Properties:',
          '      SecurityGroupIngress:',
          '        - CidrIp: 0.0.0.0/0',
          '!Ref',
          '!If [',
          '!GetAtt',
          '&a',
          '*a',
          '<<: *a',
          '- ',
          ': ',
          '{',
          '}',
          '[',
          ']',
          '"',
          "'",
          '#',
          '\t',
          '---',
          '...',
          '? ',
          '|',
          '>',
          '%YAML 1.2',
          '!!python/object:x',
          '\\',
          '\u0000',
          '\uFEFF',
          '\uFFFD',
          ',',
        ),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 30 },
    )
    .chain((parts) =>
      fc.array(fc.constantFrom('', '\n', ' ', '  '), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + (seps[i] ?? '')).join('')),
    );

  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder('utf-8', { fatal: false }).decode(b)),
    yamlish,
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
  );

  const isTemplateBody = (text: string): boolean => {
    const p = parseTemplate({ file: 'x', text });
    return p.ok && ('Resources' in p.template.body || 'AWSTemplateFormatVersion' in p.template.body);
  };

  it('named explicitly: an error, or an audited template; never a pass for unparseable input', () => {
    run(
      texts,
      (text) => {
        const source: SourceFile = { file: 'input', text, explicit: true };
        let r: ReturnType<Auditor['auditSource']> | undefined;
        expect(() => (r = auditor.auditSource(source))).not.toThrow();
        expect('skip' in r!).toBe(false);
        if ('stack' in r!) expect(isTemplateBody(text)).toBe(true);
        if (!parseTemplate({ file: 'x', text }).ok) expect('error' in r!).toBe(true);
        if ('error' in r!) {
          expect(r.error.file).toBe('input');
          expect(r.error.message.length).toBeGreaterThan(0);
        }
      },
      300,
    );
  });

  it('found in a directory: skipped or an error when not a template, never a stack', () => {
    run(texts, (text) => {
      const r = auditor.auditSource({ file: 'found.yaml', text, explicit: false });
      if ('stack' in r) expect(isTemplateBody(text)).toBe(true);
    });
  });
});
