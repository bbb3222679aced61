/**
 * The JSON reader, without a syntax tree: `JSON.parse` builds the value, and one scan checks what it lets
 * through (duplicate keys, depth, numbers a double cannot hold): a light one for text it read, the full
 * check (syntax too, for the first error and its place) for the rest. Offsets of keys and items are
 * found only when a finding asks, by scanning the objects on its path (each scanned once, then kept).
 */
import type { KeyPath } from '../types/types.js';
import { MAX_DEPTH, ParseFail, type Parsed } from './parse-common.js';

const enum C {
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  UpperE = 69,
  OpenBrace = 123,
  CloseBrace = 125,
  Star = 42,
}

const isWs = (c: number): boolean => c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab;
const isDigit = (c: number): boolean => c >= C.Zero && c <= C.Nine;

/**
 * `parseJson(text)`; `quick: false` skips the JSON.parse-first path (tests compare the two ways).
 */
export function parseJson(text: string, quick = true): Parsed {
  const scanned = new Map<number, number[]>();
  let checked: { unsafe: number[]; nodes: number } | null = null;
  // JSON.parse first: it reads valid JSON faster than a scan in JS can check it. A text it reads then needs
  // only what it does not do (duplicate keys, depth, numbers a double cannot hold, where entries are),
  // in a lighter scan; the full check runs for any other text, and to word what the light scan refused.
  let parsed: unknown;
  if (quick) {
    try {
      parsed = JSON.parse(text);
      checked = scanValid(text, scanned);
    } catch {
      // Not valid JSON: the check below finds the first error and where it is.
    }
  }
  try {
    if (checked === null) {
      scanned.clear();
      checked = check(text, scanned);
      parsed = undefined;
    }
  } catch (e) {
    // The keys of the root object read before the error (the check records the root's entries as it goes).
    if (e instanceof ParseFail) {
      const start = skipWs(text, 0);
      const root = text.charCodeAt(start) === C.OpenBrace ? scanned.get(start) : undefined;
      e.rootKeys = root ? root.filter((_, k) => k % 2 === 0).map((at) => readKey(text, at)) : [];
    }
    throw e;
  }
  const { unsafe, nodes } = checked;
  // 1e400 and 30-digit integers are kept as their source text rather than Infinity or a rounded number:
  // they are quoted before JSON.parse (offsets are always taken from the original text).
  let source = text;
  if (unsafe.length > 0) {
    const parts: string[] = [];
    let from = 0;
    for (let k = 0; k < unsafe.length; k += 2) {
      parts.push(text.slice(from, unsafe[k]), '"', text.slice(unsafe[k], unsafe[k + 1]), '"');
      from = unsafe[k + 1]!;
    }
    parts.push(text.slice(from));
    source = parts.join('');
  }
  const value: unknown = parsed !== undefined && unsafe.length === 0 ? parsed : JSON.parse(source);
  // The top two levels (the sections, and Resources' logical ids) come from the check: scanning them
  // again would skip over the whole file, on the first finding of every template.
  const containers = scanned;
  const entries = (at: number): number[] => {
    let e = containers.get(at);
    if (!e) containers.set(at, (e = scanEntries(text, at)));
    return e;
  };
  const locate = (path: KeyPath): number => {
    let at = skipWs(text, 0);
    let offset = at;
    for (const step of path) {
      const c = text.charCodeAt(at);
      const e = entries(at);
      if (c === C.OpenBrace) {
        // key, key offset, value offset (as numbers: the key is compared through the text)
        let found = -1;
        const want = String(step);
        for (let k = 0; k < e.length; k += 2) {
          if (readKey(text, e[k]!) === want) {
            found = k;
            break;
          }
        }
        if (found < 0) break;
        offset = e[found]!;
        at = e[found + 1]!;
      } else if (c === C.OpenBracket && typeof step === 'number' && step < e.length) {
        offset = at = e[step]!;
      } else break;
    }
    return offset;
  };
  return { value, locate, shared: false, nodes };
}

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

/** The key whose opening quote is at `at`, unescaped. */
function readKey(text: string, at: number): string {
  return keyText(text, at, stringEnd(text, at));
}

