/** Notices are codes with arguments; `describe` words them, and the JSON report carries the sentence as before. */
import { describe as suite, expect, it } from 'vitest';
import type { AuditReport, Notice, NoticeCode } from '../src/types/types.js';
import { describe } from '../src/report/describe.js';
import { formatJson } from '../src/report/json.js';
import { mergeReports } from '../src/adapters/merge.js';

const sg = (logicalId: string, condition: string) => ({ kind: 'resource' as const, logicalId, type: 'AWS::EC2::SecurityGroup', condition });

/** One notice per code, with the sentence it must read as (the wording the JSON report has always had). */
const TABLE: readonly (readonly [Notice, string])[] = [
  [{ kind: 'skipped-files', file: 'a.json', code: 'file-skipped', args: { why: 'not-utf8' } }, 'skipped: not UTF-8 text, and not a CloudFormation template'],
  [{ kind: 'skipped-files', file: 'a.json', code: 'file-skipped', args: { why: 'dangling-symlink' } }, 'skipped: a symbolic link whose target does not exist'],
  [{ kind: 'skipped-files', file: 'a.json', code: 'file-skipped', args: { why: 'not-regular-file' } }, 'skipped: not a regular file (a device, pipe or socket)'],
  [
    { kind: 'skipped-files', file: 'a.json', code: 'file-skipped', args: { why: 'unlisted-in-assembly' } },
    'skipped: not a CloudFormation template (in a cloud assembly, not listed in its manifest)',
  ],
  [
    { kind: 'skipped-files', file: 'a.json', code: 'file-skipped', args: { why: 'unparsable', detail: 'bad indentation' } },
    'skipped: not a CloudFormation template (bad indentation)',
  ],
  [
    { kind: 'skipped-files', file: 'a.json', code: 'file-skipped', args: { why: 'no-resources' } },
    'skipped: not a CloudFormation template (no Resources section and no AWSTemplateFormatVersion)',
  ],
  [{ kind: 'skipped-files', file: null, code: 'files-skipped', args: { count: 1 } }, '1 file was skipped: not CloudFormation templates'],
  [{ kind: 'skipped-files', file: null, code: 'files-skipped', args: { count: 3 } }, '3 files were skipped: not CloudFormation templates'],
  [{ kind: 'info', file: 'l.yaml', code: 'symlink-outside', args: {} }, 'a symbolic link to outside the folder being audited; not followed'],
  [
    { kind: 'info', file: 'x.json', code: 'assembly-template-unlisted', args: {} },
    'a template in a cloud assembly that its manifest does not list; audited as a plain CloudFormation template',
  ],
  [{ kind: 'info', file: null, code: 'cache-reused', args: { hits: 2, total: 5, dir: '.c' } }, 'cache: 2 of 5 file results reused from .c'],
  [{ kind: 'info', file: 'b.json', code: 'baseline-written', args: { count: 1, file: 'b.json' } }, 'wrote 1 finding to the baseline; use --baseline b.json in CI'],
  [{ kind: 'info', file: 'b.json', code: 'baseline-written', args: { count: 0, file: 'b.json' } }, 'wrote 0 findings to the baseline; use --baseline b.json in CI'],
  [{ kind: 'info', file: 't.yaml', code: 'base-not-audited', args: { error: null } }, 'the base version could not be audited (not a template); every finding counts as new'],
  [{ kind: 'info', file: 't.yaml', code: 'base-not-audited', args: { error: 'bad YAML' } }, 'the base version could not be audited (bad YAML); every finding counts as new'],
  [
    { kind: 'info', file: 'r.json', ruleId: 'AllowHttp', code: 'legacy-rule-replaces-builtin', args: { ruleId: 'AllowHttp' } },
    'the custom regex rule AllowHttp replaces the built-in rule of the same name',
  ],
  [
    { kind: 'info', file: 't.yaml', logicalId: 'Sg', code: 'suppress-not-a-list', args: {} },
    'Metadata cfn-audit needs a `suppress` list of {rule, reason}; nothing was suppressed',
  ],
  [{ kind: 'info', file: 't.yaml', logicalId: 'Sg', code: 'suppression-without-rule', args: {} }, 'a cfn-audit suppression without `rule` was ignored'],
  [
    { kind: 'suppression-without-reason', file: 't.yaml', logicalId: 'Sg', ruleId: 'AllowHttp', code: 'suppression-without-reason', args: { rule: 'AllowHttp', logicalId: 'Sg' } },
    'the suppression of AllowHttp on Sg has no reason, so it does not apply',
  ],
  [
    {
      kind: 'suppression-without-reason',
      file: 't.yaml',
      logicalId: 'Sg',
      ruleId: 'AllowHttp',
      code: 'foreign-suppression-without-reason',
      args: { tool: 'cfn_nag', id: 'W2', logicalId: 'Sg', reasonKey: 'reason', rules: ['AllowHttp', 'SSHOpenToWorld'] },
    },
    'the cfn_nag suppression of W2 on Sg has no reason, so it does not apply to AllowHttp, SSHOpenToWorld',
  ],
  [
    {
      kind: 'exception-expired',
      file: 'c.yml',
      ruleId: 'R',
      code: 'exception-expired',
      args: { index: 0, line: 3, rule: 'R', resource: 'a#B', expires: '2026-01-01', matched: 2 },
    },
    'exception 1 (line 3, rule R, resource a#B) expired on 2026-01-01; it no longer applies (2 findings would have matched)',
  ],
  [
    { kind: 'exception-expired', file: 'c.yml', ruleId: 'R', code: 'exception-expired', args: { index: 1, line: 7, rule: 'R', resource: null, expires: '2026-01-01', matched: 0 } },
    'exception 2 (line 7, rule R) expired on 2026-01-01; it no longer applies',
  ],
  [
    { kind: 'exception-unused', file: 'c.yml', ruleId: 'R', code: 'exception-unused', args: { index: 0, line: 3, rule: 'R', resource: null } },
    'exception 1 (line 3, rule R) matched no finding; remove it if the issue is fixed',
  ],
  [
    {
      kind: 'unauditable',
      file: 't.yaml',
      logicalId: null,
      code: 'unauditable',
      args: { content: { code: 'macro', logicalId: null, path: ['Transform'], detail: 'Mine', form: 'macro-name' } },
    },
    'the macro Mine rewrites the template at deploy time; audit the processed template (aws cloudformation get-template --template-stage Processed)',
  ],
  [
    { kind: 'skipped-by-condition', file: 't.yaml', code: 'skipped-by-condition', args: { skipped: [sg('A', 'IsProd')] } },
    '1 resource or output was not audited because their Condition is false for the parameter values: A (IsProd)',
  ],
  [
    { kind: 'skipped-by-condition', file: 't.yaml', code: 'skipped-by-condition', args: { skipped: ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => sg(id, 'C')) } },
    '6 resources or outputs were not audited because their Condition is false for the parameter values: A (C), B (C), C (C), D (C), E (C), …',
  ],
  [{ kind: 'info', file: null, code: 'reported', args: { message: 'worded elsewhere' } }, 'worded elsewhere'],
];

