/**
 * The YAML and JSON readers alone, in one process, against the bare engines on the same texts:
 * js-yaml `load` (CloudFormation schema, no positions) and `JSON.parse`. Interleaved rounds, medians.
 *   npx tsx scripts/bench-parse.ts [corpus/real dir] [rounds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { cfnSchema } from '../src/load/cfn-yaml.js';
import { parseYaml, parseYamlJs } from '../src/load/parse-yaml.js';
import { parseJson } from '../src/load/parse-json.js';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/real'));
const rounds = Number(process.argv[3] ?? 9);
const yaml: string[] = [];
const json: string[] = [];
const walk = (d: string): void => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ya?ml|json|template)$/i.test(e.name)) {
      const t = readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
      (/^\s*[{[]/.test(t) ? json : yaml).push(t);
    }
  }
};
walk(dir);
/** CPU time (user+sys) of this process, steadier than wall time on a shared machine. */
const time = (f: (t: string) => unknown, texts: string[]): number => {
  const t0 = process.cpuUsage();
  for (const t of texts) {
    try {
      f(t);
    } catch {
      /* broken files cost what they cost in both */
    }
  }
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};
const cases: [string, (t: string) => unknown, string[]][] = [
  ['js-yaml load (floor)', (t) => load(t, { schema: cfnSchema() }), yaml],
  ['parseYaml (positions)', (t) => parseYaml(t), yaml],
  ['js-yaml load (floor)', (t) => load(t, { schema: cfnSchema() }), yaml],
  ['js-yaml with positions', (t) => parseYamlJs(t), yaml],
  ['JSON.parse (floor)', (t): unknown => JSON.parse(t), json],
  ['parseJson (checked)', (t) => parseJson(t), json],
];
const samples = cases.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) cases.forEach(([, f, texts], i) => samples[i]!.push(time(f, texts)));
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${yaml.length} YAML and ${json.length} JSON files, ${rounds} interleaved rounds, median CPU time`);
cases.forEach(([name], i) => {
  const m = med(samples[i]!);
  const floor = med(samples[i - (i % 2)]!);
  console.log(`${name.padEnd(24)} ${m.toFixed(0).padStart(6)} ms${i % 2 ? `  ${(m / floor).toFixed(2)}× the floor` : ''}`);
});
