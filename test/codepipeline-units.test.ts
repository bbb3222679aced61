/** The CodePipeline action's pieces on their own: API limits, UserParameters, safe unzip. */
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAudit } from '../src/adapters/run.js';
import { clip, LIMITS, mask, toRequest, verdictResult } from '../src/adapters/codepipeline/result.js';
import { parseUserParameters } from '../src/adapters/codepipeline/user-parameters.js';
import { ArchiveError, extractZip, unsafeName } from '../src/adapters/codepipeline/unzip.js';
import { classifyS3Error } from '../src/adapters/codepipeline/artifact.js';
import type { RuleMeta } from '../src/types/types.js';
import { zipEntries } from './helpers/pipeline-zip.js';
import { tempDir } from './helpers/temp.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('cfn-audit-cp-');
});

describe('clip and mask', () => {
  it('never exceeds the limit, never returns empty, and marks a cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 120 }), (s, max) => {
        const out = clip(s, max);
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(out.length).toBeGreaterThan(0);
        if (s.length > max) expect(out.endsWith('…')).toBe(true);
        else if (s !== '') expect(out).toBe(s);
        // No lone high surrogate at the cut.
        expect(/[\uD800-\uDBFF]…$/.test(out)).toBe(false);
      }),
    );
  });

  it('masks every occurrence of every secret', () => {
    expect(mask('key AKIA1234 and again AKIA1234, token tok-999', ['AKIA1234', 'tok-999'])).toBe('key **** and again ****, token ****');
  });
});

/** A template with `n` security groups open to the world on SSH. */
function manyFindings(n: number): string {
  const res = Array.from(
    { length: n },
    (_, i) =>
      `  Sg${i}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g${i}\n      SecurityGroupIngress:\n        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: ssh }\n`,
  );
  return `Resources:\n${res.join('')}`;
}

