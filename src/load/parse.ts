/**
 * Template parsing: text in, `Template` or `AuditError` out. Pure (no I/O).
 *
 * YAML goes through `yaml` 2.x (not js-yaml/yaml-cfn: we need a position for every node, and
 * yaml-cfn rejects `!ForEach`, `!Length`, `!ToJsonString`). JSON goes through jsonc-parser's
 * tree, which is several times faster than a YAML parse of the same text and gives offsets.
 * Positions are computed lazily from the kept syntax tree: only findings ask for them.
 */
import { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { AuditError, KeyPath, Position, SourceFile, Syntax, Template } from '../core/types.js';
import { LineIndex } from './line-index.js';
import { yamlParse as yamlCfnParse } from 'yaml-cfn';

/**
 * Deeper than this is refused with a clear error rather than risking the stack (the JSON and YAML
 * parsers recurse per level). Real templates stay under 30 levels.
 */
export const MAX_DEPTH = 1000;

const SHORT_TAGS: ReadonlySet<string> = new Set([
  'Ref', 'Condition', 'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split',
  'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll',
  'ValueOf', 'ValueOfAll', 'Implies', 'ToJsonString', 'Length', 'ForEach',
]);

/** The only standard tags accepted; anything else (e.g. `!!python/object`) is refused, never constructed. */
const CORE_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** `!Sub` → `Fn::Sub`; `!Ref`/`!Condition` keep their bare names. */
export function longFormOf(tag: string): string | null {
  if (!tag.startsWith('!') || tag.startsWith('!!')) return null;
  const name = tag.slice(1);
  if (!SHORT_TAGS.has(name)) return null;
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

export type ParseResult = { ok: true; template: Template } | { ok: false; error: AuditError };

class ParseFail extends Error {
  constructor(message: string, readonly offset: number | null) {
    super(message);
  }
}

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
  const lines = new LineIndex(text);
  const fail = (message: string, offset: number | null): ParseResult => {
    const pos = offset === null ? null : lines.position(offset);
    return { ok: false, error: { file: source.file, line: pos?.line ?? null, column: pos?.column ?? null, message } };
  };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return fail('the file contains a NUL byte (is it binary or UTF-16?)', nul);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) return fail('the file is not valid UTF-8 (CloudFormation templates must be UTF-8)', bad);
  if (text.trim() === '') return fail('the file is empty', null);

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
      locate: (path: KeyPath, within?: number) => lines.position(parsed.locate(path, within)),
      lineText: (line: number) => lines.lineText(line),
    };
    return { ok: true, template };
  } catch (e) {
    if (e instanceof ParseFail) return fail(e.message, e.offset);
    if (e instanceof RangeError) return fail(`nesting is too deep to parse safely (more than about ${MAX_DEPTH} levels)`, null);
    throw e;
  }
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  return `a ${typeof v}`;
}

interface Parsed {
  readonly value: unknown;
  /**
   * Offset of the node at `path` (its key when it has one), or of the nearest existing ancestor. With
   * `within`, the offset of that character of the text value at `path` (see `offsetInScalar`).
   */
  locate(path: KeyPath, within?: number): number;
}

// ---------------------------------------------------------------- YAML