/** The key whose quotes are at `at` and `end`, unescaped. */
function keyText(text: string, at: number, end: number): string {
  const raw = text.slice(at + 1, end);
  return raw.includes('\\') ? (JSON.parse(text.slice(at, end + 1)) as string) : raw;
}

/** The offset of the closing quote of the string opening at `at` (text already checked). */
function stringEnd(text: string, at: number): number {
  let i = text.indexOf('"', at + 1);
  for (;;) {
    // A quote preceded by an odd number of backslashes is escaped.
    let k = i - 1;
    while (text.charCodeAt(k) === C.Backslash) k--;
    if ((i - 1 - k) % 2 === 0) return i;
    i = text.indexOf('"', i + 1);
  }
}

/** Characters between the ones that open or close strings and containers. */
const STRUCTURE_GAP = /[^"{}[\]]*/y;
/** JSON whitespace. */
const WS_RUN = /[ \t\n\r]*/y;

/** A run of string characters that need no look: not a quote, backslash or control character. */
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters: the run stops at them
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

/** Past the value at `i` (text already checked). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === C.Quote) return stringEnd(text, i) + 1;
  if (c === C.OpenBrace || c === C.OpenBracket) {
    let depth = 0;
    for (;;) {
      STRUCTURE_GAP.lastIndex = i;
      STRUCTURE_GAP.test(text);
      i = STRUCTURE_GAP.lastIndex;
      const d = text.charCodeAt(i);
      if (d === C.Quote) i = stringEnd(text, i);
      else if (d === C.OpenBrace || d === C.OpenBracket) depth++;
      else if (d === C.CloseBrace || d === C.CloseBracket) {
        if (--depth === 0) return i + 1;
      }
      i++;
    }
  }
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d === C.Comma || d === C.CloseBrace || d === C.CloseBracket || isWs(d)) break;
    i++;
  }
  return i;
}

/** Object at `at`: [key quote offset, value offset]…; array: [item offset]…. */
function scanEntries(text: string, at: number): number[] {
  const out: number[] = [];
  const open = text.charCodeAt(at);
  if (open !== C.OpenBrace && open !== C.OpenBracket) return out;
  let i = skipWs(text, at + 1);
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === C.CloseBrace || c === C.CloseBracket || i >= text.length) return out;
    if (open === C.OpenBrace) {
      const key = i;
      i = skipWs(text, stringEnd(text, i) + 1) + 1; // past ':'
      i = skipWs(text, i);
      out.push(key, i);
    } else out.push(i);
    i = skipWs(text, skipValue(text, i));
    if (text.charCodeAt(i) === C.Comma) i = skipWs(text, i + 1);
  }
}

/** Keys of one object compared one by one before a set is taken for them. */
const FEW_KEYS = 8;

/**
 * The keys of the open objects, innermost last, for duplicates: the first few of each in one shared
 * stack (most objects have few keys: no set made for them), then a set. Both scans use it.
 */
class OpenKeys {
  private readonly stack: string[] = [];
  private top = 0;
  private readonly from: number[] = [];
  private readonly sets: (Set<string> | null)[] = [];
  private depth = 0;

  open(): void {
    this.from[this.depth] = this.top;
    this.sets[this.depth++] = null;
  }

  close(): void {
    this.top = this.from[--this.depth]!;
  }

  /** Adds a key of the innermost object: false when the object has it already. */
  add(key: string): boolean {
    const d = this.depth - 1;
    const set = this.sets[d]!;
    if (set !== null) {
      if (set.has(key)) return false;
      set.add(key);
      return true;
    }
    const from = this.from[d]!;
    for (let k = from; k < this.top; k++) if (this.stack[k] === key) return false;
    if (this.top - from < FEW_KEYS) this.stack[this.top++] = key;
    else this.sets[d] = new Set([...this.stack.slice(from, this.top), key]);
    return true;
  }
}

/** The number `text[start, end)` is one a double cannot hold (beyond its range, or an integer it would round). Up to 15 digits always fit. */
function cannotHold(text: string, start: number, end: number, plainInteger: boolean): boolean {
  if (end - start <= 15 && plainInteger) return false;
  const v = Number(text.slice(start, end));
  return !Number.isFinite(v) || (Number.isInteger(v) && !Number.isSafeInteger(v));
}

