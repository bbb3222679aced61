import { describe, it, expect } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { AuditReport } from '../src/types/types.js';
import { formatJunit, xmlAttr, xmlText } from '../src/report/junit.js';
import { finding, networkStack, sampleContext, sampleReport } from './helpers/sample-report.js';

type Node = Record<string, unknown>;

function parse(xml: string): Node {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser's own validator; its replacement is another package
  const valid = XMLValidator.validate(xml);
  expect(valid).toBe(true);
  // Arrays everywhere so a single child and several children look the same to the assertions.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    parseTagValue: false,
    parseAttributeValue: false,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the option this parser version reads
    htmlEntities: true,
  });
  return parser.parse(xml) as Node;
}

function nodes(node: Node | undefined, key: string): Node[] {
  return (node?.[key] as Node[] | undefined) ?? [];
}

function suites(xml: string): Node[] {
  return nodes(nodes(parse(xml), 'testsuites')[0], 'testsuite');
}

describe('formatJunit', () => {
  const xml = formatJunit(sampleReport, sampleContext);
  const root = nodes(parse(xml), 'testsuites')[0];
  const all = suites(xml);

  it('totals tests, failures, errors and skipped across suites', () => {
    expect(root?.['@name']).toBe('cfn-audit');
    // 3 + 1 decision, 4 + 1 decision, 1 error
    expect(root?.['@tests']).toBe('10');
    // 2 active + failing decision, 2 active
    expect(root?.['@failures']).toBe('5');
    expect(root?.['@errors']).toBe('1');
    expect(root?.['@skipped']).toBe('3');
  });

  it('makes one suite per stack named by stack or file', () => {
    expect(all.map((s) => [s['@name'], s['@tests'], s['@failures'], s['@skipped']])).toEqual([
      ['infra/templates/network stack.yaml', '4', '3', '1'],
      ['ProdApi', '5', '2', '2'],
      ['cfn-audit errors', '1', '0', '0'],
    ]);
  });

  it('fails active findings with message, location and fix', () => {
    const cases = nodes(all[0], 'testcase');
    const ssh = cases.find((c) => c['@name'] === 'SSHOpenToWorld WebSg');
    expect(ssh?.['@classname']).toBe('infra/templates/network stack.yaml');
    const failure = nodes(ssh, 'failure')[0];
    expect(failure?.['@type']).toBe('SSHOpenToWorld');
    expect(failure?.['@message']).toBe('Port 22 is open to 0.0.0.0/0 (when condition IsProd is true)');
    expect(failure?.['#text']).toBe(
      [
        'Port 22 is open to 0.0.0.0/0 (when condition IsProd is true)',
        'Location: infra/templates/network stack.yaml:14:11',
        'Resource: WebSg [AWS::EC2::SecurityGroup]',
        'Risk: 7',
        'Fix: Restrict CidrIp to a known range or use SSM Session Manager.',
      ].join('\n'),
    );
  });

  it('skips suppressed, excepted and baselined findings with their reason', () => {
    const skipped = all.flatMap((s) => nodes(s, 'testcase')).flatMap((c) => nodes(c, 'skipped').map((k) => [c['@name'], k['@message']]));
    expect(skipped).toEqual([
      ['AllowHttp LegacySg', 'suppressed: Legacy ALB, redirects to HTTPS; ticket SEC-42'],
      ['S3BucketPublicReadAcl WebsiteBucket', 'excepted: Public website bucket, approved by security (SEC-7), expires 2027-01-01'],
      ['SSHOpenToWorld BastionSg', 'baselined: In baseline .cfn-audit-baseline.json'],
    ]);
  });

  it('adds a decision case per stack that fails only on a fail decision', () => {
    const decisions = all.slice(0, 2).map((s) => nodes(s, 'testcase').find((c) => c['@name'] === 'decision'));
    expect(nodes(decisions[0], 'failure')[0]?.['@message']).toBe('Score 10 (manual approval at 5, fail at 10): fail');
    expect(nodes(decisions[1], 'failure')).toEqual([]);
    // An element with text only parses to a plain string.
    expect(nodes(decisions[1], 'system-out')).toEqual(['Score 5 (manual approval at 5, fail at 10): manual-approval; manual approval required']);
  });

  it('turns audit errors into error cases', () => {
    const err = nodes(nodes(all[2], 'testcase')[0], 'error')[0];
    expect(err?.['@type']).toBe('AuditError');
    expect(err?.['@message']).toBe('mapping values are not allowed here');
    expect(err?.['#text']).toBe('infra/templates/broken.yaml:4:3\nmapping values are not allowed here');
  });

  it('has no error suite when there are no errors', () => {
    expect(suites(formatJunit({ ...sampleReport, errors: [] }, sampleContext)).map((s) => s['@name'])).toEqual(['infra/templates/network stack.yaml', 'ProdApi']);
  });

  it('keeps testcase names unique within a suite', () => {
    const twice = [
      finding({ ruleId: 'SSHOpenToWorld', logicalId: 'Sg', line: 5, column: 3, data: { port: 22, cidr: '0.0.0.0/0' } }),
      finding({ ruleId: 'SSHOpenToWorld', logicalId: 'Sg', line: 9, column: 3, data: { port: 22, cidr: '::/0' } }),
    ];
    const report: AuditReport = { ...sampleReport, errors: [], stacks: [{ ...networkStack, findings: twice }] };
    expect(nodes(suites(formatJunit(report, sampleContext))[0], 'testcase').map((c) => c['@name'])).toEqual(['SSHOpenToWorld Sg', 'SSHOpenToWorld Sg (9:3)', 'decision']);
  });

  it('escapes markup and strips characters XML cannot carry', () => {
    const nasty = 'a<b>&"c\'\u0001\u0008\u000B\u001F\uFFFE\uD800 end\ttab\nline';
    const report: AuditReport = {
      ...sampleReport,
      stacks: [],
      errors: [{ file: 'dir/we"ird<&>.yaml', line: 1, column: 2, message: nasty }],
    };
    const out = formatJunit(report, sampleContext);
    const err = nodes(nodes(suites(out)[0], 'testcase')[0], 'error')[0];
    // The parser decodes entities back; control characters are gone, line breaks survive in attributes.
    expect(err?.['@message']).toBe('a<b>&"c\' end\ttab\nline');
    expect(out).toContain('message="a&lt;b&gt;&amp;&quot;c&apos; end&#9;tab&#10;line"');
    expect(out).toContain('classname="infra/dir/we&quot;ird&lt;&amp;&gt;.yaml"');
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('escapes text and attributes', () => {
    expect(xmlText('<a & b>\u0000\uDC00')).toBe('&lt;a &amp; b&gt;');
    expect(xmlText('😀')).toBe('😀');
    expect(xmlAttr('"x"\r\n\'y\'')).toBe('&quot;x&quot;&#13;&#10;&apos;y&apos;');
  });
});
