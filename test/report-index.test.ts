import { describe, it, expect } from 'vitest';
import { FORMAT_NAMES, formatReport, isFormatName } from '../src/report/index.js';
import { formatGithub } from '../src/report/github.js';
import { formatJson } from '../src/report/json.js';
import { formatJunit } from '../src/report/junit.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatText } from '../src/report/text.js';
import { formatGitlab } from '../src/report/gitlab.js';
import { formatCheckstyle } from '../src/report/checkstyle.js';
import { sampleContext, sampleReport } from './helpers/sample-report.js';

describe('formatReport', () => {
  it.each([
    ['text', formatText],
    ['json', formatJson],
    ['sarif', formatSarif],
    ['junit', formatJunit],
    ['markdown', formatMarkdown],
    ['github', formatGithub],
    ['gitlab', formatGitlab],
    ['checkstyle', formatCheckstyle],
  ] as const)('dispatches %s to its formatter', async (name, direct) => {
    expect(await formatReport(name, sampleReport, sampleContext)).toBe(direct(sampleReport, sampleContext));
  });

  it('rejects a name outside the union at run time', async () => {
    await expect(formatReport('xml' as never, sampleReport, sampleContext)).rejects.toThrow('unknown format xml');
  });

  it('recognises format names', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'sarif', 'junit', 'markdown', 'github', 'gitlab', 'checkstyle']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('SARIF')).toBe(false);
  });
});