/** Containers whose entries check() records, by depth: the root and its sections. */
const RECORDED_DEPTH = 1;

/**
 * check()'s findings for a text JSON.parse has read (so the syntax is right): the same entries, numbers
 * and node count, in one loop without nested functions. Null at a duplicate key or nesting deeper than
 * MAX_DEPTH: check() then reports it, worded and placed as always.
 */
function scanValid(text: string, entries: Map<number, number[]>): { unsafe: number[]; nodes: number } | null {
  // The text's UTF-16 units, one byte each (the low byte). Only characters outside strings are read here,
  // and JSON.parse has accepted the text, so each of those is ASCII and its byte is the character. This
  // scan runs once on a file, mostly before V8 optimizes it, and a byte read costs there a fraction of a
  // charCodeAt call; for the same reason, whitespace is any byte up to 32 (the only ones JSON allows
  // outside strings are space, tab, line feed and carriage return).
  const b = Buffer.from(text, 'latin1');
  const unsafe: number[] = [];
  let nodes = 0;
  let i = 0;
  let c = 0;
  // The open containers, innermost last: object or array, and its record (top two levels).
  let depth = 0;
  const isObject: boolean[] = [];
  const records: (number[] | null)[] = [];
  const keys = new OpenKeys();
  // The next thing to read is a member of the innermost object (its key first).
  let member = false;
  for (;;) {
    c = b[i]!;
    while (c <= C.Space) c = b[++i]!;
    const top = depth - 1;
    if (member) {
      member = false;
      const at = i;
      const end = stringEnd(text, i);
      if (!keys.add(keyText(text, i, end))) return null;
      i = end + 1;
      while (b[i]! !== C.Colon) i++;
      c = b[++i]!;
      while (c <= C.Space) c = b[++i]!;
      records[top]?.push(at, i);
    }
    // A value at `i`.
    nodes++;
    if (c === C.OpenBrace || c === C.OpenBracket) {
      if (depth >= MAX_DEPTH) return null;
      const record: number[] | null = depth <= RECORDED_DEPTH ? [] : null;
      if (record) entries.set(i, record);
      const object = c === C.OpenBrace;
      c = b[++i]!;
      while (c <= C.Space) c = b[++i]!;
      if (c === C.CloseBrace || c === C.CloseBracket) i++;
      else {
        isObject[depth] = object;
        records[depth] = record;
        depth++;
        if (object) {
          keys.open();
          member = true;
        } else record?.push(i);
        continue;
      }
    } else if (c === C.Quote) i = stringEnd(text, i) + 1;
    else if (c === 116 || c === 110) i += 4;
    else if (c === 102) i += 5;
    else {
      const start = i;
      let plainInteger = true;
      for (;;) {
        const d = b[i]!;
        if ((d >= C.Zero && d <= C.Nine) || d === C.Minus || d === C.Plus) i++;
        else if (d === C.Dot || d === C.LowerE || d === C.UpperE) {
          plainInteger = false;
          i++;
        } else break;
      }
      if (cannotHold(text, start, i, plainInteger)) unsafe.push(start, i);
    }
    // After a value: the next member or item, or the ends of the containers it closes.
    for (;;) {
      if (depth === 0) return { unsafe, nodes };
      c = b[i]!;
      while (c <= C.Space) c = b[++i]!;
      i++;
      if (c === C.Comma) {
        if (isObject[depth - 1]) member = true;
        else {
          c = b[i]!;
          while (c <= C.Space) c = b[++i]!;
          records[depth - 1]?.push(i);
        }
        break;
      }
      depth--;
      if (isObject[depth]) keys.close();
    }
  }
}

/**
 * Checks the whole text as strict JSON (no comments, no trailing commas), refuses duplicate keys and
 * nesting deeper than MAX_DEPTH, and returns [start, end] pairs of numbers a double cannot hold. Puts
 * the entries of the containers of the top two levels in `entries` as it reads them (as scanEntries
 * gives them): after a failure, those read so far.
 */
