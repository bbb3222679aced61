/**
 * The CLI bundle's start-up holds only what a plain run uses (issue 15, item 4). The libraries for other
 * paths are files of their own in dist/cli/lazy/ (src/lazy/modules.ts, scripts/lazy-modules.mjs): the
 * fallback YAML reader, the sniffing of unparsable files, config, rule and parameter files, exceptions and
 * globs. Each such path is run here end to end in the built CLI, with the lazy files it loaded recorded.
 * The CLI's own code is one file, cli.cjs, which main.js compiles from its V8 code cache (code-cache.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempFiles } from './helpers/temp.js';

const root = join(import.meta.dirname, '..');
const cliDir = join(root, 'dist/cli');

/** What a run loads before it audits: the loader (bin/cfn-audit.js requires main.cjs; main.js is its ES module twin) and the CLI bundle it compiles. */
const START_UP = ['main.cjs', 'main.js', 'cli.cjs'];

/** A text found only in each lazily loaded part: it must be in its own file and not in the start-up files. */
const MARKERS: readonly (readonly [part: string, file: RegExp, marker: string])[] = [
  ['the yaml package', /^lazy\/yaml\.cjs$/, 'yaml.alias'],
  ['js-yaml', /^lazy\/js-yaml\.cjs$/, 'end of the stream or a document separator is expected'],
  ['the JSON Schema validators', /^lazy\/validators\.cjs$/, 'PascalCase id; built-in rule files are named by it.'],
  ['safe-regex2 and ret', /^lazy\/safe-regex\.cjs$/, 'Unterminated group'],
  ['jsonc-parser', /^lazy\/jsonc-parser\.cjs$/, 'InvalidCommentToken'],
  ['minimatch', /^lazy\/minimatch\.cjs$/, 'pattern is too long'],
  ['jsonpath-plus', /^lazy\/jsonpath-plus\.cjs$/, 'Invalid JSEP plugin format'],
];

describe('the CLI start-up bundle', () => {
  const startText = START_UP.map((f) => readFileSync(join(cliDir, f), 'utf8')).join('\n');
  const emitted = readdirSync(cliDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));

  it.each(MARKERS)('does not hold %s, which is one file of its own', (_, file, marker) => {
    const own = emitted.filter((f) => file.test(f));
    expect(own).toHaveLength(1);
    expect(startText.includes(marker), `${marker} in ${START_UP.join(', ')}`).toBe(false);
    // One copy in dist/cli: the worker and pre-commit bundles load the same file.
    const holders = emitted.filter((f) => /\.c?js$/.test(f) && readFileSync(join(cliDir, f), 'utf8').includes(marker));
    expect(holders).toEqual(own);
  });

  it('is not larger than 1.2 MB (1.9 MB before the lazy loading)', () => {
    expect(Buffer.byteLength(startText)).toBeLessThan(1_200_000);
  });
});

// Preloaded into the CLI: at exit, writes the dist/cli/lazy files that were loaded (each is compiled from its
// code cache and listed in the process's list of compiled bundles, src/adapters/code-cache.ts), the Node
// built-ins loaded, and those loaded after the CLI set its V8 flags (v8-tuning.ts notes it in a global
// symbol just before it sets them; a setter here marks the place).
const RECORDER = [
  "import { writeFileSync } from 'node:fs';",
  "const builtins = (from = 0) => process.moduleLoadList.slice(from).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));",
  'let flagsAt = null, tuned;',
  "Object.defineProperty(globalThis, Symbol.for('cfn-audit.v8-tuned'), { configurable: true, get: () => tuned, set: (v) => { flagsAt ??= process.moduleLoadList.length; tuned = v; } });",
  "const compiled = () => globalThis[Symbol.for('cfn-audit.compiled-bundles')] ?? [];",
  "const lazy = () => compiled().filter((b) => /[\\\\/]dist[\\\\/]cli[\\\\/]lazy[\\\\/]/.test(b.file)).map((b) => b.file.replace(/.*[\\\\/]/, '')).sort();",
  'const caches = () => compiled().map((b) => b.cache);',
  "process.on('exit', () => writeFileSync(process.env.LAZY_RECORD, JSON.stringify({ lazy: lazy(), builtins: builtins(), afterFlags: flagsAt === null ? null : builtins(flagsAt), caches: caches() })));",
].join('\n');

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  /** The dist/cli/lazy files the run required. */
  readonly lazy: readonly string[];
  /** The Node built-in modules the process loaded. */
  readonly builtins: readonly string[];
  /** Those loaded after the CLI set its V8 flags (null: it set none). */
  readonly afterFlags: readonly string[] | null;
  /** How each compiled file (the CLI bundle, then each lazy file) used its code cache. */
  readonly caches: readonly string[];
}

