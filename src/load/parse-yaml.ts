/**
 * Reading YAML: the direct reader (parse-yaml-direct.ts) first, and behind it js-yaml 4 with
 * CloudFormation's schema (cfn-yaml.ts), plus a `listener` that records where things are while
 * js-yaml reads, for every text the direct reader leaves to it.
 *
 * What is kept: for each mapping its keys with their offsets, for each sequence its items' offsets
 * (in two flat logs), and where the node was defined, found through a map from the JS object the
 * mapping or sequence became to a number. Nothing per scalar, no object per node. Line and column
 * are made from an offset only when a finding or error asks (line-index.ts).
 *
 * js-yaml's reader backtracks (a key is read before it is known to be one; a tagged scalar is tried
 * as the first key of a mapping), so the listener sees extra nodes. They are harmless here: a node
 * counts as a key only when a `:` follows it, and only the nodes read directly inside a mapping or
 * sequence are its entries.
 */
import type { LoadOptions } from 'js-yaml';
import { jsYamlModule } from '../lazy/modules.js';
import { cfnSchema, intrinsicValue, LONG_FORM } from './cfn-yaml.js';
import { duplicateKeyError, MAX_DEPTH, ParseFail, tagAsWritten, TOO_DEEP, unknownTagError, type Parsed } from './parse-common.js';
import { INTRINSIC, isBlank, locator, skipBlank } from './yaml-positions.js';
import { parseYamlDirect } from './parse-yaml-direct.js';

/** The part of js-yaml's reader state the listener reads. */
interface ReaderState {
  readonly position: number;
  readonly kind: string | null;
  readonly tag: string | null;
  readonly result: unknown;
}
type MutableState = { -readonly [K in keyof ReaderState]: ReaderState[K] } & { anchorMap?: Record<string, unknown> };

/** A syntax error js-yaml reports: the caller may try the fallback reader. Other failures are final. */
export class YamlSyntaxError extends ParseFail {}

const MULTI_DOC = 'the file holds more than one YAML document; a template is one document';

/**
 * Read a YAML template: the direct reader (parse-yaml-direct.ts) for the YAML templates are written in,
 * js-yaml for the rest (anchors, merge keys, errors…). Both give the same values and positions.
 */
export function parseYaml(src: string): Parsed {
  return parseYamlDirect(src) ?? parseYamlJs(src);
}

