/**
 * JUnit XML in the Jenkins/Surefire subset that CI test reporters read (GitLab, Jenkins, Azure
 * DevOps, dorny/test-reporter): one testsuite per stack, one testcase per finding, plus a
 * `decision` testcase per stack so a failing gate shows up even when every finding is excepted.
 */
import type { AuditReport, Finding, StackReport } from '../types/types.js';
import { fixText, isActive, locationText, renderMessage, resourceText, ruleFor, sortFindings, type FormatContext } from './context.js';

/**
 * XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even as character
 * references, so they are removed rather than escaped.
 */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this matches
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: line breaks and tabs as references, since attribute normalisation would turn them into spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attrs(pairs: Readonly<Record<string, string | number>>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

interface Case {
  readonly classname: string;
  readonly name: string;
  /** Inner XML (already escaped), '' for a passing case. */
  readonly body: string;
  readonly failed: boolean;
  readonly skipped: boolean;
  readonly errored: boolean;
}

function findingCase(report: AuditReport, finding: Finding, name: string, ctx: FormatContext): Case {
  const rule = ruleFor(report, ctx, finding.ruleId);
  const message = renderMessage(rule, finding);
  const classname = locationText(finding.file, null, null, ctx);
  if (!isActive(finding)) {
    const reason = finding.reason?.trim() || 'no reason recorded';
    return { classname, name, body: `<skipped${attrs({ message: `${finding.status}: ${reason}` })}/>`, failed: false, skipped: true, errored: false };
  }
  const fix = fixText(rule, finding);
  const lines = [
    message,
    `Location: ${locationText(finding.file, finding.line, finding.column, ctx)}`,
    `Resource: ${resourceText(finding)} [${finding.resourceType}]`,
    `Risk: ${finding.risk}${finding.outcome === 'unknown' ? ' (outcome unknown)' : ''}`,
    ...(fix ? [`Fix: ${fix}`] : []),
  ];
  const body = `<failure${attrs({ message, type: finding.ruleId })}>${xmlText(lines.join('\n'))}</failure>`;
  return { classname, name, body, failed: true, skipped: false, errored: false };
}

function decisionCase(stack: StackReport, classname: string): Case {
  const { approval, fail } = stack.thresholds;
  const summary = `Score ${stack.score} (manual approval at ${approval}, fail at ${fail}): ${stack.decision}`;
  switch (stack.decision) {
    case 'fail':
      return {
        classname,
        name: 'decision',
        body: `<failure${attrs({ message: summary, type: 'decision' })}>${xmlText(summary)}</failure>`,
        failed: true,
        skipped: false,
        errored: false,
      };
    case 'manual-approval':
      // Not a test failure: the pipeline asks a human. Keep the reason visible in the report.
      return { classname, name: 'decision', body: `<system-out>${xmlText(`${summary}; manual approval required`)}</system-out>`, failed: false, skipped: false, errored: false };
    case 'pass':
      return { classname, name: 'decision', body: `<system-out>${xmlText(summary)}</system-out>`, failed: false, skipped: false, errored: false };
    default: {
      const unreachable: never = stack.decision;
      throw new Error(`unknown decision ${String(unreachable)}`);
    }
  }
}

/** Reporters merge testcases with equal names; a rule can fire several times on one resource. */
function uniqueNamer(): (base: string, finding: Finding) => string {
  const seen = new Set<string>();
  return (base, finding) => {
    let name = seen.has(base) ? `${base} (${finding.line}:${finding.column})` : base;
    for (let n = 2; seen.has(name); n++) name = `${base} #${n}`;
    seen.add(name);
    return name;
  };
}

function suite(name: string, cases: readonly Case[]): string {
  const head = attrs({
    name,
    tests: cases.length,
    failures: cases.filter((c) => c.failed).length,
    errors: cases.filter((c) => c.errored).length,
    skipped: cases.filter((c) => c.skipped).length,
    time: 0,
  });
  const body = cases.map((c) => {
    const open = `    <testcase${attrs({ classname: c.classname, name: c.name, time: 0 })}`;
    return c.body ? `${open}>\n      ${c.body}\n    </testcase>` : `${open}/>`;
  });
  return [`  <testsuite${head}>`, ...body, '  </testsuite>'].join('\n');
}

export function formatJunit(report: AuditReport, ctx: FormatContext): string {
  const suites: { readonly name: string; readonly cases: readonly Case[] }[] = report.stacks.map((stack) => {
    const classname = locationText(stack.file, null, null, ctx);
    const nameOf = uniqueNamer();
    const cases = sortFindings(stack.findings).map((f) => findingCase(report, f, nameOf(`${f.ruleId} ${f.logicalId}`, f), ctx));
    return { name: stack.name ?? classname, cases: [...cases, decisionCase(stack, classname)] };
  });
  if (report.errors.length > 0) {
    const cases = report.errors.map((e): Case => {
      const where = locationText(e.file, e.line, e.column, ctx);
      return {
        classname: locationText(e.file, null, null, ctx),
        name: `audit ${where}`,
        body: `<error${attrs({ message: e.message, type: 'AuditError' })}>${xmlText(`${where}\n${e.message}`)}</error>`,
        failed: false,
        skipped: false,
        errored: true,
      };
    });
    suites.push({ name: 'cfn-audit errors', cases });
  }
  const all = suites.flatMap((s) => s.cases);
  const root = attrs({
    name: 'cfn-audit',
    tests: all.length,
    failures: all.filter((c) => c.failed).length,
    errors: all.filter((c) => c.errored).length,
    skipped: all.filter((c) => c.skipped).length,
    time: 0,
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${root}>`, ...suites.map((s) => suite(s.name, s.cases)), '</testsuites>', ''].join('\n');
}
