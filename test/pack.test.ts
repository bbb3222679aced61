/**
 * The npm package: `npm pack` gives a tarball that installs a working `cfn-audit` with
 * `npm install -g` into a clean prefix (dependencies from the npm cache, else the registry; a global
 * install leaves devDependencies out), the installed command audits the bundled example, and the
 * programmatic API (`import { audit } from 'cfn-audit'`) works and is typed.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const exec = promisify(execFile);

let work = '';
let tarball = '';
let prefix = '';
let packed: string[] = [];
/** The installed package, and a project that depends on it (node_modules/cfn-audit links to it). */
let installedPackage = '';
let consumer = '';

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
  work = tempDir('cfn-audit-pack-');
  // `npm pack` runs prepack (the full build with type check); here the bundles the run's global setup rebuilt when stale are packed as they are.
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  packed = info!.files.map((f) => f.path);
  prefix = join(work, 'prefix');
  await exec('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: work, maxBuffer: 64 * 1024 * 1024 });
  copyFileSync(join(ROOT, 'examples/web-stack.yaml'), join(work, 'web-stack.yaml'));
  installedPackage = join(prefix, 'lib/node_modules', pkg.name);
  consumer = join(work, 'consumer');
  mkdirSync(join(consumer, 'node_modules'), { recursive: true });
  symlinkSync(installedPackage, join(consumer, 'node_modules', pkg.name), 'dir');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  copyFileSync(join(ROOT, 'examples/web-stack.yaml'), join(consumer, 'web-stack.yaml'));
}, 300_000);

