/** Test helpers: parse template text in memory, expecting a template or an error. */
import type { AuditError, KeyPath, Template } from '../../src/types/types.js';
import { parseTemplate, type ParseResult } from '../../src/load/parse.js';

export const parse = (text: string, file = 'template.yaml'): ParseResult => parseTemplate({ file, text });

export const ok = (text: string, file?: string): Template => {
  const r = parse(text, file);
  if (!r.ok) throw new Error(`expected a template, got ${r.error.line}:${r.error.column} ${r.error.message}`);
  return r.template;
};

export const err = (text: string, file?: string): AuditError => {
  const r = parse(text, file);
  if (r.ok) throw new Error(`expected a parse error, got ${JSON.stringify(r.template.body).slice(0, 200)}`);
  return r.error;
};

/** Every path of a value, the root's (`[]`) first, in key order: where a reader's `locate` can be asked. */
export function pathsOf(v: unknown, prefix: KeyPath = [], out: KeyPath[] = []): KeyPath[] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) pathsOf((v as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}
