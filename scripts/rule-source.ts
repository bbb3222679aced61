/**
 * Built-in rules read straight from rules/<service>/<Id>.yaml (not from the generated catalogue), so
 * the docs, the accuracy run and their tests always see the rule files as they are on disk, built
 * or not. Each rule is validated with the same schema the CLI uses.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseRuleFile, type RuleSpec } from '../src/rules/schema.js';

export interface RuleSource {
  readonly spec: RuleSpec;
  /** rules/<service>/<Id>.yaml, with forward slashes. */
  readonly file: string;
  /** The folder under rules/, e.g. `ec2`. */
  readonly service: string;
  /** Free text from the rule's optional `docs` key (e.g. why its risk differs from the suggestion). */
  readonly docs: string | null;
}

export interface Fixture {
  readonly kind: 'pass' | 'fail';
  /** File name inside fixtures/rules/<Id>/<kind>/. */
  readonly name: string;
  readonly text: string;
  /** Values of a sibling `<name>.parameters.json`, when there is one. */
  readonly parameters: Readonly<Record<string, string>> | null;
}

export const ROOT = join(import.meta.dirname, '..');

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Every rule under `root/rules`, sorted by id. Throws (naming the file) on an invalid rule. */
export function loadRuleSources(root: string = ROOT): RuleSource[] {
  const out: RuleSource[] = [];
  for (const abs of walk(join(root, 'rules'))) {
    const file = relative(root, abs).split('\\').join('/');
    const text = readFileSync(abs, 'utf8');
    const doc: unknown = parseYaml(text);
    const [spec] = parseRuleFile(text, file, () => null, 'builtin');
    if (!spec || spec.id !== basename(abs, extname(abs))) throw new Error(`${file}: rule id must equal the file name`);
    const raw = doc as Record<string, unknown>;
    const docs = typeof raw['docs'] === 'string' && raw['docs'].trim() !== '' ? raw['docs'].trim() : null;
    const service = file.split('/')[1] ?? '';
    out.push({ spec, file, service, docs });
  }
  return out.sort((a, b) => (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0));
}

const TEMPLATE_FILE = /\.(ya?ml|json|template)$/;

/** fixtures/rules/<Id>/{fail,pass}/ templates, fail first, each sorted by name. */
export function loadFixtures(id: string, root: string = ROOT): Fixture[] {
  const out: Fixture[] = [];
  for (const kind of ['fail', 'pass'] as const) {
    const dir = join(root, 'fixtures/rules', id, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!TEMPLATE_FILE.test(name) || name.endsWith('.parameters.json')) continue;
      const pfile = join(dir, name.replace(TEMPLATE_FILE, '.parameters.json'));
      const parameters = existsSync(pfile) ? (JSON.parse(readFileSync(pfile, 'utf8')) as Record<string, string>) : null;
      out.push({ kind, name, text: readFileSync(join(dir, name), 'utf8'), parameters });
    }
  }
  return out;
}
