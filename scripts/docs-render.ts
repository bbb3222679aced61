/**
 * Rule documentation, generated from the rule files and their fixtures (house style: doc examples
 * come from fixtures). Pure: rules and fixture texts in, Markdown out, byte-for-byte deterministic,
 * so test/docs.test.ts can regenerate in memory and compare with the committed pages.
 */
import { Auditor } from '../src/engine/audit.js';
import { parseTemplate } from '../src/load/parse.js';
import type { Template } from '../src/types/types.js';
import type { Fixture, RuleSource } from './rule-source.js';
import type { PathClause } from '../src/rules/schema.js';

/** Examples longer than this are cut down to the resource the rule is about. */
export const MAX_EXAMPLE_LINES = 60;

export type Tier = 'critical' | 'high' | 'medium' | 'low' | 'advisory';

/** The tiers of rule-research.md: C 9–10, H 7–8, M 4–6, L 2–3, A 1. */
export function tierOf(risk: number): Tier {
  if (risk >= 9) return 'critical';
  if (risk >= 7) return 'high';
  if (risk >= 4) return 'medium';
  if (risk >= 2) return 'low';
  return 'advisory';
}

/** What one finding does to the default gate (pass < 5 ≤ manual-approval < 10 ≤ fail). */
function gateEffect(risk: number): string {
  if (risk >= 10) return 'one finding alone **fails** the stack under the default thresholds';
  if (risk >= 5) return `one finding alone needs **manual approval** under the default thresholds; ${Math.ceil(10 / risk)} fail the stack`;
  return `one finding alone still passes under the default thresholds; it adds ${risk} to the stack's score (5 needs manual approval, 10 fails)`;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const ids = (xs: readonly string[]): string => (xs.length ? xs.map(code).join(', ') : '—');

function fence(text: string, lang: string): string {
  const body = text.replace(/\s+$/, '');
  const ticks = body.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

const langOf = (name: string, text: string): string => (/\.json$/i.test(name) || /^\s*[{[]/.test(text) ? 'json' : 'yaml');

/** The text lines of the resource `logicalId`, found through the parser's positions. */
function resourceBlock(template: Template, text: string, logicalId: string, lang: string): string | null {
  const lines = text.split(/\r?\n/);
  const start = template.locate(['Resources', logicalId]).line - 1;
  const first = lines[start];
  if (first === undefined || !first.includes(logicalId)) return null;
  if (lang === 'json') {
    // Balance brackets from the key's line, skipping strings, until the resource object closes.
    let depth = 0;
    let opened = false;
    for (let i = start; i < lines.length; i++) {
      const line = lines[i] ?? '';
      let inString = false;
      for (let j = 0; j < line.length; j++) {
        const ch = line[j];
        if (inString) {
          if (ch === '\\') j++;
          else if (ch === '"') inString = false;
        } else if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') {
          depth++;
          opened = true;
        } else if (ch === '}' || ch === ']') depth--;
      }
      if (opened && depth <= 0) return dedent(lines.slice(start, i + 1)).replace(/,\s*$/, '');
    }
    return null;
  }
  const indent = first.length - first.trimStart().length;
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    const t = line.trimStart();
    if (t !== '' && !t.startsWith('#') && line.length - t.length <= indent) break;
    end++;
  }
  while (end > start + 1 && (lines[end - 1] ?? '').trim() === '') end--;
  return dedent(lines.slice(start, end));
}

function dedent(lines: readonly string[]): string {
  const widths = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const cut = widths.length ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/**
 * A fixture as an example: whole when short; else the block of the resource the rule flags (fail)
 * or the first resource of one of the rule's types (pass); else the first lines.
 */
export function exampleOf(source: RuleSource, fixture: Fixture): { text: string; lang: string; trimmed: string | null } {
  const lang = langOf(fixture.name, fixture.text);
  const lines = fixture.text.replace(/\s+$/, '').split(/\r?\n/);
  if (lines.length <= MAX_EXAMPLE_LINES) return { text: lines.join('\n'), lang, trimmed: null };
  const parsed = parseTemplate({ file: fixture.name, text: fixture.text, explicit: true });
  if (parsed.ok) {
    let target: string | undefined;
    if (fixture.kind === 'fail') {
      const auditor = new Auditor({ rules: [{ ...source.spec, enabled: true }], parameters: fixture.parameters ?? {} });
      const r = auditor.auditSource({ file: fixture.name, text: fixture.text, explicit: true });
      if ('stack' in r) target = r.stack.findings.find((f) => f.outcome === 'fail')?.logicalId;
    }
    if (target === undefined) {
      const resources = parsed.template.body['Resources'];
      if (resources && typeof resources === 'object' && !Array.isArray(resources)) {
        const entries = Object.entries(resources as Record<string, unknown>);
        const types = source.spec.resourceTypes;
        const typed = entries.find(([, v]) => types.includes(String((v as { Type?: unknown } | null)?.Type ?? '')));
        target = (typed ?? entries[0])?.[0];
      }
    }
    if (target !== undefined) {
      const block = resourceBlock(parsed.template, fixture.text, target, lang);
      if (block !== null) return { text: block, lang, trimmed: `the resource \`${target}\`` };
    }
  }
  return { text: [...lines.slice(0, MAX_EXAMPLE_LINES), lang === 'yaml' ? '# …' : '…'].join('\n'), lang, trimmed: `the first ${MAX_EXAMPLE_LINES} lines` };
}

function evaluation(source: RuleSource): string {
  const s = source.spec;
  switch (s.kind) {
    case 'check':
      return `built-in check \`${s.check ?? ''}\`${s.options && Object.keys(s.options).length ? ` with options \`${JSON.stringify(s.options)}\`` : ''}`;
    case 'path': {
      const where = (c: PathClause) => ('property' in c ? `property \`${c.property.join('.')}\`` : `JSONPath \`${c.given}\``);
      const clause = (c: PathClause) => `${where(c)} must satisfy \`${JSON.stringify(c.assert)}\`${c.absent === 'fail' ? '; a missing value fails' : '; a missing value passes'}`;
      const when = s.when.map((c) => `${where(c)} satisfies \`${JSON.stringify(c.assert)}\`${c.absent === 'pass' ? ' (or is missing)' : ''}`).join(' and ');
      const body = s.clauses.length === 1 ? clause(s.clauses[0]!) : `${s.match === 'all' ? 'all' : 'at least one'} of: ${s.clauses.map((c) => `(${clause(c)})`).join(', ')}`;
      return when ? `where ${when}: ${body}` : body;
    }
    case 'regex':
      return `pattern \`${s.pattern ?? ''}\`${s.flags ? ` (flags ${s.flags})` : ''} over ${s.given ? `\`${s.given}\`` : "the resource's JSON text"}`;
    default: {
      const never: never = s;
      return never;
    }
  }
}

function example(source: RuleSource, fixture: Fixture | undefined, kind: 'fail' | 'pass'): string {
  const id = source.spec.id;
  if (!fixture) return `_No ${kind} fixture yet: add one under \`fixtures/rules/${id}/${kind}/\`._`;
  const ex = exampleOf(source, fixture);
  const from = `From [\`fixtures/rules/${id}/${kind}/${fixture.name}\`](../../fixtures/rules/${id}/${kind}/${fixture.name})`;
  const params = fixture.parameters ? ` with parameters \`${JSON.stringify(fixture.parameters)}\`` : '';
  const cut = ex.trimmed ? ` (${ex.trimmed} only)` : '';
  return `${from}${params}${cut}:\n\n${fence(ex.text, ex.lang)}`;
}