function cli(args: readonly string[], cwd: string): Run {
  const record = join(tempDir('cfn-audit-lazy-record-'), 'loaded.json');
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(RECORDER)}`, join(cliDir, 'main.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LAZY_RECORD: record },
  });
  const loaded = JSON.parse(readFileSync(record, 'utf8')) as { lazy: string[]; builtins: string[]; afterFlags: string[] | null; caches: string[] };
  // The CLI bundle and every lazy file it loaded started from the code cache the build made for it.
  expect(loaded.caches).toEqual(loaded.caches.map(() => 'used'));
  expect(loaded.caches.length).toBe(loaded.lazy.length + 1);
  return { code: r.status, out: r.stdout, err: r.stderr, ...loaded };
}
const SSH_OPEN = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  AdminCidr:
    Type: String
    Default: 10.0.0.0/8
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr, Description: ssh}
`;
const SSH_WORLD = SSH_OPEN.replace('Default: 10.0.0.0/8', 'Default: 0.0.0.0/0');
const KMS = `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: false
`;
const json = (v: unknown): Record<string, unknown> => v as Record<string, unknown>;
const findings = (out: string): string[] => (json(JSON.parse(out))['stacks'] as { findings: { ruleId: string }[] }[]).flatMap((s) => s.findings.map((f) => f.ruleId)).sort();

describe('a plain run loads none of the lazy files', () => {
  it.each([
    ['one YAML template', { 'a.yaml': SSH_WORLD }, ['a.yaml']],
    ['a JSON template', { 'a.json': JSON.stringify({ Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: false } } } }) }, ['a.json']],
    ['a folder of templates', { 'stacks/a.yaml': SSH_WORLD, 'stacks/b.yml': KMS, 'stacks/notes.txt': 'hello' }, ['stacks']],
  ])('%s', (_, files, args) => {
    const r = cli(['-q', '-f', 'json', ...args], tempFiles(files));
    expect(r.err).toBe('');
    expect(findings(r.out).length).toBeGreaterThan(0);
    expect(r.lazy).toEqual([]);
    // Node built-ins only some runs use are loaded by those runs only; files are read and written with
    // synchronous calls (no fs/promises, no thread pool).
    for (const m of ['child_process', 'worker_threads', 'zlib', 'readline', 'fs/promises']) expect(r.builtins).not.toContain(m);
    // Node compiles its own modules from its built-in code cache only under V8's default flags: those a plain
    // run needs (the stream of a pipe, the fingerprints' hash) are loaded before the CLI sets its flags.
    expect(r.builtins).toContain('crypto');
    expect(r.afterFlags).toEqual([]);
  });
});

