/**
 * The npm package: `npm pack` gives a tarball that installs a working `cfn-audit` with
 * `npm install -g` into a clean prefix (dependencies from the npm cache, else the registry), and the
 * installed command audits the bundled example.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string>; scripts: Record<string, string> };
const exec = promisify(execFile);

let work = '';
let tarball = '';
let prefix = '';
let packed: string[] = [];

function newest(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n = Math.max(n, statSync(join(e.parentPath, e.name)).mtimeMs);
  return n;
}

/** The installed command, run from a folder outside the repository (no config is found there). */
async function installed(bin: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await exec(join(prefix, 'bin', bin), args, {
      cwd: work,
      env: { PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}`, HOME: process.env['HOME'] ?? work, NO_COLOR: '1' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, out: (err.stdout ?? '') + (err.stderr ?? '') };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cfn-audit-pack-'));
  // `npm pack` runs prepack (the full build with type check); here the bundles are built once if stale and packed as they are.
  const main = join(ROOT, 'dist/cli/main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'dist/cli/pre-commit.js')) || statSync(main).mtimeMs < newest(join(ROOT, 'src'))) {
    await exec(process.execPath, ['scripts/build.mjs', '--no-typecheck', '--only=cli'], { cwd: ROOT });
  }
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packed = info!.files.map((f) => f.path);
  prefix = join(work, 'prefix');
  await exec('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: work, maxBuffer: 64 * 1024 * 1024 });
  copyFileSync(join(ROOT, 'examples/web-stack.yaml'), join(work, 'web-stack.yaml'));
}, 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm pack → npm install -g', () => {
  it('the package builds its bundles before packing, and ships the bins, rules, schema and rule docs but no sources or tests', () => {
    expect(pkg.scripts['prepack']).toMatch(/build/);
    const files = packed;
    for (const f of [
      'bin/cfn-audit.js',
      'bin/cfn-audit-pre-commit.js',
      'dist/cli/main.js',
      'dist/cli/pre-commit.js',
      'schema/cfn-audit.schema.json',
      'docs/rules/SSHOpenToWorld.md',
      'README.md',
      'package.json',
    ])
      expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('rules/ec2/'))).toBe(true);
    expect(files.filter((f) => /^(src|test|fixtures|node_modules)\//.test(f))).toEqual([]);
  });

  it('installs both commands', () => {
    for (const bin of Object.keys(pkg.bin)) expect(existsSync(join(prefix, 'bin', bin))).toBe(true);
  });

  it('cfn-audit --version is the package version', async () => {
    const r = await installed('cfn-audit', ['--version']);
    expect(r).toEqual({ code: 0, out: `${pkg.version}\n` });
  });

  it('audits the bundled example: fail (exit 1) with its findings', async () => {
    const r = await installed('cfn-audit', ['web-stack.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/SSHOpenToWorld/);
    expect(r.out).toMatch(/FAIL/);
  });

  it('the installed package has the CI formats', async () => {
    const r = await installed('cfn-audit', ['-f', 'gitlab', 'web-stack.yaml']);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out) as { check_name: string }[];
    expect(issues.map((i) => i.check_name).sort()).toEqual(['AllowHttp', 'SSHOpenToWorld']);
  });

  it('cfn-audit-pre-commit runs from the install', async () => {
    expect((await installed('cfn-audit-pre-commit', ['web-stack.yaml'])).code).toBe(1);
  });
});
