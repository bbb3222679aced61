/**
 * One run, shared by the CLI, the GitHub Action and the CodePipeline Lambda: read inputs, rules and
 * parameters, audit, and return the report. Raises `UsageError` for anything that makes the whole
 * run impossible (bad rule file, bad parameters file); per-template problems land in report.errors.
 */
import { execFile } from 'node:child_process';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { AuditReport, Finding, Notice, RuleMeta, ScoringMode, SecurityChange, SourceFile, StackReport, Thresholds } from '../core/types.js';
import { addResult, Auditor, buildReport, type RunResult, type UnauditablePolicy } from '../core/audit.js';
import { parseTemplate } from '../load/parse.js';
import {
  applyBaseline,
  BaselineError,
  CONFIG_FILE_NAMES,
  ConfigError,
  ExceptionSet,
  formatBaseline,
  makeBaseline,
  pairSources,
  parseBaseline,
  parseConfig,
  resolveProfile,
  rulesForProfile,
  securityChanges,
  UnknownProfileError,
  type CfnDiffModule,
  type LoadedConfig,
} from '../policy/index.js';
import { discover, displayPath } from '../load/discover.js';
import { decodeUtf8, readBounded } from '../load/read-file.js';
import { parseParameters } from '../load/parameters.js';
import { builtinRules, parseRuleFile } from '../rules/catalogue.js';
import { RuleError, type RuleSpec } from '../rules/schema.js';
import { RuleCompileError, type CheckFn } from '../rules/engine.js';
import { writeOutput } from './write-output.js';
import { VERSION } from '../core/version.js';
import { inShard, type Shard } from './shard.js';
import { auditInWorkers } from './jobs.js';

export class UsageError extends Error {}

/** The error a run reports when its inputs held no template at all; adapters recognise it by this prefix. */
export const NO_TEMPLATE_MESSAGE = 'no CloudFormation template found';

