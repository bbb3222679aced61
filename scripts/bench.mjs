#!/usr/bin/env node
// Speed measurements printed as ratios (npm run bench). Whole processes are timed, so start-up and
// module loading count. Every comparison runs its two commands interleaved (A B A B …, 11 runs each
// unless --runs says otherwise, never fewer than 7: with 7, the median of one command moved by up to a
// tenth between two benches on a shared 2-core machine) and reports the median wall time and the
// median CPU time (user+sys, steadier than wall time on a shared machine) of each, and for each ratio
// also the median of the per-round ratios (the two runs of a round are made one after the other, so a
// change in the machine's load affects both).
//
// The floor is a program that only reads every template file of the corpus and parses it with
// js-yaml 4 (YAML, every `!Tag` accepted as data) or JSON.parse: the cost of reading the input at all.
//
// Corpus rows also time --jobs 2 and a warm --cache run (the cache filled by one run first).
//
// The timed processes run without NODE_EXTRA_CA_CERTS and NODE_OPTIONS (--keep-env keeps them). Node
// acts on both at every start, before any script runs: with NODE_EXTRA_CA_CERTS it reads and parses a
// CA bundle (60-80 ms per process on the 2-core machines this was measured on, more than a bare
// `node -e ''` takes without it), which is no part of the work being compared, weighs on every command
// alike and so makes every ratio say less. The header says which were removed.
//
// Usage: node scripts/bench.mjs [--runs N] [--cli path/to/main.js] [--compare other/main.js] [--corpus dir]
//                               [--only small,growth,scale,corpus] [--keep-env]
// --compare runs another build (say, a copy of dist/cli from before a change) interleaved with this one
// on the small, scale and corpus inputs and prints how many times faster this one is.
// Needs a built dist/ (npm run bench builds first) and ../shared/corpus (or --corpus / CFN_AUDIT_CORPUS)
// for the corpus and scale figures; without it those are skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const runs = Math.max(7, Number(opt('runs', 11)) || 11);
const cli = resolve(opt('cli', join(root, 'bin/cfn-audit.js')));
const compareCli = opt('compare', null) === null ? null : resolve(opt('compare', ''));
const corpus = resolve(opt('corpus', process.env.CFN_AUDIT_CORPUS ?? join(root, '../shared/corpus')));
const only = new Set(opt('only', 'small,growth,scale,corpus').split(','));
const tmp = mkdtempSync(join(tmpdir(), 'cfn-audit-bench-'));
const haveCorpus = existsSync(join(corpus, 'real'));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const STARTUP_ENV = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const keepEnv = args.includes('--keep-env');
const removedEnv = keepEnv ? [] : STARTUP_ENV.filter((k) => process.env[k] !== undefined);
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !removedEnv.includes(k)));

/** One whole-process run: wall ms, CPU ms (user+sys) and peak RSS (MB) when /usr/bin/time is there. */
function once(argv) {
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%U %S %M', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, env: childEnv })
    : spawnSync('bash', ['-c', '"$@" >/dev/null; times', 'bench', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, env: childEnv });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  // Exit 2 is a finished run that could not audit some file (the real corpus holds two broken templates).
  if (r.status === null || r.status > 3) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  let cpu = null;
  let rss = null;
  if (timeBin) {
    const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr.trim());
    if (m) {
      cpu = (Number(m[1]) + Number(m[2])) * 1000;
      rss = Number(m[3]) / 1024;
    }
  } else {
    // `times` prints the shell's then the children's user/sys times: "0m0.001s 0m0.002s\n0m1.234s 0m0.100s"
    const lines = r.stdout.trim().split('\n');
    const sec = (s) => {
      const m = /(\d+)m([\d.]+)s/.exec(s);
      return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
    };
    const kids = (lines[lines.length - 1] ?? '').split(/\s+/);
    cpu = (sec(kids[0] ?? '') + sec(kids[1] ?? '')) * 1000;
  }
  return { wall, cpu, rss };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/** Runs the commands interleaved, `runs` times each; returns the medians of each, and its runs (one per round). */
