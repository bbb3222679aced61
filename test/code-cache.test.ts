/**
 * The built CLI starts from a V8 code cache (src/adapters/code-cache.ts, scripts/code-cache.mjs). A cache
 * is used only with the very bundle it was made from and only when it is whole; in every other case the
 * bundle is compiled as usual and the run gives the same report.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { cacheFileFor, compileBundle, compiledHere, requireBundle, stampedBundle, type CacheUse } from '../src/adapters/code-cache.js';
import { wantsV8Tuning } from '../src/adapters/v8-tuning.js';
import { tempDir } from './helpers/temp.js';

const root = join(import.meta.dirname, '..');
const cliDir = join(root, 'dist/cli');

let made = 0;
let loader: string | null = null;

/** src/adapters/code-cache.ts as plain JavaScript, for another process to run. */
function loaderFile(): string {
  if (loader === null) {
    loader = join(tempDir('cfn-audit-code-cache-loader-', 'file'), 'code-cache.mjs');
    buildSync({ entryPoints: [join(root, 'src/adapters/code-cache.ts')], outfile: loader, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  }
  return loader;
}

/**
 * A stamped bundle in a temp folder (its text unique, so that no earlier compile in this process can answer
 * for V8's data), with a cache made by running it in another process, as the build does: `cache` is the
 * cache file's path, `bytes` its content.
 */
function bundleWithCache(body: string): { file: string; cache: string; bytes: Buffer } {
  const file = join(tempDir('cfn-audit-code-cache-'), 'b.cjs');
  writeFileSync(file, stampedBundle(`${body}// ${process.pid}.${made++}.${Date.now()}\n`));
  const make = [
    "import { readFileSync, writeFileSync } from 'node:fs';",
    `import { cacheFileFor, compileBundle } from ${JSON.stringify(pathToFileURL(loaderFile()).href)};`,
    'const [file] = process.argv.slice(-1);',
    'const compiled = compileBundle(file, null);',
    'compiled.run();',
    "writeFileSync(file + '.cache', cacheFileFor(readFileSync(file, 'utf8'), compiled.script.createCachedData()));",
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', make, file], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return { file, cache: `${file}.cache`, bytes: readFileSync(`${file}.cache`) };
}

/** Sets `path`'s modification time a second after `than`'s. */
function newerThan(path: string, than: string): void {
  const t = statSync(than).mtimeMs / 1000 + 1;
  utimesSync(path, t, t);
}

/** Writes a cache file for `file` that is newer than it (as the build leaves them). */
function writeCache(file: string, bytes: Buffer): string {
  writeFileSync(`${file}.cache`, bytes);
  newerThan(`${file}.cache`, file);
  return `${file}.cache`;
}

describe('compileBundle', () => {
  const BODY = [
    "const { basename } = require('node:path');",
    'function sloppy() { return this === undefined; }',
    'module.exports = { name: basename(__filename), dir: __dirname, strict: sloppy(), sum: [1, 2, 3].reduce((a, b) => a + b, 0) };',
    '',
  ].join('\n');

  it('runs a bundle as Node runs a CommonJS module (strict only when it says so), and uses the cache made from it', () => {
    const { file, cache } = bundleWithCache(BODY);
    const cached = compileBundle(file, cache);
    expect(cached.cache).toBe('used');
    const fresh = compileBundle(file, null);
    expect(fresh.cache).toBe('absent');
    for (const b of [fresh, cached]) expect(b.run()).toEqual({ name: 'b.cjs', dir: join(file, '..'), strict: false, sum: 6 });
    // After the build id line, a directive makes the bundle strict, as the CLI bundle's first statement does.
    const strict = bundleWithCache(`'use strict';\n${BODY}`);
    expect(compileBundle(strict.file, strict.cache).run()).toMatchObject({ strict: true, sum: 6 });
  });

  it('reads a bundle that is not ASCII as UTF-8, with and without its cache', () => {
    const { file, cache } = bundleWithCache(`module.exports = { word: 'héllo → ✓ 𝔘' };\n`);
    const cached = compileBundle(file, cache);
    expect(cached.cache).toBe('used');
    expect(cached.run()).toEqual({ word: 'héllo → ✓ 𝔘' });
    expect(compileBundle(file, null).run()).toEqual({ word: 'héllo → ✓ 𝔘' });
  });

  it('requireBundle runs a file from the cache beside it, and lists it among the files compiled in the process', () => {
    const { file } = bundleWithCache(BODY);
    expect((requireBundle(file) as { sum: number }).sum).toBe(6);
    expect(
      compiledHere()
        .filter((b) => b.file === file)
        .map((b) => b.cache),
    ).toEqual(['used']);
    rmSync(`${file}.cache`);
    expect((requireBundle(file) as { sum: number }).sum).toBe(6);
    expect(
      compiledHere()
        .filter((b) => b.file === file)
        .map((b) => b.cache),
    ).toEqual(['used', 'absent']);
  });

  it.each<[string, (file: string, bytes: Buffer) => void, CacheUse]>([
    [
      'the bundle changed after its cache was made, at the same length',
      (file) => {
        writeFileSync(file, readFileSync(file, 'utf8').replace('[1, 2, 3]', '[1, 2, 4]'));
        newerThan(file, `${file}.cache`);
      },
      'stale',
    ],
    ['the bundle rebuilt from other code', (file, bytes) => (writeFileSync(file, stampedBundle(BODY.replace('[1, 2, 3]', '[1, 2, 4]'))), writeCache(file, bytes)), 'stale'],
    ['the cache from another build', (file) => writeCache(file, bundleWithCache(`${BODY}// other\n`).bytes), 'stale'],
    ['a byte of the data changed', (file, bytes) => ((bytes[bytes.length - 10]! ^= 1), writeCache(file, bytes)), 'rejected'],
    ['a byte of the data changed near its start (V8 header: a hash in ours)', (file, bytes) => ((bytes[bytes.indexOf(10) + 17]! ^= 0x80), writeCache(file, bytes)), 'damaged'],
    ['a byte of the data changed past the first bytes hashed (V8 checksum)', (file, bytes) => ((bytes[bytes.indexOf(10) + 1 + 300]! ^= 1), writeCache(file, bytes)), 'rejected'],
    ['the data cut short', (file, bytes) => writeCache(file, bytes.subarray(0, bytes.length - 100)), 'rejected'],
    ['no header', (file, bytes) => writeCache(file, bytes.subarray(bytes.indexOf(10) + 1)), 'stale'],
    ['whole, but not V8 data', (file) => writeCache(file, cacheFileFor(readFileSync(file, 'utf8'), Buffer.from('not V8 code cache data at all, but whole'))), 'rejected'],
  ])('does not use the cache when %s, and runs the bundle as it is', (_, spoil, use) => {
    const { file, cache, bytes } = bundleWithCache(BODY);
    spoil(file, Buffer.from(bytes));
    const b = compileBundle(file, cache);
    expect(b.cache).toBe(use);
    expect((b.run() as { sum: number }).sum).toBe(readFileSync(file, 'utf8').includes('[1, 2, 4]') ? 7 : 6);
  });

  it('uses the cache of a bundle written after it but unchanged (an install that wrote the cache first, as npm does)', () => {
    const { file, cache } = bundleWithCache(BODY);
    newerThan(file, cache);
    const b = compileBundle(file, cache);
    expect(b.cache).toBe('used');
    expect((b.run() as { sum: number }).sum).toBe(6);
  });

  it('never uses a cache whose header or data changed (every bit of the header line and of V8 header, and a property over all bytes)', () => {
    const { file, bytes } = bundleWithCache(BODY);
    const text = readFileSync(file);
    let copies = 0;
    const check = (at: number, flip: number): void => {
      // A copy under another name each time: V8 answers a second compile of the same script in a process from
      // its own table, without reading the data.
      const copy = join(file, '..', `copy-${copies++}.cjs`);
      writeFileSync(copy, text);
      const spoilt = Buffer.from(bytes);
      spoilt[at] = spoilt[at]! ^ flip;
      const b = compileBundle(copy, writeCache(copy, spoilt));
      expect([at, flip, b.cache]).toEqual([at, flip, expect.stringMatching(/^(stale|other-v8|damaged|rejected)$/)]);
      expect((b.run() as { sum: number }).sum).toBe(6);
    };
    // A whole copy is used: the checks below are V8's, not its table's.
    const whole = join(file, '..', 'whole.cjs');
    writeFileSync(whole, text);
    expect(compileBundle(whole, writeCache(whole, bytes)).cache).toBe('used');
    // Our header line and V8's own header (magic number, versions, source length, flags, payload length,
    // checksum), every bit: V8 takes some changes of its header (a smaller payload length) as whole.
    for (let at = 0; at < bytes.indexOf(10) + 1 + 64; at++) for (let bit = 0; bit < 8; bit++) check(at, 1 << bit);
    fc.assert(fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), check), { numRuns: 200 });
  });
});

describe('the built CLI', () => {
  const cache = readFileSync(join(cliDir, 'cli.cjs.cache'));

  it('is ASCII, so that it is read without a UTF-8 decode and held as one-byte text', () => {
    expect(isAscii(readFileSync(join(cliDir, 'cli.cjs')))).toBe(true);
  });

  it('is strict code: its first statement, after the build id line, is the directive', () => {
    expect(readFileSync(join(cliDir, 'cli.cjs'), 'utf8')).toMatch(/^\/\/ cfn-audit build [0-9a-f]{32}\n'use strict';\n/);
  });

  it('has a code cache this Node uses, for the bundle and for each lazily loaded file', () => {
    expect(compileBundle(join(cliDir, 'cli.cjs'), join(cliDir, 'cli.cjs.cache')).cache).toBe('used');
    const lazy = readdirSync(join(cliDir, 'lazy')).filter((f) => f.endsWith('.cjs'));
    expect(lazy.length).toBeGreaterThanOrEqual(6);
    for (const f of lazy) expect([f, compileBundle(join(cliDir, 'lazy', f), join(cliDir, 'lazy', `${f}.cache`)).cache]).toEqual([f, 'used']);
  });

  /** The CLI through `loader`: main.js (an ES module) or main.cjs (what bin/cfn-audit.js requires). */
  const run = (dir: string, loader = 'main.cjs', env: NodeJS.ProcessEnv = {}): { code: number | null; out: string } => {
    const r = spawnSync(process.execPath, [join(dir, loader), '-f', 'json', 'examples/web-stack.yaml', 'fixtures/templates'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: r.status, out: r.stdout };
  };

  /** How each file the CLI compiled in a run used its cache (main.cjs required by a script that reads the list at exit). */
  const cacheUses = (env: NodeJS.ProcessEnv, ...args: string[]): [string, CacheUse][] => {
    const script = [
      "process.on('exit', () => process.stderr.write(JSON.stringify(globalThis[Symbol.for('cfn-audit.compiled-bundles')].map((b) => [b.file, b.cache]))));",
      `process.argv = [process.argv[0], ${JSON.stringify(join(cliDir, 'main.cjs'))}, ...process.argv.slice(1)];`,
      `require(${JSON.stringify(join(cliDir, 'main.cjs'))});`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', script, '--', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    return (JSON.parse(r.stderr) as [string, CacheUse][]).map(([f, use]) => [relative(cliDir, f), use]);
  };

  it('uses the cache of every file it compiles, under its own V8 flags (a run that needs the fallback YAML reader and user rules)', () => {
    const uses = cacheUses({}, '-q', '-f', 'json', '--rules', 'fixtures/user-rules/pack', 'examples/web-stack.yaml', 'fixtures/templates');
    expect(uses.map(([f]) => f)).toEqual(expect.arrayContaining(['cli.cjs', join('lazy', 'yaml.cjs')]));
    for (const u of uses) expect(u).toEqual([u[0], 'used']);
  });

  it("gives the same report with V8's default flags (CFN_AUDIT_V8_TUNING=off), where V8 refuses the cache made under the CLI's", () => {
    const off = { CFN_AUDIT_V8_TUNING: 'off' };
    expect(run(cliDir, 'main.cjs', off)).toEqual(run(cliDir));
    expect(cacheUses(off, '-q', '-f', 'json', 'examples/web-stack.yaml')).toEqual([['cli.cjs', wantsV8Tuning() ? 'rejected' : 'used']]);
  });

  it.each<[string, (dir: string) => void]>([
    ['without its cache', (dir) => rmSync(join(dir, 'cli.cjs.cache'))],
    ['with a damaged cache', (dir) => writeFileSync(join(dir, 'cli.cjs.cache'), Buffer.from(cache).fill(7, cache.length - 5000, cache.length - 4000))],
    [
      'with an edited bundle',
      (dir) => writeFileSync(join(dir, 'cli.cjs'), readFileSync(join(dir, 'cli.cjs'), 'utf8').replace('cfn-audit: internal error', 'cfn-audit: internal ERROR')),
    ],
  ])('gives the same report %s', (_, spoil) => {
    const reference = run(cliDir, 'main.js');
    expect(reference.out.length).toBeGreaterThan(1000);
    const copy = tempDir('cfn-audit-cli-copy-');
    cpSync(cliDir, copy, { recursive: true });
    spoil(copy);
    expect(run(copy)).toEqual(reference);
  });
});

describe("on a Node whose V8 the build's cache was not made for", () => {
  const ARGS = ['-f', 'json', '--rules', 'fixtures/user-rules/pack', 'examples/web-stack.yaml', 'fixtures/templates'];
  const own = (file: string): string => `${file}.v8-${process.versions.v8}.cache`;

  /** The built CLI's cache files in `dir` (the bundle's, then each lazy file's). */
  const cacheFiles = (dir: string): string[] => [
    join(dir, 'cli.cjs.cache'),
    ...readdirSync(join(dir, 'lazy'))
      .filter((n) => n.endsWith('.cjs.cache'))
      .map((n) => join(dir, 'lazy', n)),
  ];

  /** A copy of the built CLI whose caches name another V8 in their header line: the build's caches as another Node finds them. */
  const foreignCopy = (): string => {
    const copy = tempDir('cfn-audit-cli-other-v8-');
    cpSync(cliDir, copy, { recursive: true });
    for (const f of cacheFiles(copy)) {
      const bytes = readFileSync(f);
      const end = bytes.indexOf(10);
      writeFileSync(f, Buffer.concat([Buffer.from(bytes.toString('latin1', 0, end).replace(/ \S+$/, ' 0.0.0-another'), 'latin1'), bytes.subarray(end)]));
    }
    return copy;
  };

  /** The caches runs wrote for themselves in `dir`, relative to it. */
  const ownCaches = (dir: string): string[] => [...readdirSync(dir), ...readdirSync(join(dir, 'lazy')).map((n) => join('lazy', n))].filter((n) => n.includes('.v8-')).sort();

  /** A run of the CLI in `dir`: its exit code and report, and how each file it compiled used its cache. */
  const runIn = (dir: string, env: NodeJS.ProcessEnv = {}): { code: number | null; out: string; err: string; uses: [string, CacheUse][] } => {
    const record = join(tempDir('cfn-audit-cache-uses-'), 'uses.json');
    const script = [
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(globalThis[Symbol.for('cfn-audit.compiled-bundles')].map((b) => [b.file, b.cache]))));`,
      `process.argv = [process.argv[0], ${JSON.stringify(join(dir, 'main.cjs'))}, ...process.argv.slice(1)];`,
      `require(${JSON.stringify(join(dir, 'main.cjs'))});`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', script, '--', ...ARGS], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    const uses = (JSON.parse(readFileSync(record, 'utf8')) as [string, CacheUse][]).map(([f, use]): [string, CacheUse] => [relative(dir, f), use]);
    return { code: r.status, out: r.stdout, err: r.stderr, uses };
  };

  it('refuses the build cache before V8 reads it, writes its own at the end of the first run and starts from it after, with the same report', () => {
    const reference = runIn(cliDir);
    expect(reference.uses.map(([, u]) => u)).toEqual(reference.uses.map(() => 'used'));
    const copy = foreignCopy();
    const first = runIn(copy);
    expect(first.uses).toEqual(reference.uses.map(([f]) => [f, 'other-v8']));
    expect(ownCaches(copy)).toEqual(reference.uses.map(([f]) => relative(copy, own(join(copy, f)))).sort());
    const second = runIn(copy);
    expect(second.uses).toEqual(reference.uses.map(([f]) => [f, 'used']));
    for (const r of [first, second]) expect([r.code, r.out, r.err]).toEqual([reference.code, reference.out, reference.err]);
    // An own cache that was damaged is written again; one from an earlier build too.
    const bundleCache = own(join(copy, 'cli.cjs'));
    const bytes = readFileSync(bundleCache);
    const at = bytes.indexOf(10) + 20;
    bytes[at] = bytes[at]! ^ 1;
    writeFileSync(bundleCache, bytes);
    expect(runIn(copy).uses[0]).toEqual(['cli.cjs', 'damaged']);
    expect(runIn(copy).uses[0]).toEqual(['cli.cjs', 'used']);
    writeFileSync(bundleCache, readFileSync(bundleCache, 'latin1').replace(/^(cfn-audit code cache )[0-9a-f]{32}/, `$1${'0'.repeat(32)}`), 'latin1');
    expect(runIn(copy).uses[0]).toEqual(['cli.cjs', 'stale']);
    expect(runIn(copy).uses[0]).toEqual(['cli.cjs', 'used']);
  });

  it("writes nothing where the build's cache serves, nor where V8 refuses one made for it (other V8 flags)", () => {
    const copy = tempDir('cfn-audit-cli-same-v8-');
    cpSync(cliDir, copy, { recursive: true });
    expect(runIn(copy).uses.map(([, u]) => u)).toContain('used');
    runIn(copy, { CFN_AUDIT_V8_TUNING: 'off' });
    expect(ownCaches(copy)).toEqual([]);
  });

  it('runs as usual where its own cache cannot be written, and leaves no partial file behind', () => {
    const reference = runIn(cliDir);
    const copy = foreignCopy();
    // A folder where the bundle's own cache would go: reading it fails, and so does the rename onto it.
    mkdirSync(own(join(copy, 'cli.cjs')));
    for (let i = 0; i < 2; i++) {
      const r = runIn(copy);
      expect([r.code, r.out, r.err]).toEqual([reference.code, reference.out, reference.err]);
      expect(r.uses[0]).toEqual(['cli.cjs', 'absent']);
    }
    expect(ownCaches(copy).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
