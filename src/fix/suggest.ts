/**
 * Fixes as suggestions for reports: per finding, the text replacements (1-based line/column regions of the
 * original file, for SARIF `fixes`) and a unified diff (for Markdown). Pure: the caller hands in file texts.
 */
import type { Finding, Syntax } from '../types/types.js';
import type { RuleSpec } from '../rules/schema.js';
import { LineIndex } from '../load/line-index.js';
import { applyTextEdits, fixIn, fixText, prepareFix, type FileFix, type FixDoc } from './engine.js';
import { builtinFixes } from './fixes/index.js';
import { unifiedDiff } from './diff.js';
import { DEFAULT_FIX_OPTIONS, type FixFn, type FixOptions } from './types.js';

export interface Replacement {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
}

export interface FixSuggestion {
  readonly file: string;
  readonly ruleId: string;
  readonly replacements: readonly Replacement[];
  readonly diff: string;
}

/** The fix function for a finding: its rule's `fix`, for a failing finding that is not suppressed or excepted. */
export function fixResolver(rules: readonly RuleSpec[], only: ReadonlySet<string> | null = null): (f: Finding) => FixFn | null {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (f) => {
    if (f.outcome !== 'fail' || f.status === 'suppressed' || f.status === 'excepted') return null;
    if (only && !only.has(f.ruleId)) return null;
    const name = byId.get(f.ruleId)?.fix;
    return name ? (builtinFixes[name] ?? null) : null;
  };
}

export function syntaxOf(text: string): Syntax {
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return first && (first[0] === '{' || first[0] === '[') ? 'json' : 'yaml';
}

/** One suggestion per fixable finding, each against the file as it is. */
export function suggestFixes(
  findings: readonly Finding[],
  textOf: (file: string) => string | null,
  fixFor: (f: Finding) => FixFn | null,
  options: FixOptions = DEFAULT_FIX_OPTIONS,
): Map<string, FixSuggestion> {
  const out = new Map<string, FixSuggestion>();
  // Each file is parsed once for all its findings.
  const files = new Map<string, { text: string; doc: FixDoc; lines: LineIndex } | null>();
  for (const f of findings) {
    const fn = fixFor(f);
    if (!fn) continue;
    let file = files.get(f.file);
    if (file === undefined) {
      const text = textOf(f.file);
      file = text === null ? null : { text, doc: prepareFix(text, syntaxOf(text), f.file), lines: new LineIndex(text) };
      files.set(f.file, file);
    }
    if (file === null) continue;
    const { text, doc, lines: li } = file;
    const r = fixIn(doc, f, fn, options);
    if (r.kind !== 'fixed') continue;
    const replacements = r.edits.map((e) => {
      const s = li.position(e.offset);
      const end = li.position(e.offset + e.length);
      return { startLine: s.line, startColumn: s.column, endLine: end.line, endColumn: end.column, text: e.text };
    });
    out.set(f.fingerprint, { file: f.file, ruleId: f.ruleId, replacements, diff: unifiedDiff(f.file, text, applyTextEdits(text, r.edits)) });
  }
  return out;
}

export interface FixedFile {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  readonly diff: string;
  readonly results: readonly FileFix[];
}

/** Every fixable finding of each file fixed in turn. */
export function fixFiles(
  findings: readonly Finding[],
  textOf: (file: string) => string | null,
  fixFor: (f: Finding) => FixFn | null,
  options: FixOptions = DEFAULT_FIX_OPTIONS,
): FixedFile[] {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!fixFor(f)) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const out: FixedFile[] = [];
  for (const [file, list] of byFile) {
    const before = textOf(file);
    if (before === null) continue;
    const { text: after, results } = fixText(before, syntaxOf(before), list, fixFor, options);
    out.push({ file, before, after, diff: unifiedDiff(file, before, after), results });
  }
  return out;
}
