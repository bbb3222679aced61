/**
 * The pure core: source files in, an AuditReport out. parse → graph → evaluate → suppressions →
 * verdict. No I/O here; the adapters read files and print.
 */
import type { AuditError, Building, Finding, Notice, ScoringMode, SkipReason, SourceFile, StackReport, Template, Thresholds } from '../types/types.js';
import { parseTemplate } from '../load/parse.js';
import { isTemplateText } from '../load/sniff.js';
import { buildGraph, TemplateShapeError, type ResourceGraph } from '../model/graph.js';
import { givenFromStrings, type Resolved } from '../model/resolve.js';
import { linkedFiles, linkStacks, stackDependencies } from '../model/stacks.js';
import { unauditableContent } from '../model/unauditable.js';
import { echoedSecrets, maskFinding } from '../model/mask.js';
import { compileRules, evaluate, RuleIndex, type CheckFn, type RawFinding } from '../rules/engine.js';
import type { RuleSpec } from '../rules/schema.js';
import { builtinChecks } from '../rules/checks/index.js';
import { fingerprint } from '../types/fingerprint.js';
import { applySuppressions, readSuppressions } from '../policy/suppress.js';
import { DEFAULT_SCORING, DEFAULT_THRESHOLDS, stackVerdict, type EvaluatedStack } from '../policy/verdict.js';

export type { UnauditablePolicy } from '../policy/verdict.js';
import type { UnauditablePolicy } from '../policy/verdict.js';

export interface AuditOptions {
  /** The rules to run (already filtered to the enabled ones and with risks overridden by policy). */
  readonly rules: readonly RuleSpec[];
  /** Parameter values, as from `--parameters`. */
  readonly parameters?: Readonly<Record<string, string>> | undefined;
  readonly thresholds?: Thresholds | undefined;
  readonly countUnknown?: boolean | undefined;
  /** Audit every branch of every condition whatever the values (`--all-branches`). */
  readonly allBranches?: boolean | undefined;
  /** The least decision of a stack with content cfn-audit cannot see (default: approval). */
  readonly unauditable?: UnauditablePolicy | undefined;
  /** How findings add up to a stack's score (default `per-rule`). */
  readonly scoring?: ScoringMode | undefined;
  readonly checks?: Readonly<Record<string, CheckFn>> | undefined;
  /** Policy applied to each stack's findings after in-template suppressions (config exceptions). */
  readonly refine?: ((findings: Finding[], graph: ResourceGraph, notices: Notice[]) => Finding[]) | undefined;
}

/** A source parsed and checked for shape, ready to audit once the run's cross-stack values are known. */
export interface PreparedSource {
  readonly source: SourceFile;
  readonly template: Template;
}

export type SourceResult = { stack: StackReport; notices: Notice[] } | { error: AuditError } | { skip: Notice };

/** A source evaluated, its findings through the in-template suppressions and `refine`, not yet scored. */
export type EvaluatedResult = { stack: EvaluatedStack; notices: Notice[] } | { error: AuditError } | { skip: Notice };

/** What other stacks of the run give a stack: its parameter values (nested stacks) and imports. */
export interface StackContext {
  readonly given?: ReadonlyMap<string, readonly Resolved[]>;
  readonly imports?: (name: string) => readonly Resolved[] | undefined;
  /** Nested stacks (logical ids of AWS::CloudFormation::Stack resources) whose template is in the run. */
  readonly nestedInRun?: ReadonlySet<string>;
}

/** The sources of one run, parsed once and linked (exports, nested stacks). */
export interface LinkedRun {
  result(i: number): EvaluatedResult;
  /** The template of source `i`, or null when it is not one. */
  template(i: number): Template | null;
}

/** Rules compiled once per run. */
export class Auditor {
  private readonly index: RuleIndex;
  readonly thresholds: Thresholds;
  readonly countUnknown: boolean;
  readonly scoring: ScoringMode;

  constructor(
    readonly options: AuditOptions,
    index?: RuleIndex,
  ) {
    this.index = index ?? new RuleIndex(compileRules(options.rules, options.checks ?? builtinChecks));
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.countUnknown = options.countUnknown ?? false;
    this.scoring = options.scoring ?? DEFAULT_SCORING;
  }

  /** Audit one source on its own. `skip` (with the reason) when a discovered (not explicitly named) file is not a template. */
  auditSource(source: SourceFile): SourceResult {
    return this.scored(this.evaluateSource(source));
  }

  /** `auditSource` without the score: the run scores once, after its steps over findings. */
  evaluateSource(source: SourceFile): EvaluatedResult {
    const prepared = this.prepare(source);
    return 'template' in prepared ? this.evaluatePrepared(prepared, {}) : prepared;
  }