describe('npm pack → npm install -g', () => {
  it('the package builds its bundles before packing, and ships the bins, rules, schema and rule docs but no sources or tests', () => {
    expect(pkg.scripts['prepack']).toMatch(/build/);
    const files = packed;
    for (const f of [
      'bin/cfn-audit.js',
      'bin/cfn-audit-pre-commit.js',
      'bin/package.json',
      'dist/cli/main.js',
      'dist/cli/main.cjs',
      'dist/cli/cli.cjs',
      'dist/cli/cli.cjs.cache',
      'dist/cli/pre-commit.js',
      'dist/api/index.js',
      'dist/api/index.d.ts',
      'dist/api/types.d.ts',
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

  it('the installed CLI starts from its code cache (the install keeps each cache no older than its bundle)', async () => {
    const main = join(installedPackage, 'dist/cli/main.cjs');
    const script = [
      "process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(globalThis[Symbol.for('cfn-audit.compiled-bundles')].map((b) => b.cache))));",
      `process.argv = [process.argv[0], ${JSON.stringify(main)}, '-q', '-f', 'json', 'web-stack.yaml'];`,
      `require(${JSON.stringify(main)});`,
    ].join('\n');
    // Exit 1 (the example fails): exec rejects, with the output on the error.
    const r = await exec(process.execPath, ['-e', script], { cwd: work }).catch((e: unknown) => e as { stderr: string });
    expect(JSON.parse(r.stderr.trim().split('\n').at(-1)!)).toEqual(['used']);
  });

  it('the installed package has the CI formats', async () => {
    const r = await installed('cfn-audit', ['-f', 'gitlab', 'web-stack.yaml']);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out) as { check_name: string }[];
    expect(issues.map((i) => i.check_name).sort()).toEqual(['AllowHttp', 'SSHOpenToWorld']);
  });

  it('a change-aware run (--base) works from the install', async () => {
    writeFileSync(join(work, 'base.yaml'), readFileSync(join(ROOT, 'fixtures/policy/web-v1.yaml')));
    writeFileSync(join(work, 'head.yaml'), readFileSync(join(ROOT, 'fixtures/policy/web-v2.yaml')));
    const r = await installed('cfn-audit', ['--base', 'base.yaml', 'head.yaml']);
    expect(r.out).toMatch(/Security-relevant changes since the base/);
    expect(r.out).toMatch(/WebSg \(AWS::EC2::SecurityGroup\) security-group rule added/);
  });

  it('cfn-audit-pre-commit runs from the install', async () => {
    expect((await installed('cfn-audit-pre-commit', ['web-stack.yaml'])).code).toBe(1);
  });
});

/** Every package folder under a node_modules tree, as its name (`@scope/name` or `name`). */
function installedPackages(nodeModules: string): Set<string> {
  const names = new Set<string>();
  if (!existsSync(nodeModules)) return names;
  for (const e of readdirSync(nodeModules, { withFileTypes: true, recursive: true })) {
    if (e.name !== 'package.json' || !e.isFile()) continue;
    const rel = e.parentPath.slice(nodeModules.length + 1).split('/');
    const at = rel.lastIndexOf('node_modules');
    const tail = at >= 0 ? rel.slice(at + 1) : rel;
    const name = tail[0]?.startsWith('@') ? tail.slice(0, 2).join('/') : tail[0];
    if (name && tail.length === (name.startsWith('@') ? 2 : 1)) names.add(name);
  }
  return names;
}

describe('dependencies where they run', () => {
  // Bundled into the Lambda, the hook and the Action (dist/); the CLI and the API load cloudformation-diff from dist/action/cfn-diff.cjs.
  const BUNDLED_ONLY = ['@actions/core', '@aws-sdk/client-codepipeline', '@aws-sdk/client-s3', 'yauzl', '@aws-cdk/cloudformation-diff'];

  it('the packages only the bundles use are devDependencies', () => {
    for (const name of BUNDLED_ONLY) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
  });

  it('installing the package does not install them, and the CLI runs without them', async () => {
    const present = installedPackages(join(installedPackage, 'node_modules'));
    expect(present.has('yaml')).toBe(true);
    expect(BUNDLED_ONLY.filter((name) => present.has(name))).toEqual([]);
    // Nor the AWS SDK at all, which cloudformation-diff would bring.
    expect([...present].filter((name) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/'))).toEqual([]);
    expect((await installed('cfn-audit', ['web-stack.yaml'])).code).toBe(1);
  });
});

describe('the programmatic API (exports ".")', () => {
  it('audit() runs from the installed package and returns the report as data', async () => {
    const script = `import { audit } from 'cfn-audit';
      const r = await audit({ inputs: ['web-stack.yaml'], discoverConfig: false });
      console.log(JSON.stringify({ decision: r.decision, rules: r.stacks.flatMap((s) => s.findings.map((f) => f.ruleId)).sort() }));`;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({ decision: 'fail', rules: ['AllowHttp', 'SSHOpenToWorld'] });
  });

  it('a bad rules path rejects with the reason', async () => {
    const script = `import { audit } from 'cfn-audit';
      await audit({ inputs: ['web-stack.yaml'], rulePaths: ['missing-rules'] }).then(() => console.log('resolved'), (e) => console.log('rejected', e.message));`;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
    expect(stdout).toMatch(/^rejected --rules missing-rules: no such file or directory/);
  });

  it('is typed: a strict TypeScript project (and the README example) type-checks against the installed declarations, and a wrong call does not', async () => {
    writeFileSync(
      join(consumer, 'use.ts'),
      [
        "import { audit, type AuditOptions, type AuditReport, type Decision, type Finding } from 'cfn-audit';",
        "const options: AuditOptions = { inputs: ['web-stack.yaml'], thresholds: { approval: 5, fail: 10 } };",
        'const report: AuditReport = await audit(options);',
        'export const decision: Decision = report.decision;',
        'export const lines: readonly string[] = report.stacks.flatMap((s) => s.findings.map((f: Finding) => `${f.ruleId} ${f.logicalId} ${f.line}:${f.column}`));',
        '// @ts-expect-error inputs is required',
        'void audit({});',
        '// @ts-expect-error a decision is one of three strings',
        "export const wrong: Decision = 'maybe';",
        '',
      ].join('\n'),
    );
    // The README's example is a consumer too.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /^## Install\n[\s\S]*?```ts\n([\s\S]*?)```/m.exec(readme)?.[1];
    expect(example, 'README.md: the ```ts example under ## Install').toBeDefined();
    writeFileSync(join(consumer, 'readme-example.ts'), `${example}\nexport {};\n`);
    const compilerOptions = {
      strict: true,
      noEmit: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2023'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
      types: ['node'],
    };
    const tsconfig = { compilerOptions, files: ['use.ts', 'readme-example.ts'] };
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const r = await exec(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).then(
      () => ({ code: 0, out: '' }),
      (e: unknown) => ({ code: (e as { code?: number }).code ?? -1, out: (e as { stdout?: string }).stdout ?? '' }),
    );
    expect(r).toEqual({ code: 0, out: '' });
  });
});
