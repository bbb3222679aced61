/**
 * The V8 flags the CLI sets: checksums of code caches always, and V8's optimizing compiler tuned for the CLI.
 *
 * `--verify-snapshot-checksum` makes V8 write a checksum into each code cache it makes and verify it in
 * each one it reads, so that a damaged cache is refused instead of crashing the process (code-cache.ts).
 * It is part of the flags a cache is made under, so it is set always, on every V8.
 *
 * The tuning. A run over a repository executes a few hundred functions (the YAML reader, the graph, a
 * hundred rules) on every template. With V8's defaults most of them are optimized after a few templates,
 * some several times over, and inlining makes each compile large: on the real corpus the compiler
 * threads took more CPU time than the whole run of a plain parse.
 *
 * Two heuristics change, nothing else: a function is optimized after executing four times as much
 * bytecode (`--interrupt-budget`, V8 11's default 67,584), and a call is inlined only when the callee
 * has at most 100 bytes of bytecode (`--max-inlined-bytecode-size`, default 460). Both only decide when
 * and how much V8 compiles, never what the code does. Measured on the real corpus (1,209 templates),
 * against the same build with the defaults: 0.82-0.84x the wall time and 0.64-0.67x the CPU time.
 *
 * They are set when the CLI starts, before its bundle is compiled, and by the build's training run
 * before it makes the code caches (V8 takes a cache only under the flags it was made with, so
 * compileBundle applies them first: a cache is always made and used under the same ones). Only on
 * V8 11 (Node 20), where they were measured; other versions keep their defaults (an unknown flag would
 * print an error). `CFN_AUDIT_V8_TUNING=off` keeps the defaults too (the code caches are then refused
 * and the bundle is compiled as usual: a slower start, the same results).
 */
import { setFlagsFromString } from 'node:v8';

export const V8_TUNING: readonly string[] = ['--interrupt-budget=270336', '--max-inlined-bytecode-size=100'];

/** Set in every process that compiles a bundle with a code cache (code-cache.ts), whatever the tuning. */
export const CODE_CACHE_CHECKSUMS = '--verify-snapshot-checksum';

/** The V8 versions the tuning was measured on (major version). */
const TUNED_V8 = '11.';

/** One state for the process: main.cjs and the CLI bundle each hold a copy of this module. */
const TUNED = Symbol.for('cfn-audit.v8-tuned');

/** Whether this process should run with V8_TUNING: on V8 11 unless `CFN_AUDIT_V8_TUNING=off`. */
export function wantsV8Tuning(v8Version: string = process.versions.v8, env: NodeJS.ProcessEnv = process.env): boolean {
  return v8Version.startsWith(TUNED_V8) && env['CFN_AUDIT_V8_TUNING'] !== 'off';
}

/** Sets CODE_CACHE_CHECKSUMS, and V8_TUNING when wanted, once per process; true when the process runs with the tuning. */
export function tuneV8(): boolean {
  const g = globalThis as { [TUNED]?: boolean };
  if (g[TUNED] === undefined) {
    g[TUNED] = wantsV8Tuning();
    setFlagsFromString(CODE_CACHE_CHECKSUMS);
    if (g[TUNED]) for (const flag of V8_TUNING) setFlagsFromString(flag);
  }
  return g[TUNED];
}

/**
 * For a --jobs worker (a thread with its own globals): flags are the process's, and the CLI's main thread
 * set them before it started the worker. The worker only notes that they are set, so that it never sets
 * them itself from another thread while the main thread runs.
 */
export function inheritV8Tuning(): void {
  (globalThis as { [TUNED]?: boolean })[TUNED] ??= wantsV8Tuning();
}
