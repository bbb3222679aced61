/** Baselines: round trip, determinism, and survival of reformatting, key reordering and moved lines. */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { StackReport } from '../src/types/types.js';
import { applyBaseline, BaselineError, formatBaseline, makeBaseline, parseBaseline } from '../src/policy/baseline.js';
import { auditText } from './helpers/audit.js';

const BODY = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    WebSg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'web',
        SecurityGroupIngress: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', Description: 'ssh' },
          { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0', Description: 'http' },
        ],
      },
    },
    DbSg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'db', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIpv6: '::/0', Description: 'rdp' }] },
    },
  },
};

const NOW = new Date('2026-03-01T10:00:00Z');
const fps = (s: StackReport): string[] => s.findings.map((f) => f.fingerprint).sort();

/** Rebuild `v` with object keys in the order `pick` gives (arrays keep their order: it carries meaning). */
function reorder(v: unknown, pick: (keys: string[]) => string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => reorder(x, pick));
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(pick(Object.keys(o)).map((k) => [k, reorder(o[k], pick)]));
  }
  return v;
}

describe('baseline', () => {
  const stack = auditText(toYaml(BODY), { file: 'web.yaml' });

  it('records the active findings, sorted and deterministic, with rule, file and logical id for review', () => {
    expect(stack.counts.active).toBeGreaterThanOrEqual(3);
    const b = makeBaseline([stack], NOW);
    expect(b.version).toBe(1);
    expect(b.generated).toBe('2026-03-01T10:00:00.000Z');
    expect(b.findings.map((e) => `${e.logicalId}/${e.ruleId}`)).toEqual([...b.findings.map((e) => `${e.logicalId}/${e.ruleId}`)].sort());
    expect(b.findings.map((e) => e.fingerprint).sort()).toEqual(fps(stack));
    expect(b.findings[0]).toEqual({ fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), ruleId: expect.any(String), file: 'web.yaml', stack: null, logicalId: 'DbSg' });
    // Same findings in another order → the same file, byte for byte.
    const reversed = { ...stack, findings: [...stack.findings].reverse() };
    expect(formatBaseline(makeBaseline([reversed], NOW))).toBe(formatBaseline(b));
  });

  it('leaves suppressed and excepted findings out', () => {
    const muted = { ...stack, findings: stack.findings.map((f, i) => (i === 0 ? { ...f, status: 'excepted' as const, reason: 'x' } : f)) };
    expect(makeBaseline([muted], NOW).findings).toHaveLength(stack.findings.length - 1);
  });

  it('round trip: write, read, apply → every finding baselined, nothing counted', () => {
    const known = parseBaseline(formatBaseline(makeBaseline([stack], NOW)), 'b.json');
    const { findings, matched } = applyBaseline(stack.findings, known, 'baseline b.json');
    expect(matched).toBe(stack.findings.length);
    expect(findings.every((f) => f.status === 'baselined' && f.reason === 'baseline b.json')).toBe(true);
  });

  it('a new finding is not covered by the baseline', () => {
    const known = parseBaseline(formatBaseline(makeBaseline([stack], NOW)), 'b.json');
    const more = structuredClone(BODY) as typeof BODY & { Resources: Record<string, unknown> };
    more.Resources['AdminSg'] = {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'a', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0', Description: 'x' }] },
    };
    const after = applyBaseline(auditText(toYaml(more), { file: 'web.yaml' }).findings, known, 'b').findings;
    expect(after.filter((f) => f.status === 'active').map((f) => `${f.logicalId}/${f.ruleId}`)).toEqual(['AdminSg/SSHOpenToWorld']);
  });

  it.each([
    ['YAML → JSON of the same body', JSON.stringify(BODY, null, 2)],
    ['minified JSON', JSON.stringify(BODY)],
    ['reindented YAML', toYaml(BODY, { indent: 4 })],
    // A root flow mapping would be read as JSON (first character '{'), so a comment leads.
    ['YAML flow style', `# flow style\n${toYaml(BODY, { collectionStyle: 'flow' })}`],
    ['moved lines: comments and blank lines on top, resources in reverse order', `# moved\n\n\n${toYaml(reorder(BODY, (k) => (k.includes('WebSg') ? [...k].reverse() : k)))}`],
  ])('survives %s', (_name, text) => {
    expect(fps(auditText(text, { file: 'web.yaml' }))).toEqual(fps(stack));
  });

  it('survives any key order (property)', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.boolean()), (coins) => {
        const shuffled = reorder(BODY, (keys) => [...keys].sort(() => (coins.next().value ? 1 : -1)));
        const text = coins.next().value ? JSON.stringify(shuffled) : toYaml(shuffled);
        expect(fps(auditText(text, { file: 'web.yaml' }))).toEqual(fps(stack));
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['not JSON', '{', /b\.json: not JSON/],
    ['not a baseline', '[]', /not a cfn-audit baseline/],
    ['another version', '{"version": 9, "findings": []}', /baseline version 9 is not supported/],
    ['entry without fingerprint', '{"version": 1, "findings": [{"ruleId": "X"}]}', /findings\[0\] has no fingerprint/],
  ])('refuses a bad baseline file: %s', (_n, text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline(text, 'b.json')).toThrow(message);
  });
});
