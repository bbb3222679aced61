/**
 * Discovery as an attacker or an unlucky user meets it (issue 11, items 4, 6, 7, 12): what is read,
 * what is skipped and why, what is refused, and that nothing hangs or walks out of the folder given.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discover, type Discovered } from '../src/load/discover.js';
import { decodeUtf8, readBounded, readText } from '../src/load/read-file.js';
import { isTemplateText } from '../src/load/sniff.js';
import { isAssemblyManifest } from '../src/load/cdk-assembly.js';
import { runCli } from './helpers/cli.js';
import { runAudit } from '../src/adapters/run.js';
import { tempFiles } from './helpers/temp.js';
import { describe as describeNotice } from '../src/report/describe.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/cfn-audit.js');
const scratch = (files: Readonly<Record<string, string | Buffer>>): string => tempFiles(files, 'cfn-audit-discover-');

const SSH =
  'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\n';
const TOPIC = 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n';
const files = (d: Discovered) => d.sources.map((s) => s.file).sort();
const within = async <T>(ms: number, p: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`not done within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
};

describe('item 6: "is a template" is decided by parsing, every skip has a reason', () => {
  it.each([
    ['quoted key, broken below', "'Resources':\n  A: {Type: AWS::SNS::Topic\n"],
    ['double-quoted key, broken below', '"Resources":\n  A: [\n'],
    ['version first, bad indentation later', "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: x\n   bad: : :\n"],
    ['JSON with 30,000 characters before "Resources", then a syntax error', `{"Description": "${'d'.repeat(30_000)}",\n "Resources": {"A": {"Type": "AWS::SNS::Topic",}},}`],
    ['flow-style YAML, unterminated', '{Resources: {A: {Type: AWS::SNS::Topic}}'],
    ['BOM, then a template with a tab', '\uFEFFResources:\n\tA: 1\n'],
  ])('a broken template is a template (%s)', (_name, text) => {
    expect(isTemplateText(text)).toBe(true);
  });

  it.each([
    ['package.json', '{"name": "x", "scripts": {"build": "tsc"}}'],
    ['a key that merely contains the word', 'MyResources: 1\nnotResources: 2\n'],
    ['the word inside a value', 'description: "Resources: none"\n'],
    ['nested Resources key', 'outer:\n  Resources:\n    A: 1\n'],
    ['plain text', 'just some words { } :'],
    ['an empty file', ''],
  ])('not a template: %s', (_name, text) => {
    expect(isTemplateText(text)).toBe(false);
  });

  it('a broken template found in a folder is an error with its position; non-templates are skipped, each with its reason', async () => {
    const dir = scratch({
      'ok.yaml': TOPIC,
      'broken.json': `{"Description": "${'d'.repeat(25_000)}", "Resources": {"A": {"Type": "AWS::SNS::Topic",}}}`,
      'quoted.yaml': "'Resources':\n  A: [\n",
      'package.json': '{"name": "x"}',
      'notes.yaml': 'title: x\n',
      'garbage.yaml': 'a: [\n',
    });
    const r = await runCli(['-f', 'json', '.'], dir);
    const rep = JSON.parse(r.out) as { stacks: { file: string }[]; errors: { file: string }[]; notices: { kind: string; file: string; message: string }[]; skipped: number };
    expect(r.code).toBe(2);
    expect(rep.stacks.map((s) => s.file)).toEqual(['ok.yaml']);
    expect(rep.errors.map((e) => e.file).sort()).toEqual(['broken.json', 'quoted.yaml']);
    const skips = rep.notices.filter((n) => n.kind === 'skipped-files' && n.file);
    expect(skips.map((n) => n.file).sort()).toEqual(['garbage.yaml', 'notes.yaml', 'package.json']);
    for (const n of skips) expect(n.message).toMatch(/^skipped: not a CloudFormation template \(.+\)/);
    expect(rep.skipped).toBe(3);
  });

  it('a valid U+FFFD character is text; invalid UTF-8 is an error at its line and column (a template) or a reported skip (not one)', async () => {
    const dir = scratch({
      'fffd.yaml': 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: {DisplayName: "caf\uFFFD"}\n',
      'latin1.yaml': Buffer.concat([Buffer.from('Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: {DisplayName: caf'), Buffer.from([0xe9]), Buffer.from('}\n')]),
      'blob.json': Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x20, 0xc3, 0x28, 0x7d]),
    });
    const d = await discover(['.'], { cwd: dir });
    expect(files(d)).toEqual(['fffd.yaml']);
    expect(d.errors).toEqual([{ file: 'latin1.yaml', line: 4, column: 34, message: expect.stringMatching(/not valid UTF-8/) }]);
    expect(d.notices).toEqual([{ kind: 'skipped-files', file: 'blob.json', code: 'file-skipped', args: { why: 'not-utf8' } }]);
    const r = await runCli(['fffd.yaml'], dir);
    expect(r.code).toBe(0);
  });

  it.each([
    [Buffer.from([0xc3, 0x28]), 1, 1],
    [Buffer.from('ab\ncd\xff', 'latin1'), 2, 3],
    [Buffer.from([0x61, 0xf0, 0x9f, 0x98]), 1, 2],
    [Buffer.from('é\n\né€', 'utf8').subarray(0, 8), 3, 2],
  ])('decodeUtf8 finds the first invalid byte (%#)', (bytes, line, column) => {
    expect(decodeUtf8(bytes)).toMatchObject({ ok: false, line, column });
  });

  it('UTF-16 is refused with the reason; valid UTF-8 of every plane decodes unchanged', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFResources: {}', 'utf16le'))).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16/) });
    const text = 'a\uFFFD\u00e9\u20ac\u{1F600}\uFEFF';
    expect(decodeUtf8(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text });
  });

  // Root reads everything, so the unreadable cases run the built CLI as `nobody` when the tests run as root.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  it.skipIf(process.platform === 'win32')('an unreadable folder or file is an error (exit 2), not a skip', () => {
    const dir = scratch({ 'ok.yaml': TOPIC, 'locked/t.yaml': SSH, 'secret.yaml': SSH });
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    try {
      const r = spawnSync(process.execPath, [BIN, '-f', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 20_000, ...asUser });
      expect(r.status, r.stderr).toBe(2);
      const rep = JSON.parse(r.stdout) as { errors: { file: string; message: string }[] };
      expect(rep.errors).toEqual([
        { file: 'locked', line: null, column: null, message: 'cannot read the folder: EACCES' },
        { file: 'secret.yaml', line: null, column: null, message: 'cannot read the file: EACCES' },
      ]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('item 12: bounded reads, walks confined to their root', () => {
  it.skipIf(process.platform !== 'linux')('devices, pipes and links to them are refused before reading, whether found, globbed or named', async () => {
    const dir = scratch({ 'ok.yaml': TOPIC });
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const found = await within(5000, discover(['.'], { cwd: dir }));
    expect(files(found)).toEqual(['ok.yaml']);
    // /dev/zero is outside the folder: the link is not followed at all.
    expect(found.notices.map((n) => [n.file, describeNotice(n)])).toEqual([
      ['pipe.yaml', 'skipped: not a regular file (a device, pipe or socket)'],
      ['zero.yaml', 'a symbolic link to outside the folder being audited; not followed'],
    ]);
    const globbed = await within(5000, discover(['*.yaml'], { cwd: dir }));
    expect(files(globbed)).toEqual(['ok.yaml']);
    for (const named of ['zero.yaml', 'pipe.yaml', '/dev/zero']) {
      const d = await within(5000, discover([named], { cwd: dir }));
      expect(d.sources, named).toEqual([]);
      expect(d.errors[0]?.message, named).toMatch(/not a regular file/);
    }
  });

  it.skipIf(process.platform !== 'linux')('the byte limit holds while reading, even when the file claims size 0 (/proc)', async () => {
    const r = await readBounded('/proc/self/status', { limit: 16 });
    expect(r).toEqual({ ok: false, message: 'the file is larger than 16 bytes' });
    const small = scratch({ 'a.yaml': 'x'.repeat(16) });
    expect(await readBounded(join(small, 'a.yaml'), { limit: 16 })).toMatchObject({ ok: true });
    expect(await readBounded(join(small, 'a.yaml'), { limit: 15 })).toMatchObject({ ok: false });
  });

  it('reads share one buffer: a small file after a large one has only its own bytes; a file longer than it declares is read whole', () => {
    const big = 'Resources: {}\n# ' + 'x'.repeat(600 * 1024) + '\n';
    const dir = scratch({ 'big.yaml': big, 'small.yaml': 'a: 1\n', 'empty.yaml': '', 'mid.yaml': 'é'.repeat(70_000) });
    for (const [name, want] of [
      ['big.yaml', big],
      ['small.yaml', 'a: 1\n'],
      ['empty.yaml', ''],
      ['mid.yaml', 'é'.repeat(70_000)],
      ['small.yaml', 'a: 1\n'],
    ] as const) {
      const r = readText(join(dir, name));
      expect(r.ok && r.decoded.ok && r.decoded.text, name).toBe(want);
    }
    // /proc files declare size 0: the buffer grows while reading, up to the limit.
    if (process.platform === 'linux') {
      const r = readText('/proc/self/status');
      expect(r.ok && r.decoded.ok && r.decoded.text).toMatch(/^Name:/);
    }
  });

  it('a file the walk saw as a regular file but that is a link when read is checked again: refused outside the root, read inside it', () => {
    const outside = scratch({ 'secret.yaml': SSH });
    const dir = scratch({ 'in/real.yaml': TOPIC });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'in/swapped.yaml'));
    symlinkSync(join(dir, 'in/real.yaml'), join(dir, 'in/inside.yaml'));
    const root = join(dir, 'in');
    expect(readText(join(root, 'swapped.yaml'), { root, walked: true })).toMatchObject({ ok: false, message: expect.stringMatching(/outside the folder/) });
    const inside = readText(join(root, 'inside.yaml'), { root, walked: true });
    expect(inside.ok && inside.decoded.ok && inside.decoded.text).toBe(TOPIC);
  });

  it('a link to / or to a parent folder is not walked; a link to a template elsewhere is reported, not audited', async () => {
    const outside = scratch({ 'elsewhere.yaml': SSH });
    const dir = scratch({ 'in/ok.yaml': TOPIC });
    symlinkSync('/', join(dir, 'in/root'));
    symlinkSync(dir, join(dir, 'in/up'));
    symlinkSync(join(outside, 'elsewhere.yaml'), join(dir, 'in/other.yaml'));
    const d = await within(5000, discover(['in'], { cwd: dir }));
    expect(files(d)).toEqual(['in/ok.yaml']);
    expect(d.notices.map((n) => n.file).sort()).toEqual(['in/other.yaml', 'in/root', 'in/up']);
    expect(d.errors).toEqual([]);
  });

  it('depth and entry-count bounds end the walk with an error, not a hang or a silent partial audit', async () => {
    const deep = scratch({ 'a/b/c/d/e/t.yaml': TOPIC });
    const d1 = await discover(['.'], { cwd: deep, limits: { maxDepth: 3, maxEntries: 1000 } });
    expect(d1.errors.map((e) => e.message)).toEqual([expect.stringMatching(/nested more than 3 levels/)]);
    const wide = scratch(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`t${i}.yaml`, TOPIC])));
    const d2 = await discover(['.'], { cwd: wide, limits: { maxDepth: 10, maxEntries: 20 } });
    expect(d2.errors.map((e) => e.message)).toEqual([expect.stringMatching(/more than 20 files and folders/)]);
    const d3 = await discover(['.'], { cwd: wide, limits: { maxDepth: 10, maxEntries: 30 } });
    expect(d3.sources).toHaveLength(30);
  });
});

const MANIFEST = (artifacts: Record<string, unknown>) => JSON.stringify({ version: '36.0.0', artifacts });
const STACK_ARTIFACT = { Stack: { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: 'Stack.template.json' } } };

describe('item 4: a directory is a cloud assembly only when its manifest is one', () => {
  it.each([
    ['a web-app manifest', { name: 'app', icons: [] }],
    ['a browser-extension manifest', { manifest_version: 3, version: '1.0.0', name: 'x' }],
    ['artifacts that are not CDK artifacts', { version: '1.0.0', artifacts: { a: { type: 'npm:package' } } }],
    ['artifacts without types', { version: '36.0.0', artifacts: { a: {} } }],
    ['no version', { artifacts: STACK_ARTIFACT }],
    ['a list', [1, 2]],
  ])('a stray manifest.json (%s) does not hide the templates beside it', async (_name, manifest) => {
    expect(isAssemblyManifest(manifest)).toBe(false);
    const dir = scratch({ 'manifest.json': JSON.stringify(manifest), 'infra/ssh.yaml': SSH, 'top.yaml': TOPIC });
    const r = await runCli(['-f', 'json', '.'], dir);
    const rep = JSON.parse(r.out) as { decision: string; stacks: { file: string }[] };
    expect(rep.stacks.map((s) => s.file).sort()).toEqual(['infra/ssh.yaml', 'top.yaml']);
    expect(rep.decision).toBe('manual-approval');
    // Met by the walk in a sub-folder (decided from the listing the walk already has), with a deeper folder beside it.
    const nested = scratch({ 'web/manifest.json': JSON.stringify(manifest), 'web/infra/deep/ssh.yaml': SSH, 'web/top.yaml': TOPIC, 'other.yaml': TOPIC });
    const n = JSON.parse((await runCli(['-f', 'json', '.'], nested)).out) as { stacks: { file: string }[] };
    expect(n.stacks.map((s) => s.file).sort()).toEqual(['other.yaml', 'web/infra/deep/ssh.yaml', 'web/top.yaml']);
  });

  it('a real assembly: its stacks are read, and a template it does not list is audited too, with a notice', async () => {
    expect(isAssemblyManifest(JSON.parse(MANIFEST(STACK_ARTIFACT)))).toBe(true);
    const dir = scratch({
      'cdk.out/manifest.json': MANIFEST(STACK_ARTIFACT),
      'cdk.out/tree.json': JSON.stringify({ version: 'tree-0.1', tree: { id: 'App', path: '' } }),
      'cdk.out/Stack.template.json': JSON.stringify({ Resources: { T: { Type: 'AWS::SNS::Topic' } } }),
      'cdk.out/Stack.assets.json': JSON.stringify({ version: '36.0.0', files: {} }),
      'cdk.out/dropped-in.yaml': SSH,
      'cdk.out/notes.json': '{"a": 1}',
    });
    for (const input of ['cdk.out', '.', 'cdk.out/manifest.json']) {
      const d = await discover([input], { cwd: dir });
      expect(files(d), input).toEqual(['cdk.out/Stack.template.json', 'cdk.out/dropped-in.yaml']);
      expect(d.sources.find((s) => s.file === 'cdk.out/Stack.template.json')?.origin).toBe('cdk');
      expect(d.sources.find((s) => s.file === 'cdk.out/dropped-in.yaml')?.origin).toBeUndefined();
      expect(d.notices.map((n) => [n.file, n.kind])).toEqual([
        ['cdk.out/dropped-in.yaml', 'info'],
        ['cdk.out/notes.json', 'skipped-files'],
      ]);
    }
    // Reached through a linked folder: the listed templates are still recognised as listed.
    const via = scratch({});
    symlinkSync(dir, join(via, 'link'));
    const linked = await discover(['link/cdk.out'], { cwd: via });
    expect(files(linked)).toEqual(['link/cdk.out/Stack.template.json', 'link/cdk.out/dropped-in.yaml']);
    const r = await runCli(['cdk.out'], dir);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/dropped-in\.yaml: a template in a cloud assembly that its manifest does not list/);
  });
});

describe('item 7: only construct paths read from a cloud assembly are CDK paths', () => {
  const config = 'exceptions:\n  - rule: SSHOpenToWorld\n    resource: "App/Stack/**"\n    reason: bastion accepted\n';
  const withPath = (path: string) => SSH.replace('    Type: AWS::EC2::SecurityGroup\n', `    Type: AWS::EC2::SecurityGroup\n    Metadata:\n      aws:cdk:path: ${path}\n`);

  it.each(['App/Stack/Sg/Resource', 'App/Stack/Anything'])('aws:cdk:path %s typed into a plain template does not match a CDK-path exception', async (path) => {
    const dir = scratch({ '.cfn-audit.yml': config, 't.yaml': withPath(path) });
    const r = await runCli(['-f', 'json', 't.yaml'], dir);
    const rep = JSON.parse(r.out) as { stacks: { findings: { status: string; cdkPath: string | null }[] }[] };
    expect(rep.stacks[0]!.findings.map((f) => [f.status, f.cdkPath])).toEqual([['active', null]]);
    expect(r.code).toBe(3);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('a resource named %s has no construct path, in a plain template or an assembly', async (id) => {
    const template = {
      Resources: {
        [id]: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
        },
      },
    };
    const dir = scratch({
      '.cfn-audit.yml': config,
      't.json': JSON.stringify(template),
      'cdk.out/manifest.json': MANIFEST(STACK_ARTIFACT),
      'cdk.out/Stack.template.json': JSON.stringify(template),
    });
    for (const input of ['t.json', 'cdk.out']) {
      const r = await runCli(['-f', 'json', input], dir);
      const rep = JSON.parse(r.out) as { stacks: { findings: { logicalId: string; status: string; cdkPath: string | null }[] }[] };
      expect(
        rep.stacks[0]!.findings.map((f) => [f.logicalId, f.status, f.cdkPath]),
        input,
      ).toEqual([[id, 'active', null]]);
    }
  });

  it('the same path read from a cloud assembly does match', async () => {
    const template = JSON.stringify({
      Resources: {
        Sg: {
          Type: 'AWS::EC2::SecurityGroup',
          Metadata: { 'aws:cdk:path': 'App/Stack/Sg/Resource' },
          Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
        },
      },
    });
    const dir = scratch({ '.cfn-audit.yml': config, 'cdk.out/manifest.json': MANIFEST(STACK_ARTIFACT), 'cdk.out/Stack.template.json': template });
    const r = await runCli(['-f', 'json', 'cdk.out'], dir);
    const rep = JSON.parse(r.out) as { stacks: { findings: { status: string; cdkPath: string | null }[] }[] };
    expect(rep.stacks[0]!.findings.map((f) => [f.status, f.cdkPath])).toEqual([['excepted', 'App/Stack/Sg/Resource']]);
    expect(r.code).toBe(0);
  });
});

describe('every file a scan looks at is accounted for (property)', () => {
  const content = fc.oneof(
    fc.constantFrom(
      SSH,
      TOPIC,
      "'Resources':\n  A: [\n",
      '{"Resources": {"A": {"Type": "AWS::SNS::Topic"}},}',
      '{"name": "x"}',
      'a: [\n',
      '',
      'Resources: caf\uFFFD',
      'AWSTemplateFormatVersion: 2010-09-09\n',
    ),
    fc.string({ maxLength: 40 }),
    fc.uint8Array({ maxLength: 24 }).map((a) => Buffer.from(a)),
  );
  const name = fc.tuple(
    fc.constantFrom('', 'sub/', 'a/b/', 'constructor/', '__proto__/'),
    fc.constantFrom('t', 'toString', 'x y', 'é'),
    fc.constantFrom('.yaml', '.yml', '.json', '.template', '.txt'),
  );
  it('each candidate file is a stack, an error or a skip with a reason, exactly once; other files are not looked at', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.tuple(
            name.map(([d, b, e]) => `${d}${b}${e}`),
            content,
          ),
          { minLength: 1, maxLength: 6, selector: ([n]) => n },
        ),
        async (entries) => {
          const dir = scratch(Object.fromEntries(entries));
          const { report } = await runAudit({ inputs: ['.'], cwd: dir, discoverConfig: false });
          const candidates = entries
            .map(([n]) => n)
            .filter((n) => !n.endsWith('.txt'))
            .sort();
          const stacks = report.stacks.map((s) => s.file);
          const errors = report.errors.map((e) => e.file).filter((f) => f !== '.');
          const skips = report.notices.filter((n) => n.kind === 'skipped-files' && n.file !== null).map((n) => n.file!);
          expect([...stacks, ...errors, ...skips].sort()).toEqual(candidates);
          for (const n of report.notices) if (n.kind === 'skipped-files' && n.file !== null) expect(describeNotice(n)).toMatch(/^skipped: .{10,}/);
          // Nothing audited means exit 2 ("no template found"), never a pass.
          if (stacks.length === 0) expect(report.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40, seed: 1109 },
    );
  }, 120_000);
});
