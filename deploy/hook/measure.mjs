#!/usr/bin/env node
// Measure the hook bundle's cold start on this machine: a fresh `node` process per run loads
// dist/hook/index.js (import), then answers one stack-operation request whose payload
// ({"template": …}) is served from 127.0.0.1 like the presigned S3 URL CloudFormation sends.
// Prints import ms, first-request ms and peak RSS per run, then the medians.
// Usage: npm run build && node deploy/hook/measure.mjs <template> [runs=5]
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node deploy/hook/measure.mjs <template> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const bundle = resolve(import.meta.dirname, '../../dist/hook/index.js');
const payload = Buffer.from(JSON.stringify({ template: readFileSync(resolve(file), 'utf8'), previousTemplate: '' }));
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length }).end(payload));
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/payload?X-Amz-Signature=abc`;

const child = `
const t0 = performance.now();
const { createHookHandler } = require(${JSON.stringify(bundle)});
const t1 = performance.now();
const handler = createHookHandler({ allowUrl: (u) => u.hostname === '127.0.0.1', log: () => {} });
handler({ clientRequestToken: 'm', stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/measure/x', actionInvocationPoint: 'CREATE_PRE_PROVISION',
  requestData: { targetName: 'STACK', targetType: 'STACK', targetLogicalId: 'measure', payload: ${JSON.stringify(url)} } }, { getRemainingTimeInMillis: () => 30000 })
  .then((r) => {
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, rssMb: process.resourceUsage().maxRSS / 1024, hookStatus: r.hookStatus, errorCode: r.errorCode ?? null }));
  });
`;
const results = [];
for (let i = 0; i < runs; i++) {
  const out = await new Promise((ok, fail) => execFile(process.execPath, ['-e', child], { env: { PATH: process.env.PATH ?? '' } }, (e, stdout) => (e ? fail(e) : ok(stdout))));
  const r = JSON.parse(out.trim().split('\n').pop());
  results.push(r);
  console.log(
    `run ${i + 1}: import ${r.importMs.toFixed(0)} ms, first request ${r.firstMs.toFixed(0)} ms, peak RSS ${r.rssMb.toFixed(0)} MB (${r.hookStatus}${r.errorCode ? ` ${r.errorCode}` : ''})`,
  );
}
server.close();
const median = (k) => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(
  `median: import ${median('importMs').toFixed(0)} ms, first request ${median('firstMs').toFixed(0)} ms, total ${(median('importMs') + median('firstMs')).toFixed(0)} ms, peak RSS ${median('rssMb').toFixed(0)} MB`,
);