function parseYaml(text: string): Parsed {
  const docs = parseAllDocuments(text, { uniqueKeys: true, merge: true, prettyErrors: false, schema: 'core', keepSourceTokens: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) throw new ParseFail('the file has no content (only comments or blank lines)', 0);
  const doc = list[0] as Document.Parsed;
  for (const err of doc.errors) {
    if (/call stack/i.test(err.message)) throw new ParseFail(`nesting is too deep to parse safely (more than about ${MAX_DEPTH} levels)`, err.pos[0]);
    const strictError = new ParseFail(`YAML: ${firstLine(err.message)}`, err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') throw duplicateKeyError(text, err.pos[0]) ?? strictError;
    // CloudFormation accepts some YAML that the 1.2 spec forbids (e.g. a quoted scalar whose continuation
    // lines are not indented past their key). A YAML 1.1 loader reads those; positions are then found by text.
    const lenient = parseYamlLenient(text);
    if (lenient) return lenient;
    throw strictError;
  }
  if (list.length > 1) {
    const second = list[1] as Document.Parsed;
    throw new ParseFail('the file holds more than one YAML document; a template is one document', second.range[0]);
  }
  // Values are built once per node: an alias reuses the anchor's value (shared, never copied),
  // so a billion-laughs file stays a few objects.
  const memo = new Map<Node, unknown>();
  const toValue = (node: Node | null | undefined, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH) throw new ParseFail(`nesting deeper than ${MAX_DEPTH} levels`, node.range?.[0] ?? null);
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) throw new ParseFail(`unknown alias *${node.source}`, node.range?.[0] ?? null);
      return toValue(target, depth + 1);
    }
    const cached = memo.get(node);
    if (cached !== undefined) return cached;
    const tag = (node as { tag?: string }).tag;
    const intrinsic = tag ? longFormOf(tag) : null;
    if (tag && !intrinsic && !CORE_TAGS.has(tag)) {
      const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag;
      // Tool tags such as !Rain::Embed are expanded by a preprocessor before deployment: say so.
      const hint = /^![A-Za-z]+::/.test(shown) ? ' (a preprocessor tag? audit the template it produces)' : '';
      throw new ParseFail(`unknown tag ${shown}: not a CloudFormation intrinsic function${hint}`, node.range?.[0] ?? null);
    }
    let value: unknown;
    if (isMap(node)) value = mapValue(node, depth);
    else if (isSeq(node)) {
      const arr: unknown[] = [];
      memo.set(node, arr);
      for (const item of (node as YAMLSeq<Node>).items) arr.push(toValue(item, depth + 1));
      value = arr;
    } else if (isScalar(node)) value = scalarValue(node, intrinsic !== null);
    else value = null;
    if (intrinsic) {
      if (intrinsic === 'Fn::GetAtt' && typeof value === 'string') {
        const i = value.indexOf('.');
        value = i < 0 ? [value] : [value.slice(0, i), value.slice(i + 1)];
      }
      value = { [intrinsic]: value };
    }
    memo.set(node, value);
    return value;
  };
  const mapValue = (node: YAMLMap<unknown, unknown>, depth: number): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    memo.set(node, obj);
    const merged: Record<string, unknown>[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      if (isMergeKey(keyNode)) {
        const v = toValue(pair.value as Node, depth + 1);
        for (const m of Array.isArray(v) ? v : [v]) if (m && typeof m === 'object' && !Array.isArray(m)) merged.push(m as Record<string, unknown>);
        continue;
      }
      const key = keyString(keyNode);
      defineKey(obj, key, toValue(pair.value as Node, depth + 1));
    }
    // Explicit keys win over merged ones; earlier merge sources win over later ones (YAML merge semantics).
    for (const m of merged) for (const [k, v] of Object.entries(m)) if (!Object.prototype.hasOwnProperty.call(obj, k)) defineKey(obj, k, v);
    return obj;
  };
  const value = toValue(doc.contents as Node | null, 0);

  // A value reached through an alias or a merge key is written elsewhere (often in another resource);
  // the finding then points at the alias or `<<` line, which is where this resource gets it.
  const locate = (path: KeyPath, within?: number): number => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    let elsewhere = false;
    let reached = true;
    for (const step of path) {
      if (!node) {
        reached = false;
        break;
      }
      if (isAlias(node)) {
        node = node.resolve(doc) ?? null;
        elsewhere = true;
      }
      if (!node) {
        reached = false;
        break;
      }
      const tag = (node as { tag?: string }).tag;
      if (tag && longFormOf(tag) === step) continue; // `!Sub x` stands for { Fn::Sub: x } at the same place
      if (isMap(node)) {
        const found = findPair(node as YAMLMap<unknown, unknown>, String(step));
        if (!found) {
          reached = false;
          break;
        }
        if (!elsewhere) offset = (found.via ?? (found.pair.key as Node | null))?.range?.[0] ?? offset;
        if (found.via) elsewhere = true;
        node = found.pair.value as Node | null;
      } else if (isSeq(node) && typeof step === 'number') {
        const item: Node | undefined = (node as YAMLSeq<Node>).items[step];
        if (!item) {
          reached = false;
          break;
        }
        if (!elsewhere) offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        reached = false;
        break;
      }
    }
    if (within !== undefined && reached && !elsewhere && isScalar(node) && typeof node.value === 'string' && node.range) {
      const scalar = node as Scalar;
      const block = scalar.type === 'BLOCK_LITERAL';
      return offsetInScalar(text, node.range[0], node.range[1], scalar.value as string, within, block) ?? offset;
    }
    return offset;
  };
  /** The pair for `key`, and the `<<` key it came through when it is merged in. */
  const findPair = (map: YAMLMap<unknown, unknown>, key: string, depth = 0): { pair: { key: unknown; value: unknown }; via: Node | null } | null => {
    for (const pair of map.items) if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return { pair, via: null };
    if (depth > 8) return null;
    for (const pair of map.items) {
      if (isMergeKey(pair.key as Node | null)) {
        let v = pair.value as Node | null;
        if (isAlias(v)) v = v.resolve(doc) ?? null;
        const sources = isSeq(v) ? (v as YAMLSeq<Node>).items.map((i) => (isAlias(i) ? i.resolve(doc) : i)) : [v];
        for (const s of sources) if (isMap(s)) {
          const found = findPair(s as YAMLMap<unknown, unknown>, key, depth + 1);
          if (found) return { pair: found.pair, via: pair.key as Node };
        }
      }
    }
    return null;
  };
  return { value, locate };
}

