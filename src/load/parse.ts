/**
 * Template parsing: text in, `Template` or `AuditError` out. Pure (no I/O).
 *
 * YAML: js-yaml 4 with CloudFormation's schema and a listener that records offsets (parse-yaml.ts);
 * the `yaml` package only as a fallback for text js-yaml cannot read (parse-yaml-fallback.ts).
 * JSON: one checking scan, then JSON.parse (parse-json.ts). Both keep only a compact offset table;
 * line and column are computed when a finding or error asks for them.
 */
import { mentionsIn } from './mentions.js';
import type { AuditError, KeyPath, SourceFile, Syntax, Template } from '../types/types.js';
import { LineIndex } from './line-index.js';
import { ParseFail, TEMPLATE_KEYS, TOO_DEEP, type Parsed } from './parse-common.js';
import { parseYaml as parseYamlFast, YamlSyntaxError } from './parse-yaml.js';
import { parseYamlFallback } from './parse-yaml-fallback.js';
import { parseJson } from './parse-json.js';

export { longFormOf } from './cfn-yaml.js';

/**
 * A failure says whether the reader had already read a top-level `Resources` or `AWSTemplateFormatVersion`
 * key (`templateKeyRead`): the text is then a template with an error further on, without a second,
 * error-tolerant parse to tell (sniff.ts).
 */
export type ParseResult = { ok: true; template: Template } | { ok: false; error: AuditError; templateKeyRead?: boolean };

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function guessSyntax(file: string, text: string): Syntax {
  const first = /\S/.exec(text);
  // CloudFormation accepts either syntax whatever the extension; JSON is recognised by its first character.
  return first && (first[0] === '{' || first[0] === '[') ? 'json' : 'yaml';
}

/** Parse a template body. `source.text` may carry a BOM. */
export function parseTemplate(source: SourceFile): ParseResult {
  const text = stripBom(source.text);
  const lines = new LineIndex(text); // line starts are found on the first position asked for
  const fail = (message: string, offset: number | null, rootKeys: readonly string[] | null = null): ParseResult => {
    const pos = offset === null ? null : lines.position(offset);
    const error = { file: source.file, line: pos?.line ?? null, column: pos?.column ?? null, message };
    return rootKeys?.some((k) => TEMPLATE_KEYS.has(k)) ? { ok: false, error, templateKeyRead: true } : { ok: false, error };
  };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return fail('the file contains a NUL byte (is it binary or UTF-16?)', nul);
  // Invalid UTF-8 is refused where bytes are decoded (src/load/read-file.ts); a U+FFFD here is a valid character.
  if (!/\S/.test(text)) return fail('the file is empty', null);

  const syntax = source.syntax ?? guessSyntax(source.file, text);
  try {
    const parsed = syntax === 'json' ? (/\.json$/i.test(source.file) ? parseJson(text) : parseJsonOrFlowYaml(text)) : parseYaml(text);
    const body = parsed.value;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return fail(`not a CloudFormation template: the top level is ${describe(body)}, not a mapping`, 0);
    }
    const template: Template = {
      file: source.file,
      syntax,
      origin: source.origin ?? 'cloudformation',
      stackName: source.stackName ?? null,
      parents: source.parents ?? [],
      cdkPaths: source.cdkPaths ?? {},
      body: body as Record<string, unknown>,
      locate: (path: KeyPath, within?: number) => {
        const at = parsed.locate(path);
        if (within === undefined) return lines.position(at);
        const v = valueAt(body, path);
        return lines.position(typeof v === 'string' ? (scalarOffset(text, at, v, within) ?? at) : at);
      },
      lineText: (line: number) => lines.lineText(line),
      mentions: mentionsIn(text),
      // Every node of a tree read from text takes at least one character of it (a short-form tag makes two);
      // the reader's own count is often lower (JSON's is exact; YAML's bounds the nodes js-yaml began).
      ...(parsed.shared === false ? { nodeBound: Math.min(2 * text.length, parsed.nodes ?? Infinity) } : {}),
    };
    return { ok: true, template };
  } catch (e) {
    if (e instanceof ParseFail) return fail(e.message, e.offset, e.rootKeys);
    if (e instanceof RangeError) return fail(TOO_DEEP, null);
    throw e;
  }
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  return `a ${typeof v}`;
}