/** js-yaml with the listener, for every text. */
export function parseYamlJs(src: string): Parsed {
  // Open nodes: where each opened and how many entries were read before it (pairs, with their own depth).
  let opens = new Int32Array(256);
  let depth = 0;
  // Entries read directly inside the open nodes: key text (null for a value or item) and offset.
  // A stack with its own top: truncating a JS array by setting its length is slow in V8.
  const entryKey: (string | null)[] = [];
  const entryAt: number[] = [];
  let top = 0;
  // The position table. For each mapping or sequence: where it was defined, and the range of its keys
  // (mapping) or items (sequence) in the log; in the map, the index of its entry in `defs`.
  const logKey: (string | null)[] = [];
  const logAt: number[] = [];
  const defs: number[] = []; // home, from, to (to = -1: items could not be matched)
  const tables = new Map<object, number>();
  let roots = 0;
  // Nodes js-yaml began to read (keys, values, items, and the nodes it tried and dropped).
  let opened = 0;
  // js-yaml's reader state (one object per load), for its anchor table once the load is done.
  let reader: MutableState | null = null;

  const define = (result: object, home: number, mapping: boolean, mark: number): void => {
    const from = logAt.length;
    for (let i = mark; i < top; i++) {
      const k = entryKey[i]!;
      if ((k !== null) === mapping) {
        logKey.push(k);
        logAt.push(entryAt[i]!);
      }
    }
    // `- ` with nothing after it is a null item js-yaml reads without a node: positions would shift.
    const to = mapping || (Array.isArray(result) && logAt.length - from === result.length) ? logAt.length : -1;
    tables.set(result, defs.length);
    defs.push(home, from, to);
  };

  const listener = (event: 'open' | 'close', state: MutableState): void => {
    if (event === 'open') {
      opened++;
      if (depth === 0) {
        if (roots++ > 0) throw new ParseFail(MULTI_DOC, skipBlank(src, state.position));
        reader = state;
      }
      if (2 * depth + 2 > opens.length) {
        const grown = new Int32Array(opens.length * 2);
        grown.set(opens);
        opens = grown;
      }
      opens[2 * depth] = state.position;
      opens[2 * depth + 1] = top;
      depth++;
      return;
    }
    depth--;
    const start = opens[2 * depth]!;
    const mark = opens[2 * depth + 1]!;
    const kind = state.kind;
    if (kind === 'scalar') {
      // Only quoted and block scalars close without a tag; one whose text starts with `!` or `&` lost it.
      if (state.tag === null) {
        const at = skipBlank(src, start);
        const c = src.charCodeAt(at);
        if (c === 33 || c === 38) restoreLostProperties(src, at, state);
      }
      // A key is a name, never a YAML 1.1 boolean or number: a logical id `Off` or `Yes` stays as written.
      if ((typeof state.result === 'boolean' || typeof state.result === 'number') && depth > 0 && isKey(src, start, state.position)) {
        (state as { result: unknown }).result = src.slice(skipBlank(src, start), state.position).trim();
      }
      // `!Sub x` became { 'Fn::Sub': x }: marked, so that an alias to it is known as closed.
      const r = state.result;
      if (typeof r === 'object' && r !== null && !tables.has(r)) tables.set(r, INTRINSIC);
    } else {
      const result = state.result;
      if (typeof result === 'object' && result !== null && !tables.has(result)) {
        if (kind === null) {
          // An alias (js-yaml sets only its result) to a node that has not closed yet: a node inside its
          // own anchor, `&a [*a]`. That would be a cycle, which no template needs.
          const at = skipBlank(src, start);
          if (src.charCodeAt(at) === 42) throw new ParseFail(`the alias ${aliasName(src, at)} refers to a node that contains it (a cycle)`, at);
        } else {
          // The first close of a collection is its definition. `!If [...]` became { 'Fn::If': [...] }:
          // the wrapper is marked, and the entries belong to the inner list.
          let inner: unknown = result;
          const long = state.tag === null ? undefined : LONG_FORM.get(state.tag);
          if (long !== undefined) {
            tables.set(result, INTRINSIC);
            inner = (result as Record<string, unknown>)[long];
          }
          if (typeof inner === 'object' && inner !== null && !tables.has(inner)) define(inner, start, kind === 'mapping', mark);
        }
      }
    }
    top = mark;
    if (depth === 0) return;
    if (isKey(src, start, state.position)) {
      if (typeof state.result === 'object' && state.result !== null)
        throw new ParseFail('a mapping key must be a plain value, not a collection or an intrinsic function', skipBlank(src, start));
      entryKey[top] = String(state.result);
    } else entryKey[top] = null;
    entryAt[top++] = start;
  };

  let value: unknown;
  try {
    // maxDepth is a js-yaml 4.3 option its type definitions do not list yet.
    value = jsYamlModule().load(src, { schema: cfnSchema(), listener: listener as unknown as LoadOptions['listener'], maxDepth: MAX_DEPTH + 2 } as LoadOptions);
  } catch (e) {
    const fail = readerError(e, src);
    if (fail instanceof ParseFail) {
      // The entries read directly inside the root: all of those recorded, or those before the open node at depth 1.
      const end = depth >= 2 ? opens[3]! : top;
      const keys: string[] = [];
      for (let k = 0; k < end; k++) if (typeof entryKey[k] === 'string') keys.push(entryKey[k]!);
      fail.rootKeys = keys;
    }
    throw fail;
  }
  // Nothing but comments and blank lines, as opposed to an empty document (`---` alone, `~`).
  if ((value === null || value === undefined) && !/^[ \t]*[^\s#]/m.test(src)) throw new ParseFail('the file has no content (only comments or blank lines)', 0);

  // An alias needs an anchor defined when it is read, and a backtracked attempt that drops an anchor
  // drops what it read after it: no anchor left at the end means no node reached twice.
  const anchors = (reader as MutableState | null)?.anchorMap;
  const shared = src.includes('&') && (anchors === undefined || Object.keys(anchors).length > 0);
  // Without shared nodes the value is a tree, and every node of it comes from one that js-yaml began: at
  // most four from one (`!GetAtt a.b`: the mapping, the list and two names), one for a key (the null of
  // `k:` when nothing follows), one for a value or item.
  return { value, locate: locator(src, value, { tables, defs, logKey, logAt }), shared, ...(shared ? {} : { nodes: 4 * opened }) };
}

/** A node is a key when `:` follows it (after spaces; for an explicit `? key`, also after line breaks). */
function isKey(src: string, start: number, end: number): boolean {
  let i = end;
  let c = src.charCodeAt(i);
  while (c === 32 || c === 9) c = src.charCodeAt(++i);
  if (c === 58) {
    // An implicit key's `:` is on its line. A block collection closes at the start of the next line,
    // whose next key may itself begin with `:` (`:x: 1`): that is not this node's colon.
    let k = end - 1;
    while (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9) k--;
    const before = src.charCodeAt(k);
    if (before !== 10 && before !== 13) return true;
  }
  let j = start - 1;
  while (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9) j--;
  if (src.charCodeAt(j) !== 63) return false;
  return src.charCodeAt(skipBlank(src, end)) === 58;
}

function aliasName(src: string, at: number): string {
  return /^\*[^\s,[\]{}]*/.exec(src.slice(at, at + 200))?.[0] ?? '*';
}

/**
 * js-yaml 4 drops the tag (and anchor) of a block scalar whose header is not on the tag's line
 * (`!Sub` then `|` on the next line, or after a comment or blank line): its look-ahead for a block
 * mapping resets them. The node then closes untagged although its text starts with a tag: the
 * listener reads the properties from the text and applies them. Returns the tag, or null.
 */
function restoreLostProperties(src: string, at: number, state: MutableState): void {
  let i = at;
  let tag: string | null = null;
  let tagAt = at;
  let anchor: string | null = null;
  for (;;) {
    const c = src.charCodeAt(i);
    if (c !== 33 && c !== 38) break;
    let j = i + 1;
    while (j < src.length && !isBlank(src.charCodeAt(j))) j++;
    if (c === 33) {
      tag = src.slice(i, j);
      tagAt = i;
    } else anchor = src.slice(i + 1, j);
    i = skipBlank(src, j);
  }
  if (tag !== null && tag !== '!' && tag !== '!!str' && tag !== '!<tag:yaml.org,2002:str>') {
    const long = LONG_FORM.get(tag) ?? null;
    if (long === null) throw new ParseFail(`unknown tag ${tag}: not a CloudFormation intrinsic function`, tagAt);
    state.result = intrinsicValue(long, state.result);
    state.tag = tag;
  }
  if (anchor !== null && state.anchorMap) state.anchorMap[anchor] = state.result;
}

function readerError(e: unknown, text: string): unknown {
  if (e instanceof ParseFail) return e;
  if (e instanceof RangeError) return new ParseFail(TOO_DEEP, null);
  if (!(e instanceof jsYamlModule().YAMLException)) return e;
  const reason = e.reason ?? e.message;
  const at = Math.min(e.mark?.position ?? 0, text.length);
  if (/maxDepth/.test(reason)) return new ParseFail(TOO_DEEP, at);
  if (/duplicated mapping key/.test(reason)) return duplicateKeyError(text, at) ?? new ParseFail('duplicate key', at);
  if (/expected a single document/.test(reason)) return new ParseFail(MULTI_DOC, at);
  const unknown = /unknown tag !<([^>]*)>/.exec(reason);
  if (unknown) {
    const tag = unknown[1]!;
    const shown = tagAsWritten(tag);
    const where = text.lastIndexOf(shown, at);
    return unknownTagError(shown, where >= 0 ? where : at);
  }
  return new YamlSyntaxError(`YAML: ${reason}`, at);
}
