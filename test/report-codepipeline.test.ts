/** The CodePipeline summary formatter: within any limit, headline first, the findings that decided the gate first. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../src/types/types.js';
import { activeFindingCount, pipelineSummary, runScore } from '../src/report/codepipeline.js';
import { sampleReport } from './helpers/sample-report.js';

const rules = new Map<string, RuleMeta>(sampleReport.rules.map((r) => [r.id, r]));

describe('pipelineSummary', () => {
  it('never exceeds the limit it is given, and always starts with the headline (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 6000 }), (max) => {
        const text = pipelineSummary(sampleReport, rules, max);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(text.startsWith('cfn-audit: FAIL')).toBe(true);
      }),
    );
  });

  it('lists errors, then active findings by falling risk; says how many were left out when cut', () => {
    const full = pipelineSummary(sampleReport, rules, 100_000).split('\n');
    expect(full[0]).toBe(
      `cfn-audit: FAIL — score ${runScore(sampleReport)} (approval ≥ 5, fail ≥ 10); 2 stacks, ${activeFindingCount(sampleReport)} active findings, 1 file could not be audited`,
    );
    expect(full[1]).toMatch(/^- could not audit templates\/broken\.yaml:4:3: /);
    const risks = full.slice(2).map((l) => Number(/\(risk (\d+)/.exec(l)?.[1]));
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    expect(risks).toHaveLength(activeFindingCount(sampleReport));
    const cut = pipelineSummary(sampleReport, rules, full[0]!.length + full[1]!.length + 60);
    expect(cut).toMatch(/… and \d+ more \(the function's log has the full report\)$/);
  });
});
