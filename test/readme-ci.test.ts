/**
 * The README's CI snippets (GitLab CI, AWS CodeBuild, pre-commit, the hook deploy command) are valid
 * YAML that names real files, and their cfn-audit commands run as written and write the report
 * files the CI system is told to collect.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start, `README section "${title}"`).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 4);
  return README.slice(start, end === -1 ? undefined : end);
}
const blocks = (text: string, lang: string): string[] => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

/** `cfn-audit …` command lines of a YAML document's scripts, without `|| …` and comments. */
function commands(doc: string): string[][] {
  return doc
    .split('\n')
    .map((l) => /^\s*-\s+(cfn-audit\s.*)$/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined)
    .map((c) =>
      c
        .replace(/\s+#.*$/, '')
        .replace(/\s*\|\|.*$/, '')
        .trim()
        .split(/\s+/)
        .slice(1),
    );
}

let work = '';
beforeAll(async () => {
  work = tempDir('cfn-audit-readme-');
  mkdirSync(join(work, 'infra'));
  copyFileSync(join(ROOT, 'examples/web-stack.yaml'), join(work, 'infra/web-stack.yaml'));
}, 120_000);

function runCli(args: string[]): number | null {
  return spawnSync(process.execPath, [join(ROOT, 'bin/cfn-audit.js'), ...args], { cwd: work, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } }).status;
}

describe('README CI snippets', () => {
  it('GitLab CI: the job is valid YAML; its commands write the Code Quality and JUnit reports it declares', () => {
    const [yml] = blocks(section('GitLab CI'), 'yaml');
    const job = (parse(yml!) as Record<string, { artifacts: { reports: Record<string, string> } }>)['cfn-audit']!;
    for (const args of commands(yml!)) expect([0, 1, 3]).toContain(runCli(args));
    for (const file of Object.values(job.artifacts.reports)) expect(existsSync(join(work, file)), file).toBe(true);
    const issues = JSON.parse(readFileSync(join(work, job.artifacts.reports['codequality']!), 'utf8')) as { check_name: string }[];
    expect(issues.map((i) => i.check_name)).toContain('SSHOpenToWorld');
  });

  it('CodeBuild: the buildspec is valid YAML; its command writes the JUnit report the report group reads', () => {
    const [yml] = blocks(section('AWS CodeBuild'), 'yaml');
    const spec = parse(yml!) as { version: number; reports: Record<string, { 'base-directory': string; files: string[]; 'file-format': string }>; artifacts: { files: string[] } };
    expect(spec.version).toBe(0.2);
    for (const args of commands(yml!)) expect([0, 1, 3]).toContain(runCli(args));
    const group = spec.reports['cfn-audit']!;
    expect(group['file-format']).toBe('JUNITXML');
    for (const f of group.files) expect(existsSync(join(work, group['base-directory'], f))).toBe(true);
    for (const f of spec.artifacts.files) expect(existsSync(join(work, f))).toBe(true);
  });

  it('pre-commit: the snippet names the hook id .pre-commit-hooks.yaml defines', () => {
    const [yml] = blocks(section('pre-commit'), 'yaml');
    const repos = parse(yml!) as { hooks: { id: string }[] }[];
    const ids = (parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((h) => h.id);
    expect(ids).toContain(repos[0]!.hooks[0]!.id);
  });

  it('the hook section deploys the template that exists, with parameters it declares', () => {
    const [sh] = blocks(section('Gate every deployment in an account'), 'sh');
    const file = /--template-file (\S+)/.exec(sh!)?.[1];
    expect(file).toBe('deploy/hook/cfn-audit-hook.yaml');
    const tpl = readFileSync(join(ROOT, file!), 'utf8');
    for (const [, name] of sh!.matchAll(/\s(\w+)=/g)) expect(tpl).toMatch(new RegExp(`^  ${name}:$`, 'm'));
  });
});
