/**
 * `npm run accuracy [-- --check] [--all-rules] [--json] [--verbose] [--rule W2]`: our findings against
 * cfn_nag's labelled rule fixtures (../shared/corpus/expect/cfn_nag). For every cfn_nag id that one of our
 * rules names in `equivalents.cfn_nag` (by default only rules enabled by default; `--all-rules` adds the
 * advisory ones, as the CLI flag does), each case's template is audited in-process and the logical
 * ids our mapped rules flag (outcome fail, any status: cfn_nag's specs bypass suppressions too) are
 * compared with cfn_nag's. Exits 0 unless --check is given and a target is missed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Auditor } from '../src/engine/audit.js';
import { parseParameters } from '../src/load/parameters.js';
import { parseTemplate } from '../src/load/parse.js';
import type { RuleSpec } from '../src/rules/schema.js';
import { loadRuleSources, ROOT } from './rule-source.js';
import {
  compareCase,
  inScope,
  parseDisagreements,
  pct,
  reportedTypes,
  securityGroupAliases,
  staleDisagreements,
  totals,
  unsupportedReason,
  worstFirst,
  type CaseResult,
  type Disagreement,
  type NagCase,
  type Totals,
} from './accuracy-compare.js';

export const TARGETS = { mapped: 85, recall: 0.95, precision: 0.95 } as const;

interface Expected {
  readonly rule: string;
  readonly rule_class: string;
  readonly rule_type: string;
  readonly description: string;
  readonly cases: readonly NagCase[];
}

interface RuleRow {
  readonly rule: string;
  readonly ruleClass: string;
  readonly ours: readonly string[];
  readonly cases: number;
  readonly totals: Totals;
  readonly results: readonly CaseResult[];
  /** Resource types cfn_nag reports for this rule (from its fixtures); [] = not known, nothing filtered. */
  readonly scope: readonly string[];
  /** Our findings on other resource types: a different check of a broader rule of ours, not compared. */
  readonly outOfScope: number;
}

interface Args {
  readonly check: boolean;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly only: ReadonlySet<string>;
  readonly corpus: string;
  readonly allRules: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const only = new Set<string>();
  let corpus = join(ROOT, '../shared/corpus');
  let check = false;
  let json = false;
  let verbose = false;
  let allRules = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') check = true;
    else if (a === '--json') json = true;
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--all-rules') allRules = true;
    else if (a === '--rule') for (const r of (argv[++i] ?? '').split(',')) only.add(r.trim());
    else if (a === '--corpus') corpus = argv[++i] ?? corpus;
    else {
      process.stderr.write(`unknown option ${a}\nusage: npm run accuracy -- [--check] [--all-rules] [--json] [--verbose] [--rule W2,F1000] [--corpus dir]\n`);
      process.exit(2);
    }
  }
  return { check, json, verbose, only, corpus, allRules };
}

export interface AccuracyRun {
  readonly nagRules: number;
  readonly mapped: readonly { rule: string; ruleClass: string; ours: readonly string[] }[];
  readonly unmapped: readonly { rule: string; ruleClass: string; description: string }[];
  /** cfn_nag ids named in our equivalents that cfn_nag's fixtures do not have. */
  readonly unknownIds: readonly { id: string; ours: readonly string[] }[];
  readonly rows: readonly RuleRow[];
  readonly totals: Totals;
  readonly cases: number;
  readonly skipped: readonly { rule: string; template: string; reason: string }[];
  readonly errors: readonly { rule: string; template: string; message: string }[];
  readonly byDesign: readonly Disagreement[];
  readonly staleDisagreements: readonly Disagreement[];
  readonly targets: { readonly mapped: boolean; readonly recall: boolean; readonly precision: boolean };
  readonly allRules: boolean;
  readonly ms: number;
}

