/**
 * Positions in a YAML or JSON document parsed with `yaml`: the 1-based line and column of the value
 * at a key path, or of the key itself. Shared by the config file and rule files, whose errors name
 * file:line:column.
 */
import type { Document, LineCounter } from 'yaml';
import { yamlModule } from '../lazy/modules.js';
import type { Position } from '../types/types.js';

export type DocPath = readonly (string | number)[];

export interface LocatedDocument {
  readonly value: unknown;
  /** Position of the value at `path` (or of the key itself with `atKey`); a missing key points at its nearest parent. */
  locate(path: DocPath, atKey?: boolean): Position;
}

export class DocumentSyntaxError extends Error {
  constructor(
    readonly line: number | null,
    readonly column: number | null,
    readonly problem: string,
  ) {
    super(problem);
  }
}

/** Parse YAML (or JSON, a subset) keeping node positions. Duplicate keys and alias bombs are refused. */
export function parseLocated(text: string): LocatedDocument {
  const { LineCounter, parseDocument } = yamlModule();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new DocumentSyntaxError(pos?.line ?? null, pos?.col ?? null, first.message.split('\n')[0] ?? first.message);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    throw new DocumentSyntaxError(1, 1, e instanceof Error ? e.message : String(e));
  }
  return { value, locate: (path, atKey = false) => nodePosition(doc, lines, path, atKey) };
}

/** `exceptions[0].expires` */
export function keyName(path: DocPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

function nodePosition(doc: Document, lines: LineCounter, path: DocPath, atKey: boolean): Position {
  const { isMap, isScalar, isSeq } = yamlModule();
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    if (atKey && n === path.length && sub.length > 0) {
      const parent = sub.length === 1 ? doc.contents : doc.getIn(sub.slice(0, -1), true);
      const key = sub[sub.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return toPosition(lines, range[0]);
      }
      continue;
    }
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number] | undefined) : undefined;
    if (range && (n === 0 || isMap(node) || isSeq(node) || isScalar(node))) return toPosition(lines, range[0]);
  }
  return { line: 1, column: 1 };
}

function toPosition(lines: LineCounter, offset: number): Position {
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}
