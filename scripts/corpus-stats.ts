/**
 * `npm run corpus [-- --all-rules] [--profile name] [--scoring mode] [--json] [--rule Id] [--dir path]`: audit the real-world corpus
 * (../shared/corpus/real, AWS's own samples) in-process through runAudit, and print what the
 * false-alarm review needs: decision counts, the most frequent rules, rules that fire on most
 * templates and the highest-scoring templates. `--rule Id` lists every finding of one rule.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AuditReport, Decision, Finding, StackReport } from '../src/types/types.js';
import type { RunRequest, RunOutcome } from '../src/adapters/run.js';
import { ROOT } from './rule-source.js';

export interface RuleStat {
  readonly rule: string;
  readonly risk: number;
  readonly enabled: boolean;
  readonly findings: number;
  readonly unknown: number;
  readonly suppressed: number;
  readonly templates: number;
}

export interface TemplateStat {
  readonly file: string;
  readonly score: number;
  readonly decision: Decision;
  /** Rules by risk, highest first: id, count of counted findings, the rule's highest risk there. */
  readonly rules: readonly { rule: string; count: number; risk: number }[];
}

export interface CorpusStats {
  readonly dir: string;
  readonly allRules: boolean;
  readonly profile: string;
  readonly found: number;
  readonly parsed: number;
  readonly errors: number;
  readonly firstErrors: readonly { file: string; line: number | null; message: string }[];
  readonly skipped: number;
  readonly decisions: Readonly<Record<Decision, number>>;
  readonly findings: number;
  readonly topRules: readonly RuleStat[];
  readonly rulesOnMostTemplates: readonly RuleStat[];
  readonly topTemplates: readonly TemplateStat[];
  readonly rulesEnabled: number;
  readonly rulesNeverFired: number;
  readonly ms: number;
}

const counted = (f: Finding): boolean => f.status === 'active' && f.outcome === 'fail';

/** Aggregates a report; `enabled` maps each rule id that ran to its default state. */
export function summarize(report: AuditReport, catalogue: RunOutcome['catalogue'], opts: { dir: string; allRules: boolean; ms: number; profile?: string }): CorpusStats {
  const decisions: Record<Decision, number> = { pass: 0, 'manual-approval': 0, fail: 0 };
  const perRule = new Map<string, { findings: number; unknown: number; suppressed: number; files: Set<string> }>();
  const files = new Set<string>();
  let findings = 0;
  for (const s of report.stacks) {
    decisions[s.decision]++;
    files.add(s.file);
    for (const f of s.findings) {
      findings++;
      let r = perRule.get(f.ruleId);
      if (!r) perRule.set(f.ruleId, (r = { findings: 0, unknown: 0, suppressed: 0, files: new Set() }));
      if (f.status !== 'active') r.suppressed++;
      else if (f.outcome === 'unknown') r.unknown++;
      else r.findings++;
      r.files.add(s.file);
    }
  }
  const meta = new Map(catalogue.map((r) => [r.id, r]));
  const ruleStats: RuleStat[] = [...perRule].map(([rule, r]) => ({
    rule,
    risk: meta.get(rule)?.risk ?? 0,
    enabled: meta.get(rule)?.enabled ?? true,
    findings: r.findings,
    unknown: r.unknown,
    suppressed: r.suppressed,
    templates: r.files.size,
  }));
  const byFreq = [...ruleStats].sort((a, b) => b.templates - a.templates || b.findings - a.findings || (a.rule < b.rule ? -1 : 1));
  const topTemplates = [...report.stacks]
    .sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .slice(0, 20)
    .map(templateStat);
  const enabled = catalogue.filter((r) => r.enabled || opts.allRules);
  return {
    dir: opts.dir,
    allRules: opts.allRules,
    profile: opts.profile ?? 'default',
    found: report.stacks.length + report.errors.length + report.skipped,
    parsed: report.stacks.length,
    errors: report.errors.length,
    firstErrors: report.errors.slice(0, 5).map((e) => ({ file: e.file, line: e.line, message: e.message })),
    skipped: report.skipped,
    decisions,
    findings,
    topRules: byFreq.slice(0, 15),
    rulesOnMostTemplates: byFreq.filter((r) => r.templates > files.size / 2),
    topTemplates,
    rulesEnabled: enabled.length,
    rulesNeverFired: enabled.filter((r) => !perRule.has(r.id)).length,
    ms: opts.ms,
  };
}

function templateStat(s: StackReport): TemplateStat {
  const by = new Map<string, { count: number; risk: number }>();
  for (const f of s.findings) {
    if (!counted(f)) continue;
    const r = by.get(f.ruleId) ?? { count: 0, risk: 0 };
    r.count++;
    r.risk = Math.max(r.risk, f.risk);
    by.set(f.ruleId, r);
  }
  const rules = [...by].map(([rule, r]) => ({ rule, ...r })).sort((a, b) => b.risk - a.risk || (a.rule < b.rule ? -1 : 1));
  return { file: s.name ? `${s.file} (${s.name})` : s.file, score: s.score, decision: s.decision, rules };
}