function suppressSnippet(source: RuleSource): string {
  const type = source.spec.resourceTypes.find((t) => t !== '*') ?? 'AWS::…';
  return fence(
    [
      'Resources:',
      '  MyResource:',
      `    Type: ${type}`,
      '    Metadata:',
      '      cfn-audit:',
      '        suppress:',
      `          - rule: ${source.spec.id}`,
      '            reason: Why this is acceptable here (required; a suppression without a reason is ignored)',
    ].join('\n'),
    'yaml',
  );
}

function cdkSuppressSnippet(id: string): string {
  return fence(
    [
      "import { CfnResource } from 'aws-cdk-lib';",
      '',
      "(construct.node.defaultChild as CfnResource).addMetadata('cfn-audit', {",
      `  suppress: [{ rule: '${id}', reason: 'Why this is acceptable here' }],`,
      '});',
    ].join('\n'),
    'ts',
  );
}

/** Suppressions written for cfn_nag or checkov also apply to the rules that name those ids as equivalents. */
function foreignSuppression(source: RuleSource): string[] {
  const { cfn_nag, checkov } = source.spec.equivalents;
  if (cfn_nag.length === 0 && checkov.length === 0) return [];
  const lines = ['Metadata:'];
  if (cfn_nag.length) lines.push('  cfn_nag:', '    rules_to_suppress:', `      - id: ${cfn_nag[0]}`, '        reason: Why this is acceptable here');
  if (checkov.length) lines.push('  checkov:', '    skip:', `      - id: ${checkov[0]}`, '        comment: Why this is acceptable here');
  const named = [...cfn_nag.map((x) => `cfn_nag ${code(x)}`), ...checkov.map((x) => `checkov ${code(x)}`)].join(', ');
  return [
    `Suppressions already written for other tools are honoured too: an entry for ${named} on the resource suppresses this rule, under the same condition (a \`reason\` / \`comment\` is required):`,
    '',
    fence(lines.join('\n'), 'yaml'),
    '',
  ];
}

/** The finding message; for a check rule that words its check's message ids (`messages`), each id's text too. */
function messageLines(s: RuleSource['spec']): string[] {
  const byId = s.messages ? Object.entries(s.messages) : [];
  const one = s.message.trim() ? [`Finding message: ${code(s.message.trim())}`] : [];
  if (byId.length === 0) return one;
  return [...one, ...(one.length ? [''] : []), 'Finding messages by message id:', '', ...byId.map(([id, text]) => `- ${code(id)}: ${code(text.trim())}`)];
}

