/**
 * Every built-in rule has fixtures and an up-to-date generated doc page; the index lists every rule.
 * Pages are regenerated in memory and compared with the committed files. Fix: run npm run docs.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures, loadRuleSources, type Fixture, type RuleSource } from '../scripts/rule-source.js';
import { exampleOf, MAX_EXAMPLE_LINES, renderIndex, renderRulePage, tierOf } from '../scripts/docs-render.js';

const docsDir = join(import.meta.dirname, '../docs/rules');
const sources = loadRuleSources();

describe.each(sources.map((s) => [s.spec.id, s] as const))('%s', (id, source) => {
  const fixtures = loadFixtures(id);

  it('has pass and fail fixtures', () => {
    expect(
      fixtures.some((f) => f.kind === 'fail'),
      `fixtures/rules/${id}/fail/ has no template`,
    ).toBe(true);
    expect(
      fixtures.some((f) => f.kind === 'pass'),
      `fixtures/rules/${id}/pass/ has no template`,
    ).toBe(true);
  });

  it('has an up-to-date doc page', () => {
    const page = join(docsDir, `${id}.md`);
    expect(existsSync(page), `docs/rules/${id}.md is missing: run npm run docs`).toBe(true);
    expect(readFileSync(page, 'utf8') === renderRulePage(source, fixtures), `docs/rules/${id}.md is stale: run npm run docs`).toBe(true);
  });
});

describe('docs/rules', () => {
  it('has an up-to-date index and no page for a rule that does not exist', () => {
    const index = join(docsDir, 'README.md');
    expect(existsSync(index), 'docs/rules/README.md is missing: run npm run docs').toBe(true);
    expect(readFileSync(index, 'utf8') === renderIndex(sources), 'docs/rules/README.md is stale: run npm run docs').toBe(true);
    const ids = new Set(sources.map((s) => `${s.spec.id}.md`));
    const orphans = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md' && !ids.has(f));
    expect(orphans, 'pages without a rule: run npm run docs').toEqual([]);
  });
});

// The renderer itself, on a hand-made rule, so a regression shows even when pages are regenerated.
const rule: RuleSource = {
  file: 'rules/test/OpenThing.yaml',
  service: 'test',
  docs: 'Risk raised from 3 to 6: evidence.',
  spec: {
    id: 'OpenThing',
    title: 'Thing open | wide',
    risk: 6,
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    kind: 'path',
    enabled: false,
    description: 'Checks the thing.',
    message: 'thing is {x}',
    remediation: 'Close it.',
    references: ['https://docs.aws.amazon.com/x'],
    equivalents: { cfn_nag: ['W2'], checkov: [], cdk_nag: ['AwsSolutions-EC23'] },
    source: 'builtin',
    match: 'all',
    clauses: [{ given: '$.Properties.GroupDescription', assert: { equals: 'closed' }, absent: 'pass' }],
    when: [],
  },
};

const longYaml = [
  'Resources:',
  ...Array.from({ length: 40 }, (_, i) => [`  Filler${i}:`, '    Type: AWS::SNS::Topic']).flat(),
  '  Sg:',
  '    Type: AWS::EC2::SecurityGroup',
  '    Properties:',
  '      GroupDescription: open',
  '  After:',
  '    Type: AWS::SNS::Topic',
].join('\n');

describe('renderRulePage', () => {
  const fixtures: Fixture[] = [
    { kind: 'fail', name: 'open.yaml', text: 'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: open\n', parameters: null },
    {
      kind: 'pass',
      name: 'closed.json',
      text: '{"Resources": {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "closed"}}}}\n',
      parameters: { P: 'v' },
    },
  ];
  const page = renderRulePage(rule, fixtures);

  it('shows the facts, both examples, the suppression with this id, and the docs note', () => {
    expect(page).toContain('# OpenThing: Thing open | wide');
    expect(page).toContain('| Risk | 6 (medium) |');
    expect(page).toMatch(/Enabled by default \| no/);
    expect(page).toContain('fixtures/rules/OpenThing/fail/open.yaml');
    expect(page).toContain('```yaml\nResources:\n  Sg:');
    expect(page).toContain('```json\n{"Resources"');
    expect(page).toContain('with parameters `{"P":"v"}`');
    expect(page).toContain('- rule: OpenThing');
    expect(page).toContain("suppress: [{ rule: 'OpenThing'");
    expect(page).toContain('| cfn_nag | `W2` |');
    expect(page).toContain('| checkov | — |');
    expect(page).toContain('Risk raised from 3 to 6: evidence.');
    expect(page).toContain('rules_to_suppress:\n      - id: W2');
    expect(page).not.toContain('checkov:\n    skip:');
    expect(renderRulePage(rule, fixtures)).toBe(page);
  });

  it('lists the texts by message id of a check rule that gives them, with or without `message`', () => {
    const check = {
      ...rule,
      spec: { ...rule.spec, kind: 'check', check: 'vpcFlowLog', options: {}, message: '', messages: { noFlowLog: 'no flow log on {logicalId}' } },
    } as RuleSource;
    const only = renderRulePage(check, fixtures);
    expect(only).not.toContain('Finding message:');
    expect(only).toContain('Finding messages by message id:\n\n- `noFlowLog`: `no flow log on {logicalId}`');
    const both = renderRulePage({ ...check, spec: { ...check.spec, message: 'generic' } }, fixtures);
    expect(both).toContain('Finding message: `generic`\n\nFinding messages by message id:');
    expect(page).not.toContain('message id');
  });

  it('says a fixture is missing instead of inventing one', () => {
    expect(renderRulePage(rule, [])).toContain('No fail fixture yet');
  });

  it('trims a long fail fixture to the flagged resource', () => {
    const ex = exampleOf(rule, { kind: 'fail', name: 'long.yaml', text: longYaml, parameters: null });
    expect(longYaml.split('\n').length).toBeGreaterThan(MAX_EXAMPLE_LINES);
    expect(ex.trimmed).toContain('`Sg`');
    expect(ex.text).toBe('Sg:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    GroupDescription: open');
  });

  it('trims a long JSON fixture by bracket balance, ignoring brackets inside strings', () => {
    const body: Record<string, unknown> = {};
    for (let i = 0; i < 30; i++) body[`F${i}`] = { Type: 'AWS::SNS::Topic' };
    body['Sg'] = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'open {[' } };
    const text = JSON.stringify({ Resources: body }, null, 2);
    const ex = exampleOf(rule, { kind: 'fail', name: 'long.json', text, parameters: null });
    expect(JSON.parse(`{${ex.text}}`)).toEqual({ Sg: body['Sg'] });
  });

  it('maps risk to the tiers of the rule research', () => {
    expect([1, 2, 3, 4, 6, 7, 8, 9, 10].map(tierOf)).toEqual(['advisory', 'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });

  it('indexes rules by service with on/off and escaped titles', () => {
    const index = renderIndex([rule]);
    expect(index).toContain('## test');
    expect(index).toContain('| [OpenThing](OpenThing.md) | Thing open \\| wide | 6 | off | W2 | — | AwsSolutions-EC23 |');
  });
});
