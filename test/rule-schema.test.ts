/**
 * The published rule schema (schema/rule.schema.json) is generated from the one rule schema, accepts
 * every built-in rule file as editors would check it, and refuses what the loader refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { ruleJsonSchemaDocument } from '../src/rules/rule-schema.js';
import { loadRuleSources } from '../scripts/rule-source.js';
import { parseRuleFile } from '../src/rules/catalogue.js';
import { RuleError } from '../src/rules/schema.js';

const root = join(import.meta.dirname, '..');
const published = JSON.parse(readFileSync(join(root, 'schema/rule.schema.json'), 'utf8')) as Record<string, unknown>;
// An editor's validator: plain ajv over the published document, no code of ours.
const editor = new Ajv({ discriminator: true, strict: false }).compile(published);

const rule = (extra: string) => ['id: MyRule', 'title: t', 'risk: 3', "resourceTypes: ['*']", 'description: d', 'message: m', 'remediation: r', extra].join('\n');

describe('schema/rule.schema.json', () => {
  it('is generated from the rule schema (npm run build writes it)', () => {
    expect(readFileSync(join(root, 'schema/rule.schema.json'), 'utf8')).toBe(JSON.stringify(ruleJsonSchemaDocument(), null, 2) + '\n');
  });

  it('accepts every built-in rule file', () => {
    const bad = loadRuleSources(root)
      .map((s) => ({ file: s.file, ok: editor(parse(readFileSync(join(root, s.file), 'utf8'))) }))
      .filter((r) => !r.ok);
    expect(bad).toEqual([]);
  });

  it.each([
    ['an unknown check', 'kind: check\ncheck: nope'],
    ['a misspelt option', 'kind: check\ncheck: securityGroupRule\noptions: {mach: ports}'],
    ['options on a check without options', 'kind: check\ncheck: vpcFlowLog\noptions: {x: 1}'],
    ['a path rule with given and all', 'kind: path\ngiven: $.a\nassert: {exists: true}\nall: [{given: $.b, assert: {exists: true}}]'],
    ['a clause with given and property', 'kind: path\ngiven: $.a\nproperty: A\nassert: {exists: true}'],
    ['an assertion with two operators', 'kind: path\ngiven: $.a\nassert: {exists: true, equals: 1}'],
    ['an unknown kind', 'kind: script'],
    ['a regex rule without pattern', 'kind: regex'],
  ])('refuses %s, as the loader does', (_, extra) => {
    expect(editor(parse(rule(extra)))).toBe(false);
    expect(() => parseRuleFile(rule(extra), 'mine.yaml')).toThrow(RuleError);
  });

  it('accepts every form of rule file the loader takes', () => {
    const one = parse(rule('kind: regex\npattern: x')) as Record<string, unknown>;
    for (const doc of [one, [one, { ...one, id: 'Other' }], { rules: [one] }, [{ rule: 'Legacy', ruletype: 'regex', active: 'Y', riskvalue: '5', ruledata: 'x' }]])
      expect(editor(doc)).toBe(true);
    expect(editor({ rules: [one], extra: 1 })).toBe(false);
  });

  it.each([
    ['a single clause', 'kind: path\ngiven: $.a\nassert: {exists: true}'],
    ['a property clause', 'kind: path\nproperty: A.B\nassert: {equals: x}\nabsent: fail'],
    [
      'all with when',
      'kind: path\nwhen: {given: $.Properties.Engine, assert: {in: [mysql]}}\nall:\n- {property: A, assert: {exists: true}, absent: fail}\n- {given: $.b, assert: {not: {matches: x}}}',
    ],
    ['any with a when list', 'kind: path\nwhen: [{property: E, assert: {equals: y}}]\nany:\n- {property: A, assert: {exists: true}}'],
    ['a check with options', 'kind: check\ncheck: securityGroupRule\noptions: {match: ports, ports: [22, [8000, 8080]]}'],
  ])('accepts %s, as the loader does', (_, extra) => {
    expect(editor(parse(rule(extra)))).toBe(true);
    expect(parseRuleFile(rule(extra), 'mine.yaml')).toHaveLength(1);
  });
});
