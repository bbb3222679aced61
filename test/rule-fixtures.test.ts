/**
 * Every rule has fixtures/rules/<Id>/{pass,fail}/ with at least one template each. A fail template
 * must raise the rule (outcome fail) and a pass template must not raise it at all. What a fail template
 * raises — rule, logical id, line:column and the rendered message of each finding — is kept in
 * test/__snapshots__/rule-fixtures.test.ts.snap, so a rule rewritten (say from a TypeScript check to rule
 * data) must report the same places with the same words. Adding a fixture file is the whole test for a
 * new case (`npx vitest run test/rule-fixtures -u` records its snapshot; review it).
 * Run one rule: npx vitest run test/rule-fixtures -t SSHOpenToWorld
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMessage } from '../src/report/context.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { auditText, findingsOf } from './helpers/audit.js';

const root = join(import.meta.dirname, '..');
const rules = builtinRules();
const allRules = rules.map((r) => ({ ...r, enabled: true }));

const filesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(ya?ml|json|template)$/.test(f))
        .sort()
    : [];

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const base = join(root, 'fixtures/rules', id);
  const fail = filesIn(join(base, 'fail'));
  const pass = filesIn(join(base, 'pass'));

  it('has pass and fail fixtures', () => {
    expect(fail.length, `fixtures/rules/${id}/fail/ is empty`).toBeGreaterThan(0);
    expect(pass.length, `fixtures/rules/${id}/pass/ is empty`).toBeGreaterThan(0);
  });

  const params = (dir: string, f: string): Record<string, string> | undefined => {
    const p = join(dir, f.replace(/\.(ya?ml|json|template)$/, '.parameters.json'));
    return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>) : undefined;
  };

  it.each(fail.filter((f) => !f.endsWith('.parameters.json')))('flags fail/%s', (f) => {
    const dir = join(base, 'fail');
    const stack = auditText(readFileSync(join(dir, f), 'utf8'), { rules: allRules, file: f, parameters: params(dir, f) });
    const hits = findingsOf(stack, id).filter((x) => x.outcome === 'fail');
    expect(hits.length, `${id} did not fire on fail/${f}`).toBeGreaterThan(0);
    expect(hits.map((h) => `${h.ruleId} ${h.logicalId} ${h.line}:${h.column} ${renderMessage(rule, h)}`)).toMatchSnapshot();
  });

  it.each(pass.filter((f) => !f.endsWith('.parameters.json')))('accepts pass/%s', (f) => {
    const dir = join(base, 'pass');
    const stack = auditText(readFileSync(join(dir, f), 'utf8'), { rules: allRules, file: f, parameters: params(dir, f) });
    const hits = findingsOf(stack, id);
    expect(
      hits.map((h) => `${h.logicalId} ${h.outcome} ${JSON.stringify(h.data)}`),
      `${id} fired on pass/${f}`,
    ).toEqual([]);
  });
});
