/**
 * Every hand-written bad or hostile input of ../shared/corpus/bad through the built CLI: answered (a run
 * still going after 20 s is killed as a hang; speed is `npm run bench`'s business), exit 0-3, no stack trace, non-templates refused by name, and the MANIFEST's expected
 * findings where the security-group rules cover them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPath, corpusSkipNote } from './helpers/corpus.js';

const root = join(import.meta.dirname, '..');
const bad = corpusPath('bad');
const bin = join(root, 'bin/cfn-audit.js');

interface Finding {
  ruleId: string;
  logicalId: string;
  outcome: string;
  status: string;
  path: (string | number)[];
  data: Record<string, unknown>;
  conditions: { condition: string; branch: boolean }[];
}
interface Report {
  stacks: { file: string; findings: Finding[] }[];
  errors: { file: string; line: number | null; column: number | null; message: string }[];
  skipped: number;
}
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: bad, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Files that are not a template CloudFormation could deploy, and the reason we give. */
const REFUSED: Readonly<Record<string, RegExp>> = {
  'comment_only.yaml': /no content/,
  'empty.json': /empty/,
  'empty.yaml': /empty/,
  'whitespace_only.yaml': /empty/,
  'not_a_mapping_top_level.yaml': /top level is a list/,
  'scalar_document.json': /top level is a string/,
  'utf16le_bom.json': /UTF-16/,
  'nul_bytes.yaml': /NUL byte/,
  'non_utf8_latin1.yaml': /not valid UTF-8/,
  'non_utf8_garbage.json': /not valid UTF-8/,
  'malformed_bad_indent.yaml': /^YAML: /,
  'malformed_tab_indent.yaml': /^YAML: Tabs/,
  'malformed_unclosed_flow.yaml': /^YAML: /,
  'malformed_truncated.json': /^JSON: /,
  'malformed_trailing_comma_and_comments.json': /^JSON: comments/,
  'multi_document.yaml': /more than one YAML document/,
  'python_object_tag.yaml': /unknown tag !!python\/object/,
  'unknown_tags.yaml': /unknown tag !/,
  'duplicate_keys.json': /duplicate key "CidrIp"/,
  'duplicate_keys.yaml': /duplicate key "/,
  'no_resources.yaml': /no Resources section/,
  'resources_is_list.yaml': /Resources must be a mapping/,
  'resources_null.yaml': /Resources must be a mapping/,
  'deep_nesting_1000_dict.json': /nest/,
  'deep_nesting_1000_list.yaml': /nest/,
  'deep_nesting_1000_block.yaml': /nest/,
  'deep_intrinsic_1000.json': /nest/,
};

const sgRules = new Set([
  'SSHOpenToWorld',
  'RDPOpenToWorld',
  'AllTrafficOpenToWorld',
  'DatabasePortOpenToWorld',
  'RemoteAdminPortOpenToWorld',
  'AllowHttp',
  'IngressOpenToWorld',
  'IngressBroadCidr',
  'IngressAllProtocols',
  'IngressPortRange',
]);
const hits = (rep: Report, ruleId: string) => rep.stacks.flatMap((s) => s.findings.filter((f) => f.ruleId === ruleId && f.outcome === 'fail').map((f) => f.logicalId)).sort();

