/**
 * The tracked view of a resource: what a check met, and whether it looked into it. Asking which
 * intrinsic a node is (intrinsicName) is looking into it, as enumerating its keys is; the view answers
 * that question without enumerating the proxy.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, type Resource } from '../src/model/graph.js';
import { intrinsicName } from '../src/model/resolve.js';
import { TrackedView } from '../src/rules/unknown-guard.js';
import { ok } from './helpers/parse.js';

const resourceOf = (properties: string): Resource => {
  const g = buildGraph(ok(`Parameters:\n  P: {Type: String}\nResources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n${properties}`));
  return g.resources.get('R')!;
};

describe('tracked view', () => {
  it('intrinsicName of a node seen through the view is that of the node, and counts as looking into it', () => {
    const view = new TrackedView(resourceOf('      A: !Ref P\n      B: {Fn::Sub: "x-${P}"}\n      C: {Key: 1}\n      D: [1, !Ref P]\n      E: {Ref: P, Other: 1}\n'));
    view.begin();
    const p = view.resource.properties as Record<string, unknown>;
    expect(intrinsicName(p['A'])).toBe('Ref');
    expect(intrinsicName(p['B'])).toBe('Fn::Sub');
    expect(intrinsicName(p['C'])).toBeNull();
    expect(intrinsicName(p['D'])).toBeNull();
    expect(intrinsicName(p['E'])).toBeNull();
    expect(intrinsicName((p['D'] as unknown[])[1])).toBe('Ref');
    expect(view.reads.map((r) => [r.path.join('/'), r.inspected, r.asMapping ?? false])).toEqual([
      ['Resources/R/Properties/A', true, false],
      ['Resources/R/Properties/B', true, false],
      ['Resources/R/Properties/D/1', true, false],
    ]);
  });

  it('reading a property name off an intrinsic takes it for a mapping; only looking into it clears that', () => {
    const view = new TrackedView(resourceOf('      A: !Ref P\n      B: !Ref P\n'));
    view.begin();
    const p = view.resource.properties as Record<string, Record<string, unknown>>;
    expect(p['A']!['Enabled']).toBeUndefined();
    expect(p['B']!['Enabled']).toBeUndefined();
    intrinsicName(p['B']);
    expect(view.reads.map((r) => [r.path.at(-1), r.inspected, r.asMapping ?? false])).toEqual([
      ['A', false, true],
      ['B', true, true],
    ]);
    // The next check starts with nothing recorded, on the same view.
    view.begin();
    expect(view.reads).toEqual([]);
    expect(intrinsicName(p['A'])).toBe('Ref');
    expect(view.reads.map((r) => [r.path.at(-1), r.inspected])).toEqual([['A', true]]);
  });

  it('a part that holds no intrinsic at any depth is handed out as it is; one that holds one is seen through the view', () => {
    const r = resourceOf('      Plain: {A: [1, {B: x}]}\n      Deep: {A: [1, {B: !Ref P}]}\n');
    const view = new TrackedView(r);
    view.begin();
    const p = view.resource.properties as Record<string, Record<string, unknown[]>>;
    expect(p['Plain']).toBe(r.properties['Plain']);
    expect(p['Deep']).not.toBe(r.properties['Deep']);
    const b = (p['Deep']!['A']![1] as Record<string, Record<string, unknown>>)['B']!;
    expect(b['Enabled']).toBeUndefined();
    expect(view.reads.map((x) => [x.path.join('/'), x.asMapping])).toEqual([['Resources/R/Properties/Deep/A/1/B', true]]);
  });

  it('answers as enumerating the underlying node does, for any value (property)', () => {
    const leaf = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null));
    const node = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('Ref', 'Fn::Sub', 'Fn::If', 'Condition', 'Key', 'Fn::Nope', 'toString'), tie('v'), { maxKeys: 2 }),
      ),
    })).v;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('A', 'B', 'C'), node, { maxKeys: 3 }), (props) => {
        const view = new TrackedView({ ...resourceOf('      X: 1\n'), properties: props });
        view.begin();
        const seen = view.resource.properties as Record<string, unknown>;
        const visit = (raw: unknown, through: unknown): void => {
          expect(intrinsicName(through)).toBe(intrinsicName(raw));
          if (raw === null || typeof raw !== 'object' || intrinsicName(raw) !== null) return;
          for (const [k, x] of Object.entries(raw)) visit(x, (through as Record<string, unknown>)[k]);
        };
        visit(props, seen);
        expect(view.reads.every((r) => r.inspected)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
