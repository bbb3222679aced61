/**
 * `npm run docs [-- --check]`: writes docs/rules/<Id>.md for every built-in rule and the index
 * docs/rules/README.md, and removes pages of rules that no longer exist. With --check nothing is
 * written; it exits 1 and names the stale pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures, loadRuleSources, ROOT, type RuleSource } from './rule-source.js';
import { renderIndex, renderRulePage } from './docs-render.js';

export const DOCS_DIR = join(ROOT, 'docs/rules');

/** Every generated page by file name (relative to docs/rules). */
export function generateDocs(sources: readonly RuleSource[] = loadRuleSources()): Map<string, string> {
  const pages = new Map<string, string>();
  for (const s of sources) pages.set(`${s.spec.id}.md`, renderRulePage(s, loadFixtures(s.spec.id)));
  pages.set('README.md', renderIndex(sources));
  return pages;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop() ?? '')) {
  const check = process.argv.includes('--check');
  const pages = generateDocs();
  const existing = existsSync(DOCS_DIR) ? readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md')) : [];
  const stale: string[] = [];
  const orphans = existing.filter((f) => !pages.has(f));
  for (const [name, text] of pages) {
    const p = join(DOCS_DIR, name);
    if (existsSync(p) && readFileSync(p, 'utf8') === text) continue;
    stale.push(name);
    if (!check) {
      mkdirSync(DOCS_DIR, { recursive: true });
      writeFileSync(p, text);
    }
  }
  if (!check) for (const f of orphans) unlinkSync(join(DOCS_DIR, f));
  const changed = [...stale, ...orphans.map((f) => `${f} (no such rule)`)];
  if (check) {
    if (changed.length) {
      process.stderr.write(`docs/rules is stale (${changed.length}): ${changed.join(', ')}\nrun npm run docs\n`);
      process.exit(1);
    }
    process.stdout.write(`docs/rules is up to date (${pages.size} pages)\n`);
  } else {
    process.stdout.write(`docs/rules: ${pages.size} pages, ${stale.length} written, ${orphans.length} removed\n`);
  }
}