export interface RunRequest {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly parametersFile?: string | null;
  readonly rulePaths?: readonly string[];
  readonly thresholds?: Thresholds;
  readonly countUnknown?: boolean;
  /** Audit every branch of every condition whatever the values. */
  readonly allBranches?: boolean;
  /** Least decision of a stack with content that cannot be audited (default approval). */
  readonly unauditable?: UnauditablePolicy;
  /** How findings add up (--scoring); else the profile's. */
  readonly scoring?: ScoringMode | null;
  /** Turn advisory (disabled-by-default) rules on. */
  readonly allRules?: boolean;
  readonly readStdin?: () => Promise<string>;
  readonly onProgress?: (done: number, total: number) => void;
  /** `.cfn-audit.yml` to use; when absent, one is looked for in `cwd` and its parents (unless `discoverConfig` is false). */
  readonly configFile?: string | null;
  readonly discoverConfig?: boolean;
  /** Profile name (--profile); else the config's `profile`, else `default`. */
  readonly profile?: string | null;
  /** Findings whose fingerprints this baseline file lists are `baselined`. */
  readonly baselineFile?: string | null;
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
  /** Today, for exception expiry and the baseline's `generated` (injected for tests). */
  readonly now?: Date;
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

export async function loadUserRules(paths: readonly string[], cwd: string): Promise<RuleSpec[]> {
  const out: RuleSpec[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let files: string[];
    try {
      const info = await stat(abs);
      files = info.isDirectory()
        ? (await readdir(abs, { recursive: true }))
            .map(String)
            .filter((f) => ['.yaml', '.yml', '.json'].includes(extname(f).toLowerCase()))
            .sort()
            .map((f) => join(abs, f))
        : [abs];
    } catch {
      throw new UsageError(`--rules ${p}: no such file or directory`);
    }
    for (const f of files) {
      try {
        out.push(...parseRuleFile(await readText(displayPath(f, cwd), cwd, '--rules'), displayPath(f, cwd)));
      } catch (e) {
        if (e instanceof RuleError) throw new UsageError(e.message);
        throw e;
      }
    }
  }
  return out;
}

/** Built-in rules plus user rules; a user rule may not reuse a built-in id. */
/**
 * Built-in rules plus user rules. A user rule may not reuse a built-in id, except in the original
 * audit-Lambda list format: its names (SSHOpenToWorld, AllowHttp, ForbiddenAMIs, …) are fixed by that
 * system and loaded as-is, so such an entry replaces the built-in rule of the same name (a notice says so).
 */
export function mergeCatalogue(user: readonly RuleSpec[], notices?: Notice[]): RuleSpec[] {
  const builtin = builtinRules();
  const ids = new Map(builtin.map((r) => [r.id, r.source]));
  const replaced = new Set<string>();
  for (const r of user) {
    const prev = ids.get(r.id);
    if (prev === 'builtin' && r.legacy && !replaced.has(r.id)) {
      replaced.add(r.id);
      notices?.push({ kind: 'info', file: r.source, ruleId: r.id, message: `the custom regex rule ${r.id} replaces the built-in rule of the same name` });
    } else if (prev) throw new UsageError(`${r.source}: rule id ${r.id} is already defined${prev === 'builtin' ? ' by a built-in rule' : ` in ${prev}`}; choose another id`);
    ids.set(r.id, r.source);
  }
  return [...builtin.filter((r) => !replaced.has(r.id)), ...user];
}

export async function readParameters(file: string, cwd: string): Promise<Record<string, string>> {
  const r = parseParameters(await readText(file, cwd, '--parameters'));
  if (!r.ok) throw new UsageError(`--parameters ${file}: ${r.message}`);
  return r.values;
}

/** What a run settles before it reads any template: config, rules, parameters, the auditor. Each --jobs worker repeats it. */
export async function setUpAudit(req: RunRequest) {
  const now = req.now ?? new Date();
  const config = await loadConfig(req);
  const configDir = config ? dirname(resolve(req.cwd, config.file)) : req.cwd;
  const user = await loadUserRules([...(req.rulePaths ?? []), ...(config?.config.rulePaths ?? []).map((p) => resolve(configDir, p))], req.cwd);
  const catalogueNotices: Notice[] = [];
  const catalogue = mergeCatalogue(user, catalogueNotices);
  const parameters = req.parametersFile ? await readParameters(req.parametersFile, req.cwd) : {};
  let auditor: Auditor;
  let exceptions: ExceptionSet | null = null;
  try {
    const profile = resolveProfile(config, req.profile ?? null, catalogue);
    const enabled = rulesForProfile(catalogue, { ...profile, advisoryRules: profile.advisoryRules || req.allRules === true });
    if (config?.config.exceptions?.length) exceptions = new ExceptionSet(config, { now, fileKey: (f) => relative(configDir, resolve(req.cwd, f)).split(sep).join('/') });
    const ex = exceptions;
    auditor = new Auditor({
      rules: enabled,
      parameters,
      // Flags win over the profile; --count-unknown can only switch counting on.
      thresholds: req.thresholds ?? profile.thresholds,
      countUnknown: req.countUnknown === true || profile.countUnknown,
      allBranches: req.allBranches === true || profile.allBranches,
      unauditable: req.unauditable ?? profile.unauditable,
      ...(req.checks ? { checks: req.checks } : {}),
      scoring: req.scoring ?? profile.scoring,
      refine: ex ? (findings, graph) => ex.apply(findings, graph) : undefined,
    });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UnknownProfileError) throw new UsageError(e instanceof UnknownProfileError && req.profile ? `--profile: ${e.message}` : e.message);
    if (e instanceof RuleCompileError) throw new UsageError(e.message);
    throw e;
  }
  return { now, config, configDir, catalogue, catalogueNotices, parameters, auditor, exceptions };
}

