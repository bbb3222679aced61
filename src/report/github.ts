/**
 * GitHub Actions workflow commands (`::error file=…::message`) that become annotations on the PR.
 * GitHub keeps only 10 annotations of each level per step and drops the rest silently, so the
 * most severe are chosen here and the remainder is counted in one closing line.
 */
import type { AuditReport, Finding } from '../types/types.js';
import { compareFindings, fixText, isActive, levelForRisk, renderMessage, repoRelative, resourceText, ruleFor, type FormatContext } from './context.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Per level and step, from actions/toolkit#734. */
export const MAX_PER_LEVEL = 10;

/** Escaping of the message part, as in @actions/core `escapeData`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of `key=value` properties, as in @actions/core `escapeProperty`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Annotation {
  readonly level: AnnotationLevel;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly title?: string;
  readonly message: string;
}

export function command(a: Annotation): string {
  const props: string[] = [];
  if (a.file !== undefined) props.push(`file=${escapeProperty(a.file)}`);
  if (a.line !== undefined) props.push(`line=${a.line}`);
  if (a.col !== undefined) props.push(`col=${a.col}`);
  if (a.title !== undefined) props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(a.message)}`;
}

function annotationLevel(risk: number): AnnotationLevel {
  const level = levelForRisk(risk);
  return level === 'note' ? 'notice' : level;
}

function findingAnnotation(report: AuditReport, f: Finding, ctx: FormatContext): Annotation {
  const rule = ruleFor(report, ctx, f.ruleId);
  const fix = fixText(rule, f);
  const lines = [renderMessage(rule, f), `Resource: ${resourceText(f)} [${f.resourceType}]`, ...(fix ? [`Fix: ${fix}`] : [])];
  return {
    level: annotationLevel(f.risk),
    file: repoRelative(f.file, ctx).path,
    line: f.line,
    col: f.column,
    title: `cfn-audit ${f.ruleId} (risk ${f.risk})${f.outcome === 'unknown' ? ' unresolved' : ''}`,
    message: lines.join('\n'),
  };
}

export function formatGithub(report: AuditReport, ctx: FormatContext): string {
  // Audit errors first: a template that was not read at all matters more than any finding.
  const errors: Annotation[] = report.errors.map((e) => ({
    level: 'error',
    file: repoRelative(e.file, ctx).path,
    ...(e.line !== null ? { line: e.line } : {}),
    ...(e.line !== null && e.column !== null ? { col: e.column } : {}),
    title: 'cfn-audit could not audit this file',
    message: e.message,
  }));
  const findings = report.stacks
    .flatMap((s) => s.findings)
    .filter(isActive)
    .sort((a, b) => b.risk - a.risk || compareFindings(a, b))
    .map((f) => findingAnnotation(report, f, ctx));
  const candidates = [...errors, ...findings];

  const total = candidates.length;
  const byLevel = (level: AnnotationLevel): Annotation[] => candidates.filter((a) => a.level === level);
  const shownErrors = byLevel('error').slice(0, MAX_PER_LEVEL);
  const shownWarnings = byLevel('warning').slice(0, MAX_PER_LEVEL);
  const notices = byLevel('notice');
  const wouldHide = total - shownErrors.length - shownWarnings.length - Math.min(notices.length, MAX_PER_LEVEL);
  // The closing summary is itself a notice, so it takes one of the ten notice slots.
  const shownNotices = notices.slice(0, wouldHide > 0 ? MAX_PER_LEVEL - 1 : MAX_PER_LEVEL);
  const shown = [...shownErrors, ...shownWarnings, ...shownNotices];
  const hidden = total - shown.length;

  const lines = shown.map(command);
  if (hidden > 0) {
    lines.push(
      command({
        level: 'notice',
        title: 'cfn-audit',
        message: `${hidden} more result${hidden === 1 ? '' : 's'} not shown as annotations (GitHub shows at most ${MAX_PER_LEVEL} per level); see the job summary or the SARIF report.`,
      }),
    );
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
