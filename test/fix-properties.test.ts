/**
 * Properties of `cfn-audit fix` across shapes (fast-check) and over the real-world corpus: every fixed
 * template parses and audits, the fixed findings are gone and none is new, the document changes only at
 * the edited paths, a second run is a no-op, and comments survive.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isMap, isSeq, visit } from 'yaml';
import { checkFix } from './helpers/fix-check.js';
import { corpusPath, corpusSkipNote } from './helpers/corpus.js';

type Obj = Record<string, unknown>;

/** Non-compliant resources of every kind with a fix, each in a few states. */
const resource = fc.oneof(
  fc.record({
    Type: fc.constant('AWS::S3::Bucket'),
    Properties: fc.option(fc.record({ PublicAccessBlockConfiguration: fc.record({ BlockPublicAcls: fc.boolean(), BlockPublicPolicy: fc.constant(false) }) }), { nil: undefined }),
  }),
  fc.record({ Type: fc.constant('AWS::KMS::Key'), Properties: fc.record({ Description: fc.constant('k'), EnableKeyRotation: fc.constantFrom(false, 'false') }) }),
  fc.record({ Type: fc.constant('AWS::Logs::LogGroup'), Properties: fc.record({ LogGroupName: fc.constantFrom('app', 'toString', 'constructor') }) }),
  fc.record({
    Type: fc.constant('AWS::EC2::Volume'),
    Properties: fc.record({ AvailabilityZone: fc.constant('eu-west-1a'), Encrypted: fc.constant(false) }, { requiredKeys: ['AvailabilityZone'] }),
  }),
  fc.record({ Type: fc.constant('AWS::SQS::Queue'), Properties: fc.record({ SqsManagedSseEnabled: fc.constant(false) }) }),
  fc.record({ Type: fc.constant('AWS::SNS::Topic'), Properties: fc.record({ TopicName: fc.constant('t') }) }),
  fc.record({ Type: fc.constant('AWS::Kinesis::Stream'), Properties: fc.record({ ShardCount: fc.constant(1) }) }),
  fc.record({
    Type: fc.constant('AWS::EC2::LaunchTemplate'),
    Properties: fc.record({
      LaunchTemplateData: fc.record({ ImageId: fc.constant('ami-1'), MetadataOptions: fc.constant({ HttpTokens: 'optional' }) }, { requiredKeys: ['ImageId'] }),
    }),
  }),
  fc.record({
    Type: fc.constant('AWS::EC2::SecurityGroup'),
    Properties: fc.record({ GroupDescription: fc.constant('x'), SecurityGroupIngress: fc.constant([{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }]) }),
  }),
);

const template = fc.record({
  resources: fc.uniqueArray(fc.tuple(fc.constantFrom('A', 'B', 'Res1', 'toString', 'Data', 'X9'), resource), { minLength: 1, maxLength: 5, selector: (t) => t[0] }),
  syntax: fc.constantFrom('yaml', 'json'),
  indent: fc.constantFrom(2, 4),
  flow: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  comments: fc.boolean(),
});

interface Shape {
  readonly resources: readonly (readonly [string, unknown])[];
  readonly syntax: string;
  readonly indent: number;
  readonly flow: readonly boolean[];
  readonly comments: boolean;
}

function render(t: Shape): { text: string; comments: string[] } {
  const body: Obj = { AWSTemplateFormatVersion: '2010-09-09', Resources: Object.fromEntries(t.resources.map(([id, r]) => [id, JSON.parse(JSON.stringify(r))])) };
  if (t.syntax === 'json') return { text: JSON.stringify(body, null, t.indent === 4 ? '\t' : 2) + '\n', comments: [] };
  const doc = new Document(body);
  const comments: string[] = [];
  let n = 0;
  visit(doc, {
    Pair(_k, pair) {
      const v = pair.value;
      // Flow style at random below the resource level; comments on some keys.
      if ((isMap(v) || isSeq(v)) && n > 2) v.flow = t.flow[n % t.flow.length] ?? false;
      if (t.comments && n % 3 === 0 && pair.key && typeof pair.key === 'object' && !(isMap(pair.value) && pair.value.flow)) {
        const c = ` note ${n}`;
        (pair.key as { commentBefore?: string }).commentBefore = c;
        comments.push(`#${c}`);
      }
      n++;
    },
  });
  return { text: doc.toString({ indent: t.indent }), comments };
}

describe('fix properties over generated templates', () => {
  it('the generator makes block and flow YAML with comments', () => {
    const samples = fc
      .sample(
        template.filter((t) => t.syntax === 'yaml' && t.comments),
        { numRuns: 40, seed: 7 },
      )
      .map((t) => render(t).text);
    expect(samples.some((s) => /: \{/.test(s))).toBe(true);
    expect(samples.some((s) => /^\s+# note/m.test(s))).toBe(true);
  });

  it('every fixable finding is fixed, with the guarantees, in YAML (block, flow, comments, indents) and JSON', () => {
    fc.assert(
      fc.property(template, (t) => {
        const { text, comments } = render(t);
        const r = checkFix(t.syntax === 'json' ? 't.json' : 't.yaml', text);
        expect(r).not.toBeNull();
        expect(r!.problems).toEqual([]);
        expect(r!.fixable).toBeGreaterThan(0);
        expect(r!.results.filter((x) => x.outcome.kind === 'refused')).toEqual([]);
        for (const c of comments) expect(r!.text).toContain(c);
      }),
      { numRuns: 150 },
    );
  });
});

const real = existsSync(corpusPath('real')) ? corpusPath('real') : undefined;

describe.skipIf(!real)(`fix over corpus/real${corpusSkipNote}`, () => {
  it('no fix breaks a template: each fixed template parses, audits, loses the fixed findings and gains none', () => {
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ya?ml|json|template)$/i.test(name)) files.push(p);
      }
    };
    walk(real!);
    let fixable = 0;
    let fixed = 0;
    let before = 0;
    let after = 0;
    const problems: string[] = [];
    for (const p of files) {
      const text = readFileSync(p, 'utf8');
      const r = checkFix(relative(real!, p), text);
      if (!r) continue;
      fixable += r.fixable;
      fixed += r.fixed;
      if (r.text !== text) {
        before += r.before.length;
        after += r.after.length;
      }
      problems.push(...r.problems.map((x) => `${relative(real!, p)}: ${x}`));
    }
    console.log(`fix over corpus/real: ${fixed} of ${fixable} fixable findings fixed; findings in the changed templates ${before} → ${after}`);
    expect(problems).toEqual([]);
    expect(fixed).toBeGreaterThan(500);
    expect(after).toBeLessThan(before);
  }, 600_000);
});
