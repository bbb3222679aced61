/**
 * The direct YAML reader: the YAML that templates are written in, read in one pass straight into
 * values and the position table (yaml-positions.ts), without js-yaml's general machinery.
 *
 * It reads block mappings and sequences, flow collections, plain scalars (over several lines too),
 * quoted and block scalars (literal and folded, with chomping), comments, a leading `---`, and
 * CloudFormation's short-form tags. It refuses a duplicate key and an unknown local tag (`!Rain::Embed`)
 * itself, with js-yaml's message and place. On anything else (anchors, aliases, merge keys, explicit
 * keys, directives, other tags, tabs, several documents, any other error) it gives up and returns null:
 * js-yaml then reads the text (parse-yaml.ts), errors and all. So it never decides what a text means
 * where js-yaml would decide otherwise; a test holds the two to the same values, positions and errors
 * on every YAML template of the corpus and on generated and damaged ones.
 *
 * Its rules are js-yaml's where YAML leaves room (folding of quoted and block scalars, an escaped line
 * break, a trailing comma in a flow collection), and CloudFormation's for plain scalars (resolvePlain).
 */
import { intrinsicValue, LONG_FORM, resolvePlain } from './cfn-yaml.js';
import { duplicateKeyError, ParseFail, unknownTagError, type Parsed } from './parse-common.js';
import { INTRINSIC, locator } from './yaml-positions.js';

/** Thrown to give up; made once, so giving up costs no stack trace. */
const GIVE_UP = new Error('not read by the direct reader');

/** Deeper than this is left to js-yaml (which refuses past MAX_DEPTH with its own message). */
const DEPTH_LIMIT = 200;

