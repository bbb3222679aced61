/**
 * Big-repository options: --cache DIR reuses unchanged files' results (and only theirs), --shard i/n
 * splits the files stably over a CI matrix, `cfn-audit merge` joins the shards' JSON into one report.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditReport } from '../src/types/types.js';
import { inShard, parseShard } from '../src/app/shard.js';
import { runCli } from './helpers/cli.js';
import { tempDir, tempFiles } from './helpers/temp.js';

const sg = (cidr: string, port = 22) =>
  `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: d\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: ${port}, ToPort: ${port}, CidrIp: ${cidr}, Description: x}\n`;
const topic = 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n';

const repo = (files: Record<string, string>): string => tempFiles(files, 'cfn-audit-cache-');
const json = (out: string): AuditReport => JSON.parse(out) as AuditReport;
/** The report without the cache's own notice, for comparing cold and warm runs. */
/** The notice sentence of a `-f json` report. */
const messageOf = (n: unknown): string => (n as { message: string }).message;
const comparable = (r: AuditReport) => ({ ...r, notices: r.notices.filter((n) => !messageOf(n).startsWith('cache:')) });

describe('--cache', () => {
  it('a warm run gives the same report and reuses every result; a changed file is audited again', async () => {
    const dir = repo({ 'a.yaml': sg('0.0.0.0/0'), 'b.yaml': topic, 'c.json': JSON.stringify({ Resources: { T: { Type: 'AWS::SNS::Topic' } } }) });
    const cold = await runCli(['.', '-f', 'json', '--cache', '.cache'], dir);
    const warm = await runCli(['.', '-f', 'json', '--cache', '.cache'], dir);
    expect(warm.code).toBe(cold.code);
    expect(comparable(json(warm.out))).toEqual(comparable(json(cold.out)));
    expect(json(warm.out).notices.map(messageOf)).toContain('cache: 3 of 3 file results reused from .cache');

    writeFileSync(join(dir, 'a.yaml'), sg('10.0.0.0/8'));
    const changed = await runCli(['.', '-f', 'json', '--cache', '.cache'], dir);
    expect(changed.code).toBe(0);
    expect(json(changed.out).notices.map(messageOf)).toContain('cache: 2 of 3 file results reused from .cache');
  });

  it.each([
    ['other thresholds', ['--approval-at', '1', '--fail-at', '2']],
    ['all rules', ['--all-rules']],
    ['count unknown', ['--count-unknown']],
  ])('a result is not reused under %s', async (_, flags) => {
    const dir = repo({ 'a.yaml': sg('0.0.0.0/0') });
    await runCli(['a.yaml', '-f', 'json', '--cache', '.cache'], dir);
    const other = await runCli(['a.yaml', '-f', 'json', '--cache', '.cache', ...flags], dir);
    expect(json(other.out).notices.some((n) => messageOf(n).startsWith('cache:'))).toBe(false);
  });

  it('a config change (an exception) is not served from the cache', async () => {
    const dir = repo({ 'a.yaml': sg('0.0.0.0/0') });
    const first = await runCli(['a.yaml', '-f', 'json', '--cache', '.cache'], dir);
    expect(first.code).toBe(3);
    writeFileSync(join(dir, '.cfn-audit.yml'), 'exceptions:\n  - rule: SSHOpenToWorld\n    resource: "a.yaml#Sg"\n    reason: bastion\n    expires: 2027-01-01\n');
    const second = await runCli(['a.yaml', '-f', 'json', '--cache', '.cache'], dir);
    expect(json(second.out).stacks[0]!.findings.find((f) => f.ruleId === 'SSHOpenToWorld')?.status).toBe('excepted');
  });

  it('a broken or unwritable cache entry is a miss, never an error', async () => {
    const dir = repo({ 'a.yaml': topic });
    await runCli(['a.yaml', '--cache', '.cache'], dir);
    const sub = readdirSync(join(dir, '.cache'))[0]!;
    const entry = readdirSync(join(dir, '.cache', sub))[0]!;
    writeFileSync(join(dir, '.cache', sub, entry), '{ broken');
    const again = await runCli(['a.yaml', '-f', 'json', '--cache', '.cache'], dir);
    expect(again.code).toBe(0);
    expect(json(again.out).stacks).toHaveLength(1);
    writeFileSync(join(dir, 'file-not-dir'), '');
    expect((await runCli(['a.yaml', '--cache', 'file-not-dir/x'], dir)).code).toBe(0);
  });
});