const report = (notices: readonly Notice[]): AuditReport => ({
  tool: { name: 'cfn-audit', version: '0.0.0' },
  decision: 'pass',
  stacks: [],
  errors: [],
  notices,
  rules: [],
  skipped: 0,
});
const ctx = { cwd: '/', color: false, rules: new Map() };

suite('notice codes', () => {
  it.each(TABLE.map(([n, text]) => [n.code, n, text] as const))('%s is worded by describe()', (_code, notice, text) => {
    expect(describe(notice)).toBe(text);
  });

  it('every code has a row in the table', () => {
    const all: Record<NoticeCode, true> = {
      'file-skipped': true,
      'files-skipped': true,
      'symlink-outside': true,
      'assembly-template-unlisted': true,
      'cache-reused': true,
      'baseline-written': true,
      'base-not-audited': true,
      'legacy-rule-replaces-builtin': true,
      'suppress-not-a-list': true,
      'suppression-without-rule': true,
      'suppression-without-reason': true,
      'foreign-suppression-without-reason': true,
      'exception-expired': true,
      'exception-unused': true,
      unauditable: true,
      'skipped-by-condition': true,
      reported: true,
    };
    expect(new Set(TABLE.map(([n]) => n.code))).toEqual(new Set(Object.keys(all)));
  });

  it('the JSON report has kind, file, logicalId and ruleId when the notice has them, then the sentence; merging JSON reports keeps them word for word', () => {
    const json = formatJson(report(TABLE.map(([n]) => n)), ctx);
    const notices = (JSON.parse(json) as { notices: Record<string, unknown>[] }).notices;
    notices.forEach((n, i) => {
      const [src, text] = TABLE[i]!;
      expect(Object.keys(n)).toEqual(['kind', 'file', ...('logicalId' in src ? ['logicalId'] : []), ...('ruleId' in src ? ['ruleId'] : []), 'message']);
      expect(n['message']).toBe(text);
    });
    const merged = JSON.parse(formatJson(mergeReports([{ file: 'a.json', text: json }]), ctx)) as { notices: unknown };
    expect(JSON.stringify(merged.notices)).toBe(JSON.stringify(notices));
  });
});
