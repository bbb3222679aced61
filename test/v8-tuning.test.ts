/**
 * The CLI's V8 tuning (src/adapters/v8-tuning.ts): which processes take it, and that this Node's V8 knows
 * every flag of it (an unknown one prints an error and would be a silent no-op).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { V8_TUNING, wantsV8Tuning } from '../src/adapters/v8-tuning.js';

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
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify(V8_TUNING)}) v8.setFlagsFromString(f); process.stdout.write('ok');`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'ok', '']);
  });
});
