// The CLI bundle's V8 code cache (src/adapters/code-cache.ts reads it at start-up).
//
// stampBuildId: the bundle's first line becomes `// cfn-audit build <id>`, the id a hash of the rest, so
// that a cache is only ever used with the very file it was made from (code-cache.ts checks both hashes).
// makeCodeCache: a training run of the built CLI on the repository's own fixtures and examples (every rule,
// the error paths and each report format), then V8's cache of every function it compiled, written beside
// the bundle as `<bundle>.cache`. A cache this Node cannot use is not kept: the CLI then compiles as usual.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function stampBuildId({ build }, bundle) {
  const { stampedBundle } = await loaderModule(build);
  writeFileSync(bundle, stampedBundle(readFileSync(bundle, 'utf8')));
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

export async function makeCodeCache({ build }, bundle) {
  await loaderModule(build);
  const work = mkdtempSync(join(tmpdir(), 'cfn-audit-code-cache-'));
  const href = JSON.stringify(pathToFileURL(loader.file).href);
  try {
    const train = join(work, 'train.mjs');
    writeFileSync(
      train,
      `import { readFileSync, writeFileSync } from 'node:fs';
import { cacheFileFor, compileBundle } from ${href};
const [bundle, cacheFile] = process.env.CFN_AUDIT_TRAINING.split('\\n');
const compiled = compileBundle(bundle, null);
process.on('exit', () => writeFileSync(cacheFile, cacheFileFor(readFileSync(bundle, 'utf8'), compiled.script.createCachedData())));
compiled.run();
`,
    );
    const cacheFile = `${bundle}.cache`;
    rmSync(cacheFile, { force: true });
    const inputs = TRAINING_INPUTS.filter((d) => existsSync(join(root, d)));
    const out = (name) => join(work, name);
    const args = [...inputs, '--no-color', '-f', 'text', '-o', out('out.txt'), '--json', out('out.json'), '--sarif', out('out.sarif')];
    args.push('--junit', out('out.xml'), '--markdown', out('out.md'), '--github', out('out.github'));
    const env = { ...process.env, CFN_AUDIT_TRAINING: `${bundle}\n${cacheFile}` };
    const r = spawnSync(process.execPath, [train, ...args], { cwd: root, encoding: 'utf8', env });
    if (r.status === null || r.status > 2 || !existsSync(cacheFile)) {
      rmSync(cacheFile, { force: true });
      return `no code cache (the training run exited ${r.status}: ${(r.stderr || r.stdout).trim().slice(-300)})`;
    }
    // Kept only when a fresh process uses it.
    const check = join(work, 'check.mjs');
    writeFileSync(
      check,
      `import { readFileSync } from 'node:fs';
import { compileBundle } from ${href};
const [bundle, cacheFile] = process.env.CFN_AUDIT_TRAINING.split('\\n');
process.stdout.write(compileBundle(bundle, readFileSync(cacheFile)).cache);
`,
    );
    const used = spawnSync(process.execPath, [check], { encoding: 'utf8', env }).stdout;
    if (used !== 'used') {
      rmSync(cacheFile, { force: true });
      return `no code cache (a fresh process finds it ${used || 'unreadable'})`;
    }
    return `code cache ${(readFileSync(cacheFile).length / 1e6).toFixed(1)} MB`;
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(loader.work, { recursive: true, force: true });
    loader = null;
  }
}
