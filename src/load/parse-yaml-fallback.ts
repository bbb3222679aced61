/**
 * The fallback YAML reader: the `yaml` package (2.x), for text js-yaml cannot read (YAML that the
 * 1.2 spec allows and js-yaml's stricter reader refuses). Slower (several times js-yaml) and loaded
 * only when needed. Scalars are read by the same resolver as the normal path (cfn-yaml.ts), so both
 * readers give the same body; test/parse-engines.test.ts checks that on the whole corpus.
 */
import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yamlModule } from '../lazy/modules.js';
import type { KeyPath } from '../types/types.js';
import { longFormOf, intrinsicValue, resolvePlain } from './cfn-yaml.js';
import { duplicateKeyError, MAX_DEPTH, ParseFail, tagAsWritten, TOO_DEEP, unknownTagError, type Parsed } from './parse-common.js';

/** The only standard tags accepted; anything else (e.g. `!!python/object`) is refused, never constructed. */
const CORE_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export function parseYamlFallback(text: string): Parsed {
  const { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq } = yamlModule();
  const docs = parseAllDocuments(text, { uniqueKeys: true, merge: true, prettyErrors: false, schema: 'core', keepSourceTokens: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) throw new ParseFail('the file has no content (only comments or blank lines)', 0);
  const doc = list[0] as Document.Parsed;
  for (const err of doc.errors) {
    if (/call stack/i.test(err.message)) throw new ParseFail(TOO_DEEP, err.pos[0]);
    const strictError = new ParseFail(`YAML: ${firstLine(err.message)}`, err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') throw duplicateKeyError(text, err.pos[0]) ?? strictError;
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
      throw unknownTagError(tagAsWritten(tag), node.range?.[0] ?? null);
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
    if (intrinsic) value = intrinsicValue(intrinsic, value);
    memo.set(node, value);
    return value;
  };
  const mapValue = (node: YAMLMap, depth: number): Record<string, unknown> => {
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
  const value = toValue(doc.contents, 0);

  // A value reached through an alias or a merge key is written elsewhere (often in another resource);
  // the finding then points at the alias or `<<` line, which is where this resource gets it.
  const locate = (path: KeyPath): number => {
    let node: Node | null | undefined = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    let elsewhere = false;
    for (const step of path) {
      if (!node) break;
      if (isAlias(node)) {
        node = node.resolve(doc) ?? null;
        elsewhere = true;
      }
      if (!node) break;
      const tag = (node as { tag?: string }).tag;
      if (tag && longFormOf(tag) === step) continue; // `!Sub x` stands for { Fn::Sub: x } at the same place
      if (isMap(node)) {
        const found = findPair(node, String(step));
        if (!found) break;
        if (!elsewhere) offset = (found.via ?? (found.pair.key as Node | null))?.range?.[0] ?? offset;
        if (found.via) elsewhere = true;
        node = found.pair.value as Node | null;
      } else if (isSeq(node) && typeof step === 'number') {
        const item: Node | undefined = (node as YAMLSeq<Node>).items[step];
        if (!item) break;
        if (!elsewhere) offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset;
  };
  /** The pair for `key`, and the `<<` key it came through when it is merged in. */
  const findPair = (map: YAMLMap, key: string, depth = 0): { pair: { key: unknown; value: unknown }; via: Node | null } | null => {
    for (const pair of map.items) if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return { pair, via: null };
    if (depth > 8) return null;
    for (const pair of map.items) {
      if (isMergeKey(pair.key as Node | null)) {
        let v = pair.value as Node | null;
        if (isAlias(v)) v = v.resolve(doc) ?? null;
        const sources = isSeq(v) ? (v as YAMLSeq<Node>).items.map((i) => (isAlias(i) ? i.resolve(doc) : i)) : [v];
        for (const s of sources)
          if (isMap(s)) {
            const found = findPair(s, key, depth + 1);
            if (found) return { pair: found.pair, via: pair.key as Node };
          }
      }
    }
    return null;
  };
  return { value, locate };
}

/** A plain `<<` key. yaml 2.x with `merge: true` gives it the value Symbol('<<'), older versions the text. */
function isMergeKey(keyNode: Node | null): boolean {
  const { isScalar } = yamlModule();
  if (!isScalar(keyNode)) return false;
  const v = keyNode.value;
  if (typeof v === 'symbol') return v.description === '<<';
  return v === '<<' && keyNode.type === 'PLAIN';
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function keyString(keyNode: Node | null): string {
  const { isScalar } = yamlModule();
  if (keyNode === null) return 'null';
  // A key is a name, never a YAML 1.1 boolean or number: `Off:` stays "Off" (as in the main reader).
  if (isScalar(keyNode)) {
    const v = scalarValue(keyNode, false);
    return (typeof v === 'boolean' || typeof v === 'number') && keyNode.type === 'PLAIN' && typeof keyNode.source === 'string' ? keyNode.source : String(v);
  }
  throw new ParseFail('a mapping key must be a plain value, not a collection', keyNode.range?.[0] ?? null);
}

export function scalarValue(node: Scalar, tagged: boolean): unknown {
  const v = node.value;
  if (tagged) return v === null ? '' : typeof v === 'string' ? v : String(node.source ?? v);
  // Plain scalars are read as CloudFormation reads them (YAML 1.1), by the normal path's resolver.
  if (node.type === 'PLAIN' && !(node as { tag?: string }).tag) return resolvePlain(typeof v === 'string' ? v : v === null ? (node.source ?? '') : String(node.source ?? v));
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return node.source ?? String(v);
  return v === undefined ? null : v;
}

/** Keys such as `__proto__` must become own data properties, never touch the prototype. */
function defineKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
