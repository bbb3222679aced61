/**
 * The `cfn-audit` command: parse arguments, run, print, exit with the decision's code.
 * Exit codes: 0 pass · 1 fail · 3 manual-approval · 2 could not audit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { AuditReport, Decision, RuleMeta } from '../types/types.js';
import { VERSION } from '../types/version.js';
import { writeOutput } from './write-output.js';
import { decodeUtf8, MAX_FILE_BYTES } from '../load/read-file.js';
import { parseShard } from '../app/shard.js';
import { MergeError, mergeReports } from './merge.js';
import { runAudit, UsageError, loadUserRules, mergeCatalogue } from './run.js';
import { formatReport, isFormatName, FORMAT_NAMES, type FormatName } from '../report/index.js';
import type { FormatContext } from '../report/context.js';
import { CONFIG_FILE_NAMES } from '../policy/config.js';
import { STARTER_CONFIG } from '../policy/starter.js';
import { isScoringMode, SCORING_MODES } from '../policy/verdict.js';

export const EXIT: Readonly<Record<Decision | 'error', number>> = { pass: 0, fail: 1, error: 2, 'manual-approval': 3 };

const HELP = `cfn-audit ${VERSION} — security gate for AWS CloudFormation and CDK

Usage
  cfn-audit [options] <path...>     audit templates, directories, cdk.out folders or - (stdin)
  cfn-audit rules [--format json]   list the rule catalogue
  cfn-audit init                    write a commented starter .cfn-audit.yml here
  cfn-audit merge [-f fmt] <json...> one report from several runs' -f json outputs (shards)
  cfn-audit fix [--write] <path...> print (or apply) the fixes it can make, as a diff;
                                    cfn-audit fix --help for its options
  cfn-audit --help | --version

Inputs
  A file is audited whatever it holds. A directory is searched recursively for .yaml, .yml,
  .json and .template files that are CloudFormation templates (a top-level Resources or
  AWSTemplateFormatVersion key); every other file is skipped and listed with the reason, and a
  broken template is an error. Symbolic links are followed only inside the directory given.
  A folder whose manifest.json is a CDK cloud assembly manifest is read as one (every stack and
  nested stack; other templates in it are audited too, with a notice).

Options
  -f, --format <name>        output on stdout: ${FORMAT_NAMES.join(', ')} (default text)
  -o, --output <file>        write that output to a file instead of stdout
      --sarif <file>         also write SARIF 2.1.0 to <file> (likewise --json, --junit,
                             --markdown, --github <file>); several may be given
  -p, --parameters <file>    parameter values: [{"ParameterKey","ParameterValue"}] or
                             {"Parameters": {...}}; otherwise Default, else each AllowedValues
  -r, --rules <path>         add rules from a directory of rule YAML files or a rule file
                             (also the original audit-Lambda list format); repeatable
      --all-rules            also run the advisory rules that are off by default
      --approval-at <n>      score from which a stack needs manual approval (default 5)
      --fail-at <n>          score from which a stack fails (default 10)
      --count-unknown        unresolved (unknown) findings count toward the score
      --all-branches         audit every branch of every Condition, whatever the parameter
                             values (default: conditions the values decide take one branch)
      --unauditable <mode>   least decision for a stack with content cfn-audit cannot see
                             (macros, includes, modules, nested stacks outside the run):
                             pass, approval (default) or fail
      --scoring <mode>       per-rule (default: a rule adds its highest risk once per
                             stack), per-resource, or per-violation (each violating
                             place adds)
      --no-color             no colours (also when NO_COLOR is set or stdout is not a TTY)
  -q, --quiet                no progress on stderr
  -h, --help                 this help
  -v, --version              the version

Policy (see "Adopting the gate" in the README)
  -c, --config <file>        config file (default: .cfn-audit.yml or .cfn-audit.yaml in the
                             current directory or the nearest parent)
  -P, --profile <name>       profile from the config, or built-in default / strict
      --baseline <file>      findings listed in this baseline are baselined (not counted)
      --write-baseline <file>
                             record the current findings as the baseline in <file>
      --base <path>          change-aware: the previous template (or cdk.out); findings
                             already there do not count; security changes are listed
      --base-ref <gitref>    change-aware: the previous version of each file from git

Big repositories
      --cache <dir>          keep each file's result in <dir>; later runs re-audit only files
                             that changed (or whose rules, options or config changed)
      --shard <i/n>          audit part i of n of the discovered files (stable by path), for a
                             CI matrix; combine the parts with cfn-audit merge
  -j, --jobs <n>             audit in n worker threads (default 1; more only pays with free
                             cores); the report is the same

Exit codes
  0 pass   1 fail   3 manual-approval   2 could not audit (bad usage, bad rule or parameter
  file, or a template, file or folder that cannot be read or parsed; every other file is still
  reported). An output file that is also an input is refused. Output files are written before
  standard output; a closed standard output (| head) is a normal end.

Suppress a finding in the template, with a reason:
  Metadata: { cfn-audit: { suppress: [ { rule: AllowHttp, reason: "ALB redirects 80 to 443" } ] } }
`;

const EXTRA_OUTPUTS = ['json', 'sarif', 'junit', 'markdown', 'github'] as const;

export interface CliIO {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  writeOut(s: string): void;
  writeErr(s: string): void;
  readStdin: () => Promise<string>;
  /** The clock (exception expiry, baseline timestamps); tests inject one. */
  now?(): Date;
}

