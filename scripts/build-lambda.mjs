// Bundle the CodePipeline Lambda into dist/lambda/index.js (one CommonJS file exporting `handler`,
// which the nodejs22.x/24.x runtimes load as `index.handler` from a zip) and dist/lambda.zip.
// Called by scripts/build.mjs. The AWS SDK is bundled rather than taken from the runtime so the
// function runs the SDK version it was tested with; it is reached only through dynamic import(), so
// esbuild wraps it in lazily evaluated modules and a cold start evaluates it only when used.
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

const OUT_DIR = 'dist/lambda';
// A fixed date keeps the zip byte-for-byte reproducible across builds.
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

export async function buildAdapter(ctx) {
  await bundleLambda(ctx, { entry: 'src/adapters/codepipeline.ts', outDir: OUT_DIR, zip: 'dist/lambda.zip' });
}

/**
 * One Lambda function bundle: `<outDir>/index.js` (CommonJS, `index.handler`) and a reproducible zip.
 * Shared by the CodePipeline action (this file) and the CloudFormation Hook (build-hook.mjs).
 */
export async function bundleLambda({ root, common, build }, { entry, outDir: OUT, zip: ZIP }) {
  const outDir = join(root, OUT);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    ...common,
    entryPoints: { index: entry },
    outdir: OUT,
    format: 'cjs',
    target: 'node22',
    minifyWhitespace: true,
    minifySyntax: true,
    // Identifiers stay readable so a stack trace in CloudWatch still names functions.
    minifyIdentifiers: false,
    // The SDK packages ship a "browser" field and ESM "module" builds; the Node CJS/ESM main is right here.
    mainFields: ['module', 'main'],
    conditions: ['node'],
  });
  const js = join(outDir, 'index.js');
  // The project is "type": "module"; this marks the bundle as CommonJS wherever it sits.
  const pkg = JSON.stringify({ type: 'commonjs' }) + '\n';
  writeFileSync(join(outDir, 'package.json'), pkg);
  const zipFile = join(root, ZIP);
  const zip = new yazl.ZipFile();
  zip.addBuffer(readFileSync(js), 'index.js', { mtime: ZIP_MTIME, mode: 0o100644, compress: true });
  zip.addBuffer(Buffer.from(pkg), 'package.json', { mtime: ZIP_MTIME, mode: 0o100644, compress: true });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipFile));
  const kb = (f) => `${Math.round(statSync(f).size / 1024)} KB`;
  console.log(`bundle: ${OUT}/index.js (${kb(js)}), ${ZIP} (${kb(zipFile)})`);
}
