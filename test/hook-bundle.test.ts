/**
 * The shipped hook: dist/hook/index.js loaded by plain `node` in a child process, as the Lambda
 * runtime loads `index.handler` (CommonJS), answering requests end to end; and dist/hook.zip.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl, { type Entry } from 'yauzl';
import { extractZip } from '../src/adapters/codepipeline/unzip.js';
import { corpusPath, corpusSkipNote } from './helpers/corpus.js';
import { stackRequest } from './helpers/hook-requests.js';
import { tempDir } from './helpers/temp.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/hook/index.js');
const ZIP = join(ROOT, 'dist/hook.zip');
const SCALE = corpusPath('scale/generated_500_resources.yaml');

let server: Server;
let payloadUrl = '';
beforeAll(async () => {
  // The bundle is fresh: test/global-setup.ts rebuilds a bundle older than its sources.
  const body = Buffer.from(JSON.stringify({ template: existsSync(SCALE) ? readFileSync(SCALE, 'utf8') : 'Resources: {}\n', previousTemplate: '' }));
  server = createServer((_q, res) => res.writeHead(200, { 'content-length': body.length }).end(body));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  payloadUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/p?X-Amz-Signature=bundle-signature-123`;
}, 120_000);
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

/** Run `code` (with `bundle` = the required module) in a fresh node; returns its last stdout line as JSON. */
async function inChild(code: string): Promise<Record<string, unknown>> {
  const script = `const bundle = require(${JSON.stringify(BUNDLE)}); (async () => { ${code} })().then((r) => console.log(JSON.stringify(r)), (e) => { console.log('threw', e); process.exit(1); });`;
  const { stdout } = await run(process.execPath, ['-e', script], { env: { PATH: process.env['PATH'] ?? '', AWS_REGION: 'us-east-1' }, cwd: '/' });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

const SSH = JSON.stringify({
  Resources: {
    WebSg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] } },
  },
});

describe('dist/hook/index.js', () => {
  it('is CommonJS exporting handler, which answers a stack request', async () => {
    const r = await inChild(`return bundle.handler(${JSON.stringify(stackRequest({ template: SSH }))}, { awsRequestId: 'b-1', getRemainingTimeInMillis: () => 30000 });`);
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'NonCompliant', clientRequestToken: 'f8da6d11-b23f-48f4-814c-0fb6a667f50e' });
    expect(String(r['message'])).toMatch(/SSHOpenToWorld/);
  });

  it('the default handler refuses a payload URL that is not https on an AWS host', async () => {
    const r = await inChild(`return bundle.handler(${JSON.stringify(stackRequest(payloadUrl))});`);
    expect(r).toMatchObject({ hookStatus: 'FAILED', errorCode: 'InternalFailure' });
    expect(JSON.stringify(r)).not.toContain('bundle-signature-123');
  });

  // How long it takes is measured by `npm run bench` (deploy/hook/README.md); here: a cold bundle gives a 500-resource stack a verdict.
  it.runIf(existsSync(SCALE))(`cold start plus a 500-resource template: a verdict, not an internal failure${corpusSkipNote}`, async () => {
    const r = await inChild(`
      const h = bundle.createHookHandler({ allowUrl: (u) => u.hostname === '127.0.0.1', log: () => {} });
      const res = await h(${JSON.stringify(stackRequest(payloadUrl))}, { getRemainingTimeInMillis: () => 30000 });
      return { status: res.hookStatus, code: res.errorCode ?? null, length: res.message.length };`);
    expect(r['code']).not.toBe('InternalFailure');
    expect(['SUCCESS', 'FAILED']).toContain(r['status']);
    expect(r['length'] as number).toBeLessThanOrEqual(4096);
  });
});

describe('dist/hook.zip', () => {
  it('holds the same bundle at its root as index.js, with a CommonJS marker, at a fixed date', async () => {
    const dir = tempDir('cfn-audit-hookzip-');
    expect(await extractZip(readFileSync(ZIP), dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['index.js', 'package.json']);
    expect(readFileSync(join(dir, 'index.js')).equals(readFileSync(BUNDLE))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });

  it('is reproducible: every entry has the fixed date and a plain file mode, so a rebuild gives the same bytes', async () => {
    // Checked on the archive rather than by rebuilding: other suites read dist/ while they run.
    const entries = await new Promise<{ name: string; date: Date; mode: number }[]>((ok, fail) => {
      yauzl.fromBuffer(readFileSync(ZIP), { lazyEntries: true }, (err, zip) => {
        if (err || !zip) return fail(err ?? new Error('no zip'));
        const out: { name: string; date: Date; mode: number }[] = [];
        zip.on('entry', (e: Entry) => {
          out.push({ name: e.fileName, date: e.getLastModDate(), mode: (e.externalFileAttributes >>> 16) & 0o777 });
          zip.readEntry();
        });
        zip.on('end', () => ok(out));
        zip.on('error', fail);
        zip.readEntry();
      });
    });
    expect(entries.map((e) => e.name)).toEqual(['index.js', 'package.json']);
    for (const e of entries) {
      expect(e.date.getFullYear()).toBe(2020);
      expect(e.mode).toBe(0o644);
    }
  });
});
