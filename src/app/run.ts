/**
 * One audit run, shared by the CLI, the GitHub Action, the CodePipeline Lambda and the hooks. Each step
 * runs once, in this order: read the run's inputs (config, rules, parameters, baseline) → compile the
 * policy → discover → parse and evaluate each source once (in-template suppressions and config
 * exceptions apply there, where the resource graph is known) → base (change-aware runs) → baseline →
 * score each stack once → report. Every effect goes through `ports`. Raises `UsageError` for anything
 * that makes the whole run impossible (bad rule, parameters or baseline file); per-template problems
 * land in report.errors.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { AuditError, AuditReport, Finding, Notice, ScoringMode, Thresholds } from '../types/types.js';
import { Auditor, type EvaluatedResult } from '../engine/audit.js';
import type { CheckFn } from '../rules/engine.js';
import { RuleCompileError } from '../rules/engine.js';
import type { RuleSpec } from '../rules/schema.js';
import {
  applyBaseline,
  ConfigError,
  ExceptionSet,
  formatBaseline,
  makeBaseline,
  resolveProfile,
  rulesForProfile,
  UnknownProfileError,
  type LoadedConfig,
} from '../policy/index.js';
import { stackVerdict, type EvaluatedStack, type ScoringPolicy, type UnauditablePolicy } from '../policy/verdict.js';
import { VERSION } from '../types/version.js';
import { UsageError, NO_TEMPLATE_MESSAGE } from './errors.js';
import { loadConfig, loadUserRules, mergeCatalogue, readBaseline, readParameters } from './inputs.js';
import { baseSources, compareWithBase } from './change.js';
import { buildReport } from './report.js';
import { inShard, type Shard } from './shard.js';
import type { AppPorts, Evaluation } from './ports.js';

export interface RunRequest {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly parametersFile?: string | null;
  readonly rulePaths?: readonly string[];
  readonly thresholds?: Thresholds | undefined;
  readonly countUnknown?: boolean;
  /** Audit every branch of every condition whatever the values. */
  readonly allBranches?: boolean;
  /** Least decision of a stack with content that cannot be audited (default approval). */
  readonly unauditable?: UnauditablePolicy;
  /** How findings add up (--scoring); else the profile's. */
  readonly scoring?: ScoringMode | null | undefined;
  /** Turn advisory (disabled-by-default) rules on. */
  readonly allRules?: boolean;
  readonly readStdin?: () => Promise<string>;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** `.cfn-audit.yml` to use; when absent, one is looked for in `cwd` and its parents (unless `discoverConfig` is false). */
  readonly configFile?: string | null;
  readonly discoverConfig?: boolean;
  /** Profile name (--profile); else the config's `profile`, else `default`. */
  readonly profile?: string | null;
  /** Findings whose fingerprints this baseline file lists are `baselined`. */
  readonly baselineFile?: string | null | undefined;
  /** Write the run's countable findings to this baseline file (they are then `baselined`). */
  readonly writeBaselineFile?: string | null;
  /** Change-aware run: the previous version of the template (or cdk.out). */
  readonly base?: string | null;
  /** Change-aware run: a git revision holding the previous version of each audited file. */
  readonly baseRef?: string | null;
  /**
   * Files the adapter will write after the run (flag for messages, path relative to cwd). The run is
   * refused before anything is written when one of them is also an input, or two are the same file.
   */
  readonly outputs?: readonly { readonly flag: string; readonly file: string }[];
  /** Today, for exception expiry and the baseline's `generated` (else the clock port's). */
  readonly now?: Date | undefined;
  /** Check functions by name, instead of the built-in ones (the hook wraps them for single-resource audits). */
  readonly checks?: Readonly<Record<string, CheckFn>>;
  /** Epoch milliseconds after which no further file is audited (each one left is reported as an error). */
  readonly deadline?: number;
  /** --cache DIR: reuse each unchanged file's result from an earlier run. */
  readonly cacheDir?: string | null;
  /** --shard i/n: audit only this part of the discovered files (stable by path). */
  readonly shard?: Shard | null;
  /** --jobs N: audit the files in N worker threads (default 1: in this thread). The report is the same. */
  readonly jobs?: number;
}

export interface RunOutcome {
  readonly report: AuditReport;
  /** Every rule known to the run (built-in and user), enabled or not: formatters look titles up here. */
  readonly catalogue: readonly RuleSpec[];
}

