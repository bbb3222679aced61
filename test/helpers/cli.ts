/** Runs the CLI in-process with captured output and an injected clock. */
import { main } from '../../src/adapters/cli.js';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(argv: string[], cwd: string, now = '2026-06-15T00:00:00Z'): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main({
    argv,
    cwd,
    env: { NO_COLOR: '1' },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    writeOut: (s) => void (out += s),
    writeErr: (s) => void (err += s),
    readStdin: async () => '',
    now: () => new Date(now),
  });
  return { code, out, err };
}
