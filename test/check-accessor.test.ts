/**
 * The resolving accessor checks read properties through (`ctx.read`, built on `readPath`): every
 * value a property can take is a known value, absent, or unknown with the reason and the Fn::If
 * branches it holds under. And the engine's side of it: an unknown a check was handed (or noted with
 * `ctx.undecided`) and did not decide becomes an `unknown` finding naming the property and the reason,
 * without the check writing that code.
 */
import { describe, expect, it } from 'vitest';
import { dataWithReason } from '../src/report/describe.js';
import fc from 'fast-check';
import { parseTemplate } from '../src/load/parse.js';
import { buildGraph, type ResourceGraph } from '../src/model/graph.js';
import { readPath, type Alt } from '../src/model/resolve.js';
import { compileRules, evaluate, RuleIndex, type CheckFn, type RawFinding } from '../src/rules/engine.js';
import type { RuleSpec } from '../src/rules/schema.js';
import { describeCause } from '../src/report/describe.js';

const graphOf = (properties: object, extra: object = {}): ResourceGraph => {
  const body = {
    Parameters: { NoDefault: { Type: 'String' }, WithDefault: { Type: 'String', Default: 'd' }, List: { Type: 'CommaDelimitedList', Default: 'a,b' } },
    Conditions: { C: { 'Fn::Equals': [{ Ref: 'NoDefault' }, 'x'] } },
    ...extra,
    Resources: { R: { Type: 'Test::Thing', Properties: properties } },
  };
  const r = parseTemplate({ file: 't.json', text: JSON.stringify(body) });
  if (!r.ok) throw new Error(r.error.message);
  return buildGraph(r.template, { given: {} });
};

/** `=value`, `absent` or `?reason@at`, with `[C=true]` for the branches. */
const show = (alts: readonly Alt[]): string[] =>
  alts.map((a) => {
    const when = a.conditions.length ? ` [${a.conditions.map((c) => `${c.condition}=${c.branch}`).join(',')}]` : '';
    if (a.state === 'value') return `=${JSON.stringify(a.value)}${when}`;
    if (a.state === 'absent') return `absent${when}`;
    return `?${describeCause(a.reason)}@${a.at.join('.')}${when}`;
  });

const read = (properties: object, keys: (string | number)[]): string[] => {
  const g = graphOf(properties);
  return show(readPath(g.resolver, g.resources.get('R')!.properties, keys));
};

describe('readPath: the three states of a property', () => {
  it('a literal is known; a missing key or AWS::NoValue is absent', () => {
    expect(read({ A: 1 }, ['A'])).toEqual(['=1']);
    expect(read({ A: { B: 'x' } }, ['A', 'B'])).toEqual(['="x"']);
    expect(read({}, ['A'])).toEqual(['absent']);
    expect(read({ A: { Ref: 'AWS::NoValue' } }, ['A'])).toEqual(['absent']);
    expect(read({ A: 'text' }, ['A', 'B'])).toEqual(['absent']);
  });

  it('a Ref to a parameter gives its default; without one it is unknown, naming the parameter', () => {
    expect(read({ A: { Ref: 'WithDefault' } }, ['A'])).toEqual(['="d"']);
    expect(read({ A: { Ref: 'NoDefault' } }, ['A'])).toEqual(['?parameter NoDefault has no default@A']);
    expect(read({ A: { 'Fn::GetAtt': ['X', 'Arn'] } }, ['A'])[0]).toMatch(/^\?Fn::GetAtt X\.Arn is only known at deploy time@A$/);
  });

  it('Fn::If gives each branch with its condition; AWS::NoValue in a branch is absent there', () => {
    expect(read({ A: { 'Fn::If': ['C', 'on', { Ref: 'AWS::NoValue' }] } }, ['A'])).toEqual(['="on" [C=true]', 'absent [C=false]']);
  });

  it('nested keys follow intrinsics at every level, and an unknown level says how far the read got', () => {
    const props = { A: { 'Fn::If': ['C', { B: { Ref: 'WithDefault' } }, { Ref: 'NoDefault' }] } };
    expect(read(props, ['A', 'B'])).toEqual(['="d" [C=true]', '?parameter NoDefault has no default@A [C=false]']);
    expect(read({ A: { B: { Ref: 'NoDefault' } } }, ['A', 'B', 'C'])).toEqual(['?parameter NoDefault has no default@A.B']);
    expect(read({ A: { Ref: 'NoDefault' } }, ['A', 'B', 'C'])).toEqual(['?parameter NoDefault has no default@A']);
  });

  it('a number indexes a list; a list given by a parameter is a list', () => {
    expect(read({ L: ['x', { Ref: 'WithDefault' }] }, ['L', 1])).toEqual(['="d"']);
    expect(read({ L: ['x'] }, ['L', 3])).toEqual(['absent']);
    expect(read({ L: { Ref: 'List' } }, ['L'])).toEqual(['=["a","b"]']);
    expect(read({ L: { Ref: 'NoDefault' } }, ['L', 0, 'Port'])).toEqual(['?parameter NoDefault has no default@L']);
    expect(read({ L: [{ Port: 22 }, { Port: { Ref: 'NoDefault' } }] }, ['L', 1, 'Port'])).toEqual(['?parameter NoDefault has no default@L.1.Port']);
  });

  it('user-chosen key names are plain data (toString, constructor, __proto__)', () => {
    for (const k of ['toString', 'constructor', 'hasOwnProperty']) {
      expect(read({}, [k])).toEqual(['absent']);
      expect(read({ [k]: 1 }, [k])).toEqual(['=1']);
    }
  });

  it('property: any property that is a Ref to a parameter without default reads as unknown, never absent or known', () => {
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 3 }), (keys, cut) => {
        const at = Math.min(cut, keys.length - 1);
        // Build {k0: {k1: … {Ref: NoDefault} …}} with the Ref standing at depth `at`.
        let node: unknown = { Ref: 'NoDefault' };
        for (let i = at; i >= 0; i--) node = { [keys[i]!]: node };
        const alts = read(node as object, keys);
        return alts.length === 1 && alts[0] === `?parameter NoDefault has no default@${keys.slice(0, at + 1).join('.')}`;
      }),
      { numRuns: 60 },
    );
  });
});

