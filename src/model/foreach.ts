/**
 * `Fn::ForEach` (AWS::LanguageExtensions): a loop over a collection that stamps out resources,
 * outputs or property entries. Expanded before the graph is built, so every rule sees the resources
 * CloudFormation will create. The collection comes from a list, or from a parameter's value (the
 * same values `Ref` uses); a loop whose collection is only known at deploy time stays unexpanded and
 * the stack says it could not be audited.
 */
import type { KeyPath } from '../types/types.js';
import { intrinsicName, type Resolver } from './resolve.js';

const PREFIX = 'Fn::ForEach::';
const MAX_ITEMS = 1_000;
const MAX_DEPTH = 100;

/** Where each expanded key came from in the written template (for line:column). */
export type ExpansionSources = Map<string, KeyPath>;

/**
 * The mapping with its `Fn::ForEach::…` keys expanded (recursively, nested loops included), or the
 * same object when it has none. `sources` receives the written path of every generated key.
 */
export function expandForEach(map: Readonly<Record<string, unknown>>, base: KeyPath, resolver: Resolver, sources: ExpansionSources, depth = 0): Record<string, unknown> {
  if (depth > MAX_DEPTH || !Object.keys(map).some((k) => k.startsWith(PREFIX))) return map;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(map)) {
    if (!key.startsWith(PREFIX)) {
      out[key] = value;
      continue;
    }
    const loop = Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && value[2] && typeof value[2] === 'object' && !Array.isArray(value[2]) ? value : null;
    const items = loop ? collection(loop[1], resolver) : null;
    if (!loop || !items) {
      out[key] = value; // left for the report: content that could not be audited
      continue;
    }
    const id = loop[0] as string;
    for (const item of items) {
      const body = expandForEach(loop[2] as Record<string, unknown>, [...base, key, 2], resolver, sources, depth + 1);
      for (const [k, v] of Object.entries(body)) {
        const name = substituteText(k, id, item);
        out[name] = substitute(v, id, item, 0);
        sources.set(name, sources.get(k) ?? [...base, key, 2, k]);
      }
    }
  }
  return out;
}

function collection(v: unknown, resolver: Resolver): string[] | null {
  const alts = resolver.resolveList(v);
  if (alts.length !== 1 || !alts[0]!.known) return null;
  const list = alts[0]!.value as unknown[];
  if (list.length > MAX_ITEMS || !list.every((x) => typeof x === 'string' || typeof x === 'number')) return null;
  return list.map(String);
}

function substituteText(text: string, id: string, item: string): string {
  // `&{Id}` keeps only alphanumerics (for logical ids); `${Id}` is the value itself.
  const alnum = item.replace(/[^A-Za-z0-9]/g, '');
  return text.split(`&{${id}}`).join(alnum).split(`\${${id}}`).join(item);
}

function substitute(v: unknown, id: string, item: string, depth: number): unknown {
  if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((x) => substitute(x, id, item, depth + 1));
  const name = intrinsicName(v);
  const o = v as Record<string, unknown>;
  if (name === 'Ref' && o['Ref'] === id) return item;
  if (name === 'Fn::Sub') {
    const arg = o['Fn::Sub'];
    if (typeof arg === 'string') return { 'Fn::Sub': substituteText(arg, id, item) };
    if (Array.isArray(arg) && typeof arg[0] === 'string') return { 'Fn::Sub': [substituteText(arg[0], id, item), substitute(arg[1], id, item, depth + 1)] };
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k.startsWith(PREFIX) ? k : substituteText(k, id, item)] = substitute(x, id, item, depth + 1);
  return out;
}