describe.skipIf(!existsSync(bad))(`corpus/bad through the CLI${corpusSkipNote}`, () => {
  const files = existsSync(bad)
    ? readdirSync(bad)
        .filter((f) => f !== 'MANIFEST.json')
        .sort()
    : [];
  const manifest = existsSync(bad) ? (JSON.parse(readFileSync(join(bad, 'MANIFEST.json'), 'utf8')) as Record<string, { expected_findings?: unknown[] }>) : {};
  const runs = new Map<string, Run>();

  beforeAll(() => {
    for (const f of files) runs.set(f, cli(['-f', 'json', f]));
  });

  it('the manifest describes every file, and the refusal table names only corpus files', () => {
    expect(Object.keys(manifest).sort()).toEqual(files);
    for (const f of Object.keys(REFUSED)) expect(files).toContain(f);
  });

  it.each(files)('%s: answered, exit 0-3, no stack trace', (f) => {
    const r = runs.get(f)!;
    expect([0, 1, 2, 3]).toContain(r.code);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/internal error/);
    const rep = JSON.parse(r.stdout) as Report;
    // Every file is accounted for: audited, or an error naming it.
    expect(rep.stacks.length + rep.errors.length).toBe(1);
    if (r.code === 2) expect(rep.errors[0]!.file).toBe(f);
    else expect(rep.stacks[0]!.file).toBe(f);
  });

  it.each(Object.entries(REFUSED))('%s is no deployable template: exit 2 naming the file, with a reason', (f, reason) => {
    const r = runs.get(f)!;
    expect(r.code).toBe(2);
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep.stacks).toEqual([]);
    expect(rep.errors).toHaveLength(1);
    expect(rep.errors[0]!.file).toBe(f);
    expect(rep.errors[0]!.message).toMatch(reason);
  });

  it('parse errors carry a 1-based line and column where the text has one', () => {
    for (const [f] of Object.entries(REFUSED)) {
      const e = (JSON.parse(runs.get(f)!.stdout) as Report).errors[0]!;
      if (/empty/.test(e.message)) continue;
      expect(e.line, f).toBeGreaterThanOrEqual(1);
      expect(e.column, f).toBeGreaterThanOrEqual(1);
    }
  });

  it('the unsafe-loader probe ran nothing', () => {
    expect(existsSync(join(bad, 'pwned_by_cfn_linter'))).toBe(false);
    expect(existsSync(join(root, 'pwned_by_cfn_linter'))).toBe(false);
  });

  it('templates that are odd but deployable are audited: BOM, YAML in a .json file, empty Resources, odd resource shapes, reference cycles, an alias bomb', () => {
    for (const f of [
      'utf8_bom.yaml',
      'malformed_json_looks_like_yaml.json',
      'resources_empty.json',
      'resource_shapes.yaml',
      'ref_errors.yaml',
      'alias_bomb_billion_laughs.yaml',
      'yaml11_implicit_types.yaml',
    ]) {
      expect([0, 1, 3], f).toContain(runs.get(f)!.code);
    }
    expect((JSON.parse(runs.get('resources_empty.json')!.stdout) as Report).stacks[0]!.findings).toEqual([]);
  });

  it('resource_shapes.yaml: the security group with null Properties has no ingress finding', () => {
    const rep = JSON.parse(runs.get('resource_shapes.yaml')!.stdout) as Report;
    expect(rep.stacks[0]!.findings.filter((f) => sgRules.has(f.ruleId))).toEqual([]);
  });

  it('ref_errors.yaml: references to undefined names are unknown, never fail or pass silently', () => {
    const rep = JSON.parse(runs.get('ref_errors.yaml')!.stdout) as Report;
    const c = rep.stacks[0]!.findings.filter((f) => f.logicalId === 'C' && sgRules.has(f.ruleId));
    expect(c.length).toBeGreaterThan(0);
    expect(c.every((f) => f.outcome === 'unknown')).toBe(true);
  });

  it('expected findings: anchors_and_merge_keys.yaml flags OpenSg for 22 and OtherSg for 22 and 3389', () => {
    const rep = JSON.parse(runs.get('anchors_and_merge_keys.yaml')!.stdout) as Report;
    expect(hits(rep, 'SSHOpenToWorld')).toEqual(['OpenSg', 'OtherSg']);
    expect(hits(rep, 'RDPOpenToWorld')).toEqual(['OtherSg']);
  });

  it('expected findings: huge_numbers.json flags Sg for the string-typed 0-65535 rule', () => {
    const rep = JSON.parse(runs.get('huge_numbers.json')!.stdout) as Report;
    // tcp 0-65535 is every port: reported once, by AllTrafficOpenToWorld, not again by the SSH rule.
    expect(hits(rep, 'AllTrafficOpenToWorld')).toEqual(['Sg']);
    expect(hits(rep, 'SSHOpenToWorld')).toEqual([]);
    const all = rep.stacks[0]!.findings.find((f) => f.ruleId === 'AllTrafficOpenToWorld')!;
    expect(all.data).toMatchObject({ ports: '0-65535', cidr: '0.0.0.0/0' });
  });

  it('expected findings: intrinsics_everywhere flags AppSg SSH via parameter defaults, 3389 on the dev branch, all traffic from the dev mapping; the import is unknown', () => {
    for (const f of ['intrinsics_everywhere.yaml', 'intrinsics_everywhere.json']) {
      const rep = JSON.parse(runs.get(f)!.stdout) as Report;
      const find = (rule: string, id: string) => rep.stacks[0]!.findings.filter((x) => x.ruleId === rule && x.logicalId === id);
      expect(
        find('SSHOpenToWorld', 'AppSg').map((x) => x.outcome),
        f,
      ).toEqual(['fail']);
      const rdp = find('RDPOpenToWorld', 'AppSg');
      expect(
        rdp.map((x) => x.outcome),
        f,
      ).toEqual(['fail']);
      expect(
        find('AllTrafficOpenToWorld', 'AppSg').map((x) => x.outcome),
        f,
      ).toEqual(['fail']);
      expect(
        find('SSHOpenToWorld', 'IngressFromImport').map((x) => [x.outcome, String(x.data['unknownReason'])]),
        f,
      ).toEqual([['unknown', expect.stringMatching(/ImportValue/)]]);
      expect(hits(rep, 'SSHOpenToWorld')).toEqual(['AppSg']);
    }
  });

  it('intrinsics_everywhere.yaml and .json give identical findings', () => {
    const strip = (f: string) =>
      (JSON.parse(runs.get(f)!.stdout) as Report).stacks[0]!.findings.map((x) => JSON.stringify([x.ruleId, x.logicalId, x.outcome, x.status, x.path, x.data, x.conditions])).sort();
    expect(strip('intrinsics_everywhere.yaml')).toEqual(strip('intrinsics_everywhere.json'));
    expect(strip('intrinsics_everywhere.yaml').length).toBeGreaterThan(5);
  });

  it('duplicate_keys.json is an error, which the manifest allows instead of the last-value SSH finding', () => {
    expect(manifest['duplicate_keys.json']?.expected_findings).toBeDefined();
    expect(runs.get('duplicate_keys.json')!.code).toBe(2);
  });

  it('all files named in one run: every one is reported by name, and the run exits 2', () => {
    const r = cli(['-f', 'json', ...files]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const rep = JSON.parse(r.stdout) as Report;
    const named = [...rep.stacks.map((s) => s.file), ...rep.errors.map((e) => e.file)].sort();
    expect(named).toEqual(files);
    const text = cli(files);
    for (const f of files) expect(text.stdout, f).toContain(f);
    expect(text.stderr).not.toMatch(/^\s+at /m);
  });

  it('the folder as a directory: every file is audited, an error, or counted as skipped', () => {
    const r = cli(['-f', 'json', '.']);
    expect(r.code).toBe(2);
    const rep = JSON.parse(r.stdout) as Report;
    const candidates = readdirSync(bad).filter((f) => /\.(ya?ml|json|template)$/.test(f));
    expect(rep.stacks.length + rep.errors.length + rep.skipped).toBe(candidates.length);
    // Files that look like templates but are broken are errors, not silently skipped.
    for (const f of ['duplicate_keys.json', 'malformed_truncated.json', 'python_object_tag.yaml', 'deep_nesting_1000_dict.json'])
      expect(rep.errors.map((e) => e.file)).toContain(f);
  });
});