/** The policy of a run: its rules compiled once, with the profile and flags applied. */
interface Policy {
  readonly auditor: Auditor;
  readonly exceptions: ExceptionSet | null;
  readonly scoring: ScoringPolicy;
}

function policyOf(
  req: RunRequest,
  config: LoadedConfig | null,
  configDir: string,
  catalogue: readonly RuleSpec[],
  parameters: Readonly<Record<string, string>>,
  now: Date,
): Policy {
  try {
    const profile = resolveProfile(config, req.profile ?? null, catalogue);
    const enabled = rulesForProfile(catalogue, { ...profile, advisoryRules: profile.advisoryRules || req.allRules === true });
    const exceptions = config?.config.exceptions?.length ? new ExceptionSet(config, { now, fileKey: (f) => relative(configDir, resolve(req.cwd, f)).split(sep).join('/') }) : null;
    const auditor = new Auditor({
      rules: enabled,
      parameters,
      // Flags win over the profile; --count-unknown can only switch counting on.
      thresholds: req.thresholds ?? profile.thresholds,
      countUnknown: req.countUnknown === true || profile.countUnknown,
      allBranches: req.allBranches === true || profile.allBranches,
      unauditable: req.unauditable ?? profile.unauditable,
      ...(req.checks ? { checks: req.checks } : {}),
      scoring: req.scoring ?? profile.scoring,
      refine: exceptions ? (findings, graph) => exceptions.apply(findings, graph) : undefined,
    });
    const scoring: ScoringPolicy = {
      thresholds: auditor.thresholds,
      countUnknown: auditor.countUnknown,
      scoring: auditor.scoring,
      unauditable: auditor.options.unauditable ?? 'approval',
    };
    return { auditor, exceptions, scoring };
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UnknownProfileError) throw new UsageError(e instanceof UnknownProfileError && req.profile ? `--profile: ${e.message}` : e.message);
    if (e instanceof RuleCompileError) throw new UsageError(e.message);
    throw e;
  }
}

/** A step over a run's findings before scoring: each stack's findings replaced through `map`. */
function step(stacks: EvaluatedStack[], map: (findings: readonly Finding[], stack: EvaluatedStack) => readonly Finding[]): void {
  stacks.forEach((s, i) => (stacks[i] = { ...s, findings: map(s.findings, s) }));
}

/** A file's result with the exception matches its evaluation added to `exceptions`. */
export function evaluationOf(evaluate: () => EvaluatedResult, exceptions: ExceptionSet | null): Evaluation {
  const before = exceptions?.matchCounts() ?? [];
  const result = evaluate();
  return { result, exceptionMatches: exceptions ? exceptions.matchCounts().map((n, k) => n - (before[k] ?? 0)) : [] };
}

/** What a run settles before it reads any template: config, rules, parameters, the policy. Each --jobs worker repeats it. */
export async function setUpAudit(req: RunRequest, ports: Pick<AppPorts, 'fs' | 'clock'>) {
  const now = req.now ?? ports.clock();
  const config = await loadConfig(ports.fs, req.cwd, req.configFile, req.discoverConfig !== false);
  const configDir = config ? dirname(resolve(req.cwd, config.file)) : req.cwd;
  const user = await loadUserRules(ports.fs, [...(req.rulePaths ?? []), ...(config?.config.rulePaths ?? []).map((p) => resolve(configDir, p))], req.cwd);
  const catalogueNotices: Notice[] = [];
  const catalogue = mergeCatalogue(user, catalogueNotices);
  const parameters = req.parametersFile ? await readParameters(ports.fs, req.parametersFile, req.cwd) : {};
  const policy = policyOf(req, config, configDir, catalogue, parameters, now);
  return { now, config, configDir, catalogue, catalogueNotices, parameters, ...policy };
}