/** A local tag js-yaml reads and then refuses as unknown: `!` and a name of URI characters. */
const LOCAL_TAG = /^![0-9A-Za-z\-#;/?:@&=+$_.~*'()]+$/;

/** js-yaml's test for characters a YAML stream may not hold (outside comments). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Characters that may not start a plain scalar (or that start something this reader leaves to js-yaml). */
const NOT_PLAIN_START = new Uint8Array(128);
for (const ch of '!&*|>\'"%@`,[]{}#:?-') NOT_PLAIN_START[ch.charCodeAt(0)] = 1;

/** Double-quoted escapes with one character (js-yaml's table). */
const ESCAPES: ReadonlyMap<number, string> = new Map(
  [
    [48, '\0'],
    [97, '\x07'],
    [98, '\b'],
    [116, '\t'],
    [9, '\t'],
    [110, '\n'],
    [118, '\v'],
    [102, '\f'],
    [114, '\r'],
    [101, '\x1b'],
    [32, ' '],
    [34, '"'],
    [47, '/'],
    [92, '\\'],
    [78, '\x85'],
    [95, '\xa0'],
    [76, '\u2028'],
    [80, '\u2029'],
  ].map(([c, s]) => [c as number, s as string]),
);

/*
 * Runs of characters with nothing to decide, each found by one sticky regular expression: V8 runs one
 * as machine code from its second use, where a loop over characters runs in its interpreter until the
 * function is optimized (in a run over a thousand templates, the first hundred or so are read before
 * that). The YAML of the real corpus, read once, took 0.88x the time with them. Short runs, such as
 * indentation, stay loops: they were slower as regular expressions.
 */
/** A plain scalar on one line: up to a line break, a `:` followed by a blank or the end, or a `#` after a space. */
const PLAIN_LINE = /(?:[^\r\n:#]|:(?![ \r\n]|$)|(?<! )#)*/y;
/** The rest of a line. */
const LINE_REST = /[^\r\n]*/y;
/** Quoted text up to its quote, a line break, or (double-quoted) an escape. */
const SINGLE_QUOTED_TEXT = /[^'\r\n]*/y;
const DOUBLE_QUOTED_TEXT = /[^"\\\r\n]*/y;

const isEol = (c: number): boolean => c === 10 || c === 13;
/** A space, a line break or the end of the text (NaN). */
const isWsOrEnd = (c: number): boolean => c === 32 || c === 10 || c === 13 || c !== c;
const isFlowIndicator = (c: number): boolean => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;

/** The text read, or null when it is not for this reader (js-yaml reads it then). `src` has no BOM. */
export function parseYamlDirect(src: string): Parsed | null {
  if (src.includes('\t') || NON_PRINTABLE.test(src)) return null;
  const reader = new DirectReader(src);
  try {
    return reader.document();
  } catch (e) {
    if (e === GIVE_UP) return null;
    throw e;
  }
}

class DirectReader {
  private pos = 0;
  private lineStart = 0;
  private readonly len: number;
  private depth = 0;
  /** Nodes made (keys, values, items); a tag's value counts four. */
  private count = 0;
  private started = false;
  // Entries of the open collections (key text or null for an item, offset): a stack with its own top.
  private readonly entryKey: (string | null)[] = [];
  private readonly entryAt: number[] = [];
  private top = 0;
  private readonly tables = new Map<object, number>();
  private readonly defs: number[] = [];
  private readonly logKey: (string | null)[] = [];
  private readonly logAt: number[] = [];
  /** The keys of the root mapping read so far (the current one too), for a failure: js-yaml's reader tells them too. */
  private rootKeys: string[] | null = null;

  constructor(private readonly src: string) {
    this.len = src.length;
  }

  document(): Parsed {
    const src = this.src;
    let col = this.nextContent();
    if (col < 0 || src.charCodeAt(this.pos) === 37) throw GIVE_UP; // empty, or a %directive
    // js-yaml takes three dashes at the start for a marker whatever follows them (`---A: 1` is an error there).
    if (col === 0 && src.startsWith('---', this.pos) && !this.isDocumentMarker(this.pos)) throw GIVE_UP;
    if (col === 0 && this.isDocumentMarker(this.pos)) {
      this.pos += 3;
      this.restOfLine();
      col = this.nextContent();
    }
    this.started = true;
    if (col < 0) throw GIVE_UP;
    // A template is a mapping: anything else at the root is js-yaml's to read (and the caller's to refuse).
    const value = this.blockNodeAt(-1, col);
    if (value === null || typeof value !== 'object' || Array.isArray(value) || this.tables.get(value) === INTRINSIC) throw GIVE_UP;
    if (this.nextContent() >= 0) throw GIVE_UP;
    const table = { tables: this.tables, defs: this.defs, logKey: this.logKey, logAt: this.logAt };
    return { value, locate: locator(src, value, table), shared: false, nodes: 4 * this.count };
  }

  // -------------------------------------------------------------------------------------------
  // Lines and blanks

  /** Past spaces on this line; the character there. A tab gives up (parseYamlDirect refuses tabs anyway). */
  private spaces(): number {
    const src = this.src;
    let p = this.pos;
    let c = src.charCodeAt(p);
    while (c === 32) c = src.charCodeAt(++p);
    this.pos = p;
    return c;
  }

  /** After a node: only spaces and a comment may follow on its line. */
  private restOfLine(): void {
    const c = this.spaces();
    if (c === 35 && this.src.charCodeAt(this.pos - 1) === 32) this.skipComment();
    else if (!isEol(c) && c === c) throw GIVE_UP;
  }

  private skipComment(): void {
    this.pos = endOfLine(this.src, this.pos);
  }

  /** Past one line break at `p` (LF or CRLF; a lone CR gives up): the start of the next line. */
  private lineBreak(p: number): number {
    if (this.src.charCodeAt(p) === 13) {
      if (this.src.charCodeAt(p + 1) !== 10) throw GIVE_UP;
      return p + 2;
    }
    return p + 1;
  }

  /** Past blank lines and comments to the next content: its column, or -1 at the end of the text. */
  private nextContent(): number {
    const src = this.src;
    let p = this.pos;
    let ls = this.lineStart;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32) p++;
      else if (c === 10 || c === 13) ls = p = this.lineBreak(p);
      else if (c === 35) p = endOfLine(src, p);
      else {
        this.pos = p;
        this.lineStart = ls;
        if (c !== c) return -1;
        if (p === ls && this.started && this.isDocumentMarker(p)) throw GIVE_UP;
        return p - ls;
      }
    }
  }

  /** `---` or `...` at `p` (a line start) followed by a blank or the end. */
  private isDocumentMarker(p: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    return (c === 45 || c === 46) && src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === c && isWsOrEnd(src.charCodeAt(p + 3));
  }

  private isDash(p: number): boolean {
    return this.src.charCodeAt(p) === 45 && isWsOrEnd(this.src.charCodeAt(p + 1));
  }

  // -------------------------------------------------------------------------------------------
  // The position table

  private enter(): void {
    if (++this.depth > DEPTH_LIMIT) throw GIVE_UP;
  }

  private entry(key: string | null, at: number): void {
    this.entryKey[this.top] = key;
    this.entryAt[this.top++] = at;
  }

  /** A collection is complete: its entries (all above `mark`) go to the log. */
  private define(result: object, home: number, mark: number): void {
    const from = this.logAt.length;
    for (let i = mark; i < this.top; i++) {
      this.logKey.push(this.entryKey[i]!);
      this.logAt.push(this.entryAt[i]!);
    }
    this.tables.set(result, this.defs.length);
    this.defs.push(home, from, this.logAt.length);
    this.top = mark;
    this.depth--;
  }

  // -------------------------------------------------------------------------------------------
  // Block nodes

  /**
   * The node whose content starts at `pos`, in column `col` (more than `owner`, the indentation of the
   * collection it belongs to), where a block collection may start: a line's first content, or after `- `.
   */
  private blockNodeAt(owner: number, col: number, tag = false): unknown {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === 45 && isWsOrEnd(src.charCodeAt(this.pos + 1))) return this.blockSequence(col);
    if (c === 33) return this.tagged(owner, false);
    if (c === 91 || c === 123) return this.flowInBlock(owner);
    if (c === 124 || c === 62) return this.blockScalar(owner);
    if (c === 34 || c === 39) {
      const start = this.pos;
      const line = this.lineStart;
      const s = this.quoted();
      if (this.spaces() === 58) {
        // A quoted key; one on several lines is js-yaml's.
        if (this.lineStart !== line) throw GIVE_UP;
        this.pos = start;
        return this.blockMapping(col);
      }
      this.restOfLine();
      return s;
    }
    const start = this.pos;
    const end = this.plainLine();
    if (src.charCodeAt(this.pos) === 58) {
      this.pos = start;
      return this.blockMapping(col);
    }
    this.count++;
    const text = this.plainRest(owner, start, end);
    const v = resolvePlain(text);
    // A tag, then a plain scalar on the next line: js-yaml loses the tag while it reads the scalar, and
    // reads `!Ref` then `0123` as { Ref: 83 }. Text that reads as text is the same either way; the rest is js-yaml's.
    if (tag && typeof v !== 'string') throw GIVE_UP;
    return v;
  }

  /** A flow collection where a block node stands: nothing but a comment may follow it on its last line. */
  private flowInBlock(owner: number): unknown {
    this.flowOwner = owner;
    const v = this.flowCollection();
    this.restOfLine();
    return v;
  }

  /** A node on the line of its key (after `key: ` or a tag): no block collection starts here. */
  private lineNode(owner: number, tag: boolean, mapValue: boolean): unknown {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === 33) {
      if (tag) throw GIVE_UP; // two tags on one node
      return this.tagged(owner, mapValue);
    }
    if (c === 91 || c === 123) return this.flowInBlock(owner);
    if (c === 124 || c === 62) return this.blockScalar(owner);
    let v: unknown;
    if (c === 34 || c === 39) v = this.quoted();
    else {
      const start = this.pos;
      const end = this.plainLine();
      if (src.charCodeAt(this.pos) === 58) throw GIVE_UP; // `a: b: c`
      this.count++;
      const text = this.plainRest(owner, start, end);
      v = tag ? text : resolvePlain(text);
    }
    this.restOfLine();
    return v;
  }

  /**
   * A plain scalar's text on this line, from `pos`: ends at `: `, at ` #` or at the line's end. Leaves
   * `pos` at the `:` of a key, or at the end of the line or comment; returns the end of the text.
   */
  private plainLine(continued = false): number {
    const src = this.src;
    let p = this.pos;
    const c0 = continued ? 0 : src.charCodeAt(p);
    // `-1`, `?x` and `:x` are plain text; the other indicators start something else.
    if (c0 < 128 && NOT_PLAIN_START[c0] === 1 && (!(c0 === 45 || c0 === 58 || c0 === 63) || isWsOrEnd(src.charCodeAt(p + 1)))) throw GIVE_UP;
    PLAIN_LINE.lastIndex = p;
    PLAIN_LINE.test(src);
    p = PLAIN_LINE.lastIndex;
    let end = p;
    while (end > this.pos && src.charCodeAt(end - 1) === 32) end--;
    this.pos = p;
    return end;
  }

  /**
   * A plain scalar whose first line is `src[start, end)` (`pos` at its end): its text with the lines that
   * continue it (more indented than `owner`), folded as js-yaml folds them: a line break is a space,
   * n breaks are n-1 line feeds. A comment ends it.
   */
  private plainRest(owner: number, start: number, end: number): string {
    const src = this.src;
    if (src.charCodeAt(this.pos) === 35) return src.slice(start, end);
    let text: string | null = null;
    for (;;) {
      const q = this.peekBreaks(this.pos);
      const ls = this.peekLineStart;
      const breaks = this.breaks;
      const c = src.charCodeAt(q);
      if (c !== c || c === 35 || q - ls <= owner) break;
      this.pos = q;
      this.lineStart = ls;
      const to = this.plainLine(true);
      if (src.charCodeAt(this.pos) === 58) throw GIVE_UP; // a key below a value
      text = (text ?? src.slice(start, end)) + foldedBreaks(breaks) + src.slice(q, to);
      if (src.charCodeAt(this.pos) === 35) break;
    }
    return text ?? src.slice(start, end);
  }

  private blockMapping(indent: number): Record<string, unknown> {
    this.enter();
    const obj: Record<string, unknown> = {};
    const mark = this.top;
    const home = this.pos;
    this.count++;
    const root = this.depth === 1 ? (this.rootKeys = [] as string[]) : null;
    for (;;) {
      const keyAt = this.pos;
      const key = this.key();
      if (key === '__proto__' || key === '<<') throw GIVE_UP;
      // A key read twice is refused once its value is read (js-yaml's order: an error in the value comes first).
      const again = Object.prototype.hasOwnProperty.call(obj, key);
      root?.push(key);
      this.entry(key, keyAt);
      this.count++;
      // Past the `:`: the value on this line, or below.
      const c = this.spaces();
      let value: unknown;
      if (c === 35 || c !== c || isEol(c)) {
        if (c === 35) this.skipComment();
        value = this.valueBelow(indent);
      } else value = this.lineNode(indent, false, true);
      if (again) throw this.fail(duplicateKeyError(this.src, keyAt));
      obj[key] = value;
      const col = this.nextContent();
      if (col < indent) break;
      if (col > indent || this.isDash(this.pos)) throw GIVE_UP;
    }
    this.define(obj, home, mark);
    return obj;
  }

  /** A block mapping's key at `pos`, plain or quoted on one line; leaves `pos` past its `:`. */
  private key(): string {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    let key: string;
    if (c === 34 || c === 39) {
      const line = this.lineStart;
      key = this.quoted();
      if (this.lineStart !== line || this.spaces() !== 58) throw GIVE_UP;
    } else {
      const start = this.pos;
      const end = this.plainLine();
      if (src.charCodeAt(this.pos) !== 58) throw GIVE_UP;
      key = plainKey(src, start, end);
    }
    this.pos++;
    if (!isWsOrEnd(src.charCodeAt(this.pos))) throw GIVE_UP;
    return key;
  }

  /** A mapping value that starts on a later line: deeper than the mapping, or a sequence at its indentation; else empty. */
  private valueBelow(indent: number): unknown {
    const col = this.nextContent();
    if (col > indent) return this.blockNodeAt(indent, col);
    if (col === indent && this.isDash(this.pos)) return this.blockSequence(col);
    this.count++;
    return null;
  }

  private blockSequence(indent: number): unknown[] {
    this.enter();
    const arr: unknown[] = [];
    const mark = this.top;
    const home = this.pos;
    this.count++;
    for (;;) {
      this.pos++; // the `-`
      const c = this.spaces();
      let col: number;
      if (c === 35 || c !== c || isEol(c)) {
        if (c === 35) this.skipComment();
        col = this.nextContent();
        // An empty item is js-yaml's (it reads it without a node, so its positions differ).
        if (col <= indent) throw GIVE_UP;
      } else col = this.pos - this.lineStart;
      this.entry(null, this.pos);
      arr.push(this.blockNodeAt(indent, col));
      const next = this.nextContent();
      if (next < indent) break;
      if (next > indent) throw GIVE_UP;
      if (!this.isDash(this.pos)) break;
    }
    this.define(arr, home, mark);
    return arr;
  }

  /**
   * A short-form tag and its node: `{ 'Fn::Sub': node }`. A mapping value's tag may be followed by a
   * sequence at the mapping's indentation (`Key: !Join` then `- ''` below `Key`).
   */
  private tagged(owner: number, mapValue: boolean): Record<string, unknown> {
    const src = this.src;
    const tagAt = this.pos;
    const long = this.tag();
    const c = this.spaces();
    if (long === null) {
      // An unknown tag with its node on its line: refused once the node is read, as js-yaml refuses it.
      if (c === 35 || c !== c || isEol(c)) throw GIVE_UP;
      this.lineNode(owner, true, mapValue);
      throw this.unknownTag(tagAt);
    }
    let content: unknown;
    if (c === 35 || c !== c || isEol(c)) {
      if (c === 35) this.skipComment();
      // The node is below (`!If` then a sequence; `!Sub` then `|` on the next line).
      const col = this.nextContent();
      // Another tag there: js-yaml's.
      if (src.charCodeAt(this.pos) === 33) throw GIVE_UP;
      if (col > owner) content = this.blockNodeAt(owner, col, true);
      else if (mapValue && col === owner && this.isDash(this.pos)) content = this.blockSequence(col);
      else content = null; // nothing: `!GetAZs` alone is `{ 'Fn::GetAZs': '' }`
    } else content = this.lineNode(owner, true, false);
    return this.intrinsic(long, content);
  }

  /**
   * The short-form tag at `pos` (a `!`): its long form (`Fn::Sub`), or null for another local tag
   * (`!Rain::Embed`) that js-yaml would refuse as unknown; any other tag gives up.
   */
  private tag(): string | null {
    const src = this.src;
    const p = tagEnd(src, this.pos);
    const text = src.slice(this.pos, p);
    const long = LONG_FORM.get(text);
    if (long === undefined && !LOCAL_TAG.test(text)) throw GIVE_UP;
    this.pos = p;
    return long ?? null;
  }

  /** The error for the unknown tag at `at`, its node read: where js-yaml's message places it (the tag's last mention before the error). */
  private unknownTag(at: number): ParseFail {
    const src = this.src;
    const shown = src.slice(at, tagEnd(src, at));
    // Another mention of the tag before the end of the node's line would make that place ambiguous.
    const lineEnd = src.indexOf('\n', this.pos);
    const again = src.indexOf(shown, at + 1);
    if (again !== -1 && (lineEnd === -1 || again < lineEnd)) throw GIVE_UP;
    return this.fail(unknownTagError(shown, at));
  }

  /** A failure as js-yaml's reader reports it, with the root mapping's keys read so far; without a block mapping at the root, js-yaml's. */
  private fail(error: ParseFail | null): ParseFail {
    if (error === null || this.rootKeys === null) throw GIVE_UP;
    error.rootKeys = this.rootKeys;
    return error;
  }

  /** `{ 'Fn::Sub': content }`, marked in the table as having no position of its own. */
  private intrinsic(long: string, content: unknown): Record<string, unknown> {
    this.count += 3;
    const v = intrinsicValue(long, content);
    this.tables.set(v, INTRINSIC);
    return v;
  }

  /** `|` or `>` (js-yaml's rules for indentation, folding and chomping); `owner` is the parent collection's indentation. */
  private blockScalar(owner: number): string {
    const src = this.src;
    let p = this.pos;
    const folding = src.charCodeAt(p) === 62;
    let chomping = 0; // 0 clip, 1 keep, -1 strip
    let c = src.charCodeAt(++p);
    if (c === 43 || c === 45) {
      chomping = c === 43 ? 1 : -1;
      c = src.charCodeAt(++p);
    }
    // An indentation indicator, a second chomping indicator: js-yaml's.
    if (c >= 48 && c <= 57) throw GIVE_UP;
    this.pos = p;
    this.restOfLine();
    p = this.pos;
    this.count++;
    let textIndent = owner + 1;
    let detected = false;
    let didRead = false;
    let empty = 0;
    let moreIndented = false;
    let out = '';
    for (;;) {
      // The end of the text (after a line break or not) ends the scalar like a line less indented.
      if (p >= this.len) {
        out += blockEnd(chomping, didRead, empty);
        break;
      }
      p = this.lineBreak(p);
      this.lineStart = p;
      let indent = 0;
      c = src.charCodeAt(p);
      while ((!detected || indent < textIndent) && c === 32) {
        indent++;
        c = src.charCodeAt(++p);
      }
      if (!detected && indent > textIndent) textIndent = indent;
      if (c === 10 || c === 13) {
        empty++;
        continue;
      }
      // Spaces and then the end of the text: js-yaml adds a line break there first; left to it.
      if (c !== c && p !== this.lineStart) throw GIVE_UP;
      if (indent < textIndent || c !== c) {
        out += blockEnd(chomping, didRead, empty);
        break;
      }
      if (folding) {
        if (c === 32) {
          moreIndented = true;
          out += '\n'.repeat(didRead ? 1 + empty : empty);
        } else if (moreIndented) {
          moreIndented = false;
          out += '\n'.repeat(empty + 1);
        } else if (empty === 0) {
          if (didRead) out += ' ';
        } else out += '\n'.repeat(empty);
      } else out += '\n'.repeat(didRead ? 1 + empty : empty);
      didRead = true;
      detected = true;
      empty = 0;
      const from = p;
      p = endOfLine(src, p);
      out += src.slice(from, p);
    }
    this.pos = p;
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Quoted scalars

  /** A single- or double-quoted scalar at `pos`, on one line or folded over several. */
  private quoted(): string {
    this.count++;
    const src = this.src;
    const quote = src.charCodeAt(this.pos);
    let p = this.pos + 1;
    let start = p;
    let out = '';
    const text = quote === 39 ? SINGLE_QUOTED_TEXT : DOUBLE_QUOTED_TEXT;
    for (;;) {
      text.lastIndex = p;
      text.test(src);
      p = text.lastIndex;
      const c = src.charCodeAt(p);
      if (c === quote) {
        // `''` inside single quotes is one quote.
        if (quote === 39 && src.charCodeAt(p + 1) === 39) {
          out += src.slice(start, p + 1);
          p += 2;
          start = p;
          continue;
        }
        out += src.slice(start, p);
        this.pos = p + 1;
        return out;
      }
      if (c === 92 && quote === 34) {
        out += src.slice(start, p);
        p = this.escape(p);
        out += this.escaped;
        start = p;
        continue;
      }
      if (c === 10 || c === 13) {
        out += src.slice(start, trimEnd(src, start, p));
        p = this.fold(p);
        out += foldedBreaks(this.breaks);
        start = p;
        continue;
      }
      // The scan above stops only at the quote, an escape, a line break or the end of the text: here, the end.
      throw GIVE_UP;
    }
  }

  /** What the last `escape` read. */
  private escaped = '';

  /** The escape at `p` (a backslash) inside double quotes: its text in `escaped`; returns where the text goes on. */
  private escape(p: number): number {
    const src = this.src;
    const e = src.charCodeAt(p + 1);
    this.escaped = '';
    // An escaped line break: the text goes on after the next line's indentation, with no space.
    if (e === 10 || e === 13) return this.fold(p + 1);
    const simple = ESCAPES.get(e);
    if (simple !== undefined) {
      this.escaped = simple;
      return p + 2;
    }
    const digits = e === 120 ? 2 : e === 117 ? 4 : e === 85 ? 8 : 0;
    const hex = src.slice(p + 2, p + 2 + digits);
    if (digits === 0 || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw GIVE_UP;
    this.escaped = String.fromCodePoint(code);
    return p + 2 + digits;
  }

  /** Line breaks passed by the last `peekBreaks`, and the start of the line it stopped in. */
  private breaks = 0;
  private peekLineStart = 0;

  /** Past spaces and line breaks from `at`, without moving: where the next line's content starts. */
  private peekBreaks(at: number): number {
    const src = this.src;
    let p = at;
    let ls = this.lineStart;
    let breaks = 0;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32) p++;
      else if (c === 10 || c === 13) {
        ls = p = this.lineBreak(p);
        breaks++;
      } else break;
    }
    this.breaks = breaks;
    this.peekLineStart = ls;
    return p;
  }

  /** Inside a quoted scalar at a line break: past it, blank lines and the next line's indentation; counts the breaks. */
  private fold(at: number): number {
    const p = this.peekBreaks(at);
    this.lineStart = this.peekLineStart;
    if (p === this.lineStart && this.isDocumentMarker(p)) throw GIVE_UP;
    return p;
  }

  // -------------------------------------------------------------------------------------------
  // Flow collections

  /** Past spaces, line breaks and comments inside a flow collection; the character there. */
  private flowSpace(): number {
    const src = this.src;
    let p = this.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32) p++;
      else if (c === 10 || c === 13) {
        p = this.lineBreak(p);
        this.lineStart = p;
        if (this.isDocumentMarker(p)) throw GIVE_UP;
      } else if (c === 35 && (p === this.lineStart || src.charCodeAt(p - 1) === 32)) p = endOfLine(src, p);
      else {
        this.pos = p;
        return c;
      }
    }
  }

  /** The indentation of the block collection that holds the flow collection being read: its plain scalars go on only on lines indented more. */
  private flowOwner = -1;

  private flowCollection(): unknown[] | Record<string, unknown> {
    const src = this.src;
    this.enter();
    const isMap = src.charCodeAt(this.pos) === 123;
    const close = isMap ? 125 : 93;
    const result: unknown[] | Record<string, unknown> = isMap ? {} : [];
    const mark = this.top;
    const home = this.pos;
    this.count++;
    this.pos++;
    let c = this.flowSpace();
    for (;;) {
      if (c === close) break;
      if (c === 44 || c !== c) throw GIVE_UP;
      const at = this.pos;
      if (isMap) {
        const key = this.flowKey();
        const again = Object.prototype.hasOwnProperty.call(result, key);
        this.entry(key, at);
        this.flowSpace();
        const value = this.flowNode(false);
        if (again) throw this.fail(duplicateKeyError(this.src, at));
        (result as Record<string, unknown>)[key] = value;
      } else {
        const line = this.lineStart;
        const item = this.flowNode(false);
        if (this.spaces() === 58) {
          // A single-pair mapping, `[ Ref: Name, x ]`: a mapping with no position of its own, the item
          // found at its value (as js-yaml's listener sees it).
          if (this.lineStart !== line) throw GIVE_UP;
          this.pos = at;
          const key = this.flowKey();
          const d = this.flowSpace();
          if (d === 44 || d === 93 || d !== d) throw GIVE_UP;
          this.entry(null, this.pos);
          const pair: Record<string, unknown> = {};
          pair[key] = this.flowNode(false);
          (result as unknown[]).push(pair);
        } else {
          this.entry(null, at);
          (result as unknown[]).push(item);
        }
      }
      c = this.flowSpace();
      if (c === 44) {
        this.pos++;
        c = this.flowSpace();
      } else if (c !== close) throw GIVE_UP;
    }
    this.pos++;
    this.define(result, home, mark);
    return result;
  }

  /** A flow mapping's key, plain or quoted, and its `:` on the same line; leaves `pos` past the `:`. */
  private flowKey(): string {
    const src = this.src;
    const at = this.pos;
    const line = this.lineStart;
    const c = src.charCodeAt(at);
    let key: string;
    if (c === 34 || c === 39) key = this.quoted();
    else {
      key = this.flowPlain();
      // A key is a name, never a YAML 1.1 boolean or number.
      if (key === '' || resolvePlain(key) === null) throw GIVE_UP;
    }
    if (this.spaces() !== 58 || this.lineStart !== line || key === '__proto__' || key === '<<') throw GIVE_UP;
    this.pos++;
    this.count++;
    return key;
  }

  /** A node inside a flow collection, at `pos`. */
  private flowNode(tag: boolean): unknown {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === 91 || c === 123) return this.flowCollection();
    if (c === 34 || c === 39) return this.quoted();
    if (c === 33) {
      if (tag) throw GIVE_UP;
      const tagAt = this.pos;
      const long = this.tag();
      const d = this.flowSpace();
      if (long === null) {
        if (d === 44 || d === 93 || d === 125 || this.lineStart > tagAt) throw GIVE_UP;
        this.flowNode(true);
        throw this.unknownTag(tagAt);
      }
      // Nothing after the tag: `[!GetAZs , x]` holds `{ 'Fn::GetAZs': '' }`.
      return this.intrinsic(long, d === 44 || d === 93 || d === 125 ? null : this.flowNode(true));
    }
    const text = this.flowPlain();
    if (text === '') throw GIVE_UP;
    this.count++;
    return tag ? text : resolvePlain(text);
  }

  /**
   * A plain scalar inside a flow collection, at `pos`: ends at a flow indicator, at `: `, at ` #`, or at
   * a line's end unless the next line goes on with it (indented more than the block collection that
   * holds the flow collection; js-yaml's folding).
   */
  private flowPlain(): string {
    const src = this.src;
    let p = this.pos;
    const c0 = src.charCodeAt(p);
    if (c0 < 128 && NOT_PLAIN_START[c0] === 1) {
      const next = src.charCodeAt(p + 1);
      if (!(c0 === 45 || c0 === 58 || c0 === 63) || isWsOrEnd(next) || isFlowIndicator(next)) throw GIVE_UP;
    }
    let start = p;
    let end = p;
    let text: string | null = null;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c !== c || isFlowIndicator(c)) break;
      if (c === 10 || c === 13) {
        const q = this.peekBreaks(p);
        const ls = this.peekLineStart;
        const breaks = this.breaks;
        const d = src.charCodeAt(q);
        if (d !== d || isFlowIndicator(d) || d === 35 || q - ls <= this.flowOwner || (d === 58 && (isWsOrEnd(src.charCodeAt(q + 1)) || isFlowIndicator(src.charCodeAt(q + 1)))))
          break;
        if (q === ls && this.isDocumentMarker(q)) throw GIVE_UP;
        text = (text ?? '') + src.slice(start, end) + foldedBreaks(breaks);
        this.lineStart = ls;
        p = start = end = q;
        continue;
      }
      if (c === 58) {
        const next = src.charCodeAt(p + 1);
        if (isWsOrEnd(next) || isFlowIndicator(next)) break;
      }
      if (c === 35 && src.charCodeAt(p - 1) === 32) break;
      p++;
      if (c !== 32) end = p;
    }
    this.pos = p;
    return text === null ? src.slice(start, end) : text + src.slice(start, end);
  }
}