function interleaved(commands, n = runs) {
  const samples = commands.map(() => []);
  for (let i = 0; i < n; i++) commands.forEach((c, j) => samples[j].push(once(c)));
  return samples.map((s) => ({ wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)), rss: Math.max(...s.map((x) => x.rss ?? 0)) || null, runs: s }));
}

/**
 * The per-round ratios of a's time over b's (each round's two runs are made one after the other, so a change
 * in the machine's load affects both): their median, steadier than the ratio of the two medians, and their
 * quartiles, which show how far one bench's ratio can move on this machine. Null unless both come from one
 * interleaved set.
 */
function perRound(a, b, key) {
  if (!a.runs || !b.runs || a.runs.length !== b.runs.length) return null;
  const r = a.runs
    .map((x, i) => (x[key] === null || b.runs[i][key] === null ? null : x[key] / b.runs[i][key]))
    .filter((x) => x !== null)
    .sort((x, y) => x - y);
  if (r.length === 0) return null;
  const at = (q) => r[Math.min(r.length - 1, Math.floor(q * r.length))];
  return { median: at(0.5), q1: at(0.25), q3: at(0.75) };
}
const perRoundText = (a, b) => {
  const w = perRound(a, b, 'wall');
  const c = perRound(a, b, 'cpu');
  if (w === null) return '';
  return ` [per round: ${w.median.toFixed(2)}× wall (quartiles ${w.q1.toFixed(2)}–${w.q3.toFixed(2)})${c === null ? '' : `, ${c.median.toFixed(2)}× cpu`}]`;
};

const ms = (x) => (x === null ? '     –' : `${x.toFixed(0).padStart(6)}`);
const times = (a, b) => (a === null || b === null ? '  –  ' : `${(a / b).toFixed(2)}×`);
const table = [];
function row(name, m, base, note = '') {
  const line = `${name.padEnd(44)} ${ms(m.wall)} ms ${ms(m.cpu)} ms cpu ${m.rss ? `${m.rss.toFixed(0).padStart(5)} MB` : '        '}${base ? `  ${times(m.wall, base.wall)} wall ${times(m.cpu, base.cpu)} cpu${perRoundText(m, base)}` : ''}${note ? `  ${note}` : ''}`;
  table.push(line);
  console.log(line);
}
const audit = (file, out) => [cli, file, '-q', '--no-color', '-f', 'json', '-o', join(tmp, out)];

/** The cfn-audit commands again with the --compare build, interleaved with the rest; prints its rows. */
function compared(commands, names, n = runs) {
  if (!compareCli) return interleaved(commands, n);
  // A null name: not run with the other build (its cache or options would not compare).
  const other = commands.map((c, i) => (c[0] === cli && names[i] !== null ? [compareCli, ...c.slice(1, -1), `${c[c.length - 1]}.cmp`] : null));
  const all = interleaved([...commands, ...other.filter((c) => c !== null)], n);
  const mine = all.slice(0, commands.length);
  let k = commands.length;
  other.forEach((c, i) => {
    if (c === null) return;
    const m = all[k++];
    row(`  --compare: ${names[i]}`, m, null, `this build is ${times(m.wall, mine[i].wall)} wall, ${times(m.cpu, mine[i].cpu)} cpu faster${perRoundText(m, mine[i])}`);
  });
  return mine;
}