function printText(st: CorpusStats): void {
  const pctOf = (n: number): string => (st.parsed ? `${((n / st.parsed) * 100).toFixed(1)}%` : 'n/a');
  const out: string[] = [
    `corpus ${st.dir}, profile ${st.profile}${st.allRules ? ' (all rules, advisory included)' : ''}`,
    `templates found ${st.found}: parsed ${st.parsed}, errors ${st.errors}, skipped ${st.skipped} (not templates)`,
  ];
  for (const e of st.firstErrors) out.push(`  error ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message.split('\n')[0]}`);
  const d = st.decisions;
  out.push(`decisions: pass ${d.pass} (${pctOf(d.pass)}) · manual-approval ${d['manual-approval']} (${pctOf(d['manual-approval'])}) · fail ${d.fail} (${pctOf(d.fail)})`);
  out.push(`findings ${st.findings}; ${st.rulesEnabled} rules enabled, ${st.rulesNeverFired} never fired`);
  out.push('', 'most frequent rules (templates hit, active fail findings, unknown, suppressed, risk):');
  for (const r of st.topRules) {
    out.push(
      `  ${r.rule.padEnd(40)} ${String(r.templates).padStart(5)} tpl (${pctOf(r.templates).padStart(5)})  ${String(r.findings).padStart(5)} fail  ${String(r.unknown).padStart(4)} unknown  ${String(r.suppressed).padStart(4)} suppressed  risk ${r.risk}${r.enabled ? '' : ' (off by default)'}`,
    );
  }
  out.push(
    '',
    `rules firing on more than half of the templates: ${st.rulesOnMostTemplates.length ? st.rulesOnMostTemplates.map((r) => `${r.rule} (${pctOf(r.templates)})`).join(', ') : 'none'}`,
  );
  out.push('', 'highest-scoring templates:');
  for (const t of st.topTemplates) {
    const rules = t.rules
      .slice(0, 5)
      .map((r) => `${r.rule}×${r.count}`)
      .join(', ');
    out.push(`  ${String(t.score).padStart(4)} ${t.decision.padEnd(15)} ${t.file}`, `       ${rules}${t.rules.length > 5 ? `, +${t.rules.length - 5} more` : ''}`);
  }
  out.push('', `whole run ${(st.ms / 1000).toFixed(2)} s`);
  process.stdout.write(out.join('\n') + '\n');
}

function printRule(report: AuditReport, rule: string): void {
  const out: string[] = [];
  for (const s of report.stacks) {
    for (const f of s.findings) {
      if (f.ruleId !== rule) continue;
      const data = Object.entries(f.data)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ');
      out.push(`${f.file}:${f.line}:${f.column} ${f.logicalId} ${f.outcome}${f.status !== 'active' ? ` (${f.status})` : ''} ${data}`);
    }
  }
  out.push(`${out.length} findings of ${rule}`);
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? '')) {
  const argv = process.argv.slice(2);
  let dir = join(ROOT, '../shared/corpus/real');
  let allRules = false;
  let json = false;
  let rule: string | null = null;
  let profile: string | null = null;
  let scoring: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--all-rules') allRules = true;
    else if (a === '--json') json = true;
    else if (a === '--rule') rule = argv[++i] ?? null;
    else if (a === '--profile') profile = argv[++i] ?? null;
    else if (a === '--scoring') scoring = argv[++i] ?? null;
    else if (a === '--dir') dir = resolve(argv[++i] ?? dir);
    else {
      process.stderr.write(`unknown option ${a}\nusage: npm run corpus -- [--all-rules] [--profile name] [--scoring mode] [--json] [--rule Id] [--dir path]\n`);
      process.exit(2);
    }
  }
  if (scoring !== null && !(['per-rule', 'per-resource', 'per-violation'] as const).some((m) => m === scoring)) {
    process.stderr.write(`--scoring takes per-rule, per-resource or per-violation\n`);
    process.exit(2);
  }
  if (!existsSync(dir)) {
    process.stderr.write(`no corpus at ${dir}\n`);
    process.exit(2);
  }
  // runAudit reads the compiled catalogue; compile it from rules/ first so the run sees the rule files as they are.
  const compiled = spawnSync(process.execPath, [join(ROOT, 'scripts/catalogue.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (compiled.status !== 0) {
    process.stderr.write(`compiling the rule catalogue failed:\n${compiled.stderr}`);
    process.exit(2);
  }
  const { runAudit } = (await import('../src/adapters/run.js')) as { runAudit: (r: RunRequest) => Promise<RunOutcome> };
  const started = performance.now();
  // The corpus is audited as a new user would: no config file from the folders around it.
  const { report, catalogue } = await runAudit({ inputs: ['.'], cwd: dir, allRules, profile, scoring: scoring as RunRequest['scoring'], discoverConfig: false });
  const ms = Math.round(performance.now() - started);
  if (rule) printRule(report, rule);
  else {
    const st = summarize(report, catalogue, { dir, allRules, ms, profile: profile ?? 'default' });
    if (json) process.stdout.write(JSON.stringify(st, null, 2) + '\n');
    else printText(st);
  }
}
