/** Test helpers: parse template text in memory, expecting a template or an error. */
import type { AuditError, Template } from '../../src/types/types.js';
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
