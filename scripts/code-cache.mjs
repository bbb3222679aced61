// The CLI bundle's V8 code cache (src/adapters/code-cache.ts reads it at start-up).
//
// stampBuildId: the bundle's first line becomes `// cfn-audit build <id>`, the id a hash of the rest, so
// that a cache is only ever used with the very file it was made from (code-cache.ts checks the ids).
// makeCodeCache: a training run of the built CLI on the repository's own fixtures and examples (every rule,
// the error paths, each report format, a config file with an exception, user rules), then V8's cache of
// every function it compiled, written beside each file it loaded (the bundle and the dist/cli/lazy/ files
// the run needed) as `<file>.cache`. A cache this Node cannot use is not kept: that file then compiles as usual.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The files of the CLI build in `cliDir` that start from a code cache: the bundle and each lazily loaded library. */
export function codeCachedFiles(cliDir) {
  const lazy = join(cliDir, 'lazy');
  return [
    join(cliDir, 'cli.cjs'),
    ...readdirSync(lazy)
      .filter((f) => f.endsWith('.cjs'))
      .map((f) => join(lazy, f)),
  ];
}

export async function stampBuildId({ build }, bundle) {
  const { stampedBundle } = await loaderModule(build);
  writeFileSync(bundle, stampedBundle(asciiComments(readFileSync(bundle, 'utf8'))));
}

/**
 * esbuild writes strings as ASCII but keeps a few comments as they are (js-yaml's “-” | “?” …), and one
 * such character makes V8 hold the whole 1 MB source as two-byte text, read with a UTF-8 decode. In a
 * line comment (a `//` with no quote, backtick or slash before it on its line) they become \u escapes
 * (the same text, were the line inside a template literal). The loader reads an ASCII file without
 * decoding; test/code-cache.test.ts checks the CLI bundle is one.
 */
