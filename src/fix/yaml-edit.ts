/**
 * Edits on YAML text through the `yaml` Document's node ranges: each edit replaces or inserts text at one
 * node, so comments, quoting, anchors, short-form tags and indentation everywhere else stay byte-for-byte.
 */
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { yamlModule } from '../lazy/modules.js';
import type { KeyPath } from '../types/types.js';
import { longFormOf, scalarValue } from '../load/parse.js';
import { afterKey, blockLines, itemBody, yamlFlow } from './render.js';
import type { Edit, Json, TextEdit } from './types.js';

type Where =
  | { readonly kind: 'node'; readonly node: Node; readonly pair: Pair | null; readonly parentFlow: boolean }
  | { readonly kind: 'missing'; readonly at: number; readonly container: YAMLMap | Pair }
  | { readonly kind: 'refused'; readonly reason: string };

export class YamlEditor {
  private parsed: { doc: Document.Parsed; step: number } | null = null;

  constructor(private readonly text: string) {}

  // Parsed on the first edit: most findings of a file need none (already compliant, or refused).
  private get doc(): Document.Parsed {
    this.parsed ??= this.parse();
    return this.parsed.doc;
  }

  private get step(): number {
    this.parsed ??= this.parse();
    return this.parsed.step;
  }

  private parse(): { doc: Document.Parsed; step: number } {
    const { parseDocument } = yamlModule();
    const doc = parseDocument(this.text, { uniqueKeys: false, merge: true, schema: 'core', prettyErrors: false });
    return { doc, step: this.detectStep(doc) };
  }

  /**
   * The document as a template body (long-form intrinsics), read from the same parse the edits use; null
   * when the YAML has errors (the caller then parses it the way the audit does).
   */
  body(): Record<string, unknown> | null {
    const { isAlias, isMap, isScalar, isSeq } = yamlModule();
    const doc = this.doc;
    if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
    const memo = new Map<Node, unknown>();
    const value = (node: Node | null | undefined, depth: number): unknown => {
      if (node === null || node === undefined) return null;
      if (depth > 1000) throw new RangeError('too deep');
      if (isAlias(node)) return value(node.resolve(doc), depth + 1);
      const cached = memo.get(node);
      if (cached !== undefined) return cached;
      const tag = (node as { tag?: string }).tag;
      const intrinsic = tag ? longFormOf(tag) : null;
      let v: unknown;
      if (isMap(node)) {
        const obj: Record<string, unknown> = {};
        memo.set(node, obj);
        const merged: unknown[] = [];
        for (const pair of node.items) {
          const key = pair.key as Node | null;
          if (isScalar(key) && typeof key.value === 'symbol') {
            const m: unknown = value(pair.value as Node, depth + 1);
            merged.push(...(Array.isArray(m) ? (m as unknown[]) : [m]));
            continue;
          }
          define(obj, isScalar(key) ? String(key.value ?? '') : '', value(pair.value as Node, depth + 1));
        }
        for (const m of merged)
          if (m && typeof m === 'object' && !Array.isArray(m)) for (const [k, x] of Object.entries(m)) if (!Object.prototype.hasOwnProperty.call(obj, k)) define(obj, k, x);
        v = obj;
      } else if (isSeq(node)) {
        const arr: unknown[] = [];
        memo.set(node, arr);
        for (const item of node.items) arr.push(value(item as Node, depth + 1));
        v = arr;
      } else v = isScalar(node) ? scalarValue(node, intrinsic !== null) : null;
      if (intrinsic) {
        if (intrinsic === 'Fn::GetAtt' && typeof v === 'string') {
          const i = v.indexOf('.');
          v = i < 0 ? [v] : [v.slice(0, i), v.slice(i + 1)];
        }
        v = { [intrinsic]: v };
      }
      memo.set(node, v);
      return v;
    };
    try {
      return value(doc.contents, 0) as Record<string, unknown>;
    } catch {
      return null;
    }
  }

  apply(edit: Edit): readonly TextEdit[] | { refused: string } {
    const where = this.find(edit.path);
    if (where.kind === 'refused') return { refused: where.reason };
    if (edit.op === 'delete') {
      if (where.kind === 'missing') return [];
      return this.remove(where.node, where.pair, where.parentFlow);
    }
    if (edit.op === 'append') {
      if (where.kind === 'missing') return this.insert(where, edit.path, [edit.value]);
      return this.append(where.node, edit.value);
    }
    if (where.kind === 'missing') return this.insert(where, edit.path, edit.value);
    return this.replace(where.node, where.pair, where.parentFlow, edit.value);
  }