const meta = {
  id: 'Probe',
  title: 'Probe',
  risk: 5,
  resourceTypes: ['Test::Thing'],
  kind: 'check',
  enabled: true,
  description: '',
  message: '',
  remediation: '',
  references: [],
  equivalents: { cfn_nag: [], checkov: [], cdk_nag: [] },
  source: 'builtin',
} as const;
const rule = (check: string): RuleSpec => ({ ...meta, kind: 'check', check, options: {} });

const run = (properties: object, fn: CheckFn): RawFinding[] => {
  const graph = graphOf(properties);
  return evaluate(graph, new RuleIndex(compileRules([rule('probe')], { probe: fn })));
};

/** Findings as reports show them: why one is unknown is worded into its data (src/report). */
const brief = (fs: readonly RawFinding[]) =>
  fs.map((f) => ({ outcome: f.outcome, path: f.path.join('.'), data: dataWithReason(f), when: f.conditions.map((c) => `${c.condition}=${c.branch}`) }));

/** A check that fails `Enabled: false` and passes `true`, with no code for unknowns. */
const enabledCheck: CheckFn = (ctx) => {
  for (const a of ctx.read(['Config', 'Enabled'])) {
    if (a.state === 'value' && String(a.value) === 'false') {
      ctx.report({ messageId: 'disabled', path: [...ctx.resource.path, 'Properties', 'Config', 'Enabled'], data: { value: 'false' }, conditions: a.conditions });
      return;
    }
  }
};

