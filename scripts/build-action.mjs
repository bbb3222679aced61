// Bundle the GitHub Action into dist/action/ (committed: GitHub runs actions without installing
// dependencies). Called by scripts/build.mjs; CI checks that the committed bundle equals a fresh build,
// so the output must be deterministic: no timestamps, no absolute paths.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative } from 'node:path';

const OUT_DIR = 'dist/action';
const SERVICE_SPEC = 'node_modules/@aws-cdk/aws-service-spec';

/**
 * @actions/core imports @actions/http-client (for OIDC tokens) and @actions/exec (for runner platform
 * details). cfn-audit uses neither, and http-client drags in undici: about 800 KB of bundle and
 * 60 ms of start-up. Both are replaced by stubs that throw if anything ever calls them.
 */
const unusedToolkitStubs = {
  name: 'unused-toolkit-stubs',
  setup(b) {
    b.onResolve({ filter: /^@actions\/(http-client|exec)(\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'cfn-audit-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'cfn-audit-stub' }, (args) => ({
      loader: 'js',
      contents: [
        `const unavailable = () => { throw new Error(${JSON.stringify(`${args.path} is not bundled with cfn-audit`)}); };`,
        'export class HttpClient { constructor() { unavailable(); } }',
        'export class BearerCredentialHandler { constructor() { unavailable(); } }',
        'export const exec = unavailable;',
        'export const getExecOutput = unavailable;',
      ].join('\n'),
    }));
  },
};

/**
 * @aws-cdk/aws-service-spec (used by cloudformation-diff) reads `path.join(__dirname, '..', 'db.json.gz')`.
 * Inside the bundle __dirname is dist/action, and only dist/action is committed, so the database is
 * shipped next to the bundle and the path is rewritten to match.
 */
const serviceSpecDbPath = {
  name: 'service-spec-db-path',
  setup(b) {
    b.onLoad({ filter: /[\\/]@aws-cdk[\\/]aws-service-spec[\\/]lib[\\/]index\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const from = "path.join(__dirname, '..', DB_COMPRESSED)";
      if (!text.includes(from)) throw new Error(`${args.path}: the db.json.gz lookup changed; update scripts/build-action.mjs`);
      return { loader: 'js', contents: text.replace(from, 'path.join(__dirname, DB_COMPRESSED)') };
    });
  },
};

/**
 * run.ts loads cloudformation-diff with `import(spec)`, a specifier esbuild cannot see, so it would stay
 * a runtime import that fails on the runner (the action has no node_modules). Make the specifier
 * literal so the module is bundled; esbuild keeps a dynamic import lazy, so only change-aware runs load it.
 */
const LAZY_MODULES = ['@aws-cdk/cloudformation-diff'];
export const literalLazyImports = {
  name: 'literal-lazy-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      let changed = false;
      for (const mod of LAZY_MODULES) {
        const decl = new RegExp(`const (\\w+) = '${mod.replace(/[/.]/g, '\\$&')}';`, 'g');
        for (const [, name] of [...text.matchAll(decl)]) {
          const next = text.replace(new RegExp(`import\\(${name}\\)`, 'g'), `import('${mod}')`);
          changed ||= next !== text;
          text = next;
        }
      }
      return changed ? { loader: 'ts', contents: text } : undefined;
    });
  },
};

/**
 * cloudformation-diff and its service database are bundled into a file of their own, cfn-diff.cjs, so
 * that the main bundle's start-up does not even parse them: only a change-aware run requires the file.
 */
const DIFF_FILE = 'cfn-diff.cjs';

/**
 * The CLI and the API load cloudformation-diff from this bundle's self-contained copy (dist/action/ is
 * in the npm package), so the package needs neither it nor the AWS SDK it depends on. `outDir` is where
 * the importing file is written: the specifier is relative to it, so the import must stay in a file at
 * the top of `outDir` (checked by `checkDiffImport`).
 */
