/**
 * The whole real-world corpus (../shared/corpus/real: 1,248 templates from five public AWS repos)
 * audited in-process through runAudit, as the CLI does: no crash, every template either audited or an
 * error with file and line, and no error outside the known kinds of genuinely broken files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit, type RunOutcome } from '../src/adapters/run.js';
import { corpusPath, corpusSkipNote } from './helpers/corpus.js';

const real = corpusPath('real');

/**
 * Why a real template cannot be audited. Each is a property of the file, not a parser limit:
 * duplicate keys (CloudFormation refuses them), `rain` preprocessor tags (!Rain::Embed, …) that only
 * `rain` expands before deployment, a Resources section that is empty or a list (macro input).
 */
const KNOWN_BROKEN = ['serverless-patterns/apigw-custom-domain-edge/template.yaml', 'serverless-patterns/rds-sns-event-notification/template.yaml'];
const ERROR_KINDS: readonly [string, RegExp][] = [
  ['duplicate key', /^duplicate key "/],
  ['rain preprocessor tag', /^unknown tag !Rain::/],
  ['Resources empty or a list', /^Resources must be a mapping of logical ids to resources, not (empty|a list)/],
];

// How fast is `npm run bench`'s business; here: the run completes with a report.
describe.skipIf(!existsSync(real))(`corpus/real${corpusSkipNote}`, () => {
  let outcome: RunOutcome;

  beforeAll(async () => {
    outcome = await runAudit({ inputs: ['.'], cwd: real });
  }, 300_000);

  it('completes with a report of the audited stacks', () => {
    expect(outcome.report.stacks.length).toBeGreaterThan(0);
  });

  it('every template listed in the corpus manifests is audited or an error (none silently skipped)', () => {
    const reported = new Set([...outcome.report.stacks.map((s) => s.file), ...outcome.report.errors.map((e) => e.file)]);
    let listed = 0;
    for (const m of readdirSync(real).filter((f) => f.endsWith('.manifest.json'))) {
      const repo = m.replace(/\.manifest\.json$/, '');
      const { templates } = JSON.parse(readFileSync(join(real, m), 'utf8')) as { templates: { path: string }[] };
      for (const t of templates) {
        listed++;
        expect(reported.has(`${repo}/${t.path}`), `${repo}/${t.path}`).toBe(true);
      }
    }
    expect(listed).toBe(1248);
  });

  it('at least 1,200 stacks are audited (1,209 at the time of writing; the rest are broken files, below)', () => {
    expect(outcome.report.stacks.length).toBeGreaterThanOrEqual(1200);
  });

  it('every error names its file and line, and is one of the known kinds of broken file', () => {
    const unexplained: string[] = [];
    for (const e of outcome.report.errors) {
      expect(e.file).not.toBe('');
      expect(e.line, `${e.file}: ${e.message}`).toBeGreaterThanOrEqual(1);
      if (KNOWN_BROKEN.includes(e.file)) continue;
      if (!ERROR_KINDS.some(([, re]) => re.test(e.message))) unexplained.push(`${e.file}:${e.line}: ${e.message}`);
    }
    expect(unexplained).toEqual([]);
  });

  it('the two known-broken serverless-patterns files are YAML errors with a position', () => {
    for (const f of KNOWN_BROKEN) {
      const e = outcome.report.errors.find((x) => x.file === f);
      expect(e, f).toBeDefined();
      expect(e!.message).toMatch(/^YAML: /);
      expect(e!.line).toBeGreaterThanOrEqual(1);
      expect(e!.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('no rule crashed on any real template', () => {
    const crashed = outcome.report.stacks.flatMap((s) =>
      s.findings
        .filter((f) => String(f.data['unknownReason'] ?? '').startsWith('the rule could not evaluate'))
        .map((f) => `${s.file} ${f.ruleId} ${f.logicalId}: ${String(f.data['unknownReason'])}`),
    );
    expect(crashed).toEqual([]);
  });

  it('every finding is located inside its file', () => {
    const bad = outcome.report.stacks.flatMap((s) => s.findings.filter((f) => !(f.line >= 1 && f.column >= 1)).map((f) => `${s.file} ${f.ruleId}`));
    expect(bad).toEqual([]);
  });

  it('the gate is not trigger-happy on AWS’s own samples: most stacks pass', () => {
    const pass = outcome.report.stacks.filter((s) => s.decision === 'pass').length;
    expect(pass / outcome.report.stacks.length).toBeGreaterThan(0.5);
  });
});