describe('the engine reports what a check could not read', () => {
  it('an unknown the check was handed and did not decide becomes one unknown finding naming the property and reason', () => {
    expect(brief(run({ Config: { Enabled: { Ref: 'NoDefault' } } }, enabledCheck))).toEqual([
      { outcome: 'unknown', path: 'Resources.R.Properties.Config.Enabled', data: { property: 'Config.Enabled', unknownReason: 'parameter NoDefault has no default' }, when: [] },
    ]);
    // The whole mapping unknown: the finding points at what could not be read.
    expect(brief(run({ Config: { Ref: 'NoDefault' } }, enabledCheck))).toEqual([
      { outcome: 'unknown', path: 'Resources.R.Properties.Config', data: { property: 'Config.Enabled', unknownReason: 'parameter NoDefault has no default' }, when: [] },
    ]);
  });

  it('the unknown keeps its Fn::If branch, and a failing branch wins over an unknown one', () => {
    expect(brief(run({ Config: { 'Fn::If': ['C', { Ref: 'NoDefault' }, { Enabled: true }] } }, enabledCheck))).toEqual([
      { outcome: 'unknown', path: 'Resources.R.Properties.Config', data: { property: 'Config.Enabled', unknownReason: 'parameter NoDefault has no default' }, when: ['C=true'] },
    ]);
    const failing = run({ Config: { Enabled: { 'Fn::If': ['C', { Ref: 'NoDefault' }, false] } } }, enabledCheck);
    expect(brief(failing).map((f) => [f.outcome, f.when])).toEqual([['fail', ['C=false']]]);
    // A condition that chooses structure audits each variant on its own: each branch has its own outcome.
    const variants = run({ Config: { 'Fn::If': ['C', { Ref: 'NoDefault' }, { Enabled: false }] } }, enabledCheck);
    expect(brief(variants).map((f) => [f.outcome, f.when])).toEqual([
      ['unknown', ['C=true']],
      ['fail', ['C=false']],
    ]);
  });

  it('a raw finding carries the message id its check reported; the unknown the engine adds for it carries none', () => {
    expect(run({ Config: { Enabled: false } }, enabledCheck).map((f) => [f.outcome, f.messageId])).toEqual([['fail', 'disabled']]);
    expect(run({ Config: { Enabled: { Ref: 'NoDefault' } } }, enabledCheck).map((f) => [f.outcome, f.messageId])).toEqual([['unknown', undefined]]);
  });

  it('known values decide: nothing is added for a pass or a fail', () => {
    expect(run({ Config: { Enabled: true } }, enabledCheck)).toEqual([]);
    expect(run({}, enabledCheck)).toEqual([]);
    expect(brief(run({ Config: { Enabled: 'false' } }, enabledCheck)).map((f) => f.outcome)).toEqual(['fail']);
  });

  it('a read marked settled (a presence test) adds nothing', () => {
    const presence: CheckFn = (ctx) => {
      if (ctx.read(['Key'], { settled: true }).some((a) => a.state === 'absent')) ctx.report({ messageId: 'found', path: ctx.resource.path, data: {} });
    };
    expect(run({ Key: { Ref: 'NoDefault' } }, presence)).toEqual([]);
    expect(run({}, presence)).toHaveLength(1);
  });

  it("ctx.undecided (a model helper's unknown) is reported with its data when the check reports nothing else", () => {
    const noting: CheckFn = (ctx) =>
      ctx.undecided([...ctx.resource.path, 'Properties', 'Rules', 0], { code: 'entry-unresolved', args: {} }, [{ condition: 'C', branch: false }], { direction: 'ingress' });
    expect(brief(run({}, noting))).toEqual([
      { outcome: 'unknown', path: 'Resources.R.Properties.Rules.0', data: { direction: 'ingress', unknownReason: 'the entry could not be resolved' }, when: ['C=false'] },
    ]);
    const noteThenFail: CheckFn = (ctx) => {
      noting(ctx);
      ctx.report({ messageId: 'found', path: ctx.resource.path, data: {} });
    };
    expect(brief(run({}, noteThenFail)).map((f) => f.outcome)).toEqual(['fail']);
  });

  it('only the first unknown is reported, once per resource and rule', () => {
    const readsTwo: CheckFn = (ctx) => {
      ctx.read(['A']);
      ctx.read(['B']);
    };
    const fs = run({ A: { Ref: 'NoDefault' }, B: { 'Fn::GetAtt': ['X', 'Y'] } }, readsTwo);
    expect(brief(fs).map((f) => [f.outcome, f.data['property']])).toEqual([['unknown', 'A']]);
  });

  it('a raw property read that takes an intrinsic for a mapping is still caught (the tracked-view backstop)', () => {
    const raw: CheckFn = (ctx) => {
      const cfg = ctx.resource.properties['Config'] as Record<string, unknown> | undefined;
      if (cfg && cfg['Enabled'] === false) ctx.report({ messageId: 'found', path: ctx.resource.path, data: {} });
    };
    expect(brief(run({ Config: { Ref: 'NoDefault' } }, raw)).map((f) => [f.outcome, f.path])).toEqual([['unknown', 'Resources.R.Properties.Config']]);
  });
});

describe('path rules: a list item the path goes through, only known at deploy time', () => {
  const pathRule: RuleSpec = { ...meta, kind: 'path', match: 'all', when: [], clauses: [{ given: '$.Properties.Items[*].Port', assert: { notEquals: 22 }, absent: 'pass' }] };
  const runPath = (properties: object) => brief(evaluate(graphOf(properties), new RuleIndex(compileRules([pathRule], {})))).map((f) => `${f.outcome}@${f.path}`);

  it('is unknown when every item that could be read passes', () => {
    expect(runPath({ Items: [{ Port: 80 }, { Ref: 'NoDefault' }] })).toEqual(['unknown@Resources.R.Properties.Items.1']);
    expect(runPath({ Items: { Ref: 'NoDefault' } })).toEqual(['unknown@Resources.R.Properties.Items']);
  });

  it('a failing item decides; known items that pass add nothing; a deploy-time port is unknown where it stands', () => {
    expect(runPath({ Items: [{ Port: 22 }, { Ref: 'NoDefault' }] })).toEqual(['fail@Resources.R.Properties.Items.0.Port']);
    expect(runPath({ Items: [{ Port: 80 }, { Port: 443 }] })).toEqual([]);
    expect(runPath({ Items: [{ Port: 80 }, { Port: { Ref: 'NoDefault' } }] })).toEqual(['unknown@Resources.R.Properties.Items.1.Port']);
  });
});