export async function runAudit(req: RunRequest, ports: AppPorts): Promise<RunOutcome> {
  const { now, config, configDir, catalogue, catalogueNotices, parameters, auditor, exceptions, scoring } = await setUpAudit(req, ports);
  const baselineFile = req.baselineFile;
  const accepted = baselineFile ? await readBaseline(ports.fs, baselineFile, req.cwd) : null;
  const readStdin = req.readStdin ?? ports.readStdin;
  const found = await ports.discover(req.inputs, { cwd: req.cwd, ...(readStdin ? { readStdin } : {}) });
  const shard = req.shard ?? null;
  const sources = shard ? found.sources.filter((s) => inShard(s.file, shard)) : found.sources;
  const stacks: EvaluatedStack[] = [];
  const errors: AuditError[] = shard ? found.errors.filter((e) => inShard(e.file, shard)) : [...found.errors];
  const notices: Notice[] = [...catalogueNotices, ...found.notices];
  let skipped = found.notices.filter((n) => n.kind === 'skipped-files').length;
  const cache = req.cacheDir
    ? await ports.openCache(resolve(req.cwd, req.cacheDir), {
        format: 'evaluated-3',
        version: VERSION,
        rules: auditor.options.rules,
        parameters,
        thresholds: auditor.thresholds,
        countUnknown: auditor.countUnknown,
        allBranches: auditor.options.allBranches === true,
        unauditable: auditor.options.unauditable ?? 'approval',
        scoring: auditor.scoring,
        // Stacks that tell others something (exports, nested stacks) are part of every file's cache key.
        linking: sources.filter((s) => (s.parents?.length ?? 0) > 0 || /Export|AWS::CloudFormation::Stack/.test(s.text)).map((s) => `${s.file}\u0000${s.text}`),
        config: config?.config ?? null,
        configDir: relative(req.cwd, configDir),
        // Exceptions expire: with any, a result holds for the day it was made.
        day: exceptions ? now.toISOString().slice(0, 10) : null,
      })
    : null;
  // Parse and evaluate: each source once, linked with the others (exports, nested stacks).
  const linked = auditor.linked(sources, { keepTemplates: Boolean(req.base || req.baseRef) });
  // --jobs: the files are evaluated in worker threads (not with check functions or a deadline, which stay in this thread).
  const jobs = req.checks || req.deadline !== undefined || !ports.evaluateInWorkers ? 1 : Math.min(req.jobs ?? 1, sources.length);
  // This thread takes a share too: its files' exception matches are counted as they happen, the workers' are added.
  const here = new Set<number>();
  const evaluateHere = (i: number): Evaluation => {
    here.add(i);
    return evaluationOf(() => linked.result(i), exceptions);
  };
  const fromWorkers = jobs > 1 ? await ports.evaluateInWorkers!(req, sources, cache ? await cache.toEvaluate(sources) : null, jobs, evaluateHere) : null;
  const total = sources.length;
  for (const [i, s] of sources.entries()) {
    if (req.deadline !== undefined && ports.clock().getTime() >= req.deadline) {
      for (const left of sources.slice(i)) errors.push({ file: left.file, line: null, column: null, message: `not audited: the time budget ran out after ${i} of ${total} files` });
      break;
    }
    // Evaluated here, the file's exception matches are counted as they happen; from a worker or the cache, they are added.
    let counted = false;
    const evaluate = (): Evaluation => {
      if (fromWorkers) {
        counted = here.has(i);
        return fromWorkers(i);
      }
      counted = true;
      return evaluationOf(() => linked.result(i), exceptions);
    };
    const evaluation = cache ? await cache.evaluate(s, evaluate) : evaluate();
    if (!counted) exceptions?.addMatchCounts(evaluation.exceptionMatches);
    const r: EvaluatedResult = evaluation.result;
    if ('skip' in r) {
      skipped++;
      notices.push(r.skip);
    } else if ('error' in r) errors.push(r.error);
    else {
      stacks.push(r.stack);
      notices.push(...r.notices);
    }
    req.onProgress?.(i + 1, total);
  }
  if (cache && cache.hits > 0) notices.push({ kind: 'info', file: null, code: 'cache-reused', args: { hits: cache.hits, total: cache.hits + cache.misses, dir: req.cacheDir! } });
  // Base: findings the previous version already has are "present in base"; the security changes are listed.
  if (req.base || req.baseRef) {
    const bases = await baseSources(req, found.sources, ports);
    const index = new Map(sources.map((s, i) => [s.file, i]));
    const facts = await compareWithBase(stacks, bases, (file) => linked.template(index.get(file) ?? -1), auditor, ports, notices);
    step(stacks, (f, s) => {
      const k = facts.known.get(s.file);
      return k ? applyBaseline(f, k, 'present in base').findings : f;
    });
    stacks.forEach((s, i) => (stacks[i] = { ...s, changes: facts.changes.get(s.file) ?? [] }));
  }
  // Files skipped as non-templates (e.g. last run's report.json) may be overwritten; audited ones may not.
  const textOf = new Map(sources.map((s) => [s.file, s.text]));
  await refuseOutputsThatAreInputs(req, ports, [
    ...stacks.map((s) => ({ file: s.file, text: textOf.get(s.file) })),
    ...[
      ...errors.map((e) => e.file),
      ...(config ? [config.file] : []),
      ...[req.parametersFile, req.baselineFile, req.base].flatMap((f) => (f ? [f] : [])),
      ...catalogue.flatMap((r) => (r.source === 'builtin' ? [] : [r.source])),
    ].map((file) => ({ file, text: undefined })),
  ]);
  // Baseline: findings a team accepted for now.
  if (accepted) step(stacks, (f) => applyBaseline(f, accepted, `baseline ${baselineFile}`).findings);
  const writeFile = req.writeBaselineFile;
  if (writeFile) {
    const baseline = makeBaseline(stacks, now);
    try {
      await ports.fs.writeText(resolve(req.cwd, writeFile), formatBaseline(baseline));
    } catch (e) {
      throw new UsageError(`--write-baseline ${writeFile}: cannot write: ${(e as Error).message}`);
    }
    const known = new Set(baseline.findings.map((b) => b.fingerprint));
    step(stacks, (f) => applyBaseline(f, known, `baseline ${writeFile}`).findings);
    notices.push({ kind: 'info', file: writeFile, code: 'baseline-written', args: { count: baseline.findings.length, file: writeFile } });
  }
  if (exceptions) notices.push(...exceptions.notices());
  if (skipped > 0) notices.push({ kind: 'skipped-files', file: null, code: 'files-skipped', args: { count: skipped } });
  // A gate that audited nothing must not pass silently (a wrong path, an empty checkout, a missed synth).
  if (stacks.length === 0 && errors.length === 0 && !(shard && found.sources.length > 0)) {
    errors.push({
      file: req.inputs.join(' '),
      line: null,
      column: null,
      message: `${NO_TEMPLATE_MESSAGE}${skipped ? ` (${skipped} other file${skipped === 1 ? '' : 's'} skipped)` : ''}`,
    });
  }
  // Score once, after every step over findings.
  const scored = stacks.map((s) => stackVerdict(s, scoring));
  return { report: buildReport({ stacks: scored, errors, notices, skipped }, catalogue), catalogue };
}

