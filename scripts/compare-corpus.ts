/**
 * Findings before and after a change, on a whole corpus: every stack's findings (positions included),
 * errors and skipped count, written as one JSON file, or compared with such a file.
 *
 *   npx tsx scripts/compare-corpus.ts --save before.json [--dir ../shared/corpus/real]
 *   npx tsx scripts/compare-corpus.ts --against before.json [--dir …]
 *
 * Runs in-process through runAudit with every rule on (`--all-rules`), so advisory rules count too.
 * Exit code: 0 identical, 1 differences (listed), 2 usage or corpus missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunOutcome, RunRequest } from '../src/adapters/run.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  readonly key: string;
  readonly at: string;
  readonly rest: string;
}
interface Dump {
  readonly stacks: Record<string, Row[]>;
  readonly errors: Record<string, string>;
  readonly skipped: number;
}

async function dump(dir: string): Promise<Dump> {
  const compiled = spawnSync(process.execPath, [join(ROOT, 'scripts/catalogue.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (compiled.status !== 0) throw new Error(`compiling the rule catalogue failed:\n${compiled.stderr}`);
  const { runAudit } = (await import('../src/adapters/run.js')) as { runAudit: (r: RunRequest) => Promise<RunOutcome> };
  const { report } = await runAudit({ inputs: ['.'], cwd: dir, allRules: true, discoverConfig: false });
  const stacks = Object.create(null) as Record<string, Row[]>;
  for (const s of report.stacks) {
    const rows = s.findings.map((f) => ({
      key: `${f.fingerprint} ${f.ruleId} ${f.logicalId} ${JSON.stringify(f.path)}`,
      at: `${f.line}:${f.column}`,
      rest: JSON.stringify({ outcome: f.outcome, status: f.status, risk: f.risk, data: f.data, conditions: f.conditions, snippet: f.snippet ?? null }),
    }));
    rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    stacks[`${s.file}#${s.name ?? ''}`] = rows;
  }
  const errors = Object.create(null) as Record<string, string>;
  for (const e of report.errors) errors[e.file] = `${e.line}:${e.column} ${e.message}`;
  return { stacks, errors, skipped: report.skipped };
}

function compare(before: Dump, after: Dump): string[] {
  const out: string[] = [];
  const files = new Set([...Object.keys(before.stacks), ...Object.keys(after.stacks)]);
  for (const f of [...files].sort()) {
    const a = before.stacks[f];
    const b = after.stacks[f];
    if (!a || !b) {
      out.push(`${f}: stack ${a ? 'gone' : 'new'} (${(a ?? b)!.length} findings)`);
      continue;
    }
    const byKey = new Map(a.map((r) => [r.key, r]));
    const seen = new Set<string>();
    for (const r of b) {
      seen.add(r.key);
      const old = byKey.get(r.key);
      if (!old) out.push(`${f}: new finding ${r.key} at ${r.at} ${r.rest}`);
      else {
        if (old.at !== r.at) out.push(`${f}: position ${r.key} ${old.at} → ${r.at}`);
        if (old.rest !== r.rest) out.push(`${f}: changed ${r.key}\n    before ${old.rest}\n    after  ${r.rest}`);
      }
    }
    for (const r of a) if (!seen.has(r.key)) out.push(`${f}: finding gone ${r.key} at ${r.at} ${r.rest}`);
  }
  const errFiles = new Set([...Object.keys(before.errors), ...Object.keys(after.errors)]);
  for (const f of [...errFiles].sort()) {
    if (before.errors[f] !== after.errors[f]) out.push(`${f}: error ${before.errors[f] ?? '(none)'} → ${after.errors[f] ?? '(none)'}`);
  }
  if (before.skipped !== after.skipped) out.push(`skipped files ${before.skipped} → ${after.skipped}`);
  return out;
}

const argv = process.argv.slice(2);
let dir = resolve(ROOT, process.env['CFN_AUDIT_CORPUS'] ? join(process.env['CFN_AUDIT_CORPUS'], 'real') : '../shared/corpus/real');
let save: string | null = null;
let against: string | null = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--dir') dir = resolve(argv[++i] ?? dir);
  else if (a === '--save') save = argv[++i] ?? null;
  else if (a === '--against') against = argv[++i] ?? null;
  else {
    process.stderr.write(`unknown option ${a}\nusage: tsx scripts/compare-corpus.ts (--save FILE | --against FILE) [--dir corpus]\n`);
    process.exit(2);
  }
}
if (!existsSync(dir) || (!save && !against)) {
  process.stderr.write(!existsSync(dir) ? `no corpus at ${dir} (set CFN_AUDIT_CORPUS or pass --dir)\n` : 'give --save FILE or --against FILE\n');
  process.exit(2);
}
const now = await dump(dir);
const count = Object.values(now.stacks).reduce((n, r) => n + r.length, 0);
process.stdout.write(`${Object.keys(now.stacks).length} stacks, ${count} findings, ${Object.keys(now.errors).length} errors, ${now.skipped} skipped\n`);
if (save) writeFileSync(save, JSON.stringify(now));
if (against) {
  const diffs = compare(JSON.parse(readFileSync(against, 'utf8')) as Dump, now);
  for (const d of diffs) process.stdout.write(d + '\n');
  process.stdout.write(diffs.length === 0 ? 'identical\n' : `${diffs.length} differences\n`);
  process.exit(diffs.length === 0 ? 0 : 1);
}
