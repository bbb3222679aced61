/**
 * `.cfn-audit.yml`: text in, validated config out. Pure — the adapter finds and reads the file.
 * Every error names the file, the 1-based line and column, and the key.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Position } from '../core/types.js';
import { CONFIG_SCHEMA, type CfnAuditConfig } from './config-schema.js';
import { validate } from './validate.js';

export const CONFIG_FILE_NAMES = ['.cfn-audit.yml', '.cfn-audit.yaml'] as const;

export type ConfigPath = readonly (string | number)[];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: number | null,
    readonly key: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line !== null ? `:${line}:${column ?? 1}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

export interface LoadedConfig {
  readonly file: string;
  readonly config: CfnAuditConfig;
  /** Position of the value at `path` (or of the key itself with `atKey`), for later errors. */
  locate(path: ConfigPath, atKey?: boolean): Position;
}

/** `exceptions[0].expires` */
export function keyName(path: ConfigPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

export function parseConfig(text: string, file: string): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw new ConfigError(file, pos?.line ?? null, pos?.col ?? null, null, `cannot parse YAML: ${first.message.split('\n')[0]}`);
  }
  const locate = (path: ConfigPath, atKey = false): Position => nodePosition(doc, lines, path, atKey);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    throw new ConfigError(file, 1, 1, null, e instanceof Error ? e.message : String(e));
  }
  const issue = validate(CONFIG_SCHEMA, value);
  if (issue) {
    const pos = locate(issue.path, issue.atKey);
    throw new ConfigError(file, pos.line, pos.column, issue.path.length ? keyName(issue.path) : null, issue.message);
  }
  return { file, config: value as CfnAuditConfig, locate };
}

function nodePosition(doc: Document, lines: LineCounter, path: ConfigPath, atKey: boolean): Position {
  // Walk down as far as the path exists; a missing key points at its nearest parent.
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    if (atKey && n === path.length && sub.length > 0) {
      const parent = doc.getIn(sub.slice(0, -1), true);
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
    if (range) return toPosition(lines, range[0]);
  }
  return { line: 1, column: 1 };
}

function toPosition(lines: LineCounter, offset: number): Position {
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}