/**
 * Plain keys seen lately, each as the one string object that first stood for it, in a table indexed by
 * a hash of the key's length and a few of its characters. A key read from the text as a new string
 * would have to be found among V8's internal strings (a runtime call) before it can be a property
 * name; the string seen before is one already. Templates repeat their keys (Type, Properties, Ref…),
 * so most keys are found here by comparing their text in place, without making a string at all.
 */
const KEY_TABLE: (string | undefined)[] = new Array<string | undefined>(4096).fill(undefined);

/** The key `src[start, end)`, plain: a name, never a YAML 1.1 boolean or number (a logical id `Off` stays as written). */
function plainKey(src: string, start: number, end: number): string {
  const len = end - start;
  const h = (len * 31 + src.charCodeAt(start) * 7 + src.charCodeAt(end - 1) * 3 + src.charCodeAt(start + (len >> 1))) & 4095;
  const seen = KEY_TABLE[h];
  if (seen !== undefined && seen.length === len && src.startsWith(seen, start)) return seen;
  const text = src.slice(start, end);
  if (resolvePlain(text) === null) throw GIVE_UP;
  KEY_TABLE[h] = text;
  return text;
}

/** Where the line that holds `p` ends: at its line break, or at the end of the text. */
function endOfLine(src: string, p: number): number {
  LINE_REST.lastIndex = p;
  LINE_REST.test(src);
  return LINE_REST.lastIndex;
}

/** The end of the tag at `at` (a `!`): a tag runs to the next blank. */
function tagEnd(src: string, at: number): number {
  let p = at + 1;
  while (!isWsOrEnd(src.charCodeAt(p))) p++;
  return p;
}

/** What a block scalar's end adds: its last line break (clip), none (strip), or every one (keep). */
function blockEnd(chomping: number, didRead: boolean, empty: number): string {
  if (chomping === 1) return '\n'.repeat(didRead ? 1 + empty : empty);
  return chomping === 0 && didRead ? '\n' : '';
}

/** The end of `src[from, to)` without its trailing spaces. */
function trimEnd(src: string, from: number, to: number): number {
  let e = to;
  while (e > from && src.charCodeAt(e - 1) === 32) e--;
  return e;
}

/** What line breaks inside a quoted scalar become: one is a space, n are n-1 line feeds. */
function foldedBreaks(n: number): string {
  return n === 1 ? ' ' : '\n'.repeat(n - 1);
}