export function runAccuracy(corpus: string, only: ReadonlySet<string> = new Set(), allRules = true): AccuracyRun {
  const started = performance.now();
  const nagRoot = join(corpus, 'expect/cfn_nag');
  const rules = loadRuleSources()
    .map((r) => r.spec)
    .filter((r) => allRules || r.enabled);
  const byNag = new Map<string, RuleSpec[]>();
  for (const r of rules) for (const id of r.equivalents.cfn_nag) byNag.set(id, [...(byNag.get(id) ?? []), r]);
  const docPath = join(ROOT, 'docs/accuracy.md');
  const listed = existsSync(docPath) ? parseDisagreements(readFileSync(docPath, 'utf8')) : [];

  const mappedRules = rules.filter((r) => r.equivalents.cfn_nag.length > 0).map((r) => ({ ...r, enabled: true }));
  const auditors = new Map<string, Auditor>();
  const auditorFor = (params: Record<string, string>): Auditor => {
    const key = JSON.stringify(params);
    let a = auditors.get(key);
    if (!a) auditors.set(key, (a = new Auditor({ rules: mappedRules, parameters: params })));
    return a;
  };

  const expectedFiles = readdirSync(nagRoot)
    .filter((d) => existsSync(join(nagRoot, d, 'expected.json')))
    .sort();
  const mapped: AccuracyRun['mapped'][number][] = [];
  const unmapped: AccuracyRun['unmapped'][number][] = [];
  const rows: RuleRow[] = [];
  const skipped: AccuracyRun['skipped'][number][] = [];
  const errors: AccuracyRun['errors'][number][] = [];
  const seenNag = new Set<string>();
  for (const dir of expectedFiles) {
    const exp = JSON.parse(readFileSync(join(nagRoot, dir, 'expected.json'), 'utf8')) as Expected;
    seenNag.add(exp.rule);
    const ours = byNag.get(exp.rule) ?? [];
    if (ours.length === 0) {
      unmapped.push({ rule: exp.rule, ruleClass: exp.rule_class, description: exp.description });
      continue;
    }
    const ourIds = new Set(ours.map((r) => r.id));
    mapped.push({ rule: exp.rule, ruleClass: exp.rule_class, ours: [...ourIds].sort() });
    if (only.size > 0 && !only.has(exp.rule)) continue;
    // First read every case, so that the resource types cfn_nag reports for this rule are known.
    const prepared: { c: NagCase; text: string; params: Record<string, string>; body: Readonly<Record<string, unknown>> | null }[] = [];
    for (const c of exp.cases) {
      const why = unsupportedReason(c);
      if (why) {
        skipped.push({ rule: exp.rule, template: c.template, reason: why });
        continue;
      }
      let params: Record<string, string> = {};
      if (c.parameters_file) {
        const p = parseParameters(readFileSync(join(nagRoot, dir, c.parameters_file), 'utf8'));
        if (!p.ok) {
          errors.push({ rule: exp.rule, template: c.template, message: `parameters ${c.parameters_file}: ${p.message}` });
          continue;
        }
        params = p.values;
      }
      const path = join(nagRoot, dir, c.template);
      if (!existsSync(path)) {
        errors.push({ rule: exp.rule, template: c.template, message: 'template file missing' });
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const parsed = parseTemplate({ file: c.template, text, explicit: true });
      prepared.push({ c, text, params, body: parsed.ok ? parsed.template.body : null });
    }
    const scope = reportedTypes(prepared.flatMap((p) => (p.body ? [{ violating: p.c.violating, body: p.body }] : [])));
    const results: CaseResult[] = [];
    let outOfScope = 0;
    for (const { c, text, params, body } of prepared) {
      const r = auditorFor(params).auditSource({ file: c.template, text, explicit: true });
      if ('error' in r) {
        errors.push({ rule: exp.rule, template: c.template, message: `${r.error.line ?? '?'}:${r.error.column ?? '?'} ${r.error.message}` });
        continue;
      }
      if ('skip' in r) {
        errors.push({ rule: exp.rule, template: c.template, message: 'not recognised as a template' });
        continue;
      }
      const aliases = body ? securityGroupAliases(body) : new Map<string, string[]>();
      const flagged: string[] = [];
      for (const f of r.stack.findings) {
        if (f.outcome !== 'fail' || !ourIds.has(f.ruleId)) continue;
        if (inScope(scope, f.resourceType, aliases.has(f.logicalId))) flagged.push(f.logicalId);
        else outOfScope++;
      }
      results.push(compareCase(exp.rule, c, flagged, listed, aliases));
    }
    rows.push({
      rule: exp.rule,
      ruleClass: exp.rule_class,
      ours: [...ourIds].sort(),
      cases: results.length,
      totals: totals(results),
      results,
      scope: [...scope].sort(),
      outOfScope,
    });
  }
  const all = rows.flatMap((r) => r.results);
  const t = totals(all);
  const unknownIds = [...byNag.keys()]
    .filter((id) => !seenNag.has(id))
    .sort()
    .map((id) => ({ id, ours: (byNag.get(id) ?? []).map((r) => r.id) }));
  return {
    nagRules: seenNag.size,
    mapped,
    unmapped,
    unknownIds,
    rows: worstFirst(rows),
    totals: t,
    cases: all.length,
    skipped,
    errors,
    byDesign: all.flatMap((r) => r.byDesign),
    staleDisagreements:
      only.size > 0
        ? []
        : staleDisagreements(
            listed.filter((d) => byNag.has(d.rule)),
            all,
          ),
    targets: { mapped: mapped.length >= TARGETS.mapped, recall: (t.recall ?? 0) >= TARGETS.recall, precision: (t.precision ?? 0) >= TARGETS.precision },
    allRules,
    ms: Math.round(performance.now() - started),
  };
}

function printText(run: AccuracyRun, verbose: boolean): void {
  const out: string[] = [];
  const ok = (b: boolean): string => (b ? 'ok  ' : 'MISS');
  out.push(
    `cfn_nag rules mapped: ${run.mapped.length} of ${run.nagRules} (${run.allRules ? 'all rules, advisory included' : 'rules enabled by default; --all-rules adds the advisory ones'})`,
  );
  if (run.unmapped.length) out.push(`not mapped (${run.unmapped.length}): ${run.unmapped.map((u) => u.rule).join(' ')}`);
  if (run.unknownIds.length) out.push(`cfn_nag ids in our equivalents that cfn_nag's fixtures lack: ${run.unknownIds.map((u) => `${u.id} (${u.ours.join(', ')})`).join('; ')}`);
  out.push('', 'per cfn_nag rule, worst first:   recall  precision   TP  FP  FN  cases  our rules');
  const perfect: string[] = [];
  for (const r of run.rows) {
    const t = r.totals;
    if (!verbose && t.fp === 0 && t.fn === 0) {
      perfect.push(r.rule);
      continue;
    }
    out.push(
      `  ${r.rule.padEnd(6)} ${r.ruleClass.slice(0, 24).padEnd(24)} ${pct(t.recall)}  ${pct(t.precision)}   ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${String(r.cases).padStart(5)}  ${r.ours.join(', ')}`,
    );
    if (verbose && r.scope.length) out.push(`           compared on ${r.scope.join(', ')}${r.outOfScope ? `; ${r.outOfScope} findings on other types not compared` : ''}`);
    for (const c of r.results) {
      if (c.fp === 0 && c.fn === 0 && !verbose) continue;
      const parts = [c.missed.length ? `missed ${c.missed.join(', ')}` : '', c.extra.length ? `extra ${c.extra.join(', ')}` : ''].filter(Boolean);
      if (parts.length || verbose) out.push(`           ${c.template}: ${parts.join('; ') || 'ok'}`);
    }
  }
  if (perfect.length) out.push(`  100% on both (${perfect.length}): ${perfect.join(' ')}`);
  if (verbose) {
    out.push('', 'mapping (cfn_nag rule → our rules):');
    for (const m of run.mapped) out.push(`  ${m.rule.padEnd(6)} ${m.ruleClass.padEnd(52)} → ${m.ours.join(', ')}`);
  }
  if (run.byDesign.length) {
    out.push('', `disagreements by design (${run.byDesign.length}, see docs/accuracy.md):`);
    for (const d of run.byDesign) out.push(`  ${d.rule} ${d.template} ${d.logicalId}: ${d.reason}`);
  }
  if (run.staleDisagreements.length) {
    out.push('', `listed in docs/accuracy.md but no longer a difference (${run.staleDisagreements.length}):`);
    for (const d of run.staleDisagreements) out.push(`  ${d.rule} ${d.template} ${d.logicalId}`);
  }
  if (run.skipped.length) {
    out.push('', `skipped cases we cannot honour (${run.skipped.length}):`);
    for (const s of run.skipped) out.push(`  ${s.rule} ${s.template}: ${s.reason}`);
  }
  if (run.errors.length) {
    out.push('', `errors (${run.errors.length}):`);
    for (const e of run.errors) out.push(`  ${e.rule} ${e.template}: ${e.message}`);
  }
  const t = run.totals;
  out.push(
    '',
    `totals over ${run.cases} mapped cases: recall ${pct(t.recall).trim()} (${t.tp}/${t.tp + t.fn}), precision ${pct(t.precision).trim()} (${t.tp}/${t.tp + t.fp}); ${run.skipped.length} skipped, ${run.errors.length} errors, ${run.byDesign.length} by design; ${run.ms} ms`,
    `targets: ${ok(run.targets.mapped)} mapped ${run.mapped.length} >= ${TARGETS.mapped} · ${ok(run.targets.recall)} recall >= ${TARGETS.recall * 100}% · ${ok(run.targets.precision)} precision >= ${TARGETS.precision * 100}%`,
  );
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? '')) {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(args.corpus, 'expect/cfn_nag'))) {
    process.stderr.write(`no cfn_nag expectations under ${args.corpus}/expect/cfn_nag\n`);
    process.exit(2);
  }
  const run = runAccuracy(args.corpus, args.only, args.allRules);
  if (args.json) process.stdout.write(JSON.stringify(run, null, 2) + '\n');
  else printText(run, args.verbose);
  const met = run.targets.mapped && run.targets.recall && run.targets.precision;
  process.exitCode = args.check && !met ? 1 : 0;
}
