/**
 * The comparison logic of `npm run accuracy` on hand-made cases (not on live corpus numbers):
 * per-id TP/FP/FN, `violating: null`, skipped cases, the disagreement list in docs/accuracy.md.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareCase,
  inScope,
  parseDisagreements,
  reportedTypes,
  securityGroupAliases,
  staleDisagreements,
  totals,
  unsupportedReason,
  worstFirst,
  type Disagreement,
} from '../scripts/accuracy-compare.js';

describe('compareCase', () => {
  it('counts per logical id: TP for shared ids, FN for missed, FP for extra, duplicates once', () => {
    const r = compareCase('W2', { template: 't.json', violating: ['A', 'B', 'C'] }, ['B', 'A', 'D', 'A']);
    expect([r.tp, r.fp, r.fn]).toEqual([2, 1, 1]);
    expect(r.missed).toEqual(['C']);
    expect(r.extra).toEqual(['D']);
    expect(r.flagged).toEqual(['A', 'B', 'D']);
  });

  it('an empty expectation makes every flagged id a false positive', () => {
    const r = compareCase('W2', { template: 't.json', violating: [] }, ['X', 'Y']);
    expect([r.tp, r.fp, r.fn]).toEqual([0, 2, 0]);
    expect(compareCase('W2', { template: 't.json', violating: [] }, [])).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  it('a null expectation only asks for some finding', () => {
    expect(compareCase('F1000', { template: 't.json', violating: null }, ['Whatever', 'Else'])).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(compareCase('F1000', { template: 't.json', violating: null }, [])).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('a listed disagreement moves the mismatch out of the counts, only for its rule and template', () => {
    const listed: Disagreement[] = [{ rule: 'W2', template: 't.json', logicalId: 'D', reason: 'AWS says so' }];
    const r = compareCase('W2', { template: 't.json', violating: ['A'] }, ['A', 'D'], listed);
    expect([r.tp, r.fp, r.fn]).toEqual([1, 0, 0]);
    expect(r.byDesign).toEqual(listed);
    expect(compareCase('W2', { template: 'other.json', violating: ['A'] }, ['A', 'D'], listed)).toMatchObject({ fp: 1, byDesign: [] });
    expect(compareCase('W9', { template: 't.json', violating: ['A'] }, ['A', 'D'], listed)).toMatchObject({ fp: 1, byDesign: [] });
    const missed = compareCase('W2', { template: 't.json', violating: ['A', 'D'] }, ['A'], listed);
    expect(missed).toMatchObject({ tp: 1, fn: 0, missed: [] });
  });

  it('a disagreement with logicalId * covers every id of the case', () => {
    const listed: Disagreement[] = [{ rule: 'W2', template: 't.json', logicalId: '*', reason: 'r' }];
    const r = compareCase('W2', { template: 't.json', violating: ['A', 'B'] }, ['C'], listed);
    expect([r.tp, r.fp, r.fn]).toEqual([0, 0, 0]);
    expect(r.byDesign.map((d) => d.logicalId)).toEqual(['A', 'B', 'C']);
  });
});

describe('standalone security-group rules stand for their group', () => {
  const body = {
    Resources: {
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: {} },
      In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'Sg' } } },
      Out: { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] } } },
      Dangling: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-123' } },
      ToParam: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'SomeParameter' } } },
    },
  };

  it('maps an ingress/egress that points at a group of the template to that group, nothing else', () => {
    expect([...securityGroupAliases(body)]).toEqual([
      ['In', ['Sg']],
      ['Out', ['Sg']],
    ]);
  });

  it('a flagged standalone rule matches cfn_nag flagging its group, and is no false positive', () => {
    const aliases = securityGroupAliases(body);
    expect(compareCase('W2', { template: 't', violating: ['Sg'] }, ['In'], [], aliases)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(compareCase('W2', { template: 't', violating: ['Sg', 'Dangling'] }, ['In', 'Dangling'], [], aliases)).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(compareCase('W2', { template: 't', violating: [] }, ['In'], [], aliases)).toMatchObject({ tp: 0, fp: 1 });
    expect(compareCase('W2', { template: 't', violating: ['In'] }, ['Sg'], [], aliases)).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('resource types cfn_nag reports for a rule', () => {
  const body = { Resources: { Dep: { Type: 'AWS::ApiGateway::Deployment' }, Stage: { Type: 'AWS::ApiGateway::Stage' }, Sg: { Type: 'AWS::EC2::SecurityGroup' } } };

  it('are the types of the expected violating ids over all cases', () => {
    expect([
      ...reportedTypes([
        { violating: ['Dep'], body },
        { violating: [], body },
        { violating: null, body },
      ]),
    ]).toEqual(['AWS::ApiGateway::Deployment']);
    expect(reportedTypes([{ violating: [], body }]).size).toBe(0);
  });

  it('leave findings on other types out, unless nothing is known or a standalone rule stands for a group in scope', () => {
    const scope = new Set(['AWS::ApiGateway::Deployment']);
    expect(inScope(scope, 'AWS::ApiGateway::Deployment', false)).toBe(true);
    expect(inScope(scope, 'AWS::ApiGateway::Stage', false)).toBe(false);
    expect(inScope(new Set(), 'AWS::ApiGateway::Stage', false)).toBe(true);
    expect(inScope(new Set(['AWS::EC2::SecurityGroup']), 'AWS::EC2::SecurityGroupIngress', true)).toBe(true);
    expect(inScope(new Set(['AWS::EC2::SecurityGroup']), 'AWS::EC2::SecurityGroupIngress', false)).toBe(false);
  });
});

describe('totals and ordering', () => {
  it('recall = TP/(TP+FN), precision = TP/(TP+FP), null when undefined', () => {
    const t = totals([
      { tp: 3, fp: 1, fn: 0 },
      { tp: 1, fp: 0, fn: 4 },
    ]);
    expect(t).toEqual({ tp: 4, fp: 1, fn: 4, recall: 0.5, precision: 0.8 });
    expect(totals([{ tp: 0, fp: 0, fn: 0 }])).toMatchObject({ recall: null, precision: null });
  });

  it('lists the worst rule first by the lower of recall and precision', () => {
    const row = (rule: string, tp: number, fp: number, fn: number) => ({ rule, totals: totals([{ tp, fp, fn }]) });
    expect(worstFirst([row('A', 1, 0, 0), row('B', 1, 3, 0), row('C', 1, 0, 1), row('D', 0, 0, 0)]).map((r) => r.rule)).toEqual(['B', 'C', 'A', 'D']);
  });
});

describe('cases we cannot honour', () => {
  it('skips forced condition values and rule settings, runs the rest (parameters included)', () => {
    expect(unsupportedReason({ template: 't', violating: [], condition_values: { C: false } })).toMatch(/condition/);
    expect(unsupportedReason({ template: 't', violating: [], rule_settings: ['rule.spcm_threshold = 1'] })).toMatch(/spcm_threshold/);
    expect(unsupportedReason({ template: 't', violating: [], parameters_file: 'p.json', condition_values: {} })).toBeNull();
  });
});

describe('disagreement list', () => {
  const md = (block: string): string => `# Accuracy\n\ntext\n\n\`\`\`json disagreements\n${block}\n\`\`\`\n`;

  it('reads the fenced json disagreements block, and none when absent', () => {
    expect(parseDisagreements(md('[{"rule": "W2", "template": "a.json", "logicalId": "Sg", "reason": "doc"}]'))).toEqual([
      { rule: 'W2', template: 'a.json', logicalId: 'Sg', reason: 'doc' },
    ]);
    expect(parseDisagreements('# nothing here\n```json\n[1]\n```\n')).toEqual([]);
  });

  it('refuses a malformed block with the entry that is wrong', () => {
    expect(() => parseDisagreements(md('[{"rule": "W2", "template": "a.json", "logicalId": "Sg"}]'))).toThrow(/disagreement 1 needs a text `reason`/);
    expect(() => parseDisagreements(md('{not json'))).toThrow(/not valid JSON/);
  });

  it('reports listed disagreements that no longer differ', () => {
    const listed: Disagreement[] = [
      { rule: 'W2', template: 'a.json', logicalId: 'Sg', reason: 'r' },
      { rule: 'W2', template: 'b.json', logicalId: 'Other', reason: 'r' },
    ];
    const results = [compareCase('W2', { template: 'a.json', violating: [] }, ['Sg'], listed), compareCase('W2', { template: 'b.json', violating: [] }, [], listed)];
    expect(staleDisagreements(listed, results)).toEqual([listed[1]]);
  });

  it('the committed docs/accuracy.md parses', () => {
    const text = readFileSync(join(import.meta.dirname, '../docs/accuracy.md'), 'utf8');
    expect(text).toContain('```json disagreements');
    for (const d of parseDisagreements(text)) expect(d.reason.length).toBeGreaterThan(10);
  });
});
