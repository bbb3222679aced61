// Bundle the GitHub Action into dist/action/ (committed: GitHub runs actions without installing
// dependencies). Called by scripts/build.mjs; CI checks that the committed bundle equals a fresh build,
// so the output must be deterministic: no timestamps, no absolute paths.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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

export async function buildAdapter({ root, common, build }) {
  const out = join(root, OUT_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    ...common,
    // A stdin entry keeps the bundle's start-up call out of src/ (action.ts stays importable by tests).
    stdin: { contents: "import { run } from './src/adapters/action.ts';\nvoid run();\n", resolveDir: root, sourcefile: 'action-entry.ts', loader: 'ts' },
    outfile: join(OUT_DIR, 'index.cjs'),
    // CJS: @actions/core 3 is ESM-only, and esbuild's ESM output cannot require() the Node built-ins
    // its CommonJS dependencies need without a banner; CJS needs neither. Dynamic imports stay lazy.
    format: 'cjs',
    // The AWS SDK is for the CodePipeline Lambda; the action must never carry it.
    external: ['@aws-sdk/*'],
    plugins: [unusedToolkitStubs, serviceSpecDbPath],
    metafile: true,
  });

  const outputs = Object.values(result.metafile.outputs);
  const sdk = outputs.flatMap((o) => o.imports).filter((i) => i.path.startsWith('@aws-sdk/'));
  if (sdk.length) throw new Error(`the action bundle imports the AWS SDK (${[...new Set(sdk.map((i) => i.path))].join(', ')}); it must not`);

  const inputs = Object.keys(result.metafile.inputs);
  const needsDb = inputs.some((p) => p.includes('@aws-cdk/aws-service-spec/'));
  if (needsDb) copyFileSync(join(root, SERVICE_SPEC, 'db.json.gz'), join(out, 'db.json.gz'));

  const bytes = outputs.reduce((n, o) => n + o.bytes, 0);
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  const db = needsDb ? ` + db.json.gz ${kb(readFileSync(join(out, 'db.json.gz')).length)}` : '';
  console.log(`bundle: ${relative(root, join(out, 'index.cjs'))} (${kb(bytes)}${db})`);
  if (!existsSync(join(out, 'index.cjs'))) throw new Error('the action bundle was not written');
}
