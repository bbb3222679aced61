/** Test helpers: audit template text in memory with the built-in catalogue. */
import { Auditor } from '../../src/engine/audit.js';
import type { Finding, ScoringMode, SourceFile, StackReport } from '../../src/types/types.js';
import { builtinRules } from '../../src/rules/catalogue.js';
import type { RuleSpec } from '../../src/rules/schema.js';

export interface AuditTextOptions {
  readonly rules?: readonly RuleSpec[] | undefined;
  readonly allRules?: boolean | undefined;
  readonly parameters?: Readonly<Record<string, string>> | undefined;
  readonly countUnknown?: boolean | undefined;
  readonly allBranches?: boolean | undefined;
  readonly unauditable?: 'pass' | 'approval' | 'fail' | undefined;
  readonly scoring?: ScoringMode | undefined;
  readonly file?: string | undefined;
}

/** The auditor the options describe: the enabled built-in rules (all with `allRules`) unless rules are given. */
function auditorFor(opts: AuditTextOptions): Auditor {
  return new Auditor({
    rules: opts.rules ?? builtinRules().filter((r) => r.enabled || opts.allRules),
    parameters: opts.parameters,
    countUnknown: opts.countUnknown,
    allBranches: opts.allBranches,
    unauditable: opts.unauditable,
    scoring: opts.scoring,
  });
}

export function auditText(text: string, opts: AuditTextOptions = {}): StackReport {
  const auditor = auditorFor(opts);
  const source: SourceFile = { file: opts.file ?? 'template.yaml', text, explicit: true };
  const r = auditor.auditSource(source);
  if ('error' in r) throw new Error(`${r.error.file}:${r.error.line}:${r.error.column} ${r.error.message}`);
  if ('skip' in r) throw new Error('skipped');
  return r.stack;
}

export function findingsOf(stack: StackReport, ruleId: string): Finding[] {
  return stack.findings.filter((f) => f.ruleId === ruleId);
}

/** Audit several templates as one run (cross-stack exports, nested stacks); stacks by file name. */
export function auditFiles(files: Readonly<Record<string, string>>, opts: AuditTextOptions = {}): Map<string, StackReport> {
  const auditor = auditorFor(opts);
  const out = new Map<string, StackReport>();
  for (const r of auditor.auditAll(Object.entries(files).map(([file, text]) => ({ file, text, explicit: true })))) {
    if ('error' in r) throw new Error(`${r.error.file}:${r.error.line}:${r.error.column} ${r.error.message}`);
    if ('stack' in r) out.set(r.stack.file, r.stack);
  }
  return out;
}