describe('results stay within the API limits', () => {
  it('a failure with hundreds of findings: message ≤ 5,000 characters, and says how many were left out', async () => {
    await writeFile(join(dir, 'big.yaml'), manyFindings(300));
    // Per-resource scoring: 300 groups add up to a failure (per-rule would score SSH once).
    const { report, catalogue } = await runAudit({ inputs: ['.'], cwd: dir, scoring: 'per-resource' });
    const r = verdictResult(report, { onManualApproval: 'succeed', rules: new Map<string, RuleMeta>(catalogue.map((x) => [x.id, x])) });
    if (r.kind !== 'failure') throw new Error('expected a failure');
    expect(r.message.length).toBeLessThanOrEqual(LIMITS.message);
    expect(r.message.length).toBeGreaterThan(LIMITS.message - 500);
    const shown = r.message.split('\n').filter((l) => l.startsWith('- SSHOpenToWorld')).length;
    expect(r.message).toMatch(new RegExp(`… and ${300 - shown} more \\(the function's log has the full report\\)$`));
  });

  it('a manual-approval success with hundreds of findings: summary ≤ 2,048 characters', async () => {
    await writeFile(join(dir, 'big.yaml'), manyFindings(300));
    const { report, catalogue } = await runAudit({ inputs: ['.'], cwd: dir, thresholds: { approval: 5, fail: 1e9 }, scoring: 'per-resource' });
    const r = verdictResult(report, { onManualApproval: 'succeed', rules: new Map(catalogue.map((x) => [x.id, x as RuleMeta])) });
    if (r.kind !== 'success') throw new Error('expected a success');
    expect(r.summary.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(r.summary).toMatch(/… and \d+ more/);
    expect(r.outputVariables).toEqual({ decision: 'manual-approval', score: '2100', findings: '300' });
  });

  it('the request clips every field, masks secrets and drops variable names the API refuses', () => {
    const secret = 'SECRETSECRET';
    const s = toRequest(
      'j',
      { kind: 'success', summary: `${secret} ${'x'.repeat(5000)}`, outputVariables: { decision: 'pass', 'bad key': 'v', long: 'y'.repeat(5000) } },
      [secret],
      'r'.repeat(2000),
    );
    if (s.op !== 'success') throw new Error('expected success');
    expect(s.input.executionDetails.summary.length).toBe(LIMITS.summary);
    expect(s.input.executionDetails.summary.startsWith('**** x')).toBe(true);
    expect(s.input.executionDetails.externalExecutionId?.length).toBe(LIMITS.externalExecutionId);
    expect(Object.keys(s.input.outputVariables)).toEqual(['decision', 'long']);
    expect(s.input.outputVariables['long']!.length).toBe(LIMITS.variableValue);
    const f = toRequest('j', { kind: 'failure', type: 'JobFailed', message: 'm'.repeat(6000) }, [], null);
    if (f.op !== 'failure') throw new Error('expected failure');
    expect(f.input.failureDetails.message.length).toBe(LIMITS.message);
    expect('externalExecutionId' in f.input.failureDetails).toBe(false);
  });
});

describe('UserParameters', () => {
  it.each([
    ['', { templates: [], onManualApproval: 'succeed' }],
    ['   ', { templates: [] }],
    ['templates/*.yaml', { templates: ['templates/*.yaml'] }],
    ['./cdk.out', { templates: ['cdk.out'] }],
    ['{"templates": "a.yaml"}', { templates: ['a.yaml'] }],
    [
      '{"templates": ["a/*.yaml", "b.json"], "profile": "prod", "config": "ci/audit.yml", "parameters": "p.json", "artifact": "Build", "onManualApproval": "fail"}',
      { templates: ['a/*.yaml', 'b.json'], profile: 'prod', config: 'ci/audit.yml', parameters: 'p.json', artifact: 'Build', onManualApproval: 'fail' },
    ],
  ])('%j', (text, expected) => {
    expect(parseUserParameters(text)).toMatchObject(expected);
  });

  it.each([
    ['{oops', /not valid JSON/],
    ['{"templates": [1]}', /list of globs/],
    ['{"templates": {"a": 1}}', /list of globs/],
    ['{"profile": ""}', /"profile" must be a non-empty string/],
    ['{"config": "/etc/cfn.yml"}', /relative path inside the artifact/],
    ['{"parameters": "../p.json"}', /relative path inside the artifact/],
    ['{"templates": ["C:/x.yaml"]}', /relative path inside the artifact/],
    ['["a.yaml"]', /JSON object/],
    ['{"onManualApproval": true}', /"succeed" or "fail"/],
    ['{"Templates": []}', /unknown key "Templates"/],
    ['../x.yaml', /relative path inside the artifact/],
  ])('%j is a ConfigurationError', (text, message) => {
    expect(() => parseUserParameters(text)).toThrow(expect.objectContaining({ type: 'ConfigurationError', message: expect.stringMatching(message) }));
  });
});

describe('safe unzip', () => {
  it.each([
    ['../x', 'climbs out of the folder (..)'],
    ['a/../../x', 'climbs out of the folder (..)'],
    ['..\\x', 'climbs out of the folder (..)'],
    ['/etc/x', 'is an absolute path'],
    ['\\\\server\\x', 'is an absolute path'],
    ['D:x', 'is an absolute path'],
    ['a\0b', 'contains a NUL character'],
    ['a/b..c/d', null],
    ['cdk.out/manifest.json', null],
  ])('name %j → %s', (name, why) => {
    expect(unsafeName(name)).toBe(why);
  });

  it('extracts folders and files and nothing else', async () => {
    const zip = await zipEntries([
      { name: 'cdk.out/manifest.json', data: '{}' },
      { name: 'cdk.out/a/b.txt', data: 'b' },
    ]);
    expect(await extractZip(zip, dir)).toBe(2);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['cdk.out', 'cdk.out/a', 'cdk.out/a/b.txt', 'cdk.out/manifest.json']);
  });

  it('a zip bomb that lies about its sizes is stopped while inflating', async () => {
    const zip = await zipEntries([{ name: 'bomb.yaml', data: Buffer.alloc(2_000_000) }]);
    // Rewrite the declared uncompressed size (local header at offset 22, central directory at +24) to 100 bytes.
    const lh = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(zip.readUInt32LE(lh + 22)).toBe(2_000_000);
    zip.writeUInt32LE(100, lh + 22);
    zip.writeUInt32LE(100, cd + 24);
    const err = await extractZip(zip, dir, { maxEntries: 10, maxTotalBytes: 50_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as ArchiveError).type).toBe('JobFailed');
    const written = await stat(join(dir, 'bomb.yaml')).then(
      (s) => s.size,
      () => 0,
    );
    expect(written).toBeLessThanOrEqual(50_000);
  });

  it('the declared sizes are checked before anything is inflated', async () => {
    const zip = await zipEntries([
      { name: 'a.yaml', data: Buffer.alloc(6_000) },
      { name: 'b.yaml', data: Buffer.alloc(6_000) },
    ]);
    const err = (await extractZip(zip, dir, { maxEntries: 10, maxTotalBytes: 10_000 }).catch((e: unknown) => e)) as ArchiveError;
    expect(err.reason).toBe('too-large');
    expect(err.message).toContain('entries declare more than 10000 bytes');
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    [0o120777, 'symlink'],
    [0o020666, 'special-file'],
    [0o010644, 'special-file'],
  ])('mode %o is refused as %s', async (mode, reason) => {
    const ok = await zipEntries([{ name: 'a.yaml', data: 'a' }]);
    expect(await extractZip(ok, dir)).toBe(1);
    await rm(join(dir, 'a.yaml'));
    const zip2 = await zipEntries([
      { name: 'first.yaml', data: 'x' },
      { name: 'x', data: 'x', mode },
    ]);
    const err = (await extractZip(zip2, dir).catch((e: unknown) => e)) as ArchiveError;
    expect(err.reason).toBe(reason);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('duplicate entry names (item 16)', () => {
  let dir = '';
  beforeEach(() => {
    dir = tempDir('cfn-audit-dup-');
  });
  it.each([[['t.yaml', 't.yaml']], [['infra/t.yaml', 'infra/./t.yaml']], [['infra/t.yaml', 'infra//t.yaml']], [['infra\\t.yaml', 'infra/t.yaml']]])(
    '%j: refused before anything is written',
    async (names) => {
      const entries = names.map((name, i) => ({ name, data: i === 0 ? 'Resources: {}' : 'Resources: {A: {Type: X}}' }));
      const zip = await zipEntries(entries.map((e, i) => ({ ...e, name: String(i).padEnd(e.name.length, 'Z') })));
      // yazl normalises names; put the raw ones back (same length).
      names.forEach((name, i) => {
        const from = Buffer.from(String(i).padEnd(name.length, 'Z'));
        for (let at = zip.indexOf(from); at >= 0; at = zip.indexOf(from, at + 1)) Buffer.from(name).copy(zip, at);
      });
      const err = (await extractZip(zip, dir).catch((e: unknown) => e)) as ArchiveError;
      expect(err).toBeInstanceOf(ArchiveError);
      expect(err.reason).toBe('duplicate');
      expect(err.message).toMatch(/two entries are named "(infra\/)?t\.yaml"/);
      expect(await readdir(dir)).toEqual([]);
    },
  );

  it('distinct names, and a folder entry given twice, are fine', async () => {
    const zip = await zipEntries([
      { name: 'a/t.yaml', data: 'x' },
      { name: 'a/T.yaml', data: 'y' },
      { name: 'b/t.yaml', data: 'z' },
    ]);
    expect(await extractZip(zip, dir)).toBe(3);
  });
});

describe('S3 errors', () => {
  const artifact = { name: 'Src', bucket: 'b', key: 'k' };
  it.each([
    [{ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, 'PermissionError'],
    [{ name: 'KMS.AccessDeniedException', $metadata: { httpStatusCode: 400 } }, 'PermissionError'],
    [{ name: 'ExpiredToken', $metadata: { httpStatusCode: 400 } }, 'PermissionError'],
    [{ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } }, 'ConfigurationError'],
    [{ name: 'NoSuchBucket', $metadata: { httpStatusCode: 404 } }, 'ConfigurationError'],
    [{ name: 'InternalError', $metadata: { httpStatusCode: 500 } }, 'JobFailed'],
    [new Error('socket hang up'), 'JobFailed'],
  ])('%j → %s', (e, type) => {
    expect(classifyS3Error(e, artifact).type).toBe(type);
  });
});