/**
 * An output that is also an input would destroy it (`-o t.yaml t.yaml`); two outputs to one file lose one.
 * `text`: what the run read from an input, when it did. An output file that exists now is compared
 * with the inputs that could be it: those holding its text, and those whose text the run did not keep.
 * An output that does not exist yet is no input, so a run writing a new report resolves no input path.
 */
async function refuseOutputsThatAreInputs(req: RunRequest, ports: AppPorts, inputs: readonly { readonly file: string; readonly text: string | undefined }[]): Promise<void> {
  const outputs = [...(req.outputs ?? []), ...(req.writeBaselineFile ? [{ flag: '--write-baseline', file: req.writeBaselineFile }] : [])];
  if (outputs.length === 0) return;
  const named = inputs.filter((i) => i.file !== '<stdin>' && i.file !== '-');
  // An input's real path, resolved once however many outputs it is compared with.
  const realPaths = new Map<string, Promise<string>>();
  const realPathOf = (file: string): Promise<string> => {
    let real = realPaths.get(file);
    if (real === undefined) realPaths.set(file, (real = ports.fs.realpath(resolve(req.cwd, file))));
    return real;
  };
  const written = new Map<string, string>();
  for (const o of outputs) {
    const abs = await ports.fs.realpath(resolve(req.cwd, o.file));
    const now = await ports.fs.readText(abs);
    const candidates = now.ok ? named.filter((i) => i.text === undefined || i.text === now.text) : (await ports.fs.kind(abs)) === null ? [] : named;
    const real = await Promise.all(candidates.map((i) => realPathOf(i.file)));
    if (real.includes(abs)) throw new UsageError(`${o.flag} ${o.file}: that file is also an input of this run; refusing to overwrite it (choose another output file)`);
    const other = written.get(abs);
    if (other !== undefined) throw new UsageError(`${o.flag} ${o.file}: ${other} writes the same file; choose a different file for each output`);
    written.set(abs, `${o.flag} ${o.file}`);
  }
}
