// Bundle the programmatic API, the package's main export: dist/api/index.js (ESM, self-contained like
// the CLI) and its types, dist/api/index.d.ts and dist/api/types.d.ts. Called by scripts/build.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDiffImport, diffFromActionBundle, literalLazyImports } from './build-action.mjs';

const OUT_DIR = 'dist/api';
const ENTRY = 'src/adapters/api.ts';

/** The relative imports of a declaration file. */
const importsOf = (text) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);

export async function buildAdapter({ root, common, esmBanner, build }) {
  const out = join(root, OUT_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The AWS SDK is only for the Lambda; cloudformation-diff is loaded, lazily, from dist/action/cfn-diff.cjs as the CLI does.
  const diff = diffFromActionBundle(OUT_DIR);
  const api = await build({
    ...common,
    entryPoints: { index: ENTRY },
    outdir: OUT_DIR,
    format: 'esm',
    banner: { js: esmBanner },
    external: ['@aws-sdk/*'],
    plugins: [literalLazyImports, diff.plugin],
    metafile: true,
  });
  checkDiffImport(api, OUT_DIR, diff.specifier);

  // Declarations without a type check (the build's own check covers it): the API's file and the shared types it re-exports.
  const emitted = join(out, '.declarations');
  try {
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const options = ['--ignoreConfig', '--declaration', '--emitDeclarationOnly', '--noCheck', '--skipLibCheck', '--resolveJsonModule'];
    execFileSync(
      process.execPath,
      [tsc, ENTRY, ...options, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--rootDir', 'src', '--outDir', emitted],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    const api = readFileSync(join(emitted, 'adapters/api.d.ts'), 'utf8');
    const types = readFileSync(join(emitted, 'types/types.d.ts'), 'utf8');
    // The published types must stand alone: the API may refer to the shared types only, and they to nothing.
    const extra = [...importsOf(api).filter((p) => p !== '../types/types.js'), ...importsOf(types)];
    if (extra.length) throw new Error(`${ENTRY}: its declarations import ${extra.join(', ')}; the published types may only use src/types/types.ts`);
    writeFileSync(join(out, 'index.d.ts'), api.replaceAll("'../types/types.js'", "'./types.js'"));
    writeFileSync(join(out, 'types.d.ts'), types);
  } finally {
    rmSync(emitted, { recursive: true, force: true });
  }
  for (const f of ['index.js', 'index.d.ts', 'types.d.ts']) if (!existsSync(join(out, f))) throw new Error(`${OUT_DIR}/${f} was not written`);
  console.log(`bundle: ${OUT_DIR}/index.js with index.d.ts and types.d.ts`);
}
