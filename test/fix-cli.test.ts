/**
 * `cfn-audit fix` as a command (diff, --write, --rule, exit codes) and the fixes carried by reports:
 * SARIF `fixes` whose replacements rebuild the fixed file, Markdown diffs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import fc from 'fast-check';
import { unifiedDiff } from '../src/fix/diff.js';
import { tempDir } from './helpers/temp.js';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  # keep this comment
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: false
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: app
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh}
      SecurityGroupEgress: [{IpProtocol: '-1', CidrIp: 10.0.0.0/8, Description: out}]
`;

let dir = '';
beforeAll(() => {
  dir = tempDir('cfn-audit-fix-');
});

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('cfn-audit fix', () => {
  it('prints a unified diff that patch applies, exits 1, and leaves the file alone', async () => {
    const f = write('a.yaml', TEMPLATE);
    const r = await runCli(['fix', f], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^--- a\/a\.yaml\n\+\+\+ b\/a\.yaml\n@@ /);
    expect(r.out).toContain('-      EnableKeyRotation: false\n+      EnableKeyRotation: true\n');
    expect(r.out).toContain('CidrIp: !Ref AllowedSshCidr, Description: ssh}');
    expect(r.err).toMatch(/2 findings can be fixed in 1 file/);
    expect(readFileSync(join(dir, f), 'utf8')).toBe(TEMPLATE);
    // The diff is what --write does.
    write('patched.yaml', TEMPLATE);
    const p = spawnSync('patch', ['-s', 'patched.yaml'], { cwd: dir, input: r.out, encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(0);
    await runCli(['fix', '--write', f], dir);
    expect(readFileSync(join(dir, 'patched.yaml'), 'utf8')).toBe(readFileSync(join(dir, f), 'utf8'));
  });

  it('--write applies the fixes; a second run has nothing left and exits 0', async () => {
    const f = write('b.yaml', TEMPLATE);
    const first = await runCli(['fix', '--write', f], dir);
    expect(first.code).toBe(0);
    expect(first.out).toBe('');
    const fixed = readFileSync(join(dir, f), 'utf8');
    expect(fixed).toContain('# keep this comment');
    expect(fixed).toContain('EnableKeyRotation: true');
    const again = await runCli(['fix', f], dir);
    expect(again.code).toBe(0);
    expect(again.out).toBe('');
  });

  it('--rule limits the fixes, and names an advisory rule to fix it; --retention-days sets the days', async () => {
    const f = write('c.yaml', TEMPLATE);
    const only = await runCli(['fix', '--rule', 'KmsKeyRotationDisabled', f], dir);
    expect(only.out).toContain('EnableKeyRotation: true');
    expect(only.out).not.toContain('AllowedSshCidr');
    const logs = await runCli(['fix', '--rule', 'LogGroupNoRetention', '--retention-days', '30', f], dir);
    expect(logs.out).toContain('+      RetentionInDays: 30');
    expect(logs.code).toBe(1);
  });

  it('exit 2: a template that cannot be parsed, an unknown rule, a rule without a fix, bad days', async () => {
    const bad = write('bad.yaml', 'Resources: [unclosed\n');
    expect((await runCli(['fix', bad], dir)).code).toBe(2);
    const f = write('d.yaml', TEMPLATE);
    const unknown = await runCli(['fix', '--rule', 'NoSuchRule', f], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/--rule NoSuchRule: no such rule/);
    const nofix = await runCli(['fix', '--rule', 'IamPolicyWildcardAction', f], dir);
    expect(nofix.code).toBe(2);
    expect(nofix.err).toMatch(/has no automatic fix/);
    expect((await runCli(['fix', '--retention-days', 'week', f], dir)).code).toBe(2);
    expect((await runCli(['fix', '--bogus', f], dir)).code).toBe(2);
  });

  it('says why it leaves a finding alone', async () => {
    const f = write(
      'e.yaml',
      `Parameters:\n  Enc: {Type: String, Default: 'false'}\nResources:\n  F:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: !Ref Enc\n`,
    );
    const r = await runCli(['fix', f], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/e\.yaml:7:7: EfsUnencrypted not fixed: .*comes from Ref Enc/);
  });
});

describe('fixes in reports', () => {
  it('SARIF results carry fixes whose replacements rebuild what fix --write writes', async () => {
    const f = write('s.yaml', TEMPLATE);
    const r = await runCli(['--format', 'sarif', f], dir);
    const sarif = JSON.parse(r.out) as {
      runs: {
        results: {
          ruleId: string;
          fixes?: {
            artifactChanges: {
              artifactLocation: { uri: string };
              replacements: { deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number }; insertedContent: { text: string } }[];
            }[];
          }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]!.results;
    const key = results.find((x) => x.ruleId === 'KmsKeyRotationDisabled')!;
    expect(key.fixes).toHaveLength(1);
    const change = key.fixes![0]!.artifactChanges[0]!;
    expect(change.artifactLocation.uri).toMatch(/s\.yaml$/);
    expect(change.replacements).toEqual([{ deletedRegion: { startLine: 7, startColumn: 26, endLine: 7, endColumn: 31 }, insertedContent: { text: 'true' } }]);
    expect(results.find((x) => x.ruleId === 'SecurityGroupMissingEgress')?.fixes).toBeUndefined();
    // Applying every result's replacements (each against the original) gives the --write result.
    const lines = TEMPLATE.split('\n');
    const offset = (l: number, c: number) => lines.slice(0, l - 1).reduce((n, x) => n + x.length + 1, 0) + c - 1;
    const edits = results
      .flatMap((x) => x.fixes?.[0]?.artifactChanges[0]?.replacements ?? [])
      .map((rep) => ({
        at: offset(rep.deletedRegion.startLine, rep.deletedRegion.startColumn),
        end: offset(rep.deletedRegion.endLine, rep.deletedRegion.endColumn),
        text: rep.insertedContent.text,
      }));
    let text = TEMPLATE;
    for (const e of edits.sort((a, b) => b.at - a.at)) text = text.slice(0, e.at) + e.text + text.slice(e.end);
    await runCli(['fix', '--write', f], dir);
    expect(text).toBe(readFileSync(join(dir, f), 'utf8'));
  });

  it('Markdown shows each suggested change as a fenced diff', async () => {
    const f = write('m.yaml', TEMPLATE);
    const r = await runCli(['--format', 'markdown', f], dir);
    expect(r.out).toContain('Suggested fixes (2)');
    expect(r.out).toMatch(/```diff\n--- a\/m\.yaml\n\+\+\+ b\/m\.yaml\n@@ -4,7 \+4,7 @@\n[\s\S]*-      EnableKeyRotation: false\n\+      EnableKeyRotation: true\n[\s\S]*?```/);
    // Other formats are not slowed down by computing fixes.
    expect((await runCli(['--format', 'json', f], dir)).out).not.toContain('fixes');
  });
});

describe('unified diff', () => {
  it('patch turns the old text into the new one, whatever the change', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '  e: 1', '# c'), { maxLength: 25 }).map((l) => l.map((x) => `${x}\n`).join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = unifiedDiff('p.txt', a, b);
        expect(d === '').toBe(a === b);
        if (a === b) return;
        writeFileSync(join(dir, 'p.txt'), a);
        const r = spawnSync('patch', ['-s', '-p1', 'p.txt'], { cwd: dir, input: d, encoding: 'utf8' });
        expect(r.status, `${d}\n${r.stdout}${r.stderr}`).toBe(0);
        expect(readFileSync(join(dir, 'p.txt'), 'utf8')).toBe(b);
      }),
      { numRuns: 60 },
    );
  });

  it('hunks with context, separate when far apart, and an empty diff for equal texts', () => {
    const a = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const b = a.replace('line 2\n', 'line two\n').replace('line 25\n', 'line 25\nadded\n');
    expect(unifiedDiff('f', a, a)).toBe('');
    expect(unifiedDiff('f', a, b)).toBe(
      '--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n@@ -23,6 +23,7 @@\n line 23\n line 24\n line 25\n+added\n line 26\n line 27\n line 28\n',
    );
  });
});
