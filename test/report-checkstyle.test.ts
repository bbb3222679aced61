import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { AuditReport } from '../src/types/types.js';
import { formatCheckstyle } from '../src/report/checkstyle.js';
import { finding, manyFindingsReport, networkStack, sampleContext, sampleReport } from './helpers/sample-report.js';

type Node = Record<string, unknown>;

function files(xml: string): Node[] {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser's own validator; its replacement is another package
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_n, _p, _l, attr) => !attr, parseAttributeValue: false }).parse(xml) as Node;
  const root = (doc['checkstyle'] as Node[])[0]!;
  return (root['file'] as Node[] | undefined) ?? [];
}
const errors = (f: Node): Node[] => (f['error'] as Node[] | undefined) ?? [];

describe('formatCheckstyle', () => {
  const out = files(formatCheckstyle(sampleReport, sampleContext));

  it('one <file> per template with findings or errors, repository-relative', () => {
    expect(out.map((f) => f['@name']).sort()).toEqual(['infra/cdk.out/assembly-Prod/ProdApi.template.json', 'infra/templates/broken.yaml', 'infra/templates/network stack.yaml']);
  });

  it('active findings only, with line, column, severity and the rule as source', () => {
    const net = out.find((f) => f['@name'] === 'infra/templates/network stack.yaml')!;
    expect(errors(net).map((e) => [e['@source'], e['@line'], e['@column'], e['@severity']])).toEqual([
      ['cfn-audit.SSHOpenToWorld', '14', '11', 'error'],
      ['cfn-audit.AllowHttp', '18', '11', 'info'],
    ]);
    expect(errors(net)[0]?.['@message']).toContain('WebSg: Port 22 is open to 0.0.0.0/0');
  });

  it('an audit error is an error entry', () => {
    const broken = out.find((f) => f['@name'] === 'infra/templates/broken.yaml')!;
    expect(errors(broken)).toEqual([
      { '@line': '4', '@column': '3', '@severity': 'error', '@message': 'could not audit: mapping values are not allowed here', '@source': 'cfn-audit.AuditError' },
    ]);
  });

  it.each([
    [3, 'info'],
    [4, 'warning'],
    [7, 'error'],
  ] as const)('risk %i is severity %s', (risk, severity) => {
    const [f] = files(
      formatCheckstyle(
        manyFindingsReport(1, () => risk),
        sampleContext,
      ),
    );
    expect(errors(f!)[0]?.['@severity']).toBe(severity);
  });

  it('escapes markup and quotes in messages and file names', () => {
    const r: AuditReport = {
      ...sampleReport,
      errors: [],
      stacks: [
        {
          ...networkStack,
          file: 'templates/a&b "<x>".yaml',
          findings: [finding({ ruleId: 'SSHOpenToWorld', logicalId: 'Sg', line: 2, file: 'templates/a&b "<x>".yaml', data: { port: '<22>', cidr: `"0.0.0.0/0" & 'x'` } })],
        },
      ],
    };
    const [f] = files(formatCheckstyle(r, sampleContext));
    expect(f!['@name']).toBe('infra/templates/a&b "<x>".yaml');
    expect(errors(f!)[0]?.['@message']).toContain(`Port <22> is open to "0.0.0.0/0" & 'x'`);
  });

  it('no findings: a valid empty document', () => {
    expect(files(formatCheckstyle({ ...sampleReport, stacks: [], errors: [] }, sampleContext))).toEqual([]);
  });
});
