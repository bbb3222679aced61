import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../src/adapters/run.js';
import { describe as describeNotice } from '../src/report/describe.js';

const dir = join(import.meta.dirname, '../fixtures/user-rules/legacy-builtin-names');

describe('original audit-Lambda rule lists that reuse built-in names', () => {
  it('an active entry replaces the built-in rule of that name, with a notice; an inactive one changes nothing', async () => {
    const { report, catalogue } = await runAudit({ inputs: [join(dir, 'instance.yaml')], cwd: dir, rulePaths: [join(dir, 'rules.json')], discoverConfig: false });
    const ami = catalogue.filter((r) => r.id === 'ForbiddenAMIs');
    expect(ami.map((r) => r.source)).toEqual(['rules.json']);
    expect(catalogue.filter((r) => r.id === 'SSHOpenToWorld').map((r) => r.source)).toEqual(['builtin']);
    const findings = report.stacks[0]!.findings;
    expect(findings.map((f) => [f.ruleId, f.logicalId, f.risk])).toEqual([['ForbiddenAMIs', 'Box', 10]]);
    expect(report.decision).toBe('fail');
    expect(report.notices.map((n) => describeNotice(n))).toContain('the custom regex rule ForbiddenAMIs replaces the built-in rule of the same name');
  });
});
