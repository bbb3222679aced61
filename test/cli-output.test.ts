/**
 * Outputs never destroy inputs or get lost (issue 11, items 13, 15, 16): refused when an output is an
 * input, atomic writes, parent folders created, a closed or full standard output, a baseline with a BOM.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempFiles } from './helpers/temp.js';
import { OutputError, writeOutput } from '../src/adapters/write-output.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/cfn-audit.js');
const scratch = (files: Readonly<Record<string, string | Buffer>>): string => tempFiles(files, 'cfn-audit-out-');
const SSH =
  'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\n';

describe('item 13: an output that is an input is refused before anything is written', () => {
  const inputs = {
    't.yaml': SSH,
    'dir/u.yaml': SSH,
    'broken.yaml': 'Resources: [\n',
    'params.json': '[]',
    '.cfn-audit.yml': 'profile: default\n',
    'base.json': '{"version": 1, "findings": []}',
  };
  it.each([
    [['-o', 't.yaml', 't.yaml'], 't.yaml'],
    [['--sarif', 't.yaml', 't.yaml'], 't.yaml'],
    [['--json', './dir/../t.yaml', 't.yaml'], 't.yaml'],
    [['--write-baseline', 't.yaml', 't.yaml'], 't.yaml'],
    [['--markdown', 'dir/u.yaml', 'dir'], 'dir/u.yaml'],
    [['--junit', 'dir/u.yaml', 'dir/*.yaml'], 'dir/u.yaml'],
    [['-o', 'broken.yaml', 'broken.yaml'], 'broken.yaml'],
    [['-p', 'params.json', '--json', 'params.json', 't.yaml'], 'params.json'],
    [['--github', '.cfn-audit.yml', 't.yaml'], '.cfn-audit.yml'],
    [['--baseline', 'base.json', '--write-baseline', 'base.json', 't.yaml'], 'base.json'],
    [['-o', 'link.yaml', 't.yaml'], 't.yaml'],
  ])('%j', async (args, victim) => {
    const dir = scratch(inputs);
    symlinkSync(join(dir, 't.yaml'), join(dir, 'link.yaml'));
    const before = readFileSync(join(dir, victim), 'utf8');
    const r = await runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/also an input of this run; refusing to overwrite it/);
    expect(readFileSync(join(dir, victim), 'utf8')).toBe(before);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
  });

  it('a report left in the audited folder by the previous run is skipped, so it may be overwritten', async () => {
    const dir = scratch({ 't.yaml': SSH });
    for (let i = 0; i < 2; i++) {
      const r = await runCli(['--json', 'report.json', '--sarif', 'report.sarif.json', '.'], dir);
      expect(r.err).toBe('');
      expect(r.code).toBe(3);
    }
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ decision: 'manual-approval' });
  });

  it('an existing output that only holds the same text as an input (a copy) is overwritten; the input itself is refused', async () => {
    const dir = scratch({ 't.yaml': SSH, 'copy.yaml': SSH, 'other.txt': 'not a template' });
    const copy = await runCli(['-o', 'copy.yaml', 't.yaml'], dir);
    expect(copy.err).toBe('');
    expect(copy.code).toBe(3);
    expect(readFileSync(join(dir, 'copy.yaml'), 'utf8')).toMatch(/SSHOpenToWorld/);
    const unrelated = await runCli(['--json', 'other.txt', 't.yaml'], dir);
    expect(unrelated.code).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'other.txt'), 'utf8'))).toMatchObject({ decision: 'manual-approval' });
    // The same run with the input itself as one of two outputs: refused, nothing written.
    writeFileSync(join(dir, 'copy.yaml'), SSH);
    const both = await runCli(['-o', 'copy.yaml', '--json', 't.yaml', 't.yaml', 'copy.yaml'], dir);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/copy\.yaml: that file is also an input/);
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(SSH);
  });

  it('two outputs to the same file are refused; distinct outputs are all written', async () => {
    const dir = scratch({ 't.yaml': SSH });
    const same = await runCli(['--json', 'r.json', '--sarif', './r.json', 't.yaml'], dir);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/--json r\.json writes the same file/);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    const ok = await runCli(['--json', 'out/r.json', '--sarif', 'out/r.sarif', '-o', 'out/r.txt', 't.yaml'], dir);
    expect(ok.code).toBe(3);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['r.json', 'r.sarif', 'r.txt']);
  });
});

describe('atomic writes', () => {
  it('replace the file whole, leave no temporary file, and replace a link instead of writing through it', async () => {
    const dir = scratch({ 'target.txt': 'keep me', 'old.txt': 'old' });
    await writeOutput(join(dir, 'old.txt'), 'new');
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('new');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link.txt'));
    await writeOutput(join(dir, 'link.txt'), 'report');
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'link.txt'), 'utf8')).toBe('report');
    await writeOutput(join(dir, 'a/b/c/deep.txt'), 'x');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed write leaves the previous file intact and no temporary file', async () => {
    const dir = scratch({ 'r.json': 'previous' });
    mkdirSync(join(dir, 'r.json.d'));
    await expect(writeOutput(join(dir, 'r.json.d'), 'x')).rejects.toThrow(OutputError);
    await expect(writeOutput(join(dir, 'r.json/x'), 'x')).rejects.toThrow(OutputError);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('confined: outside the roots, through a link (the file or a folder on the way) is refused', async () => {
    const ws = scratch({ 'x.txt': 'x' });
    const elsewhere = scratch({ 'victim.txt': 'precious' });
    symlinkSync(join(elsewhere, 'victim.txt'), join(ws, 'cfn-audit.sarif'));
    symlinkSync(elsewhere, join(ws, 'reports'));
    symlinkSync(join(ws, 'x.txt'), join(ws, 'inner.sarif'));
    const tmp = scratch({});
    const confine = [ws, tmp];
    for (const [path, why] of [
      [join(ws, 'cfn-audit.sarif'), /is a symbolic link/],
      [join(ws, 'reports/new.sarif'), /reports is a symbolic link/],
      [join(ws, 'reports/a/b.sarif'), /reports is a symbolic link/],
      [join(ws, 'inner.sarif'), /is a symbolic link/],
      [join(ws, '../escape.sarif'), /outside the workspace/],
      ['/etc/cfn-audit.sarif', /outside the workspace/],
      [ws, /outside the workspace/],
    ] as const) {
      await expect(writeOutput(path, 'x', { confine }), path).rejects.toThrow(why);
    }
    expect(readFileSync(join(elsewhere, 'victim.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(elsewhere)).toEqual(['victim.txt']);
    await writeOutput(join(ws, 'out/ok.sarif'), 'ok', { confine });
    await writeOutput(join(tmp, 'ok.sarif'), 'ok', { confine });
    expect(readFileSync(join(ws, 'out/ok.sarif'), 'utf8')).toBe('ok');
  });
});

describe('item 15: a closed or full standard output', () => {
  // 100 stacks: the JSON report is larger than a pipe's buffer, so the writer really meets the closed pipe.
  const dir = scratch(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`t${i}.yaml`, SSH])));
  it.skipIf(process.platform === 'win32')('| head -1: files written first, EPIPE is a normal end with the decision code, no trace', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" -f json --sarif r.sarif --json r.json . | head -c 10`], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).not.toMatch(/EPIPE|\s+at /);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toMatchObject({ decision: 'manual-approval' });
    // The exit code of the CLI itself, through bash's PIPESTATUS.
    const b = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" -f json . | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(b.stdout.trim()).toBe('3');
    expect(b.stderr).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))('> /dev/full: one line, exit 2, and the file outputs are still written', () => {
    rmSync(join(dir, 'full.sarif'), { force: true });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --sarif full.sarif . > /dev/full`], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('cfn-audit: cannot write to standard output: ENOSPC\n');
    expect(existsSync(join(dir, 'full.sarif'))).toBe(true);
    const o = spawnSync(process.execPath, [BIN, '-o', '/dev/full', 't0.yaml'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(o.status).toBe(2);
    expect(o.stderr).toMatch(/^cfn-audit: cannot write \/dev\/full: ENOSPC\n$/);
  });
});

describe('item 16: baselines', () => {
  it('--write-baseline creates its parent folders; the file written is used as is, also with a BOM added', async () => {
    const dir = scratch({ 't.yaml': SSH });
    const w = await runCli(['--write-baseline', 'ci/audit/baseline.json', 't.yaml'], dir);
    expect(w.code).toBe(0);
    const text = readFileSync(join(dir, 'ci/audit/baseline.json'), 'utf8');
    expect((await runCli(['--baseline', 'ci/audit/baseline.json', 't.yaml'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${text}`);
    const r = await runCli(['--baseline', 'bom.json', 't.yaml'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    writeFileSync(join(dir, 'bom2.json'), `\uFEFF\uFEFF${text}`);
    expect((await runCli(['--baseline', 'bom2.json', 't.yaml'], dir)).code).toBe(2);
  });
});