  private col(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  private detectStep(doc: Document.Parsed): number {
    const { isMap, isScalar } = yamlModule();
    const root = doc.contents;
    if (!isMap(root)) return 2;
    for (const p of root.items) {
      const v = p.value as Node | null;
      if (isMap(v) && !v.flow && v.items[0] && isScalar(v.items[0].key) && v.items[0].key.range) {
        const c = this.col(v.items[0].key.range[0]);
        if (c > 0 && c <= 8) return c;
      }
    }
    return 2;
  }

  private find(path: KeyPath): Where {
    const { isAlias, isMap, isScalar, isSeq } = yamlModule();
    let node: Node | null = this.doc.contents;
    let pair: Pair | null = null;
    let parentFlow = false;
    for (let i = 0; i < path.length; i++) {
      const step = path[i]!;
      if (node === null) return { kind: 'missing', at: i, container: pair! };
      if (isAlias(node)) return { kind: 'refused', reason: `${shown(path, i)} is written through the YAML alias *${node.source}; edit the anchored value instead` };
      const anchor = (node as { anchor?: string }).anchor;
      if (anchor) return { kind: 'refused', reason: `${shown(path, i)} is the anchored node &${anchor}, which aliases may reuse elsewhere; edit it by hand` };
      const tag = (node as { tag?: string }).tag;
      if (tag && longFormOf(tag) === step) continue;
      if (isMap(node)) {
        const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!found) {
          if (node.items.some((p) => isScalar(p.key) && typeof p.key.value === 'symbol'))
            return { kind: 'refused', reason: `${shown(path, i)} may come through a YAML merge key (<<); edit it by hand` };
          return { kind: 'missing', at: i, container: node };
        }
        parentFlow = node.flow === true;
        pair = found;
        node = (found.value as Node | null) ?? null;
        if (node === null && i === path.length - 1) return { kind: 'missing', at: i + 1, container: found };
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as Node | undefined;
        if (!item) return { kind: 'refused', reason: `${shown(path, i + 1)} does not exist` };
        parentFlow = node.flow === true;
        pair = null;
        node = item;
      } else return { kind: 'refused', reason: `${shown(path, i)} is not a mapping or list that can be edited` };
    }
    if (node === null) return { kind: 'missing', at: path.length, container: pair! };
    if (isAlias(node)) return { kind: 'refused', reason: `${shown(path, path.length)} is the YAML alias *${node.source}; edit the anchored value instead` };
    return { kind: 'node', node, pair, parentFlow };
  }

  private replace(node: Node, pair: Pair | null, parentFlow: boolean, value: Json): readonly TextEdit[] | { refused: string } {
    const { isCollection, isScalar } = yamlModule();
    if (hasAnchor(node)) return { refused: 'the value carries a YAML anchor that other places use; edit it by hand' };
    const range = node.range;
    if (!range) return { refused: 'the value has no position in the source' };
    const start = range[0];
    const end = start + this.text.slice(start, range[1]).trimEnd().length;
    const block = isCollection(node) && !node.flow;
    const plain = value === null || typeof value !== 'object' || (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0);
    // A flow collection is replaced in flow style, like any value inside one.
    if (parentFlow || plain || (isCollection(node) && node.flow)) return [{ offset: start, length: end - start, text: yamlFlow(value) }];
    if (block) return [{ offset: start, length: end - start, text: blockLines(value, this.col(start), this.step).slice(this.col(start)) }];
    if (pair && isScalar(pair.key) && pair.key.range) {
      // `Key: scalar` becomes `Key:` followed by block lines: replace from just after the colon.
      let from = start;
      while (from > 0 && (this.text[from - 1] === ' ' || this.text[from - 1] === '\t')) from--;
      return [{ offset: from, length: end - from, text: afterKey(value, this.col(pair.key.range[0]), this.step) }];
    }
    return [{ offset: start, length: end - start, text: yamlFlow(value) }];
  }

  private remove(node: Node, pair: Pair | null, parentFlow: boolean): readonly TextEdit[] | { refused: string } {
    const key = pair?.key as Node | null | undefined;
    if (!pair || !key?.range || !node.range) return { refused: 'only a key of a mapping can be removed' };
    if (hasAnchor(node)) return { refused: 'the value carries a YAML anchor that other places use; edit it by hand' };
    const end = node.range[1];
    if (parentFlow) {
      // `K: v, ` (or `, K: v` for the last pair).
      const after = /^\s*,\s*/.exec(this.text.slice(end));
      if (after) return [{ offset: key.range[0], length: end + after[0].length - key.range[0], text: '' }];
      const before = /,\s*$/.exec(this.text.slice(0, key.range[0]));
      if (before) return [{ offset: before.index, length: end - before.index, text: '' }];
      return { refused: 'the only key of a mapping is not removed' };
    }
    const lineStart = this.text.lastIndexOf('\n', key.range[0] - 1) + 1;
    if (this.text.slice(lineStart, key.range[0]).trim() !== '') return { refused: 'the key shares its line with other content; remove it by hand' };
    const at = this.lineAfter(end);
    return [{ offset: lineStart, length: at.offset - lineStart, text: '' }];
  }