/**
 * The fallback parser: js-yaml through yaml-cfn (CloudFormation short tags, core schema, duplicate keys
 * refused, no custom tags beyond CloudFormation's). Returns null when it cannot read the text either.
 */
function parseYamlLenient(text: string): Parsed | null {
  let value: unknown;
  try {
    value = yamlCfnParse(text);
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const indentOf = (l: string): number => l.length - l.trimStart().length;
  const offsets: number[] = [];
  let acc = 0;
  for (const l of lines) {
    offsets.push(acc);
    acc += l.length + 1;
  }
  const locate = (path: KeyPath): number => {
    let line = 0;
    let indent = -1;
    let found = 0;
    for (const step of path) {
      if (typeof step !== 'string') continue;
      const key = new RegExp(`^\\s*(?:-\\s+)?["']?${step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
      let hit = -1;
      for (let i = line + (found ? 1 : 0); i < lines.length; i++) {
        const l = lines[i]!;
        if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
        if (found && indentOf(l) <= indent) break;
        if (key.test(l)) {
          hit = i;
          break;
        }
      }
      if (hit < 0) break;
      line = hit;
      indent = indentOf(lines[hit]!);
      found = offsets[hit]! + indent;
    }
    return found;
  };
  return { value, locate };
}

/** A plain `<<` key. yaml 2.x with `merge: true` gives it the value Symbol('<<'), older versions the text. */
function isMergeKey(keyNode: Node | null): boolean {
  if (!isScalar(keyNode)) return false;
  const v = keyNode.value;
  if (typeof v === 'symbol') return v.description === '<<';
  return v === '<<' && (keyNode as Scalar).type === 'PLAIN';
}

/** `duplicate key "X"` like the JSON message: the YAML error says only that keys must be unique. */
function duplicateKeyError(text: string, offset: number): ParseFail | null {
  const m = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:\n]*?)\s*:/.exec(text.slice(offset, offset + 300));
  const key = m?.[1]?.trim();
  if (!key) return null;
  return new ParseFail(`duplicate key ${/^["']/.test(key) ? key : JSON.stringify(key)}`, offset);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function keyString(keyNode: Node | null): string {
  if (keyNode === null) return '';
  if (isScalar(keyNode)) {
    const v = keyNode.value;
    return v === null ? '' : String(v);
  }
  throw new ParseFail('a mapping key must be a plain value, not a collection', keyNode.range?.[0] ?? null);
}

export function scalarValue(node: Scalar, tagged: boolean): unknown {
  const v = node.value;
  if (tagged) return v === null ? '' : typeof v === 'string' ? v : String(node.source ?? v);
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return node.source ?? String(v);
  return v === undefined ? null : v;
}

/** Keys such as `__proto__` must become own data properties, never touch the prototype. */
function defineKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------- JSON

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

function parseJson(text: string): Parsed {
  const depth = maxBracketDepth(text);
  if (depth.depth > MAX_DEPTH) throw new ParseFail(`nesting deeper than ${MAX_DEPTH} levels`, depth.offset);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) throw new ParseFail(`JSON: ${jsonErrorText(printParseErrorCode(first.error))}`, first.offset);
  if (!root) throw new ParseFail('JSON: no value', 0);
  const toValue = (node: JsonNode): unknown => {
    switch (node.type) {
      case 'object': {
        const obj: Record<string, unknown> = {};
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const key = String(k.value);
          if (Object.prototype.hasOwnProperty.call(obj, key)) throw new ParseFail(`duplicate key "${key}"`, k.offset);
          defineKey(obj, key, toValue(v));
        }
        return obj;
      }
      case 'array':
        return (node.children ?? []).map(toValue);
      case 'number': {
        const n = node.value as number;
        // 1e400 and 30-digit integers are kept as their source text rather than Infinity or a rounded number.
        if (!Number.isFinite(n) || !Number.isSafeInteger(n) && Number.isInteger(n)) return text.slice(node.offset, node.offset + node.length);
        return n;
      }
      default:
        return node.value ?? null;
    }
  };
  const value = toValue(root);
  const locate = (path: KeyPath, within?: number): number => {
    let node: JsonNode | undefined = root;
    let offset = root.offset;
    let reached = true;
    for (const step of path) {
      if (!node) {
        reached = false;
        break;
      }
      if (node.type === 'object') {
        const prop: JsonNode | undefined = node.children?.find((p) => p.children?.[0]?.value === String(step));
        if (!prop) {
          reached = false;
          break;
        }
        offset = prop.children?.[0]?.offset ?? prop.offset;
        node = prop.children?.[1];
      } else if (node.type === 'array' && typeof step === 'number') {
        const item: JsonNode | undefined = node.children?.[step];
        if (!item) {
          reached = false;
          break;
        }
        offset = item.offset;
        node = item;
      } else {
        reached = false;
        break;
      }
    }
    if (within !== undefined && reached && node?.type === 'string' && typeof node.value === 'string') {
      return offsetInScalar(text, node.offset, node.offset + node.length, node.value, within, false) ?? offset;
    }
    return offset;
  };
  return { value, locate };
}

/**
 * Where character `within` of a text value shows in the source `text[start, end)` that spells it.
 * A literal block scalar (`|`) keeps every line as written, so value line k is the k-th line after the
 * header, indented by the block's indentation. Other styles (folded, plain, quoted, JSON strings) fold
 * lines or escape characters, so the run of non-blank characters at `within` is looked up in the source
 * instead. Null when the place cannot be found; the caller then keeps the node's own position.
 */
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

function jsonErrorText(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected',
    ColonExpected: 'colon expected',
    CommaExpected: 'comma expected',
    CloseBraceExpected: 'closing brace expected',
    CloseBracketExpected: 'closing bracket expected',
    EndOfFileExpected: 'end of file expected',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unexpected end of comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unexpected end of number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character',
  };
  return words[code] ?? code;
}

/** Linear scan outside strings, so that a 10,000-deep document is refused before any recursion. */
function maxBracketDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) {
        max = depth;
        at = i;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: max, offset: at };
}