  /** A result with its stack scored under this auditor's thresholds, counting and scoring mode. */
  scored(r: EvaluatedResult): SourceResult {
    return 'stack' in r ? { stack: this.verdictOf(r.stack), notices: r.notices } : r;
  }

  verdictOf(stack: EvaluatedStack): StackReport {
    return stackVerdict(stack, { thresholds: this.thresholds, countUnknown: this.countUnknown, scoring: this.scoring, unauditable: this.options.unauditable ?? 'approval' });
  }

  /**
   * Audit every source of a run: exports of one stack resolve `Fn::ImportValue` in another, and a nested
   * stack takes the parameter values its parent passes. Results come in the order of `sources`.
   */
  auditAll(sources: readonly SourceFile[], onProgress?: (done: number, total: number) => void): SourceResult[] {
    const run = this.linked(sources);
    return sources.map((_, i) => {
      const r = this.scored(run.result(i));
      onProgress?.(i + 1, sources.length);
      return r;
    });
  }

  /**
   * Source `i` of a run, each evaluated with what the other stacks tell it. Every source is parsed
   * once. The files that may tell each other something (stackDependencies: exports, nested stacks)
   * are parsed and linked on the first call; every other file is parsed when its result is asked
   * for and let go after, so a run holds only the linked templates in memory at once (a smaller live
   * heap on a large repository). With `keepTemplates` (a change-aware run reads them again),
   * every parsed template is kept for `template(i)`.
   */
  linked(sources: readonly SourceFile[], opts: { readonly keepTemplates?: boolean } = {}): LinkedRun {
    type Prepared = ReturnType<Auditor['prepare']>;
    let prepared: (Prepared | undefined)[] | null = null;
    let links: ReturnType<typeof linkStacks<PreparedSource>> | null = null;
    const ready = (): { prepared: (Prepared | undefined)[]; links: ReturnType<typeof linkStacks<PreparedSource>> } => {
      if (!prepared || !links) {
        const involved = linkedFiles(stackDependencies(sources));
        prepared = sources.map((s, i) => (involved.has(i) ? this.prepare(s) : undefined));
        links = linkStacks(
          prepared.filter((p): p is PreparedSource => p !== undefined && 'template' in p),
          this.options.parameters ?? {},
        );
      }
      return { prepared, links };
    };
    const preparedAt = (i: number): Prepared => {
      const run = ready();
      let p = run.prepared[i];
      if (p === undefined) {
        p = this.prepare(sources[i]!);
        if (opts.keepTemplates === true) run.prepared[i] = p;
      }
      return p;
    };
    return {
      result: (i) => {
        const p = preparedAt(i);
        return 'template' in p ? this.evaluatePrepared(p, ready().links.contextOf(p)) : p;
      },
      template: (i) => {
        if (i < 0 || i >= sources.length) return null;
        const p = preparedAt(i);
        return 'template' in p ? p.template : null;
      },
    };
  }

  /** An auditor with the same rules, parameters and branch mode but no `refine` step and the default scoring (a base version's audit). */
  plain(): Auditor {
    return new Auditor({ rules: this.options.rules, parameters: this.options.parameters ?? {}, allBranches: this.options.allBranches === true }, this.index);
  }

  prepare(source: SourceFile): PreparedSource | { error: AuditError } | { skip: Notice } {
    const parsed = parseTemplate(source);
    if (!parsed.ok) {
      // Whether a file that does not parse was meant to be a template: known when the reader had read a
      // top-level Resources or AWSTemplateFormatVersion key, else decided by a tolerant parse of its top level.
      if (!source.explicit && parsed.templateKeyRead !== true && !isTemplateText(source.text)) return { skip: skipped(source.file, 'unparsable', parsed.error.message) };
      return { error: parsed.error };
    }
    const template = parsed.template;
    const body = template.body;
    if (!Object.hasOwn(body, 'Resources') && !Object.hasOwn(body, 'AWSTemplateFormatVersion')) {
      if (!source.explicit) return { skip: skipped(source.file, 'no-resources') };
      return { error: { file: source.file, line: 1, column: 1, message: 'not a CloudFormation template: no Resources section and no AWSTemplateFormatVersion' } };
    }
    return { source, template };
  }

  auditPrepared(prepared: PreparedSource, context: StackContext): SourceResult {
    return this.scored(this.evaluatePrepared(prepared, context));
  }