  /** The offset where a new line after the node ending at `end` goes (a newline is added when the file lacks one). */
  private lineAfter(end: number): { offset: number; prefix: string } {
    if (end > 0 && this.text[end - 1] === '\n') return { offset: end, prefix: '' };
    const nl = this.text.indexOf('\n', end);
    return nl < 0 ? { offset: this.text.length, prefix: '\n' } : { offset: nl + 1, prefix: '' };
  }

  private insert(where: { at: number; container: YAMLMap | Pair }, path: KeyPath, value: Json): readonly TextEdit[] | { refused: string } {
    const { isPair, isScalar } = yamlModule();
    const rest = path.slice(where.at);
    if (rest.length === 0 || rest.some((k) => typeof k !== 'string')) return { refused: `${shown(path, where.at)} is missing and is not a key that can be added` };
    let nested: Json = value;
    for (let i = rest.length - 1; i >= 1; i--) nested = { [rest[i] as string]: nested };
    const entry: Json = { [rest[0] as string]: nested };
    const c = where.container;
    if (isPair(c)) {
      // `Key:` with no value.
      const key = c.key as Node;
      if (!key.range) return { refused: 'the key has no position in the source' };
      const colon = this.text.indexOf(':', key.range[1]);
      return [{ offset: colon + 1, length: 0, text: afterKey(entry, this.col(key.range[0]), this.step) }];
    }
    const map = c as YAMLMap<Node, Node | null>;
    if (map.flow) {
      const last = map.items[map.items.length - 1];
      if (!last)
        return map.range ? [{ offset: map.range[0], length: this.text.slice(map.range[0], map.range[1]).trimEnd().length, text: yamlFlow(entry) }] : { refused: 'no position' };
      const end = (last.value ?? last.key)?.range?.[1];
      if (end === undefined) return { refused: 'no position' };
      return [{ offset: end, length: 0, text: `, ${yamlFlow(entry).slice(2, -2)}` }];
    }
    const first = map.items[0]?.key?.range;
    const last = map.items[map.items.length - 1];
    if (!first || !last) return { refused: 'the mapping has no position in the source' };
    const col = this.col(first[0]);
    const lines = blockLines(entry, col, this.step) + '\n';
    if (map === this.doc.contents && rest[0] === 'Parameters') {
      const resources = map.items.find((p) => isScalar(p.key) && p.key.value === 'Resources');
      if (resources?.key?.range) return [{ offset: this.commentStart(resources.key.range[0]), length: 0, text: lines }];
    }
    const end = (last.value ?? last.key).range![1];
    const at = this.lineAfter(end);
    return [{ offset: at.offset, length: 0, text: at.prefix + lines }];
  }

  /** The start of the line at `offset`, moved up over comment lines directly above it (they belong to it). */
  private commentStart(offset: number): number {
    let start = this.text.lastIndexOf('\n', offset - 1) + 1;
    for (;;) {
      if (start === 0) return 0;
      const prev = this.text.lastIndexOf('\n', start - 2) + 1;
      if (!/^\s*#/.test(this.text.slice(prev, start - 1))) return start;
      start = prev;
    }
  }

  private append(node: Node, value: Json): readonly TextEdit[] | { refused: string } {
    const { isSeq } = yamlModule();
    if (!isSeq(node)) return { refused: 'the value is not a list' };
    const seq = node as YAMLSeq<Node>;
    const last = seq.items[seq.items.length - 1];
    if (seq.flow) {
      if (!last)
        return seq.range ? [{ offset: seq.range[0], length: this.text.slice(seq.range[0], seq.range[1]).trimEnd().length, text: yamlFlow([value]) }] : { refused: 'no position' };
      return [{ offset: last.range![1], length: 0, text: `, ${yamlFlow(value)}` }];
    }
    if (!last?.range || !seq.range) return { refused: 'the list has no position in the source' };
    const dash = this.text.lastIndexOf('-', seq.items[0]!.range![0]);
    const col = this.col(dash);
    const at = this.lineAfter(last.range[1]);
    return [{ offset: at.offset, length: 0, text: `${at.prefix}${' '.repeat(col)}- ${itemBody(value, col + 2, this.step)}\n` }];
  }
}

function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function hasAnchor(node: Node): boolean {
  const { visit } = yamlModule();
  let found = false;
  visit(node, {
    Node(_k, n) {
      if ((n as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function shown(path: KeyPath, n: number): string {
  return path.slice(0, n).join('.');
}
