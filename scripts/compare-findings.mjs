#!/usr/bin/env node
// Do two builds give the same results? Runs both CLIs on the same inputs with `-f json` and compares
// the reports stack by stack (every finding with its path, line and column, score, decision, notices)
// and the run's errors and notices. Prints each difference; exit 0 when identical, 1 when not.
//
// Usage: node scripts/compare-findings.mjs --base <other build's main.js or bin> [--cli <this build>] [--jobs N] [inputs...] [-- flags for both]
//   inputs default to ../shared/corpus/real (or CFN_AUDIT_CORPUS/real).
//   --jobs N runs this build with --jobs N (the base build as it is): the worker path must agree too.
// Typical: copy dist/cli of main aside (cp -r dist/cli /tmp/base-cli), build the branch, then
//   node scripts/compare-findings.mjs --base /tmp/base-cli/main.js
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const take = (name) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v ?? null;
};
const base = take('base');
const cli = resolve(take('cli') ?? join(root, 'bin/cfn-audit.js'));
const jobs = take('jobs');
// Flags after `--` go to both runs (say, -- --all-rules --all-branches).
const dashes = args.indexOf('--');
const flags = dashes >= 0 ? args.splice(dashes).slice(1) : [];
if (!base) {
  console.error('usage: compare-findings.mjs --base <main.js of the other build> [--cli <main.js>] [--jobs N] [inputs...]');
  process.exit(2);
}
const inputs = args.length ? args : [join(process.env.CFN_AUDIT_CORPUS ?? join(root, '../shared/corpus'), 'real')];
const tmp = mkdtempSync(join(tmpdir(), 'cfn-audit-compare-'));

function report(bin, out, extra = []) {
  const r = spawnSync(process.execPath, [resolve(bin), ...inputs, '-q', '--no-color', '-f', 'json', '-o', out, ...flags, ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === null || r.status > 3) throw new Error(`${bin} exited ${r.status}: ${r.stderr.slice(-1000)}`);
  return { exit: r.status, report: JSON.parse(readFileSync(out, 'utf8')) };
}

const a = report(base, join(tmp, 'base.json'));
const b = report(cli, join(tmp, 'this.json'), jobs ? ['--jobs', jobs] : []);
rmSync(tmp, { recursive: true, force: true });

const diffs = [];
const keyOf = (s) => `${s.file}\u0000${s.name ?? ''}`;
const index = (stacks) => new Map(stacks.map((s) => [keyOf(s), s]));
const sa = index(a.report.stacks);
const sb = index(b.report.stacks);
let positional = 0;
for (const [k, s] of sa) {
  const t = sb.get(k);
  if (!t) {
    diffs.push(`${s.file}: only in the base run`);
    continue;
  }
  if (isDeepStrictEqual(s, t)) continue;
  const { findings: fa, ...ra } = s;
  const { findings: fb, ...rb } = t;
  if (!isDeepStrictEqual(ra, rb)) diffs.push(`${s.file}: stack summary differs\n  base: ${JSON.stringify(ra)}\n  this: ${JSON.stringify(rb)}`);
  const strip = (f) => ({ ...f, line: 0, column: 0, snippet: '' });
  const n = Math.max(fa.length, fb.length);
  for (let i = 0; i < n; i++) {
    const x = fa[i];
    const y = fb[i];
    if (isDeepStrictEqual(x, y)) continue;
    if (x && y && isDeepStrictEqual(strip(x), strip(y))) {
      positional++;
      diffs.push(`${s.file}: ${x.ruleId} ${x.logicalId} ${JSON.stringify(x.path)} moved ${x.line}:${x.column} → ${y.line}:${y.column}`);
    } else diffs.push(`${s.file}: finding ${i} differs\n  base: ${JSON.stringify(x ?? null)}\n  this: ${JSON.stringify(y ?? null)}`);
  }
}
for (const [k, t] of sb) if (!sa.has(k)) diffs.push(`${t.file}: only in this run`);
for (const key of ['decision', 'errors', 'notices', 'skipped'])
  if (!isDeepStrictEqual(a.report[key], b.report[key]))
    diffs.push(`${key} differs\n  base: ${JSON.stringify(a.report[key]).slice(0, 2000)}\n  this: ${JSON.stringify(b.report[key]).slice(0, 2000)}`);
if (a.exit !== b.exit) diffs.push(`exit code ${a.exit} → ${b.exit}`);

const findings = a.report.stacks.reduce((n, s) => n + s.findings.length, 0);
for (const d of diffs) console.log(d);
console.log(
  `${a.report.stacks.length} stacks, ${findings} findings in the base run: ${diffs.length === 0 ? 'identical' : `${diffs.length} differences (${positional} only in line:column)`}`,
);
process.exit(diffs.length === 0 ? 0 : 1);
