#!/usr/bin/env node
// One run of the speed and memory measurements, printed as ratios (npm run bench).
// Whole processes are timed (median of several runs) so start-up and module loading count.
// Needs a built dist/ (npm run bench builds first) and ../shared/corpus for the corpus figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '../shared/corpus');
const cli = join(root, 'bin/cfn-audit.js');
const tmp = mkdtempSync(join(tmpdir(), 'cfn-audit-bench-'));
const haveCorpus = existsSync(corpus);
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command `runs` times; returns the median wall time (ms) and the peak RSS (MB) of the last run. */
function measure(args, runs = 5) {
  const times = [];
  let rss = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = timeBin
      ? spawnSync(timeBin, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.error) throw r.error;
    if (timeBin) {
      const m = /(\d+)\s*$/.exec(r.stderr.trim());
      if (m) rss = Number(m[1]) / 1024;
    }
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], rss };
}

const fmt = (x) => `${x.ms.toFixed(0).padStart(6)} ms${x.rss ? `  ${x.rss.toFixed(0).padStart(4)} MB` : ''}`;
const ratio = (a, b) => `${(a.ms / b.ms).toFixed(2)}×`;
const rows = [];
const row = (name, m, note = '') => {
  rows.push([name, fmt(m), note]);
  console.log(`${name.padEnd(46)} ${fmt(m)}  ${note}`);
};

console.log(`cfn-audit bench — node ${process.version}, ${process.platform}/${process.arch}\n`);

// 1. Start-up: bare node vs one small template.
const bare = measure(['-e', ''], 9);
row("node -e ''", bare);
const small = measure([cli, join(root, 'examples/web-stack.yaml'), '-q', '--no-color', '-f', 'json', '-o', join(tmp, 'small.json')], 9);
row('cfn-audit examples/web-stack.yaml', small, `${ratio(small, bare)} bare node start-up (target ≤ 3×)`);

// 2. A floor program: read and parse every file with the same parser, no rules, no report.
const floorEntry = join(tmp, 'floor.mjs');
await build({
  stdin: {
    contents: `
      import { discover } from ${JSON.stringify(join(root, 'src/load/discover.ts'))};
      import { parseTemplate } from ${JSON.stringify(join(root, 'src/load/parse.ts'))};
      const found = await discover(process.argv.slice(2), { cwd: process.cwd() });
      let ok = 0;
      for (const s of found.sources) if (parseTemplate(s).ok) ok++;
      console.log(ok);
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  outfile: floorEntry,
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

if (haveCorpus) {
  // 3. The 500-resource template, and linearity: the same generator's first 125 / 250 / 500 resources.
  const big = join(corpus, 'scale/generated_500_resources.yaml');
  const doc = parse(readFileSync(big, 'utf8'));
  const ids = Object.keys(doc.Resources);
  const sized = [];
  for (const n of [125, 250, 500]) {
    const part = { ...doc, Resources: Object.fromEntries(ids.slice(0, n).map((id) => [id, doc.Resources[id]])) };
    const f = join(tmp, `r${n}.yaml`);
    writeFileSync(f, stringify(part));
    const m = measure([cli, f, '-q', '-f', 'json', '-o', join(tmp, `r${n}.json`)], 5);
    sized.push([n, m]);
    row(`cfn-audit, ${n} resources (generated)`, m, `${((m.ms - bare.ms) / n).toFixed(2)} ms/resource above start-up`);
  }
  const per = sized.map(([n, m]) => (m.ms - small.ms) / n);
  console.log(`  linearity: work per resource at 125/250/500 = ${per.map((x) => x.toFixed(2)).join(' / ')} ms (flat = linear)`);
  const m500 = measure([cli, big, '-q', '-f', 'json', '-o', join(tmp, 'big.json')], 5);
  row('cfn-audit scale/generated_500_resources.yaml', m500, `${ratio(m500, bare)} bare node (cfn_nag 1.17 s, cfn-lint 15.2 s, checkov 5.8 s)`);
  const m5 = measure([cli, join(corpus, 'scale/large_5mb.json'), '-q', '-f', 'json', '-o', join(tmp, '5mb.json')], 3);
  row('cfn-audit scale/large_5mb.json (5 MB)', m5);

  // 4. The whole real corpus against the read+parse floor.
  const real = join(corpus, 'real');
  const floor = measure([floorEntry, real], 3);
  row('read + parse only, corpus/real (floor)', floor);
  const full = measure([cli, real, '-q', '-f', 'json', '-o', join(tmp, 'real.json')], 3);
  row('cfn-audit corpus/real (1,248 templates)', full, `${ratio(full, floor)} the floor (target ≤ 2×)`);
  const strict = measure([cli, real, '-q', '--all-rules', '-f', 'json', '-o', join(tmp, 'real-all.json')], 3);
  row('cfn-audit --all-rules corpus/real', strict, `${ratio(strict, floor)} the floor`);
} else {
  console.log('\n../shared/corpus is absent: corpus and scale figures skipped.');
}
console.log(`\nmedian of repeated whole-process runs; RSS is the peak of one run (${timeBin ? '/usr/bin/time' : 'not measured'}).`);
