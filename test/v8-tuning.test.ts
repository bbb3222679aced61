/**
 * The CLI's V8 tuning (src/adapters/v8-tuning.ts): which processes take it, and that this Node's V8 knows
 * every flag of it (an unknown one prints an error and would be a silent no-op).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_CACHE_CHECKSUMS, V8_TUNING, wantsV8Tuning } from '../src/adapters/v8-tuning.js';
import { corpusDir, corpusSkipNote } from './helpers/corpus.js';
import { tempDir } from './helpers/temp.js';

describe('V8 tuning', () => {
  it('is wanted on V8 11 (Node 20) only, and never with CFN_AUDIT_V8_TUNING=off', () => {
    expect(wantsV8Tuning('11.3.244.8-node.38', {})).toBe(true);
    expect(wantsV8Tuning('11.3.244.8-node.38', { CFN_AUDIT_V8_TUNING: 'on' })).toBe(true);
    expect(wantsV8Tuning('11.3.244.8-node.38', { CFN_AUDIT_V8_TUNING: 'off' })).toBe(false);
    expect(wantsV8Tuning('12.4.254.21-node.33', {})).toBe(false);
    expect(wantsV8Tuning('13.6.233.17-node.53', {})).toBe(false);
    expect(wantsV8Tuning('1.0', {})).toBe(false);
  });

  it('only changes heuristics V8 knows: each flag is accepted on the command line of a Node that wants it', () => {
    if (!wantsV8Tuning(process.versions.v8, {})) return;
    for (const flag of V8_TUNING) {
      expect(flag).toMatch(/^--(interrupt-budget|max-inlined-bytecode-size)=\d+$/);
      const r = spawnSync(process.execPath, [flag, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
      expect([flag, r.status, r.stdout, r.stderr]).toEqual([flag, 0, 'ok', '']);
    }
  });

  it('set at run time, prints nothing (the CLI sets them with v8.setFlagsFromString)', () => {
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify([CODE_CACHE_CHECKSUMS, ...V8_TUNING])}) v8.setFlagsFromString(f); process.stdout.write('ok');`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'ok', '']);
  });
});

describe.skipIf(!corpusDir)(`V8 tuning in a --jobs run${corpusSkipNote}`, () => {
  it('is set by the main thread only: a worker (which compiles lazily loaded libraries too) never sets a flag', { timeout: 60_000 }, () => {
    const dir = tempDir('cfn-audit-v8-flags-');
    const log = join(dir, 'calls.txt');
    const hook = join(dir, 'hook.cjs');
    // Preloaded in every thread of the run: records each call of v8.setFlagsFromString, and in which thread.
    writeFileSync(
      hook,
      `const v8 = require('node:v8'); const { isMainThread } = require('node:worker_threads'); const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(log)}, (isMainThread ? 'main' : 'worker') + ' started\\n');
const set = v8.setFlagsFromString;
v8.setFlagsFromString = function (flag) { fs.appendFileSync(${JSON.stringify(log)}, (isMainThread ? 'main ' : 'worker ') + flag + '\\n'); return set.call(this, flag); };
`,
    );
    const cli = join(import.meta.dirname, '../dist/cli/main.cjs');
    // A file js-yaml cannot read sends its thread to the fallback reader, a lazily loaded library.
    writeFileSync(join(dir, 'broken.yaml'), 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: {x: [1, 2\n');
    const r = spawnSync(process.execPath, ['-r', hook, cli, join(corpusDir!, 'real'), dir, '--jobs', '2', '-q', '-f', 'json', '-o', join(dir, 'out.json')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toContain('worker started');
    expect(lines.filter((l) => l.startsWith('worker ') && l !== 'worker started')).toEqual([]);
    const flags = [CODE_CACHE_CHECKSUMS, ...(wantsV8Tuning(process.versions.v8, {}) ? V8_TUNING : [])];
    expect(lines.filter((l) => l.startsWith('main --'))).toEqual(flags.map((f) => `main ${f}`));
  });
});
