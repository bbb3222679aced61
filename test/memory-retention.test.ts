/**
 * A run lets go of each template once its result is made: only the stacks that tell each other
 * something (a parent and its nested stack, an exporter and its importers) are kept for the run.
 * Checked with the garbage collector itself: a template that something still holds is never collected.
 */
import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { linkStacks } from '../src/model/stacks.js';
import { buildGraph } from '../src/model/graph.js';
import { Auditor } from '../src/engine/audit.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { memoized, MemoSlot } from '../src/model/memo.js';
import type { Template } from '../src/types/types.js';
import { ok } from './helpers/parse.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Whether the object `make` returns (and hands to `use`) is collected once `use` is done with it. */
async function collected(make: () => object, use: (o: object) => void): Promise<boolean> {
  let ref: WeakRef<object> | undefined;
  (() => {
    const o = make();
    ref = new WeakRef(o);
    use(o);
  })();
  // A WeakRef keeps its target until the current job ends.
  for (let i = 0; i < 3 && ref?.deref() !== undefined; i++) {
    await new Promise((r) => setTimeout(r, 0));
    gc();
  }
  return ref?.deref() === undefined;
}

const plain = (name: string): { template: Template } => ({ template: ok(`Parameters:\n  P: {Type: String}\nResources:\n  ${name}: {Type: AWS::SNS::Topic}\n`, `${name}.yaml`) });

describe('memory held by a run', () => {
  it('the stack links do not keep a template that no other stack of the run names', async () => {
    const parent = {
      template: ok('Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: child.yaml\n      Parameters: {P: x}\n', 'parent.yaml'),
    };
    const child = plain('child');
    const links = linkStacks([parent, child], {});
    expect([...links.contextOf(child).given.get('P')!]).toEqual([{ known: true, value: 'x', conditions: [] }]);
    // An unlinked stack asks for its context like any other, then is let go.
    expect(
      await collected(
        () => plain('Lone'),
        (s) => links.contextOf(s as { template: Template }),
      ),
    ).toBe(true);
  });

  it('an audited template, its graph and what the rules computed for it are let go after its result is made', async () => {
    const auditor = new Auditor({ rules: builtinRules().filter((r) => r.enabled) });
    const text =
      'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: "*"}, Action: "sts:AssumeRole"}]}\n      Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}}]\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: d, SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]}\n  Bucket:\n    Type: AWS::S3::Bucket\n';
    const source = { file: 'a.yaml', text };
    let findings = 0;
    const audit = (t: object): void => {
      const r = auditor.evaluatePrepared({ source, template: t as Template }, {});
      findings = 'stack' in r ? r.stack.findings.length : -1;
    };
    expect(await collected(() => ok(text, 'a.yaml'), audit)).toBe(true);
    expect(findings).toBeGreaterThan(2);
  });

  it('values memoized for a graph live on the graph, one per slot', () => {
    const a = buildGraph(ok('Resources:\n  T: {Type: AWS::SNS::Topic}\n'));
    const b = buildGraph(ok('Resources:\n  T: {Type: AWS::SNS::Topic}\n'));
    const slot = new MemoSlot<{ n: number }>('test');
    let made = 0;
    const first = memoized(a.resolver, slot, () => ({ n: ++made }));
    expect(memoized(a.resolver, slot, () => ({ n: ++made }))).toBe(first);
    expect(memoized(b.resolver, slot, () => ({ n: ++made }))).toEqual({ n: 2 });
    // A memoized `undefined` is remembered too (a template without a first resource, say).
    const none = new MemoSlot<undefined>('none');
    let asked = 0;
    const count = (): undefined => {
      asked++;
      return undefined;
    };
    memoized(a.resolver, none, count);
    memoized(a.resolver, none, count);
    expect(asked).toBe(1);
  });
});