export function diffFromActionBundle(outDir) {
  const specifier = relative(outDir, join(OUT_DIR, DIFF_FILE)).split('\\').join('/');
  return {
    specifier,
    plugin: {
      name: 'cloudformation-diff-from-action-bundle',
      setup(b) {
        b.onResolve({ filter: /^@aws-cdk\/cloudformation-diff$/ }, () => ({ path: specifier, external: true }));
      },
    },
  };
}

/** The diff import of a build with `diffFromActionBundle(outDir)` must be in a file directly in outDir, else its relative path is wrong. */
export function checkDiffImport(result, outDir, specifier) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (output.imports.some((i) => i.path === specifier) && relative(outDir, file).includes('/'))
      throw new Error(`${file} imports ${specifier}, which resolves only from a file directly in ${outDir}`);
  }
}

const separateDiff = {
  name: 'separate-cloudformation-diff',
  setup(b) {
    b.onResolve({ filter: /^@aws-cdk\/cloudformation-diff$/ }, () => ({ path: `./${DIFF_FILE}`, external: true }));
  },
};

/** Every runtime import of a bundle: only Node built-ins and the bundle's own files may be left. */
function checkImports(result, allowed) {
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports);
  const sdk = imports.filter((i) => i.path.startsWith('@aws-sdk/'));
  if (sdk.length) throw new Error(`the action bundle imports the AWS SDK (${[...new Set(sdk.map((i) => i.path))].join(', ')}); it must not`);
  // A package left as a runtime import would fail on the runner, which has no node_modules.
  const unbundled = imports.filter((i) => i.external && !isBuiltin(i.path) && !allowed.includes(i.path));
  if (unbundled.length) throw new Error(`the action bundle leaves imports unresolved: ${[...new Set(unbundled.map((i) => i.path))].join(', ')}`);
  return imports;
}

export async function buildAdapter({ root, common, build }) {
  const out = join(root, OUT_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const shared = {
    ...common,
    // CJS: @actions/core 3 is ESM-only, and esbuild's ESM output cannot require() the Node built-ins
    // its CommonJS dependencies need without a banner; CJS needs neither.
    format: 'cjs',
    // The AWS SDK is for the CodePipeline Lambda; the action must never carry it.
    external: ['@aws-sdk/*'],
    metafile: true,
  };
  const main = await build({
    ...shared,
    // A stdin entry keeps the bundle's start-up call out of src/ (action.ts stays importable by tests).
    stdin: { contents: "import { run } from './src/adapters/action.ts';\nvoid run();\n", resolveDir: root, sourcefile: 'action-entry.ts', loader: 'ts' },
    outfile: join(OUT_DIR, 'index.cjs'),
    plugins: [unusedToolkitStubs, literalLazyImports, separateDiff],
  });
  const usesDiff = checkImports(main, [`./${DIFF_FILE}`]).some((i) => i.path === `./${DIFF_FILE}`);
  const files = [['index.cjs', Object.values(main.metafile.outputs)[0]?.bytes ?? 0]];

  if (usesDiff) {
    const diff = await build({
      ...shared,
      stdin: { contents: "module.exports = require('@aws-cdk/cloudformation-diff');\n", resolveDir: root, sourcefile: 'cfn-diff-entry.js', loader: 'js' },
      outfile: join(OUT_DIR, DIFF_FILE),
      plugins: [serviceSpecDbPath],
    });
    checkImports(diff, []);
    files.push([DIFF_FILE, Object.values(diff.metafile.outputs)[0]?.bytes ?? 0]);
    if (Object.keys(diff.metafile.inputs).some((p) => p.includes('@aws-cdk/aws-service-spec/'))) {
      copyFileSync(join(root, SERVICE_SPEC, 'db.json.gz'), join(out, 'db.json.gz'));
      files.push(['db.json.gz', readFileSync(join(out, 'db.json.gz')).length]);
    }
  }
  for (const [name] of files) if (!existsSync(join(out, name))) throw new Error(`${OUT_DIR}/${name} was not written`);
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  console.log(`bundle: ${relative(root, out)}/ ${files.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
}
