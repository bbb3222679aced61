/**
 * The pure core: source files in, an AuditReport out. parse → graph → evaluate → suppressions →
 * verdict. No I/O here; the adapters read files and print.
 */
import type { AuditError, AuditReport, Finding, Notice, RuleMeta, ScoringMode, SourceFile, StackReport, Thresholds } from './types.js';
import { parseTemplate } from '../load/parse.js';
import { buildGraph, TemplateShapeError, type ResourceGraph } from '../model/graph.js';
import { compileRules, evaluate, RuleIndex, type CheckFn, type RawFinding } from '../rules/engine.js';
import type { RuleSpec } from '../rules/schema.js';
import { builtinChecks } from '../rules/checks/index.js';
import { fingerprint } from './fingerprint.js';
import { applySuppressions, readSuppressions } from '../policy/suppress.js';
import { DEFAULT_SCORING, DEFAULT_THRESHOLDS, decide, score, statusCounts, worst } from '../policy/verdict.js';
import { VERSION } from './version.js';

export interface AuditOptions {
  /** The rules to run (already filtered to the enabled ones and with risks overridden by policy). */
  readonly rules: readonly RuleSpec[];
  /** Parameter values, as from `--parameters`. */
  readonly parameters?: Readonly<Record<string, string>>;
  readonly thresholds?: Thresholds;
  readonly countUnknown?: boolean;
  /** How findings add up to a stack's score (default `per-rule`). */
  readonly scoring?: ScoringMode;
  readonly checks?: Readonly<Record<string, CheckFn>>;
  /** Policy applied to each stack's findings after in-template suppressions (config exceptions). */
  readonly refine?: (findings: Finding[], graph: ResourceGraph, notices: Notice[]) => Finding[];
}

/** Rules compiled once per run. */
export class Auditor {
  private readonly index: RuleIndex;
  readonly thresholds: Thresholds;
  readonly countUnknown: boolean;
  readonly scoring: ScoringMode;

  constructor(readonly options: AuditOptions) {
    this.index = new RuleIndex(compileRules(options.rules, options.checks ?? builtinChecks));
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.countUnknown = options.countUnknown ?? false;
    this.scoring = options.scoring ?? DEFAULT_SCORING;
  }

  /** Audit one source. `skip` when a discovered (not explicitly named) file is not a template. */
  auditSource(source: SourceFile): { stack: StackReport; notices: Notice[] } | { error: AuditError } | { skip: true } {
    const parsed = parseTemplate(source);
    if (!parsed.ok) {
      if (!source.explicit && !looksLikeTemplate(source.text)) return { skip: true };
      return { error: parsed.error };
    }
    const template = parsed.template;
    const body = template.body;
    if (!('Resources' in body) && !('AWSTemplateFormatVersion' in body)) {
      if (!source.explicit) return { skip: true };
      return { error: { file: source.file, line: 1, column: 1, message: 'not a CloudFormation template: no Resources section and no AWSTemplateFormatVersion' } };
    }
    let graph;
    try {
      graph = buildGraph(template, this.options.parameters ?? {});
    } catch (e) {
      if (e instanceof TemplateShapeError) {
        const pos = template.locate(e.path);
        return { error: { file: source.file, line: pos.line, column: pos.column, message: e.message } };
      }
      throw e;
    }
    const raw = dropRedundantUnknowns(evaluate(graph, this.index));
    const scope = template.stackName ?? template.file;
    const seen = new Set<string>();
    let findings: Finding[] = [];
    for (const r of raw) {
      const fp = fingerprint(r.ruleId, scope, r.logicalId, r.path, r.data);
      if (seen.has(fp)) continue;
      seen.add(fp);
      const pos = template.locate(r.path);
      const res = graph.resources.get(r.logicalId);
      findings.push({
        ...r,
        status: 'active',
        reason: null,
        file: template.file,
        stackName: template.stackName,
        line: pos.line,
        column: pos.column,
        cdkPath: res?.cdkPath ?? null,
        fingerprint: fp,
        snippet: template.lineText(pos.line).slice(0, 300),
      });
    }
    const notices: Notice[] = [];
    findings = applySuppressions(findings, readSuppressions(graph, notices, this.options.rules));
    if (this.options.refine) findings = this.options.refine(findings, graph, notices);
    findings.sort(compareFindings);
    return { stack: this.stackReport(template.file, template.stackName, template.origin, template.parents, findings), notices };
  }

  stackReport(file: string, name: string | null, origin: StackReport['origin'], parents: readonly string[], findings: readonly Finding[]): StackReport {
    const total = score(findings, this.countUnknown, this.scoring);
    return {
      file,
      name,
      origin,
      parents,
      score: total,
      decision: decide(total, this.thresholds),
      thresholds: this.thresholds,
      scoring: this.scoring,
      counts: statusCounts(findings),
      findings,
    };
  }
}

/**
 * One unresolved value makes every rule that reads it undecided. Keep one unknown finding per value
 * (same resource, path, reason and branch): the highest-risk rule's. Fail findings are never dropped.
 */
function dropRedundantUnknowns(raw: readonly RawFinding[]): RawFinding[] {
  const best = new Map<string, RawFinding>();
  const key = (r: RawFinding) => `${r.logicalId}\u0000${r.path.join('/')}\u0000${String(r.data['unknownReason'] ?? '')}\u0000${JSON.stringify(r.conditions)}`;
  for (const r of raw) {
    if (r.outcome !== 'unknown') continue;
    const k = key(r);
    const prev = best.get(k);
    if (!prev || r.risk > prev.risk) best.set(k, r);
  }
  return raw.filter((r) => r.outcome !== 'unknown' || best.get(key(r)) === r);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0);
}

/** For a file that failed to parse during directory discovery: was it meant to be a template? */
export function looksLikeTemplate(text: string): boolean {
  return /^\uFEFF?\s*(Resources|AWSTemplateFormatVersion)\s*:/m.test(text) || /"(Resources|AWSTemplateFormatVersion)"\s*:/.test(text.slice(0, 20000));
}

export interface RunResult {
  readonly stacks: StackReport[];
  readonly errors: AuditError[];
  readonly notices: Notice[];
  readonly skipped: number;
}

/** Audit many sources; errors are collected, never thrown, so every other file is still reported. */
export function auditSources(sources: Iterable<SourceFile>, auditor: Auditor): RunResult {
  const out: RunResult = { stacks: [], errors: [], notices: [], skipped: 0 };
  for (const s of sources) addResult(out, auditor.auditSource(s));
  return out;
}

export function addResult(out: RunResult, r: ReturnType<Auditor['auditSource']>): void {
  if ('skip' in r) (out as { skipped: number }).skipped++;
  else if ('error' in r) out.errors.push(r.error);
  else {
    out.stacks.push(r.stack);
    out.notices.push(...r.notices);
  }
}

/**
 * The final report. A template that could not be audited never passes: any error makes the run's
 * decision `fail` (the CLI still exits 2, "could not audit", to tell the two apart).
 */
export function buildReport(run: RunResult, rules: readonly RuleMeta[]): AuditReport {
  const used = new Set<string>();
  for (const s of run.stacks) for (const f of s.findings) used.add(f.ruleId);
  return {
    tool: { name: 'cfn-audit', version: VERSION },
    decision: run.errors.length > 0 ? 'fail' : worst(run.stacks.map((s) => s.decision)),
    stacks: run.stacks,
    errors: run.errors,
    notices: run.notices,
    rules: rules.filter((r) => used.has(r.id)),
    skipped: run.skipped,
  };
}