export async function main(io: CliIO): Promise<number> {
  if (io.argv[0] === 'fix') {
    try {
      // The fix command and the edit modules are a chunk of their own: an audit does not load them.
      const { fixCommand } = await import('./fix-command.js');
      return await fixCommand(io, io.argv.slice(1));
    } catch (e) {
      if (!(e instanceof UsageError) && !(e instanceof TypeError && 'code' in e)) throw e;
      io.writeErr(`cfn-audit fix: ${e.message}\nRun cfn-audit fix --help for usage.\n`);
      return EXIT.error;
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...io.argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        json: { type: 'string' },
        sarif: { type: 'string' },
        junit: { type: 'string' },
        markdown: { type: 'string' },
        github: { type: 'string' },
        parameters: { type: 'string', short: 'p' },
        rules: { type: 'string', short: 'r', multiple: true },
        'all-rules': { type: 'boolean' },
        'approval-at': { type: 'string' },
        'fail-at': { type: 'string' },
        'count-unknown': { type: 'boolean' },
        'all-branches': { type: 'boolean' },
        unauditable: { type: 'string' },
        scoring: { type: 'string' },
        config: { type: 'string', short: 'c' },
        profile: { type: 'string', short: 'P' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        base: { type: 'string' },
        'base-ref': { type: 'string' },
        cache: { type: 'string' },
        shard: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.writeErr(`cfn-audit: ${e instanceof Error ? e.message : String(e)}\nRun cfn-audit --help for usage.\n`);
    return EXIT.error;
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    io.writeOut(HELP);
    return 0;
  }
  if (o.version) {
    io.writeOut(`${VERSION}\n`);
    return 0;
  }
  const format = o.format ?? 'text';
  if (!isFormatName(format)) {
    io.writeErr(`cfn-audit: unknown format "${format}"; choose one of ${FORMAT_NAMES.join(', ')}\n`);
    return EXIT.error;
  }
  const color = !o['no-color'] && !io.env['NO_COLOR'] && !o.output && (o.color === true || io.stdoutIsTTY);
  try {
    if (positionals[0] === 'rules' && positionals.length === 1) return await listRules(io, format, o.rules ?? []);
    if (positionals[0] === 'init' && positionals.length === 1) return initConfig(io);
    if (positionals[0] === 'merge') {
      const extras = EXTRA_OUTPUTS.flatMap((name) => (o[name] ? [[name, o[name]] as const] : []));
      return await mergeCommand(io, positionals.slice(1), { format, output: o.output, color, rulePaths: o.rules ?? [], extras });
    }
    if (o.base && o['base-ref']) throw new UsageError('give either --base or --base-ref, not both');
    if (positionals.length === 0) {
      io.writeErr('cfn-audit: name at least one template, directory or cdk.out (or - for stdin)\nRun cfn-audit --help for usage.\n');
      return EXIT.error;
    }
    const num = (flag: string, v: string | undefined, d: number): number => {
      if (v === undefined) return d;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${flag} takes a number (got "${v}")`);
      return n;
    };
    // Without --approval-at / --fail-at the profile's thresholds apply.
    const given = o['approval-at'] !== undefined || o['fail-at'] !== undefined;
    const thresholds = given ? { approval: num('approval-at', o['approval-at'], 5), fail: num('fail-at', o['fail-at'], 10) } : undefined;
    if (thresholds && thresholds.approval > thresholds.fail) throw new UsageError('--approval-at must not be above --fail-at');
    const unauditable = o.unauditable;
    if (unauditable !== undefined && unauditable !== 'pass' && unauditable !== 'approval' && unauditable !== 'fail')
      throw new UsageError(`--unauditable takes pass, approval or fail (got "${unauditable}")`);
    const scoring = o.scoring ?? null;
    if (scoring !== null && !isScoringMode(scoring)) throw new UsageError(`--scoring takes ${SCORING_MODES.join(', ')} (got "${scoring}")`);
    const shard = o.shard === undefined ? null : parseShard(o.shard);
    if (o.shard !== undefined && !shard) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (got "${o.shard}")`);
    const jobs = o.jobs === undefined ? 1 : /^[1-9][0-9]?$/.test(o.jobs) ? Number(o.jobs) : null;
    if (jobs === null) throw new UsageError(`--jobs takes a whole number from 1 to 99 (got "${o.jobs}")`);
    const progress = !o.quiet && io.stderrIsTTY ? progressPrinter(io) : undefined;
    const outputs = [...(o.output ? [{ flag: '--output', file: o.output }] : []), ...EXTRA_OUTPUTS.flatMap((x) => (o[x] ? [{ flag: `--${x}`, file: o[x] }] : []))];
    const { report, catalogue } = await runAudit({
      inputs: positionals,
      cwd: io.cwd,
      parametersFile: o.parameters ?? null,
      rulePaths: o.rules ?? [],
      thresholds,
      countUnknown: o['count-unknown'] ?? false,
      ...(o['all-branches'] ? { allBranches: true } : {}),
      ...(unauditable ? { unauditable } : {}),
      scoring,
      allRules: o['all-rules'] ?? false,
      readStdin: io.readStdin,
      onProgress: progress,
      configFile: o.config ?? null,
      profile: o.profile ?? null,
      baselineFile: o.baseline ?? null,
      writeBaselineFile: o['write-baseline'] ?? null,
      base: o.base ?? null,
      baseRef: o['base-ref'] ?? null,
      outputs,
      now: io.now?.(),
      cacheDir: o.cache ?? null,
      shard,
      jobs,
    });
    if (progress) io.writeErr('\r\u001b[K');
    // SARIF and Markdown carry the fixes cfn-audit can make; other formats do not need them computed.
    const withFixes = format === 'sarif' || format === 'markdown' || o.sarif !== undefined || o.markdown !== undefined;
    const ctx: FormatContext = {
      cwd: io.cwd,
      color,
      rules: new Map<string, RuleMeta>(catalogue.map((r) => [r.id, r])),
      ...(withFixes ? { fixes: (await import('./fix-command.js')).reportFixes(report, catalogue, io.cwd) } : {}),
    };
    // Files first: a closed or full standard output must not cost the SARIF or JSON file.
    for (const extra of EXTRA_OUTPUTS) {
      const file = o[extra];
      if (file) await writeReport(io, file, await formatReport(extra, report, { ...ctx, color: false }));
    }
    await emit(io, report, format, o.output, ctx);
    return exitCode(report);
  } catch (e) {
    if (e instanceof UsageError) {
      io.writeErr(`cfn-audit: ${e.message}\n`);
      return EXIT.error;
    }
    throw e;
  }
}

export function exitCode(report: AuditReport): number {
  return report.errors.length > 0 ? EXIT.error : EXIT[report.decision];
}

async function emit(io: CliIO, report: AuditReport, format: FormatName, output: string | undefined, ctx: FormatContext): Promise<void> {
  const text = await formatReport(format, report, ctx);
  if (output) await writeReport(io, output, text);
  else io.writeOut(text);
}

async function writeReport(io: CliIO, file: string, text: string): Promise<void> {
  try {
    await writeOutput(resolve(io.cwd, file), text);
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

function progressPrinter(io: CliIO): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    if (total < 20) return;
    const now = Date.now();
    if (now - last < 100 && done !== total) return;
    last = now;
    io.writeErr(`\r\u001b[Kaudited ${done}/${total} files`);
  };
}

/** `cfn-audit merge part1.json part2.json …`: one report from several runs' JSON, in any format; exit code of the merged decision. */
interface MergeOptions {
  readonly format: FormatName;
  readonly output: string | undefined;
  readonly color: boolean;
  readonly rulePaths: readonly string[];
  readonly extras: readonly (readonly [FormatName, string])[];
}

async function mergeCommand(io: CliIO, files: readonly string[], opts: MergeOptions): Promise<number> {
  let report: AuditReport;
  try {
    report = mergeReports(files.map((file) => ({ file, text: readFileSync(resolve(io.cwd, file), 'utf8') })));
  } catch (e) {
    if (e instanceof MergeError) throw new UsageError(e.message);
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`merge: cannot read ${err.path ?? ''}: ${err.code ?? err.message}`);
  }
  const catalogue = mergeCatalogue(await loadUserRules(opts.rulePaths, io.cwd));
  const ctx: FormatContext = { cwd: io.cwd, color: opts.color, rules: new Map<string, RuleMeta>([...report.rules, ...catalogue].map((r) => [r.id, r])) };
  await emit(io, report, opts.format, opts.output, ctx);
  for (const [name, file] of opts.extras) await writeReport(io, file, await formatReport(name, report, { ...ctx, color: false }));
  return exitCode(report);
}

async function listRules(io: CliIO, format: FormatName, rulePaths: readonly string[]): Promise<number> {
  const rules = mergeCatalogue(await loadUserRules(rulePaths, io.cwd));
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.id,
      title: r.title,
      risk: r.risk,
      resourceTypes: r.resourceTypes,
      kind: r.kind,
      enabled: r.enabled,
      remediation: r.remediation,
      equivalents: r.equivalents,
      source: r.source,
    }));
    io.writeOut(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) io.writeOut(`${r.id.padEnd(width)}  ${String(r.risk).padStart(2)}  ${r.enabled ? 'on ' : 'off'}  ${r.title}\n`);
  io.writeOut(`\n${rules.length} rules (${rules.filter((r) => r.enabled).length} on by default). Risk 1–10; a stack's score is the sum of its active findings' risks.\n`);
  return 0;
}

