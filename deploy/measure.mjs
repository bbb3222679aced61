#!/usr/bin/env node
// Measure the Lambda bundle's cold start on this machine: a fresh `node` process per run loads
// dist/lambda/index.js (import), then handles one job whose artifact is <folder> zipped (first
// audit, including the S3 download, unzip and the PutJob*Result call to a local stand-in).
// Prints import ms, first-job ms and peak RSS per run, then the medians.
// Usage: npm run build && node deploy/measure.mjs <folder> [runs=5]
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yazl from 'yazl';

const [folder, runsArg] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node deploy/measure.mjs <folder> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const bundle = resolve(import.meta.dirname, '../dist/lambda/index.js');

async function zipFolder(dir) {
  const zip = new yazl.ZipFile();
  let files = 0;
  const walk = (d, rel) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else (zip.addFile(p, `${rel}${name}`), files++);
    }
  };
  walk(dir, '');
  zip.end();
  const chunks = [];
  for await (const c of zip.outputStream) chunks.push(c);
  return { buf: Buffer.concat(chunks), files };
}

const { buf, files } = await zipFolder(resolve(folder));
const results = [];
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.headers['x-amz-target']) {
      const op = String(req.headers['x-amz-target']).split('.')[1];
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      results.push(op === 'PutJobFailureResult' ? `${op}:${body.failureDetails.type}` : `${op}:${body.outputVariables?.decision}`);
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      return res.end('{}');
    }
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': buf.length });
    res.end(buf);
  });
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}`;

const child = `
const t0 = process.hrtime.bigint();
const { handler } = require(${JSON.stringify(bundle)});
const t1 = process.hrtime.bigint();
const event = { 'CodePipeline.job': { id: '11111111-1111-1111-1111-111111111111', data: {
  actionConfiguration: { configuration: { FunctionName: 'cfn-audit' } },
  inputArtifacts: [{ name: 'Src', location: { type: 'S3', s3Location: { bucketName: 'b', objectKey: 'k' } } }],
  artifactCredentials: { accessKeyId: 'ASIA', secretAccessKey: 's', sessionToken: 't' } } } };
handler(event, {}).then(() => {
  const t2 = process.hrtime.bigint();
  process.stderr.write(JSON.stringify({ importMs: Number(t1 - t0) / 1e6, firstJobMs: Number(t2 - t1) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n');
});`;
const env = {
  PATH: process.env.PATH,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIA',
  AWS_SECRET_ACCESS_KEY: 'x',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ENDPOINT_URL_S3: url,
  AWS_ENDPOINT_URL_CODEPIPELINE: url,
};
const rows = [];
for (let i = 0; i < runs; i++) {
  const stderr = await new Promise((ok, fail) => execFile(process.execPath, ['-e', child], { env, cwd: '/' }, (e, _o, err) => (e ? fail(e) : ok(err))));
  const row = JSON.parse(stderr.trim().split('\n').pop());
  rows.push(row);
  console.log(`run ${i + 1}: import ${row.importMs.toFixed(0)} ms, first job ${row.firstJobMs.toFixed(0)} ms, peak RSS ${row.peakRssMb.toFixed(0)} MB`);
}
server.close();
const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`artifact: ${files} files, ${(buf.length / 1024).toFixed(0)} KB zipped; result: ${[...new Set(results)].join(', ')}`);
console.log(
  `median: import ${median('importMs').toFixed(0)} ms + first job ${median('firstJobMs').toFixed(0)} ms = ${(median('importMs') + median('firstJobMs')).toFixed(0)} ms; peak RSS ${median('peakRssMb').toFixed(0)} MB; node ${process.version}`,
);