/**
 * js-yaml first. Where it reports a syntax error, the `yaml` package gets a second try (a different
 * reader of YAML 1.2, for text js-yaml cannot read; none of the real corpus needs it). When both fail,
 * the `yaml` package's error is reported: it points at the cause more precisely (the start of a bad
 * key rather than the line after it). Not for files with CR-only line ends, which it does not read as
 * line breaks.
 */
function parseYaml(text: string): Parsed {
  try {
    return parseYamlFast(text);
  } catch (e) {
    if (!(e instanceof YamlSyntaxError)) throw e;
    try {
      return parseYamlFallback(text);
    } catch (fallbackError) {
      throw /\r(?!\n)/.test(text) ? e : fallbackError;
    }
  }
}

/**
 * Text that starts with `{` is JSON unless it only parses as YAML (a flow-style YAML document with
 * unquoted keys). When neither parses, the JSON error is the one reported. Not for `.json` files:
 * a YAML reading of broken JSON (comments, trailing commas) must not quietly pass.
 */
function parseJsonOrFlowYaml(text: string): Parsed {
  try {
    return parseJson(text);
  } catch (jsonError) {
    if (!(jsonError instanceof ParseFail) || /nesting deeper/.test(jsonError.message) || /duplicate key/.test(jsonError.message)) throw jsonError;
    try {
      return parseYaml(text);
    } catch {
      throw jsonError;
    }
  }
}

function valueAt(root: unknown, path: KeyPath): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/**
 * The offset of character `within` of the text value whose key (or list item, or short-form tag)
 * starts at `at`: past the key's colon and any short-form tags, then inside the scalar as written.
 */
function scalarOffset(text: string, at: number, value: string, within: number): number | null {
  let i = at;
  // A key (`Key:` or `"Key":`) first, when there is one on this line.
  const lineEnd = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
  const colon = /^("[^"\n]*"|'[^'\n]*'|[^\s:#][^:\n]*?)\s*:(\s|$)/.exec(text.slice(i, lineEnd));
  if (colon) i += colon[0].length;
  else if (text[i] === '-') i++;
  // Short-form tags (`!Sub`, `!Base64`) and spaces before the scalar.
  for (let guard = 0; guard < 8; guard++) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    const tag = /^![A-Za-z0-9:]*/.exec(text.slice(i, i + 40));
    if (!tag || tag[0].length === 0) break;
    i += tag[0].length;
  }
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++;
  const literalBlock = text[i] === '|';
  return offsetInScalar(text, i, Math.min(text.length, i + value.length * 2 + 4096), value, within, literalBlock);
}

export function offsetInScalar(text: string, start: number, end: number, value: string, within: number, literalBlock: boolean): number | null {
  if (within < 0 || within > value.length) return null;
  const lineIndex = value.slice(0, within).split('\n').length - 1;
  const column = within - (value.lastIndexOf('\n', within - 1) + 1);
  if (literalBlock) {
    const headerEnd = text.indexOf('\n', start);
    if (headerEnd < 0 || headerEnd >= end) return null;
    const body = text.slice(headerEnd + 1, end);
    const lines = body.split('\n');
    const first = lines.find((l) => l.trim() !== '');
    const indent = first === undefined ? 0 : first.length - first.trimStart().length;
    let at = headerEnd + 1;
    for (let i = 0; i < lineIndex; i++) {
      const l = lines[i];
      if (l === undefined) return null;
      at += l.length + 1;
    }
    const line = lines[lineIndex];
    if (line === undefined) return null;
    return at + Math.min(indent, line.length) + column;
  }
  const token = /^\S{1,40}/.exec(value.slice(within))?.[0];
  if (!token) return null;
  const source = text.slice(start, end);
  const hit = source.indexOf(token);
  return hit < 0 ? null : start + hit;
}

export { scalarValue } from './parse-yaml-fallback.js';
