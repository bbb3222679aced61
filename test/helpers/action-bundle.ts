/**
 * The GitHub Action as the runner runs it: the bundle dist/action/index.cjs, copied outside the
 * project (the runner has no node_modules), started by Node 24 directly (no shell, which would drop
 * hyphenated names such as INPUT_SARIF-FILE), with INPUT_* variables and the GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

const root = join(import.meta.dirname, '../..');
const built = join(root, 'dist/action');

/** Set by .ci/run (which fetches Node 24 once); tests never fetch anything themselves. */
export const NODE24_VARIABLE = 'CFN_AUDIT_NODE24';

export interface Node24 {
  readonly path: string;
  /** Set when the runner's Node is not available and the current Node runs the bundle instead: why. */
  readonly missing: string | null;
}

/** The runner's Node: the binary CFN_AUDIT_NODE24 names, checked to be a Node 24; else the current Node, saying why. */
function findNode24(): Node24 {
  const path = process.env[NODE24_VARIABLE] ?? '';
  if (path === '') return { path: process.execPath, missing: `${NODE24_VARIABLE} is not set` };
  if (!existsSync(path)) return { path: process.execPath, missing: `${NODE24_VARIABLE}=${path} does not exist` };
  const v = spawnSync(path, ['-v'], { encoding: 'utf8' });
  if (!v.stdout.startsWith('v24.')) return { path: process.execPath, missing: `${NODE24_VARIABLE}=${path} is ${v.stdout.trim() || 'not a Node binary'}, not Node 24` };
  return { path, missing: null };
}

export interface ActionBundle {
  /** The copy of index.cjs to run; `exists` false when the bundle was never built. */
  readonly bundle: string;
  readonly exists: boolean;
  readonly node: Node24;
  /** For test names: which Node runs the bundle. */
  readonly runtime: string;
}

/** A private copy of the bundle for this test file (removed after it) and the Node to run it with. Call while the file is collected. */
export function useActionBundle(): ActionBundle {
  const exists = existsSync(join(built, 'index.cjs'));
  let bundle = join(built, 'index.cjs');
  if (exists) {
    const dir = tempDir('cfn-audit-action-dist-', 'file');
    cpSync(built, join(dir, 'dist/action'), { recursive: true });
    bundle = join(dir, 'dist/action/index.cjs');
  }
  const node = findNode24();
  return { bundle, exists, node, runtime: node.missing === null ? 'Node 24' : `Node ${process.version} (${node.missing})` };
}

export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

/** GITHUB_OUTPUT holds `name=value` lines and `name<<DELIMITER` … `DELIMITER` heredoc blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`not an output line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/**
 * Run the bundle in `workspace` with the action.yml defaults, `inputs` over them, and `env` (e.g.
 * RUNNER_TEMP, GITHUB_API_URL) added. The runner's files live in a folder removed when the test ends.
 */
export function runActionBundle(
  a: ActionBundle,
  workspace: string,
  inputs: Readonly<Record<string, string>>,
  opts: { readonly eventPath: string; readonly env?: Readonly<Record<string, string>> | undefined; readonly timeout?: number },
): ActionRun {
  const runnerFiles = tempDir('cfn-audit-runner-');
  const outputFile = join(runnerFiles, 'output');
  const summaryFile = join(runnerFiles, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: opts.eventPath,
    // action.yml defaults, as the runner passes them when the workflow leaves an input out.
    INPUT_PATH: '.',
    'INPUT_SARIF-FILE': 'cfn-audit.sarif',
    'INPUT_FAIL-ON': 'manual-approval',
    'INPUT_APPROVAL-LABEL': 'cfn-audit-approved',
    'INPUT_APPROVAL-MODE': 'head',
    ...opts.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(a.node.path, [a.bundle], { env, cwd: workspace, encoding: 'utf8', timeout: opts.timeout ?? 30_000 });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
  };
}

export interface Command {
  readonly level: string;
  readonly props: Record<string, string>;
  readonly message: string;
}

/** The `::error|warning|notice …::` workflow commands the run printed. */
export function commands(stdout: string, level?: string): Command[] {
  return stdout
    .split('\n')
    .flatMap((line) => {
      const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
      if (!m) return [];
      const props = Object.fromEntries(
        (m[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
      );
      return [{ level: m[1] ?? '', props, message: (m[3] ?? '').replace(/%0A/g, '\n').replace(/%25/g, '%') }];
    })
    .filter((c) => level === undefined || c.level === level);
}