function asciiComments(text) {
  return text.replace(/^.*[\u0080-\uffff].*$/gm, (line) => {
    const start = /^[^'"`/]*\/\//.exec(line)?.[0].length;
    if (start === undefined) return line;
    return line.slice(0, start) + line.slice(start).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  });
}

/** src/adapters/code-cache.ts, bundled for this script (once per build). */
let loader = null;
async function loaderModule(build) {
  if (!loader) {
    const work = mkdtempSync(join(tmpdir(), 'cfn-audit-code-cache-'));
    const file = join(work, 'code-cache.mjs');
    await build({ entryPoints: [join(root, 'src/adapters/code-cache.ts')], outfile: file, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
    loader = { file, module: await import(pathToFileURL(file).href), work };
  }
  return loader.module;
}

/** Templates the training run audits, relative to the repository root (those that exist). */
const TRAINING_INPUTS = ['fixtures', 'examples'];

/** What the training run reads besides the fixtures: a config with an exception (globs) and user rules (one whose path needs jsonpath-plus). */
const TRAINING_CONFIG = `exceptions:
  - rule: SSHOpenToWorld
    resource: "**/web-stack.yaml#Web*"
    reason: the build's training run
`;
const TRAINING_RULE = `id: TrainingWildcardPath
title: Training rule
risk: 1
resourceTypes: ['AWS::EC2::SecurityGroup']
kind: path
given: '$.Properties.SecurityGroupIngress[*].FromPort'
assert: {not: {equals: 23}}
absent: pass
description: A rule of the build's training run.
message: port {value}
remediation: none
`;

export async function makeCodeCache({ build }, bundle) {
  await loaderModule(build);
  const work = mkdtempSync(join(tmpdir(), 'cfn-audit-code-cache-'));
  const href = JSON.stringify(pathToFileURL(loader.file).href);
  try {
    const train = join(work, 'train.mjs');
    writeFileSync(
      train,
      `import { readFileSync, writeFileSync } from 'node:fs';
import { cacheFileFor, compileBundle, compiledHere } from ${href};
const compiled = compileBundle(process.env.CFN_AUDIT_TRAINING, null);
// Every file the run compiled (the bundle, then the lazy files it required), each with its own cache.
process.on('exit', () => {
  for (const { file, script } of compiledHere()) writeFileSync(file + '.cache', cacheFileFor(readFileSync(file, 'utf8'), script.createCachedData()));
  writeFileSync(process.env.CFN_AUDIT_TRAINED, JSON.stringify(compiledHere().map((b) => b.file)));
});
compiled.run();
`,
    );
    const dir = dirname(bundle);
    // Caches of an earlier build go first: a file whose cache the run cannot make again has none. So do the
    // caches a run on another Node wrote for itself (`<file>.v8-<version>.cache`, code-cache.ts), made from an
    // earlier build: none is packed.
    const removeCaches = () => {
      for (const f of codeCachedFiles(dir)) {
        rmSync(`${f}.cache`, { force: true });
        const own = `${basename(f)}.v8-`;
        for (const name of readdirSync(dirname(f))) if (name.startsWith(own)) rmSync(join(dirname(f), name), { force: true });
      }
    };
    removeCaches();
    writeFileSync(join(work, 'config.yml'), TRAINING_CONFIG);
    mkdirSync(join(work, 'rules'));
    writeFileSync(join(work, 'rules/TrainingWildcardPath.yaml'), TRAINING_RULE);
    const inputs = TRAINING_INPUTS.filter((d) => existsSync(join(root, d)));
    const out = (name) => join(work, name);
    const args = [...inputs, '--no-color', '-f', 'text', '-o', out('out.txt'), '--json', out('out.json'), '--sarif', out('out.sarif')];
    args.push('--junit', out('out.xml'), '--markdown', out('out.md'), '--github', out('out.github'));
    args.push('--config', out('config.yml'), '--rules', out('rules'), '--rules', join(root, 'fixtures/user-rules/pack'));
    const trained = out('trained.json');
    // The caches are made under the V8 flags a run uses by default (src/adapters/v8-tuning.ts), whatever this shell says.
    const { CFN_AUDIT_V8_TUNING: _asked, ...inherited } = process.env;
    const env = { ...inherited, CFN_AUDIT_TRAINING: bundle, CFN_AUDIT_TRAINED: trained };
    const r = spawnSync(process.execPath, [train, ...args], { cwd: root, encoding: 'utf8', env });
    if (r.status === null || r.status > 3 || !existsSync(trained)) {
      removeCaches();
      return `no code cache (the training run exited ${r.status}: ${(r.stderr || r.stdout).trim().slice(-300)})`;
    }
    // Each cache is kept only when a fresh process (one for all: each file is compiled once there) uses it.
    const check = join(work, 'check.mjs');
    writeFileSync(
      check,
      `import { readFileSync } from 'node:fs';
import { compileBundle } from ${href};
const files = JSON.parse(readFileSync(process.env.CFN_AUDIT_TRAINED, 'utf8'));
process.stdout.write(JSON.stringify(files.map((file) => compileBundle(file, file + '.cache').cache)));
`,
    );
    const files = JSON.parse(readFileSync(trained, 'utf8'));
    const uses = JSON.parse(spawnSync(process.execPath, [check], { encoding: 'utf8', env }).stdout || '[]');
    const kept = [];
    files.forEach((file, i) => {
      if (uses[i] === 'used') kept.push(file);
      else {
        rmSync(`${file}.cache`, { force: true });
        console.warn(`build: no code cache for ${relative(root, file)} (a fresh process finds it ${uses[i] ?? 'unreadable'})`);
      }
    });
    if (!kept.includes(bundle)) return 'no code cache';
    const size = kept.reduce((n, f) => n + statSync(`${f}.cache`).size, 0);
    return `code caches for ${kept.map((f) => relative(dir, f)).join(', ')} (${(size / 1e6).toFixed(1)} MB)`;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(loader.work, { recursive: true, force: true });
    loader = null;
  }
}
