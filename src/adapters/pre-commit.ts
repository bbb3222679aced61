/**
 * The pre-commit hook's entry (`cfn-audit-pre-commit`, see .pre-commit-hooks.yaml). pre-commit runs
 * `entry args… staged-files…`, and the files it passes are every staged file whose name matches the
 * hook's `files` pattern: workflow YAML, package.json and the like as well as templates. The CLI
 * treats a file it is named as a template it must audit, so this entry keeps the staged files that
 * are CloudFormation templates, passes the options through, and runs the CLI on them. With no
 * template staged it succeeds without auditing anything.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isTemplateText } from '../load/sniff.js';

/** CLI flags that take no value: anything else before a bare word is an option with its value. */
const BOOLEAN_FLAGS: ReadonlySet<string> = new Set(['--all-rules', '--count-unknown', '--no-color', '--color', '--quiet', '-q', '--help', '-h', '--version', '-v']);

export interface StagedSelection {
  /** Arguments for the CLI: the options, then the staged templates. */
  readonly args: readonly string[];
  /** Staged files handed to the CLI: the templates, and names that are not files here (the CLI reports those). */
  readonly files: number;
  /** Staged files passed over because they are not CloudFormation templates. */
  readonly skipped: readonly string[];
}

async function isTemplate(path: string): Promise<boolean | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return true;
    return isTemplateText(await readFile(path, 'utf8'));
  } catch {
    return null; // not a file here: leave it to the CLI to report
  }
}

/** Split pre-commit's arguments into options and staged files, and keep the files that are templates. */
export async function selectStaged(argv: readonly string[], cwd: string): Promise<StagedSelection> {
  const args: string[] = [];
  const skipped: string[] = [];
  let files = 0;
  let optionValueNext = false;
  for (const a of argv) {
    if (optionValueNext) {
      args.push(a);
      optionValueNext = false;
    } else if (a.startsWith('-') && a !== '-') {
      args.push(a);
      optionValueNext = !a.includes('=') && !BOOLEAN_FLAGS.has(a);
    } else if ((await isTemplate(resolve(cwd, a))) === false) skipped.push(a);
    else {
      files++;
      args.push(a);
    }
  }
  return { args, files, skipped };
}

/** Run the CLI (`runCli` reads process.argv) on the staged templates; exit 0 when none is staged. */
export async function runPreCommit(runCli: () => Promise<unknown>): Promise<void> {
  const sel = await selectStaged(process.argv.slice(2), process.cwd());
  if (sel.files === 0) {
    const n = sel.skipped.length;
    process.stdout.write(`cfn-audit: no CloudFormation template among the ${n} staged file${n === 1 ? '' : 's'}; nothing to audit\n`);
    process.exitCode = 0;
    return;
  }
  process.argv = [...process.argv.slice(0, 2), ...sel.args];
  await runCli();
}