  evaluatePrepared(prepared: PreparedSource, context: StackContext): EvaluatedResult {
    const { source, template } = prepared;
    let graph;
    try {
      graph = buildGraph(template, {
        given: context.given ?? givenFromStrings(this.options.parameters ?? {}),
        ...(context.imports ? { imports: context.imports } : {}),
        allBranches: this.options.allBranches === true,
      });
    } catch (e) {
      if (e instanceof TemplateShapeError) {
        const pos = template.locate(e.path);
        return { error: { file: source.file, line: pos.line, column: pos.column, message: e.message } };
      }
      throw e;
    }
    const raw = dropRedundantUnknowns(evaluate(graph, this.index));
    const scope = template.stackName ?? template.file;
    const secrets = echoedSecrets(graph, this.options.parameters ?? {});
    const byPrint = new Map<string, number>();
    let findings: Finding[] = [];
    for (const { within, ...r0 } of raw) {
      const masked = secrets.length ? maskFinding(r0, secrets) : r0;
      // Paths name the node as written (through the Fn::If branch taken), like the line:column.
      const r = { ...masked, path: graph.sourcePath(masked.path, masked.assumptions) };
      const fp = fingerprint(r.ruleId, scope, r.logicalId, r.path, r.data);
      const seen = byPrint.get(fp);
      if (seen !== undefined) {
        // The same finding under other branches: it holds under either, so keep the branches both share.
        const prev = findings[seen]!;
        findings[seen] = { ...prev, conditions: prev.conditions.filter((c) => r.conditions.some((d) => d.condition === c.condition && d.branch === c.branch)) };
        continue;
      }
      byPrint.set(fp, findings.length);
      const pos = template.locate(r.path, within);
      const res = graph.resources.get(r.logicalId);
      // The raw finding's keys in their order (but `assumptions`), then where it is; see ownKeysBut.
      const f = ownKeysBut(r, 'assumptions') as Building<Finding>;
      f.status = 'active';
      f.reason = null;
      f.file = template.file;
      f.stackName = template.stackName;
      f.line = pos.line;
      f.column = pos.column;
      f.cdkPath = res?.cdkPath ?? null;
      if (res?.condition) f.condition = res.condition;
      f.fingerprint = fp;
      f.snippet = template.lineText(pos.line).slice(0, 300);
      findings.push(f as Finding);
    }
    const notices: Notice[] = [];
    findings = applySuppressions(findings, readSuppressions(graph, notices, this.options.rules));
    if (this.options.refine) findings = this.options.refine(findings, graph, notices);
    findings.sort(compareFindings);
    const unauditable = unauditableContent(graph, context.nestedInRun);
    for (const u of unauditable) notices.push({ kind: 'unauditable', file: template.file, logicalId: u.logicalId, code: 'unauditable', args: { content: u } });
    if (graph.skippedByCondition.length)
      notices.push({ kind: 'skipped-by-condition', file: template.file, code: 'skipped-by-condition', args: { skipped: graph.skippedByCondition } });
    const stack: EvaluatedStack = {
      file: template.file,
      name: template.stackName,
      origin: template.origin,
      parents: template.parents,
      findings,
      unauditable,
      skippedByCondition: graph.skippedByCondition,
    };
    return { stack, notices };
  }
}

/**
 * A copy of `o`'s own keys but `key`, in their order, made by assignments. An object literal with a rest
 * or with a spread before other keys (`{ ...r, status }`) is built by V8's runtime key by key: several
 * times slower in code that runs once per template and so is seldom optimized (25 ms of a corpus run).
 */
function ownKeysBut<T extends object>(o: T, key: keyof T): Partial<T> {
  const out: Partial<T> = {};
  for (const k in o) if (k !== key && Object.prototype.hasOwnProperty.call(o, k)) out[k] = o[k];
  return out;
}

/**
 * One unresolved value makes every rule that reads it undecided. Keep one unknown finding per value
 * (same resource, path, reason and branch): the highest-risk rule's. Fail findings are never dropped.
 */
function dropRedundantUnknowns(raw: readonly RawFinding[]): RawFinding[] {
  const best = new Map<string, RawFinding>();
  const key = (r: RawFinding) => `${r.logicalId}\u0000${r.path.join('/')}\u0000${JSON.stringify(r.cause ?? null)}\u0000${JSON.stringify(r.conditions)}`;
  for (const r of raw) {
    if (r.outcome !== 'unknown') continue;
    const k = key(r);
    const prev = best.get(k);
    if (!prev || r.risk > prev.risk) best.set(k, r);
  }
  return raw.filter((r) => r.outcome !== 'unknown' || best.get(key(r)) === r);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0);
}

const skipped = (file: string, why: SkipReason, detail?: string): Notice => ({
  kind: 'skipped-files',
  file,
  code: 'file-skipped',
  args: detail === undefined ? { why } : { why, detail },
});
