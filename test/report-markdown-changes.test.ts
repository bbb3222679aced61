import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/types/types.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { networkStack, sampleContext, sampleReport } from './helpers/sample-report.js';

describe('markdown: change-aware runs', () => {
  it('lists the security-relevant changes of each stack, escaped for a table', () => {
    const report: AuditReport = {
      ...sampleReport,
      stacks: [
        {
          ...networkStack,
          changes: [
            { kind: 'security-group-rule-added', logicalId: 'WebSg', resourceType: 'AWS::EC2::SecurityGroup', detail: 'ingress TCP 22 from Everyone (IPv4)' },
            { kind: 'iam-statement-added', logicalId: 'AppRole', resourceType: 'AWS::IAM::Role', detail: 'Allow s3:* on arn:aws:s3:::a|b' },
          ],
        },
      ],
    };
    const md = formatMarkdown(report, sampleContext);
    expect(md).toContain('### Security-relevant changes since the base (2)');
    expect(md).toMatch(/\| .* \| WebSg \(AWS::EC2::SecurityGroup\) security-group rule added: ingress TCP 22 from Everyone \(IPv4\) \|/);
    expect(md).toContain('arn:aws:s3:::a\\|b');
  });

  it('says so when a change-aware run found no security-relevant change, and stays silent otherwise', () => {
    const none = formatMarkdown({ ...sampleReport, stacks: [{ ...networkStack, changes: [] }] }, sampleContext);
    expect(none).toContain('### Security-relevant changes since the base (0)');
    expect(none).toContain('None: no IAM statement');
    expect(formatMarkdown(sampleReport, sampleContext)).not.toContain('Security-relevant changes');
  });
});