function initConfig(io: CliIO): number {
  const file = resolve(io.cwd, CONFIG_FILE_NAMES[0]);
  try {
    writeFileSync(file, STARTER_CONFIG, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${CONFIG_FILE_NAMES[0]} already exists here; not overwriting it`);
    throw new UsageError(`cannot write ${CONFIG_FILE_NAMES[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  io.writeOut(`wrote ${CONFIG_FILE_NAMES[0]}: edit profiles and exceptions, then run cfn-audit as usual\n`);
  return 0;
}

/** Standard input, with the same byte limit and UTF-8 check as files. */
async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    total += (c as Buffer).length;
    if (total > MAX_FILE_BYTES) {
      process.stdin.destroy();
      throw new Error(`standard input is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(c as Buffer);
  }
  const decoded = decodeUtf8(Buffer.concat(chunks));
  if (!decoded.ok) throw new Error(`line ${decoded.line}, column ${decoded.column}: ${decoded.message}`);
  return decoded.text;
}

/**
 * Entry point when run as a program. Standard output may close early (`| head`): that is a normal
 * end, with the decision's exit code. A full or failing standard output is one line and exit 2.
 */
export async function run(): Promise<void> {
  let outError: NodeJS.ErrnoException | null = null;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => void (outError ??= e));
  const code = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    writeOut: (s) => {
      if (outError === null) process.stdout.write(s);
    },
    writeErr: (s) => process.stderr.write(s),
    readStdin: readAllStdin,
  }).catch((e: unknown) => {
    process.stderr.write(`cfn-audit: internal error: ${e instanceof Error ? e.message : String(e)}\nPlease report it with the template that caused it.\n`);
    return EXIT.error;
  });
  // Wait until what was written has left (or failed), so that its error is known before exiting.
  if (outError === null) await new Promise<void>((done) => process.stdout.write('', () => done()));
  const failed = outError as NodeJS.ErrnoException | null;
  if (failed !== null && failed.code !== 'EPIPE') {
    process.stderr.write(`cfn-audit: cannot write to standard output: ${failed.code ?? failed.message}\n`);
    process.exitCode = EXIT.error;
    return;
  }
  process.exitCode = code;
}