describe('each lazily loaded path works in the built CLI', () => {
  it.each([
    ['a scalar after a quoted value', 'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: "ssh" open\n', /^YAML: Unexpected scalar/],
    [
      'a key without its colon',
      'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      - a:\n        b\n',
      /^YAML: Implicit map keys need to be followed by map values/,
    ],
    [
      'an unclosed flow mapping',
      'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: x\n',
      /^YAML: Flow map in block collection must be sufficiently indented/,
    ],
  ])('a YAML syntax error the direct reader leaves to js-yaml, which refuses it, is read again by the fallback reader, whose error is reported (%s)', (_, text, message) => {
    const r = cli(['-q', '-f', 'json', 'a.yaml'], tempFiles({ 'a.yaml': text }));
    expect(r.code).toBe(2);
    const errors = json(JSON.parse(r.out))['errors'] as { file: string; line: number; message: string }[];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'a.yaml', line: expect.any(Number) as number, message: expect.stringMatching(message) as string });
    expect(r.lazy).toEqual(['js-yaml.cjs', 'yaml.cjs']);
  });

  it('YAML the direct reader leaves to js-yaml (an anchor and its alias) loads js-yaml, and nothing else', () => {
    const text = 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties: &p\n      EnableKeyRotation: false\n  Other:\n    Type: AWS::KMS::Key\n    Properties: *p\n';
    const r = cli(['-q', '-f', 'json', 'a.yaml'], tempFiles({ 'a.yaml': text }));
    expect(r.err).toBe('');
    expect(findings(r.out)).toEqual(['KmsKeyRotationDisabled', 'KmsKeyRotationDisabled']);
    expect(r.lazy).toEqual(['js-yaml.cjs']);
  });

  it('a folder: files that fail to parse are sniffed; non-templates are skipped, a broken template is an error', () => {
    const dir = tempFiles({
      'repo/ok.yaml': KMS,
      'repo/notes.yaml': 'title: "notes" here\nitems:\n  - a\n',
      'repo/data.json': '{ "name": "x", }',
      'repo/broken.yaml': 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties: {EnableKeyRotation: false\n',
      'repo/broken.json': '{"Resources": {"Key": {"Type": "AWS::KMS::Key",}}',
    });
    const r = cli(['-q', '-f', 'json', 'repo'], dir);
    const report = json(JSON.parse(r.out));
    const errors = (report['errors'] as { file: string }[]).map((e) => e.file).sort();
    expect(errors).toEqual(['repo/broken.json', 'repo/broken.yaml']);
    const skipped = (report['notices'] as { kind: string; file: string | null }[]).filter((n) => n.kind === 'skipped-files' && n.file !== null);
    expect(skipped.map((n) => n.file).sort()).toEqual(['repo/data.json', 'repo/notes.yaml']);
    expect(findings(r.out)).toContain('KmsKeyRotationDisabled');
    expect(r.lazy).toEqual(['js-yaml.cjs', 'jsonc-parser.cjs', 'yaml.cjs']);
  });

  it.each([
    [
      'a schema error',
      'profiles:\n  prod:\n    thresholds:\n      fail: high\n',
      /\.cfn-audit\.yml:4:13: profiles\.prod\.thresholds\.fail: expected a whole number/,
      ['validators.cjs', 'yaml.cjs'],
    ],
    ['a YAML error', 'rules:\n  AllowHttp: off\n   SSHOpenToWorld: off\n', /\.cfn-audit\.yml:2:14: cannot parse YAML/, ['yaml.cjs']],
  ])('a config file with %s is refused at file:line:column', (_, config, message, lazy) => {
    const r = cli(['a.yaml'], tempFiles({ '.cfn-audit.yml': config, 'a.yaml': SSH_WORLD }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.lazy).toEqual(lazy);
  });

  it('a config file applies: an exception matched by glob, a rule turned off', () => {
    const config = 'rules:\n  KmsKeyRotationDisabled: off\nexceptions:\n  - rule: SSHOpenToWorld\n    resource: "**/a.yaml#S*"\n    reason: bastion\n';
    const r = cli(['-q', '-f', 'json', 'a.yaml', 'k.yaml'], tempFiles({ '.cfn-audit.yml': config, 'a.yaml': SSH_WORLD, 'k.yaml': KMS }));
    const stacks = json(JSON.parse(r.out))['stacks'] as { findings: { ruleId: string; status: string }[] }[];
    const all = stacks.flatMap((s) => s.findings);
    expect(all.find((f) => f.ruleId === 'SSHOpenToWorld')?.status).toBe('excepted');
    expect(all.some((f) => f.ruleId === 'KmsKeyRotationDisabled')).toBe(false);
    expect(r.lazy).toEqual(['minimatch.cjs', 'validators.cjs', 'yaml.cjs']);
  });

  /** A user rule file for security groups: the id, then the lines of its kind. */
  const ruleFile = (id: string, ...kind: string[]): string =>
    [`id: ${id}`, 'title: t', 'risk: 3', "resourceTypes: ['AWS::EC2::SecurityGroup']", 'description: d', 'message: m', 'remediation: r', ...kind, ''].join('\n');
  const rule = (pattern: string): string => ruleFile('NoDebugPort', 'kind: regex', `pattern: '${pattern}'`);

  it.each([['(a+)+$'], ['(x|xx)*y'], ['(unclosed']])('a user rule file with the pattern %s is refused, naming file, line and column', (pattern) => {
    const r = cli(['--rules', 'rules', 'a.yaml'], tempFiles({ 'rules/mine.yaml': rule(pattern), 'a.yaml': SSH_WORLD }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rules\/mine\.yaml:9:10 \(rule NoDebugPort\): pattern: pattern refused/);
    expect(r.lazy).toEqual(expect.arrayContaining(['validators.cjs', 'yaml.cjs']));
  });

  it('a user rule file with a safe pattern loads and finds', () => {
    const r = cli(['-q', '-f', 'json', '--rules', 'rules', 'a.yaml'], tempFiles({ 'rules/mine.yaml': rule('FromPort.{0,4}22\\b'), 'a.yaml': SSH_OPEN }));
    expect(findings(r.out)).toContain('NoDebugPort');
    expect(r.lazy).toEqual(['safe-regex.cjs', 'validators.cjs', 'yaml.cjs']);
  });

  it.each([
    ['a path the engine reads itself', '$.Properties..FromPort', []],
    ['a wildcard path, through jsonpath-plus', '$.Properties.SecurityGroupIngress[*].FromPort', ['jsonpath-plus.cjs']],
  ])('a user path rule with %s finds', (_, given, more) => {
    const pathRule = ruleFile('NoSshPort', 'kind: path', `given: '${given}'`, 'assert: {not: {equals: 22}}', 'absent: pass');
    const r = cli(['-q', '-f', 'json', '--rules', 'rules', 'a.yaml'], tempFiles({ 'rules/mine.yaml': pathRule, 'a.yaml': SSH_OPEN }));
    expect(findings(r.out)).toContain('NoSshPort');
    expect(r.lazy).toEqual([...more, 'validators.cjs', 'yaml.cjs'].sort());
  });

  it.each([
    ['the CloudFormation CLI list', 'p.json', '[{"ParameterKey": "AdminCidr", "ParameterValue": "0.0.0.0/0"}]'],
    ['a YAML mapping', 'p.yaml', 'AdminCidr: 0.0.0.0/0\n'],
    ['the CodePipeline configuration', 'p.json', '{"Parameters": {"AdminCidr": "0.0.0.0/0"}}'],
  ])('--parameters with %s changes the findings', (_, name, text) => {
    const dir = tempFiles({ 'a.yaml': SSH_OPEN, [name]: text });
    expect(findings(cli(['-q', '-f', 'json', 'a.yaml'], dir).out)).not.toContain('SSHOpenToWorld');
    const r = cli(['-q', '-f', 'json', '--parameters', name, 'a.yaml'], dir);
    expect(findings(r.out)).toContain('SSHOpenToWorld');
    expect(r.lazy).toEqual(['yaml.cjs']);
  });

  it.each([
    ['YAML', 'k.yaml', KMS, ['yaml.cjs']],
    [
      'JSON',
      'k.json',
      JSON.stringify(JSON.parse(JSON.stringify({ Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: false } } } })), null, 2),
      ['jsonc-parser.cjs'],
    ],
  ])('the fix command edits a %s template', (_, name, text, lazy) => {
    const dir = tempFiles({ [name]: text });
    const r = cli(['fix', '--write', name], dir);
    expect(r.err).toMatch(/1 finding/);
    expect(readFileSync(join(dir, name), 'utf8')).toMatch(/"?EnableKeyRotation"?: true/);
    expect(r.lazy).toEqual(expect.arrayContaining(lazy));
  });

  it('SARIF output carries the fixes (the fix modules, loaded for it)', () => {
    const dir = tempFiles({ 'k.yaml': KMS });
    const r = cli(['-f', 'sarif', 'k.yaml'], dir);
    expect(JSON.stringify(JSON.parse(r.out))).toContain('"fixes"');
  });

  it('a glob input is expanded', () => {
    const dir = tempFiles({ 'stacks/a/k.yaml': KMS, 'stacks/b/k.yml': KMS, 'other/k.yaml': KMS });
    writeFileSync(join(dir, 'stacks/b/README.md'), 'not a template');
    const r = cli(['-q', '-f', 'json', 'stacks/**/*.y*ml'], dir);
    const files = (json(JSON.parse(r.out))['stacks'] as { file: string }[]).map((s) => s.file).sort();
    expect(files).toEqual(['stacks/a/k.yaml', 'stacks/b/k.yml']);
    expect(r.lazy).toEqual(['minimatch.cjs']);
  });
});
