/**
 * Scoring modes: per-rule (default: a rule adds its highest risk once per stack), per-resource and
 * per-violation (the original: every violating place adds). Every mode lists every finding; only the sum
 * differs. The README's worked example is audited here and must give the scores it states.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/types/types.js';
import { decide, DEFAULT_THRESHOLDS, score, SCORING_MODES } from '../src/policy/verdict.js';
import { parseConfig } from '../src/policy/config.js';
import { resolveProfile } from '../src/policy/profiles.js';
import { builtinRules } from '../src/rules/catalogue.js';
import { auditText } from './helpers/audit.js';
import { runCli } from './helpers/cli.js';
import { finding } from './helpers/sample-report.js';
import { tempDir } from './helpers/temp.js';

let place = 0;
/** A finding at a place of its own (every call a new template path). */
const f = (ruleId: string, logicalId: string, risk: number, over: Partial<Finding> = {}): Finding =>
  finding({ ruleId, logicalId, line: ++place, risk, path: ['Resources', logicalId, 'Properties', place], ...over });

describe('score()', () => {
  const findings = [f('A', 'R1', 3), f('A', 'R1', 3), f('A', 'R2', 5), f('B', 'R1', 2), f('B', 'R3', 7)];
  it.each([
    ['per-rule', 5 + 7],
    ['per-resource', 3 + 5 + 2 + 7],
    ['per-violation', 3 + 3 + 5 + 2 + 7],
  ] as const)('%s adds up to %i', (mode, total) => {
    expect(score(findings, false, mode)).toBe(total);
  });

  it('per-violation counts a place once: a SAM Globals runtime reported on two functions is one violation', () => {
    const globals = ['Globals', 'Function', 'Runtime'];
    const two = [f('LambdaDeprecatedRuntime', 'FnA', 3, { path: globals }), f('LambdaDeprecatedRuntime', 'FnB', 3, { path: globals })];
    expect(score(two, false, 'per-violation')).toBe(3);
    expect(score(two, false, 'per-resource')).toBe(6);
    expect(score(two, false, 'per-rule')).toBe(3);
    // The same path in another file is another place.
    expect(score([...two, f('LambdaDeprecatedRuntime', 'FnA', 3, { path: globals, file: 'other.yaml' })], false, 'per-violation')).toBe(6);
  });

  it('per-rule is the default', () => {
    expect(score(findings, false)).toBe(score(findings, false, 'per-rule'));
  });

  it('only counted findings add in every mode: suppressed never, unknown only with countUnknown', () => {
    const more = [...findings, f('C', 'R9', 9, { status: 'suppressed', reason: 'ok' }), f('D', 'R9', 4, { outcome: 'unknown' })];
    for (const mode of SCORING_MODES) {
      expect(score(more, false, mode)).toBe(score(findings, false, mode));
      expect(score(more, true, mode)).toBe(score(findings, false, mode) + 4);
    }
  });

  it('property: per-rule ≤ per-resource ≤ per-violation, and per-rule is at least the highest single risk', () => {
    const arb = fc.array(
      fc.record({ rule: fc.constantFrom('A', 'B', 'C', 'toString', '__proto__'), res: fc.constantFrom('R1', 'R2', 'constructor'), risk: fc.integer({ min: 1, max: 10 }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (xs) => {
        const fs = xs.map((x) => f(x.rule, x.res, x.risk));
        const [r, p, v] = SCORING_MODES.map((m) => score(fs, false, m));
        expect(r).toBeLessThanOrEqual(p!);
        expect(p).toBeLessThanOrEqual(v!);
        expect(r).toBeGreaterThanOrEqual(Math.max(0, ...fs.map((x) => x.risk)));
        expect(v).toBe(fs.reduce((n, x) => n + x.risk, 0));
        // Order does not matter.
        expect(score([...fs].reverse(), false, 'per-rule')).toBe(r);
      }),
    );
  });
});

describe('the README worked example', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const template = /<!-- scoring-example -->\s*```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  const table = /<!-- scoring-example-scores -->\s*\n((?:\|.*\n)+)/.exec(readme)?.[1];
  const rows = (table ?? '').split('\n').filter((l) => l.startsWith('| `'));

  it('is in the README, with a row per mode', () => {
    expect(template).toBeTruthy();
    expect(rows.map((r) => /`([a-z-]+)`/.exec(r)?.[1])).toEqual([...SCORING_MODES]);
  });

  it.each(SCORING_MODES.map((m) => [m]))('%s gives the score and decision the README states', (mode) => {
    const row = rows.find((r) => r.includes(`\`${mode}\``))!;
    const [, sum, stated, decision] = row
      .split('|')
      .map((c) => c.trim())
      .filter((c, i) => i > 0 || c !== '');
    const rules = builtinRules().filter((r) => r.enabled);
    const stack = auditText(template!, { rules, scoring: mode });
    expect(stack.findings.map((x) => `${x.ruleId} ${x.logicalId}`)).toEqual(['AllowHttp WebSgA', 'AllowHttp WebSgA', 'AllowHttp WebSgB', 'AllowHttp WebSgB']);
    expect(stack.score).toBe(Number(stated));
    expect(sum!.split('+').reduce((n, x) => n + Number(x.trim()), 0)).toBe(stack.score);
    expect(stack.decision).toBe(decision);
    expect(stack.scoring).toBe(mode);
    expect(decide(stack.score, DEFAULT_THRESHOLDS)).toBe(decision);
  });
});

describe('choosing the mode', () => {
  const catalogue = builtinRules();
  it('a profile sets scoring; a profile extending it inherits it; the built-ins use per-rule', () => {
    const cfg = parseConfig('profiles:\n  legacy:\n    scoring: per-violation\n  child:\n    extends: legacy\n', '.cfn-audit.yml');
    expect(resolveProfile(cfg, 'legacy', catalogue).scoring).toBe('per-violation');
    expect(resolveProfile(cfg, 'child', catalogue).scoring).toBe('per-violation');
    expect(resolveProfile(cfg, 'default', catalogue).scoring).toBe('per-rule');
    expect(resolveProfile(null, 'strict', catalogue).scoring).toBe('per-rule');
  });

  it('the config refuses an unknown mode, naming the line', () => {
    expect(() => parseConfig('profiles:\n  p:\n    scoring: per-stack\n', '.cfn-audit.yml')).toThrow(
      /\.cfn-audit\.yml:3:\d+: profiles\.p\.scoring: expected "per-rule" or "per-resource" or "per-violation"/,
    );
  });

  const dir = tempDir('cfn-audit-scoring-');
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  writeFileSync(join(dir, 'web.yaml'), /<!-- scoring-example -->\s*```yaml\n([\s\S]*?)```/.exec(readme)![1]!);

  it.each([
    [[], 0],
    [['--scoring', 'per-resource'], 3],
    [['--scoring', 'per-violation'], 1],
  ] as const)('CLI %j exits %i', async (flags, code) => {
    const r = await runCli([...flags, '--no-color', 'web.yaml'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(code);
  });

  it('--scoring wins over the profile, and an unknown mode is a usage error (exit 2)', async () => {
    writeFileSync(join(dir, '.cfn-audit.yml'), 'profiles:\n  default:\n    scoring: per-violation\n');
    expect((await runCli(['web.yaml'], dir)).code).toBe(1);
    expect((await runCli(['--scoring', 'per-rule', 'web.yaml'], dir)).code).toBe(0);
    const bad = await runCli(['--scoring', 'sum', 'web.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--scoring takes per-rule, per-resource, per-violation \(got "sum"\)/);
  });
});
