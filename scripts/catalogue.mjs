// Compiles rules/<service>/<Id>.yaml into src/rules/catalogue.generated.json so that the CLI does not
// parse a hundred YAML files at start-up. Schema validation of each rule happens in the TypeScript
// loader (src/rules/schema.ts), which test/catalogue.test.ts runs over every built-in rule.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse } from 'yaml';

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

export function compileCatalogue(root) {
  const files = walk(join(root, 'rules'));
  const rules = files.map((f) => {
    const doc = parse(readFileSync(f, 'utf8'));
    const id = basename(f, extname(f));
    if (!doc || doc.id !== id) throw new Error(`${relative(root, f)}: rule id must equal the file name (${id})`);
    return { ...doc, file: relative(root, f).split('\\').join('/') };
  });
  const out = join(root, 'src/rules/catalogue.generated.json');
  const text = JSON.stringify(rules) + '\n';
  let old = '';
  try {
    old = readFileSync(out, 'utf8');
  } catch {}
  if (old !== text) writeFileSync(out, text);
  return rules.length;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  console.log(compileCatalogue(join(import.meta.dirname, '..')));
}
