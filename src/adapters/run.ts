/**
 * One run, shared by the CLI, the GitHub Action and the CodePipeline Lambda: read inputs, rules and
 * parameters, audit, and return the report. Raises `UsageError` for anything that makes the whole
 * run impossible (bad rule file, bad parameters file); per-template problems land in report.errors.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { AuditReport, RuleMeta, Thresholds } from '../core/types.js';
import { addResult, Auditor, buildReport, type RunResult } from '../core/audit.js';
import { discover, displayPath } from '../load/discover.js';
import { parseParameters } from '../load/parameters.js';
import { builtinRules, parseRuleFile } from '../rules/catalogue.js';
import { RuleError, type RuleSpec } from '../rules/schema.js';
import { RuleCompileError } from '../rules/engine.js';

export class UsageError extends Error {}

export interface RunRequest {
  readonly inputs: readonly string[];
  readonly cwd: string;
  readonly parametersFile?: string | null;
  readonly rulePaths?: readonly string[];
  readonly thresholds?: Thresholds;
  readonly countUnknown?: boolean;
  /** Turn advisory (disabled-by-default) rules on. */
  readonly allRules?: boolean;
  readonly readStdin?: () => Promise<string>;
  readonly onProgress?: (done: number, total: number) => void;
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
        out.push(...parseRuleFile(await readFile(f, 'utf8'), displayPath(f, cwd)));
      } catch (e) {
        if (e instanceof RuleError) throw new UsageError(e.message);
        throw e;
      }
    }
  }
  return out;
}

/** Built-in rules plus user rules; a user rule may not reuse a built-in id. */
export function mergeCatalogue(user: readonly RuleSpec[]): RuleSpec[] {
  const builtin = builtinRules();
  const ids = new Map(builtin.map((r) => [r.id, r.source]));
  for (const r of user) {
    const prev = ids.get(r.id);
    if (prev) throw new UsageError(`${r.source}: rule id ${r.id} is already defined${prev === 'builtin' ? ' by a built-in rule' : ` in ${prev}`}; choose another id`);
    ids.set(r.id, r.source);
  }
  return [...builtin, ...user];
}

export async function readParameters(file: string, cwd: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`--parameters ${file}: cannot read the file`);
  }
  const r = parseParameters(text);
  if (!r.ok) throw new UsageError(`--parameters ${file}: ${r.message}`);
  return r.values;
}

export async function runAudit(req: RunRequest): Promise<RunOutcome> {
  const user = await loadUserRules(req.rulePaths ?? [], req.cwd);
  const catalogue = mergeCatalogue(user);
  const parameters = req.parametersFile ? await readParameters(req.parametersFile, req.cwd) : {};
  const enabled = catalogue.filter((r) => r.enabled || req.allRules);
  let auditor: Auditor;
  try {
    auditor = new Auditor({ rules: enabled, parameters, thresholds: req.thresholds, countUnknown: req.countUnknown });
  } catch (e) {
    if (e instanceof RuleCompileError) throw new UsageError(e.message);
    throw e;
  }
  const found = await discover(req.inputs, { cwd: req.cwd, readStdin: req.readStdin });
  const run: RunResult = { stacks: [], errors: [...found.errors], notices: [], skipped: 0 };
  const total = found.sources.length;
  found.sources.forEach((s, i) => {
    addResult(run, auditor.auditSource(s));
    req.onProgress?.(i + 1, total);
  });
  if (run.skipped > 0) run.notices.push({ kind: 'skipped-files', file: null, message: `${run.skipped} file${run.skipped === 1 ? ' was' : 's were'} skipped: not CloudFormation templates` });
  return { report: buildReport(run, catalogue as readonly RuleMeta[]), catalogue };
}
