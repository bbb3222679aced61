// The CLI's lazily loaded libraries (src/lazy/modules.ts): each is bundled into a CommonJS file of its
// own in dist/cli/lazy/, and the CLI bundles get src/lazy/split-modules.ts, which requires those files
// on first use, in place of src/lazy/modules.ts, which imports the libraries with the module. The other
// bundles (API, Action, Lambdas) keep the latter: they are single self-contained files.
import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative } from 'node:path';

const SPLIT = 'src/lazy/split-modules.ts';

/** File in dist/cli/lazy/ → what it exports. */
const LAZY_FILES = {
  'yaml.cjs': "module.exports = require('yaml');",
  'js-yaml.cjs': "module.exports = require('js-yaml');",
  'jsonc-parser.cjs': "module.exports = require('jsonc-parser');",
  'minimatch.cjs': "module.exports = require('minimatch');",
  'jsonpath-plus.cjs': "module.exports = require('jsonpath-plus');",
  'safe-regex.cjs': "module.exports = require('safe-regex2');",
  'validators.cjs': "module.exports = require('./src/schema/validators.generated.js');",
};

/** The esbuild plugin for the CLI bundles: src/lazy/modules.ts resolves to the split loader. */
export function splitLazyModules(root) {
  return {
    name: 'split-lazy-modules',
    setup(b) {
      b.onResolve({ filter: /[\\/]lazy[\\/]modules\.js$/ }, (args) => {
        const target = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (target !== join(root, 'src/lazy/modules.ts') || args.importer === join(root, SPLIT)) return undefined;
        return { path: join(root, SPLIT) };
      });
    },
  };
}

/** Write dist/cli/lazy/*.cjs (self-contained CommonJS) after checking they are the files the split loader names. */
export async function buildLazyFiles({ root, common, build }, outDir) {
  const named = [...readFileSync(join(root, SPLIT), 'utf8').matchAll(/'\.\/lazy\/([^']+)'/g)].map((m) => m[1]).sort();
  const built = Object.keys(LAZY_FILES).sort();
  if (named.join() !== built.join()) throw new Error(`${SPLIT} loads ${named.join(', ')} but scripts/lazy-modules.mjs builds ${built.join(', ')}`);
  for (const [file, contents] of Object.entries(LAZY_FILES)) {
    const result = await build({
      ...common,
      stdin: { contents, resolveDir: root, sourcefile: `lazy-${file}`, loader: 'js' },
      outfile: join(outDir, 'lazy', file),
      format: 'cjs',
      metafile: true,
    });
    const external = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && !isBuiltin(i.path)));
    if (external.length) throw new Error(`${outDir}/lazy/${file} leaves imports unresolved: ${external.map((i) => i.path).join(', ')}`);
  }
}

/** The split loader requires './lazy/…' relative to the file it is bundled into: that file must be directly in outDir. */
export function checkSplitLoader(result, outDir) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (Object.keys(output.inputs).includes(SPLIT) && relative(outDir, file).includes('/'))
      throw new Error(`${file} holds ${SPLIT}, whose ./lazy/ paths resolve only from a file directly in ${outDir}`);
  }
}

/**
 * The generated JSON tables (rule catalogue, IAM action classes: 450 KB) as `JSON.parse('…')` rather than
 * the object literals esbuild writes: V8 reads a JSON string much faster than it compiles a literal. A
 * table that is a mapping is parsed on the first read of any of its keys, each a getter of the object
 * exported (the IAM action table, which a template without policies never reads).
 */
export const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.generated\.json$/ }, (args) => {
      const value = JSON.parse(readFileSync(args.path, 'utf8'));
      const text = JSON.stringify(JSON.stringify(value));
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return { loader: 'js', contents: `export default JSON.parse(${text});` };
      const getters = Object.keys(value).map((k) => `get ${JSON.stringify(k)}() { return data()[${JSON.stringify(k)}]; }`);
      return { loader: 'js', contents: `let value;\nconst data = () => (value ??= JSON.parse(${text}));\nexport default { ${getters.join(', ')} };` };
    });
  },
};