/** One rule's page, docs/rules/<Id>.md. `fixtures` as from loadFixtures: fail first, then pass. */
export function renderRulePage(source: RuleSource, fixtures: readonly Fixture[]): string {
  const s = source.spec;
  const fail = fixtures.find((f) => f.kind === 'fail');
  const pass = fixtures.find((f) => f.kind === 'pass');
  const eq = s.equivalents;
  const out: string[] = [
    '<!-- Generated by `npm run docs` from the rule file and its fixtures. Do not edit by hand. -->',
    '',
    `# ${s.id}: ${s.title}`,
    '',
    '| | |',
    '|---|---|',
    `| Id | \`${s.id}\` |`,
    `| Risk | ${s.risk} (${tierOf(s.risk)}) |`,
    `| Enabled by default | ${s.enabled ? 'yes' : 'no: advisory, turn it on with `--all-rules` or in a config profile'} |`,
    `| Resource types | ${s.resourceTypes.map(code).join(', ')} |`,
    `| Kind | ${cell(evaluation(source))} |`,
    ...(s.category ? [`| Category | ${cell(s.category)} |`] : []),
    `| Rule file | [\`${source.file}\`](../../${source.file}) |`,
    '',
    '## What it checks',
    '',
    s.description.trim(),
    '',
    ...messageLines(s),
    '',
    '## Why it matters',
    '',
    `Risk ${s.risk} of 10 (${tierOf(s.risk)}): ${gateEffect(s.risk)}. Change the risk or turn the rule off per profile in \`.cfn-audit.yml\`.`,
    ...(source.docs ? ['', source.docs] : []),
    '',
    '## Noncompliant example',
    '',
    example(source, fail, 'fail'),
    '',
    '## Compliant example',
    '',
    example(source, pass, 'pass'),
    '',
    '## Remediation',
    '',
    '### CloudFormation',
    '',
    s.remediation.trim(),
    ...(s.fix
      ? [
          '',
          `\`cfn-audit fix --rule ${s.id}\` makes this change where it is mechanical and prints it as a diff (\`--write\` applies it); a value computed by an intrinsic it cannot see through is left alone, with a note saying why.`,
        ]
      : []),
    '',
    '### CDK',
    '',
    s.remediationCdk?.trim() || 'Set the same properties on the construct (or on its L1 `Cfn*` resource through `node.defaultChild`) as described for CloudFormation above.',
    '',
    '## Suppressing it',
    '',
    'When the finding is accepted, suppress it on the resource with a reason; suppressed findings stay in every report with their reason and do not count toward the score.',
    '',
    suppressSnippet(source),
    '',
    'In CDK, add the same metadata to the L1 resource:',
    '',
    cdkSuppressSnippet(s.id),
    '',
    ...foreignSuppression(source),
    '## Equivalents',
    '',
    'The same or a closely related check in other tools:',
    '',
    '| Tool | Ids |',
    '|---|---|',
    `| cfn_nag | ${ids(eq.cfn_nag)} |`,
    `| checkov | ${ids(eq.checkov)} |`,
    `| cdk-nag | ${ids(eq.cdk_nag)} |`,
    '',
    '## References',
    '',
    ...(s.references.length ? s.references.map((r) => `- <${r}>`) : ['—']),
    '',
  ];
  return out.join('\n');
}

/** docs/rules/README.md: every rule by service. `sources` sorted by id. */
export function renderIndex(sources: readonly RuleSource[]): string {
  const services = [...new Set(sources.map((s) => s.service))].sort();
  const on = sources.filter((s) => s.spec.enabled).length;
  const out: string[] = [
    '<!-- Generated by `npm run docs` from rules/**/*.yaml. Do not edit by hand. -->',
    '',
    '# Rules',
    '',
    `${sources.length} built-in rules in ${services.length} service${services.length === 1 ? '' : 's'}; ${on} enabled by default, ${sources.length - on} advisory (off by default, on with \`--all-rules\`).`,
    'Risk is per finding, 1–10; a stack passes below 5, needs manual approval from 5 and fails from 10 (defaults).',
    'How the rules compare with cfn_nag, and where we differ on purpose: [accuracy](../accuracy.md).',
    '',
  ];
  for (const svc of services) {
    out.push(`## ${svc}`, '', '| Rule | Title | Risk | Default | cfn_nag | checkov | cdk-nag |', '|---|---|---|---|---|---|---|');
    for (const s of sources.filter((x) => x.service === svc)) {
      const r = s.spec;
      out.push(
        `| [${r.id}](${r.id}.md) | ${cell(r.title)} | ${r.risk} | ${r.enabled ? 'on' : 'off'} | ${cell(r.equivalents.cfn_nag.join(', ') || '—')} | ${cell(r.equivalents.checkov.join(', ') || '—')} | ${cell(r.equivalents.cdk_nag.join(', ') || '—')} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