console.log(`cfn-audit bench — node ${process.version}, ${process.platform}/${process.arch}, ${runs} interleaved runs each, medians`);
console.log(`cli: ${cli}`);
console.log(
  `environment: ${removedEnv.length ? `timed without ${removedEnv.join(' and ')} (Node's own start-up work, see the header of scripts/bench.mjs; --keep-env keeps it)` : 'as is'}\n`,
);
console.log(`${''.padEnd(44)}   wall         cpu        peak RSS  ratio to the line above it`);

if (only.has('small')) {
  const [bare, small] = compared([['-e', ''], audit(join(root, 'examples/web-stack.yaml'), 'small.json')], ['', 'examples/web-stack.yaml'], Math.max(runs, 9));
  row("node -e ''", bare, null);
  row('cfn-audit examples/web-stack.yaml', small, bare, '(target ≤ 2.5× bare node)');
}

if (haveCorpus && only.has('growth')) {
  // Growth: 125 / 500 / 2,000 resources cut from (or repeated from) the generated 500-resource template.
  const source = JSON.parse(readFileSync(join(corpus, 'scale/generated_500_resources.json'), 'utf8'));
  const ids = Object.keys(source.Resources);
  const made = [];
  for (const n of [125, 500, 2000]) {
    const resources = {};
    for (let i = 0; i < n; i++) resources[i < ids.length ? ids[i] : `${ids[i % ids.length]}C${Math.floor(i / ids.length)}`] = source.Resources[ids[i % ids.length]];
    const f = join(tmp, `r${n}.yaml`);
    writeFileSync(f, yaml.dump({ ...source, Resources: resources }, { noRefs: true, lineWidth: -1 }));
    made.push([n, f]);
  }
  const results = interleaved(made.map(([n, f]) => audit(f, `r${n}.json`)));
  let prev = null;
  made.forEach(([n], i) => {
    row(`cfn-audit, ${n} resources (generated YAML)`, results[i], prev, prev ? `per resource: ${((results[i].cpu - prev.cpu) / (n - made[i - 1][0])).toFixed(2)} ms cpu` : '');
    prev = results[i];
  });
}

if (haveCorpus && only.has('scale')) {
  const [m500, m5] = compared(
    [audit(join(corpus, 'scale/generated_500_resources.yaml'), 'big.json'), audit(join(corpus, 'scale/large_5mb.json'), '5mb.json')],
    ['500 resources', '5 MB'],
  );
  row('cfn-audit scale/generated_500_resources.yaml', m500, null);
  row('cfn-audit scale/large_5mb.json (5 MB)', m5, null);
}

if (haveCorpus && only.has('corpus')) {
  // The floor: read every candidate file and parse it with js-yaml 4 (or JSON.parse), nothing else.
  const floor = join(tmp, 'floor.mjs');
  writeFileSync(
    floor,
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from ${JSON.stringify(join(root, 'node_modules/js-yaml/dist/js-yaml.mjs'))};
const any = ['scalar', 'sequence', 'mapping'].map((kind) => new yaml.Type('!', { kind, multi: true, construct: (data, tag) => ({ [tag]: data }) }));
const schema = yaml.DEFAULT_SCHEMA.extend(any);
let ok = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p); continue; }
    if (!/\\.(ya?ml|json|template)$/i.test(e.name)) continue;
    const text = readFileSync(p, 'utf8');
    try { /^\\s*[{[]/.test(text) ? JSON.parse(text) : yaml.load(text, { schema }); ok++; } catch {}
  }
};
walk(process.argv[2]);
console.log(ok);
`,
  );
  const real = join(corpus, 'real');
  const base = [cli, real, '-q', '--no-color', '-f', 'json'];
  // Warm --cache: a first run fills the cache; the timed runs find every result there.
  const cacheDir = join(tmp, 'cache');
  once([...base, '-o', join(tmp, 'fill.json'), '--cache', cacheDir]);
  const [f, full, jobs2, warm] = compared(
    [
      [floor, real],
      [...base, '-o', join(tmp, 'real.json')],
      [...base, '--jobs', '2', '-o', join(tmp, 'real-j2.json')],
      [...base, '--cache', cacheDir, '-o', join(tmp, 'real-warm.json')],
    ],
    ['', 'corpus/real', null, null],
  );
  row('read + js-yaml parse only, corpus/real (floor)', f, null);
  row('cfn-audit corpus/real', full, f, '(target ≤ 2× the floor)');
  row('cfn-audit corpus/real --jobs 2', jobs2, f, `(speed-up over --jobs 1: ${times(full.wall, jobs2.wall)} wall, ${times(full.cpu, jobs2.cpu)} cpu)`);
  row('cfn-audit corpus/real, warm --cache', warm, f);
  console.log(
    `${''.padEnd(44)} cores: ${availableParallelism()}, load average now: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

if (!haveCorpus) console.log(`\n${corpus} is absent: growth, scale and corpus figures skipped.`);
console.log(
  `\nmedians of interleaved whole-process runs; CPU = user+sys of the process; RSS = highest peak (${timeBin ? '/usr/bin/time' : 'not measured'}); per round: the median (and the quartiles) of the ratios of runs made one after the other.`,
);
rmSync(tmp, { recursive: true, force: true });