describe('--shard and merge', () => {
  it('parses i/n and refuses anything else', async () => {
    expect(parseShard('1/3')).toEqual({ index: 1, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3', '-1/2']) expect(parseShard(bad)).toBeNull();
    expect((await runCli(['x.yaml', '--shard', '3/2'], tempDir())).err).toMatch(/--shard takes i\/n/);
  });

  it('every file is in exactly one shard, the same one every time', () => {
    const files = Array.from({ length: 200 }, (_, i) => `infra/stack-${i}/template.yaml`);
    for (const n of [1, 2, 3, 7]) {
      for (const f of files) {
        const owners = Array.from({ length: n }, (_, i) => i + 1).filter((i) => inShard(f, { index: i, count: n }));
        expect(owners).toHaveLength(1);
      }
    }
    expect(files.filter((f) => inShard(f, { index: 1, count: 2 })).length).toBeGreaterThan(60);
  });

  it('the shards together audit every file once, and merge gives the decision of a whole run', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`t${i}.yaml`] = i === 5 ? sg('0.0.0.0/0') : topic;
    const dir = repo(files);
    const whole = await runCli(['.', '-f', 'json', '-o', 'whole.json'], dir);
    const parts: string[] = [];
    for (const i of [1, 2, 3]) {
      const r = await runCli(['.', '-f', 'json', '-o', `part${i}.json`, '--shard', `${i}/3`], dir);
      expect([0, 3]).toContain(r.code);
      parts.push(`part${i}.json`);
    }
    const stacks = parts.flatMap((p) => json(readFileSync(join(dir, p), 'utf8')).stacks.map((s) => s.file));
    expect(stacks.sort()).toEqual(Object.keys(files).sort());

    const merged = await runCli(['merge', ...parts, '-f', 'json'], dir);
    expect(merged.code).toBe(whole.code);
    expect(merged.code).toBe(3);
    const m = json(merged.out);
    const w = json(readFileSync(join(dir, 'whole.json'), 'utf8'));
    expect(m.decision).toBe(w.decision);
    expect(m.stacks).toEqual(w.stacks);

    const sarif = await runCli(['merge', ...parts, '-f', 'sarif', '--junit', 'out/merged.xml'], dir);
    expect(JSON.parse(sarif.out).runs[0].results.length).toBe(w.stacks.reduce((n, s) => n + s.findings.length, 0));
    expect(readFileSync(join(dir, 'out/merged.xml'), 'utf8')).toMatch(/SSHOpenToWorld/);
  });

  it('merged findings read as the runs worded them, also a custom check rule worded by message id (ids are not in the JSON)', async () => {
    const rule = [
      'id: MyFlowLogs',
      'title: my flow log title',
      'risk: 4',
      "resourceTypes: ['AWS::EC2::VPC']",
      'description: d',
      'remediation: r',
      'kind: check',
      'check: vpcFlowLog',
    ].join('\n');
    const vpc = 'Resources:\n  Net:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16}\n';
    const dir = repo({ 'rules/my.yaml': rule, 't/a.yaml': vpc, 't/b.yaml': sg('0.0.0.0/0'), 't/c.yaml': topic, 't/d.yaml': vpc });
    const whole = await runCli(['t', '-r', 'rules', '-f', 'text'], dir);
    expect(whole.out).toMatch(/no AWS::EC2::FlowLog refers to this VPC/);
    for (const i of [1, 2]) await runCli(['t', '-r', 'rules', '-f', 'json', '-o', `part${i}.json`, '--shard', `${i}/2`], dir);
    const text = await runCli(['merge', 'part1.json', 'part2.json', '-f', 'text'], dir);
    const sentences = (out: string) =>
      out
        .split('\n')
        .filter((l) => /FlowLog|can reach|MyFlowLogs/.test(l))
        .map((l) => l.trim())
        .sort();
    expect(sentences(text.out)).toEqual(sentences(whole.out));
    expect(text.out).not.toMatch(/my flow log title/);
    const sarif = JSON.parse((await runCli(['merge', 'part1.json', 'part2.json', '-f', 'sarif'], dir)).out) as {
      runs: { results: { ruleId: string; message: { text: string } }[] }[];
    };
    const mine = sarif.runs[0]!.results.filter((r) => r.ruleId === 'MyFlowLogs');
    expect(mine.length).toBe(2);
    for (const r of mine) expect(r.message.text).toMatch(/no AWS::EC2::FlowLog refers to this VPC/);
  });

  it('merge refuses what is not a cfn-audit JSON report, with a reason', async () => {
    const dir = repo({ 'a.sarif': JSON.stringify({ version: '2.1.0', runs: [] }), 'b.json': '[1]', 'c.txt': 'x' });
    expect((await runCli(['merge', 'a.sarif'], dir)).err).toMatch(/not a cfn-audit JSON report \(SARIF/);
    expect((await runCli(['merge', 'b.json'], dir)).code).toBe(2);
    expect((await runCli(['merge', 'c.txt'], dir)).err).toMatch(/not JSON/);
    expect((await runCli(['merge', 'missing.json'], dir)).err).toMatch(/cannot read/);
    expect((await runCli(['merge'], dir)).err).toMatch(/name the JSON reports/);
  });
});