export async function runAudit(req: RunRequest): Promise<RunOutcome> {
  const { now, config, configDir, catalogue, catalogueNotices, parameters, auditor, exceptions } = await setUpAudit(req);
  const found = await discover(req.inputs, { cwd: req.cwd, readStdin: req.readStdin });
  const shard = req.shard ?? null;
  const sources = shard ? found.sources.filter((s) => inShard(s.file, shard)) : found.sources;
  const run: RunResult = {
    stacks: [],
    errors: shard ? found.errors.filter((e) => inShard(e.file, shard)) : [...found.errors],
    notices: [...catalogueNotices, ...found.notices],
    skipped: found.notices.filter((n) => n.kind === 'skipped-files').length,
  };
  const total = sources.length;
  const cache = req.cacheDir
    ? new (await import('./result-cache.js')).ResultCache(resolve(req.cwd, req.cacheDir), {
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
  // --jobs: the files are audited in worker threads (not with check functions or a deadline, which stay in this thread).
  const jobs = req.checks || req.deadline !== undefined ? 1 : Math.min(req.jobs ?? 1, sources.length);
  const result = jobs > 1 ? await auditInWorkers(req, sources, cache ? await cache.toAudit(sources) : null, jobs, exceptions) : auditor.linked(sources);
  for (const [i, s] of sources.entries()) {
    if (req.deadline !== undefined && Date.now() >= req.deadline) {
      for (const left of sources.slice(i))
        run.errors.push({ file: left.file, line: null, column: null, message: `not audited: the time budget ran out after ${i} of ${total} files` });
      break;
    }
    addResult(run, cache ? await cache.audit(s, () => result(i)) : result(i));
    req.onProgress?.(i + 1, total);
  }
  if (cache && cache.hits > 0)
    run.notices.push({ kind: 'info', file: null, message: `cache: ${cache.hits} of ${cache.hits + cache.misses} file results reused from ${req.cacheDir}` });
  if (req.base || req.baseRef) await applyBase(req, found.sources, run, auditor.options.rules, auditor);
  // Files skipped as non-templates (e.g. last run's report.json) may be overwritten; audited ones may not.
  await refuseOutputsThatAreInputs(req, [
    ...run.stacks.map((s) => s.file),
    ...run.errors.map((e) => e.file),
    ...(config ? [config.file] : []),
    ...[req.parametersFile, req.baselineFile, req.base].flatMap((f) => (f ? [f] : [])),
    ...catalogue.flatMap((r) => (r.source === 'builtin' ? [] : [r.source])),
  ]);
  if (req.baselineFile) {
    let known: ReadonlySet<string>;
    try {
      known = parseBaseline(await readText(req.baselineFile, req.cwd, '--baseline'), req.baselineFile);
    } catch (e) {
      if (e instanceof BaselineError) throw new UsageError(`--baseline ${e.message}`);
      throw e;
    }
    restack(run, auditor, (f) => applyBaseline(f, known, `baseline ${req.baselineFile}`).findings);
  }
  if (req.writeBaselineFile) {
    const baseline = makeBaseline(run.stacks, now);
    try {
      await writeOutput(resolve(req.cwd, req.writeBaselineFile), formatBaseline(baseline));
    } catch (e) {
      throw new UsageError(`--write-baseline ${req.writeBaselineFile}: cannot write: ${(e as Error).message}`);
    }
    const known = new Set(baseline.findings.map((b) => b.fingerprint));
    restack(run, auditor, (f) => applyBaseline(f, known, `baseline ${req.writeBaselineFile}`).findings);
    const n = baseline.findings.length;
    run.notices.push({
      kind: 'info',
      file: req.writeBaselineFile,
      message: `wrote ${n} finding${n === 1 ? '' : 's'} to the baseline; use --baseline ${req.writeBaselineFile} in CI`,
    });
  }
  if (exceptions) run.notices.push(...exceptions.notices());
  if (run.skipped > 0)
    run.notices.push({ kind: 'skipped-files', file: null, message: `${run.skipped} file${run.skipped === 1 ? ' was' : 's were'} skipped: not CloudFormation templates` });
  // A gate that audited nothing must not pass silently (a wrong path, an empty checkout, a missed synth).
  if (run.stacks.length === 0 && run.errors.length === 0 && !(shard && found.sources.length > 0)) {
    run.errors.push({
      file: req.inputs.join(' '),
      line: null,
      column: null,
      message: `${NO_TEMPLATE_MESSAGE}${run.skipped ? ` (${run.skipped} other file${run.skipped === 1 ? '' : 's'} skipped)` : ''}`,
    });
  }
  return { report: buildReport(run, catalogue as readonly RuleMeta[]), catalogue };
}

const realOrResolved = (p: string): Promise<string> => realpath(p).catch(() => p);

/** An output that is also an input would destroy it (`-o t.yaml t.yaml`); two outputs to one file lose one. */
async function refuseOutputsThatAreInputs(req: RunRequest, inputs: readonly string[]): Promise<void> {
  const outputs = [...(req.outputs ?? []), ...(req.writeBaselineFile ? [{ flag: '--write-baseline', file: req.writeBaselineFile }] : [])];
  if (outputs.length === 0) return;
  const read = new Set(await Promise.all(inputs.filter((f) => f !== '<stdin>' && f !== '-').map((f) => realOrResolved(resolve(req.cwd, f)))));
  const written = new Map<string, string>();
  for (const o of outputs) {
    const abs = await realOrResolved(resolve(req.cwd, o.file));
    if (read.has(abs)) throw new UsageError(`${o.flag} ${o.file}: that file is also an input of this run; refusing to overwrite it (choose another output file)`);
    const other = written.get(abs);
    if (other !== undefined) throw new UsageError(`${o.flag} ${o.file}: ${other} writes the same file; choose a different file for each output`);
    written.set(abs, `${o.flag} ${o.file}`);
  }
}

/** `--config FILE`, else `.cfn-audit.yml` / `.cfn-audit.yaml` in `cwd` or the nearest parent. */
export async function findConfigFile(cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = join(dir, name);
      try {
        if ((await stat(p)).isFile()) return p;
      } catch {
        // not here; keep looking upwards
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

async function loadConfig(req: RunRequest): Promise<LoadedConfig | null> {
  const path = req.configFile ? resolve(req.cwd, req.configFile) : req.discoverConfig === false ? null : await findConfigFile(req.cwd);
  if (!path) return null;
  const shown = displayPath(path, req.cwd);
  const text = await readText(path, req.cwd, req.configFile ? '--config' : 'config');
  try {
    return parseConfig(text, shown);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

/** A config, parameters, baseline or rule file: a regular file, within the byte limit, UTF-8. */
async function readText(file: string, cwd: string, what: string): Promise<string> {
  const read = await readBounded(resolve(cwd, file));
  if (!read.ok) throw new UsageError(`${what} ${file}: ${read.message}`);
  const text = decodeUtf8(read.bytes);
  if (!text.ok) throw new UsageError(`${what} ${file}:${text.line}:${text.column}: ${text.message}`);
  return text.text;
}

/** Replace every stack's findings through `map`, recomputing its score and decision. */
function restack(
  run: RunResult,
  auditor: Auditor,
  map: (findings: readonly Finding[], stack: StackReport) => Finding[],
  changes?: (stack: StackReport) => readonly SecurityChange[] | undefined,
): void {
  run.stacks.forEach((s, i) => {
    const next = auditor.stackReport(s.file, s.name, s.origin, s.parents, map(s.findings, s), {
      ...(s.unauditable ? { unauditable: s.unauditable } : {}),
      ...(s.skippedByCondition ? { skippedByCondition: s.skippedByCondition } : {}),
    });
    const c = changes ? changes(s) : s.changes;
    run.stacks[i] = c ? { ...next, changes: c } : next;
  });
}

/**
 * Change-aware run: audit the base version of each stack with the same rules; findings already
 * there become `baselined` ("present in base"), and the security-relevant changes are listed.
 * A stack without a base version (a new file, or absent at the ref) is new in full.
 */
async function applyBase(req: RunRequest, sources: readonly SourceFile[], run: RunResult, rules: readonly RuleSpec[], auditor: Auditor): Promise<void> {
  const bases = req.baseRef ? await sourcesAtRef(req.baseRef, sources, req.cwd) : await sourcesFromBase(req.base!, sources, req);
  // Imported here only: the module and its service database are heavy and no other mode needs them.
  const spec = '@aws-cdk/cloudformation-diff';
  const mod = (await import(spec)) as Partial<CfnDiffModule> & { default?: CfnDiffModule };
  const cfd: CfnDiffModule = typeof mod.fullDiff === 'function' ? (mod as CfnDiffModule) : mod.default!;
  // Same values and branch mode as the audited version, so a finding's fingerprint matches its base twin.
  const plain = new Auditor({ rules, parameters: auditor.options.parameters, allBranches: auditor.options.allBranches === true });
  const bySource = new Map(sources.map((s) => [s.file, s]));
  const known = new Map<string, ReadonlySet<string>>();
  const changes = new Map<string, readonly SecurityChange[]>();
  for (const s of run.stacks) {
    const current = bySource.get(s.file);
    const base = bases.get(s.file);
    let baseBody: Readonly<Record<string, unknown>> = { Resources: {} };
    if (base) {
      const r = plain.auditSource(base);
      if ('stack' in r) {
        known.set(s.file, new Set(r.stack.findings.map((f) => f.fingerprint)));
        const parsed = parseTemplate(base);
        if (parsed.ok) baseBody = parsed.template.body;
      } else {
        const why = 'error' in r ? r.error.message : 'not a template';
        run.notices.push({ kind: 'info', file: s.file, message: `the base version could not be audited (${why}); every finding counts as new` });
      }
    }
    const parsed = current ? parseTemplate(current) : null;
    if (parsed?.ok) changes.set(s.file, securityChanges(cfd, baseBody, parsed.template.body));
  }
  restack(
    run,
    auditor,
    (f, s) => {
      const k = known.get(s.file);
      return k ? applyBaseline(f, k, 'present in base').findings : [...f];
    },
    (s) => changes.get(s.file) ?? [],
  );
}

async function sourcesFromBase(base: string, sources: readonly SourceFile[], req: RunRequest): Promise<Map<string, SourceFile>> {
  const found = await discover([base], { cwd: req.cwd });
  if (found.sources.length === 0) throw new UsageError(`--base ${base}: ${found.errors[0]?.message ?? 'no template found'}`);
  const baseAbs = resolve(req.cwd, base);
  const baseIsDir = (await stat(baseAbs)).isDirectory();
  const input = req.inputs.length === 1 ? resolve(req.cwd, req.inputs[0]!) : null;
  const inputIsDir =
    input !== null &&
    (await stat(input).then(
      (i) => i.isDirectory(),
      () => false,
    ));
  const rel = (side: 'current' | 'base', file: string): string => {
    const abs = resolve(req.cwd, file);
    const root = side === 'base' ? (baseIsDir ? baseAbs : null) : inputIsDir ? input : null;
    return root ? relative(root, abs).split(sep).join('/') : basename(abs);
  };
  return pairSources(sources, found.sources, rel);
}

function git(args: readonly string[], cwd: string): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => done({ ok: !err, stdout, stderr }));
  });
}

/** The version of each audited file at `ref` (`git show REF:path`); a file absent there has none. */
async function sourcesAtRef(ref: string, sources: readonly SourceFile[], cwd: string): Promise<Map<string, SourceFile>> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) throw new UsageError(`--base-ref ${ref}: ${cwd} is not inside a git repository (${top.stderr.trim() || 'git failed'})`);
  const root = await realpath(top.stdout.trim());
  if (!(await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)).ok) throw new UsageError(`--base-ref ${ref}: no such commit, branch or tag in this repository`);
  const out = new Map<string, SourceFile>();
  for (const s of sources) {
    if (s.file === '-' || s.file === '<stdin>') continue;
    let abs: string;
    try {
      abs = await realpath(resolve(cwd, s.file));
    } catch {
      continue;
    }
    const path = relative(root, abs).split(sep).join('/');
    if (path.startsWith('../')) continue;
    const shown = await git(['show', `${ref}:${path}`], root);
    if (shown.ok) out.set(s.file, { ...s, text: shown.stdout, explicit: true });
  }
  return out;
}
