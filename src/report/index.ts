/**
 * One entry point for every output format. Each formatter is loaded on demand so the CLI's
 * default text output does not pay for the SARIF or Markdown code.
 */
import type { AuditReport } from '../types/types.js';
import type { FormatContext } from './context.js';

export type FormatName = 'text' | 'json' | 'sarif' | 'junit' | 'markdown' | 'github' | 'gitlab' | 'checkstyle';

export const FORMAT_NAMES: readonly FormatName[] = ['text', 'json', 'sarif', 'junit', 'markdown', 'github', 'gitlab', 'checkstyle'];

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

export type { FormatContext } from './context.js';

export async function formatReport(name: FormatName, report: AuditReport, ctx: FormatContext): Promise<string> {
  switch (name) {
    case 'text':
      return (await import('./text.js')).formatText(report, ctx);
    case 'json':
      return (await import('./json.js')).formatJson(report, ctx);
    case 'sarif':
      return (await import('./sarif.js')).formatSarif(report, ctx);
    case 'junit':
      return (await import('./junit.js')).formatJunit(report, ctx);
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown(report, ctx);
    case 'github':
      return (await import('./github.js')).formatGithub(report, ctx);
    case 'gitlab':
      return (await import('./gitlab.js')).formatGitlab(report, ctx);
    case 'checkstyle':
      return (await import('./checkstyle.js')).formatCheckstyle(report, ctx);
    default: {
      const unreachable: never = name;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}
