/**
 * `cfn-audit fix <paths…>`: audit, then print the fixes as a unified diff (or write them with --write).
 * Exit codes: 0 nothing left that it can fix · 1 fixes available (without --write) · 2 could not audit.
 * The fix engine is pure (src/fix); this adapter reads and writes the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { AuditReport, Finding } from '../types/types.js';
import { runAudit, UsageError } from './run.js';
import { fixFiles, fixResolver, suggestFixes, type FixSuggestion } from '../fix/suggest.js';
import { builtinFixes } from '../fix/fixes/index.js';
import { DEFAULT_FIX_OPTIONS, type FixOptions } from '../fix/types.js';
import type { RuleSpec } from '../rules/schema.js';
import type { CliIO } from './cli.js';

export const FIX_HELP = `Usage
  cfn-audit fix [options] <path...>   print the fixes cfn-audit can make, as a unified diff

Options
      --write                apply the fixes to the files in place
      --rule <id>            only fix findings of this rule; repeatable
      --retention-days <n>   RetentionInDays given to log groups without one (default ${DEFAULT_FIX_OPTIONS.retentionDays})
  -p, --parameters <file>    parameter values, as for an audit
  -c, --config <file>        config file, as for an audit
  -P, --profile <name>       profile, as for an audit
      --all-rules            also fix findings of advisory rules that are off by default
  -q, --quiet                no notes on stderr about findings left alone

Only failing findings that are not suppressed or excepted are fixed, and only where the fix is
mechanical; a value that comes from a parameter or another intrinsic is left alone and a note says
why. Exit codes: 0 nothing left that it can fix, 1 fixes available (without --write), 2 could not
audit.
`;

/** Texts of audited files by their shown name (as in findings), read once; null when unreadable or stdin. */
export function fileReader(cwd: string): (file: string) => string | null {
  const cache = new Map<string, string | null>();
  return (file) => {
    if (cache.has(file)) return cache.get(file)!;
    let text: string | null = null;
    if (file !== '-' && file !== '<stdin>') {
      try {
        text = readFileSync(resolve(cwd, file), 'utf8');
      } catch {
        text = null;
      }
    }
    cache.set(file, text);
    return text;
  };
}

/** Findings cfn-audit can fix in files it can edit (CDK output is generated: fix the app instead). */
function editable(report: AuditReport): Finding[] {
  return report.stacks.filter((s) => s.origin === 'cloudformation').flatMap((s) => s.findings);
}

/** Fix suggestions for every fixable finding of a report (SARIF `fixes`, Markdown diffs, the Action's summary). */
export function reportFixes(report: AuditReport, catalogue: readonly RuleSpec[], cwd: string): Map<string, FixSuggestion> {
  return suggestFixes(editable(report), fileReader(cwd), fixResolver(catalogue));
}

export async function fixCommand(io: CliIO, args: readonly string[]): Promise<number> {
  const { values: o, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      write: { type: 'boolean' },
      rule: { type: 'string', multiple: true },
      'retention-days': { type: 'string' },
      parameters: { type: 'string', short: 'p' },
      config: { type: 'string', short: 'c' },
      profile: { type: 'string', short: 'P' },
      'all-rules': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (o.help) {
    io.writeOut(FIX_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('fix: name at least one template or directory');
  const days = o['retention-days'] === undefined ? DEFAULT_FIX_OPTIONS.retentionDays : Number(o['retention-days']);
  if (!Number.isInteger(days) || days < 1) throw new UsageError(`--retention-days takes a whole number of days (got "${o['retention-days']}")`);
  const options: FixOptions = { retentionDays: days };
  const only = o.rule?.length ? new Set(o.rule) : null;
  const { report, catalogue } = await runAudit({
    inputs: positionals,
    cwd: io.cwd,
    parametersFile: o.parameters ?? null,
    configFile: o.config ?? null,
    profile: o.profile ?? null,
    // A rule named with --rule is fixed even when it is advisory (off by default).
    allRules: o['all-rules'] === true || only !== null,
    readStdin: io.readStdin,
  });
  for (const id of only ?? []) {
    const rule = catalogue.find((r) => r.id === id);
    if (!rule) throw new UsageError(`--rule ${id}: no such rule`);
    if (!rule.fix) throw new UsageError(`--rule ${id}: the rule has no automatic fix`);
  }
  for (const r of catalogue) if (r.fix && !builtinFixes[r.fix]) throw new UsageError(`${r.source}: rule ${r.id} names the fix \`${r.fix}\`, which does not exist`);
  for (const e of report.errors) io.writeErr(`cfn-audit: ${e.file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}\n`);
  const read = fileReader(io.cwd);
  const fixed = fixFiles(editable(report), read, fixResolver(catalogue, only), options);
  let changed = 0;
  let count = 0;
  for (const f of fixed) {
    for (const r of f.results) {
      if (r.outcome.kind === 'fixed') count++;
      else if (r.outcome.kind === 'refused' && !o.quiet)
        io.writeErr(`${r.finding.file}:${r.finding.line}:${r.finding.column}: ${r.finding.ruleId} not fixed: ${r.outcome.reason}\n`);
    }
    if (f.after === f.before) continue;
    changed++;
    if (o.write) {
      try {
        writeFileSync(resolve(io.cwd, f.file), f.after);
      } catch (e) {
        throw new UsageError(`cannot write ${f.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    } else io.writeOut(f.diff);
  }
  if (!o.quiet) io.writeErr(`${count} finding${count === 1 ? '' : 's'} ${o.write ? 'fixed' : 'can be fixed'} in ${changed} file${changed === 1 ? '' : 's'}\n`);
  if (report.errors.length > 0) return 2;
  return count > 0 && !o.write ? 1 : 0;
}