function check(text: string, entries: Map<number, number[]>): { unsafe: number[]; nodes: number } {
  const n = text.length;
  const unsafe: number[] = [];
  // Every value the scan reads (containers, items, members' values; not keys): the nodes of the tree JSON.parse builds.
  let nodes = 0;
  const keys = new OpenKeys();
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new ParseFail(`JSON: ${message}`, Math.min(at, n));
  };
  const ws = (): number => {
    if (isWs(text.charCodeAt(i))) {
      WS_RUN.lastIndex = i;
      WS_RUN.test(text);
      i = WS_RUN.lastIndex;
    }
    if (text.charCodeAt(i) === C.Slash && (text.charCodeAt(i + 1) === C.Slash || text.charCodeAt(i + 1) === C.Star)) fail('comments are not allowed in JSON');
    return i < n ? text.charCodeAt(i) : -1;
  };
  // Returns the string's value only when `wanted` (keys); values are only checked.
  const string = (wanted: boolean): string => {
    const start = i;
    i++;
    let plain = true;
    for (;;) {
      PLAIN_RUN.lastIndex = i;
      PLAIN_RUN.test(text);
      i = PLAIN_RUN.lastIndex;
      if (i >= n) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === C.Quote) break;
      if (c < 0x20) fail(c === C.Lf || c === C.Cr ? 'unterminated string' : 'invalid character');
      if (c === C.Backslash) {
        plain = false;
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid unicode escape');
          i += 6;
          continue;
        }
        if (!(e === C.Quote || e === C.Backslash || e === C.Slash || e === 98 || e === 102 || e === 110 || e === 114 || e === 116)) fail('invalid escape character', i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    if (!wanted) return '';
    return plain ? text.slice(start + 1, i - 1) : (JSON.parse(text.slice(start, i)) as string);
  };
  const number = (): void => {
    const start = i;
    if (text.charCodeAt(i) === C.Minus) i++;
    if (text.charCodeAt(i) === C.Zero) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else fail('invalid number', start);
    let plainInteger = true;
    if (text.charCodeAt(i) === C.Dot) {
      plainInteger = false;
      i++;
      if (!isDigit(text.charCodeAt(i))) fail('invalid number', start);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === C.LowerE || e === C.UpperE) {
      plainInteger = false;
      i++;
      const s = text.charCodeAt(i);
      if (s === C.Plus || s === C.Minus) i++;
      if (!isDigit(text.charCodeAt(i))) fail('invalid number', start);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (cannotHold(text, start, i, plainInteger)) unsafe.push(start, i);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('unexpected character');
  };
  const value = (depth: number): void => {
    nodes++;
    const c = ws();
    if (c === C.OpenBrace || c === C.OpenBracket) {
      if (depth >= MAX_DEPTH) throw new ParseFail(`nesting deeper than ${MAX_DEPTH} levels`, i);
      const close = c === C.OpenBrace ? C.CloseBrace : C.CloseBracket;
      const record: number[] | null = depth <= RECORDED_DEPTH ? [] : null;
      if (record) entries.set(i, record);
      i++;
      if (ws() === close) {
        i++;
        return;
      }
      const isObject = c === C.OpenBrace;
      if (isObject) keys.open();
      for (;;) {
        if (isObject) {
          if (ws() !== C.Quote) fail('property name expected');
          const at = i;
          const key = string(true);
          if (!keys.add(key)) throw new ParseFail(`duplicate key ${JSON.stringify(key)}`, at);
          if (ws() !== C.Colon) fail('colon expected');
          i++;
          if (record) {
            ws();
            record.push(at, i);
          }
        } else if (record) {
          ws();
          record.push(i);
        }
        value(depth + 1);
        const next = ws();
        if (next === C.Comma) {
          i++;
          const after = ws();
          if (after === close) fail(isObject ? 'property name expected' : 'value expected');
          continue;
        }
        if (next === close) {
          i++;
          if (isObject) keys.close();
          return;
        }
        fail(next === -1 ? (isObject ? 'closing brace expected' : 'closing bracket expected') : 'comma expected');
      }
    }
    if (c === C.Quote) string(false);
    else if (c === C.Minus || isDigit(c)) number();
    else if (c === 116) literal('true');
    else if (c === 102) literal('false');
    else if (c === 110) literal('null');
    else fail(c === -1 ? 'value expected' : 'unexpected character');
  };
  value(0);
  if (ws() !== -1) fail('end of file expected');
  return { unsafe, nodes };
}
