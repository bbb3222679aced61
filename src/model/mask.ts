/** NoEcho parameter values given by the user never appear in findings (messages, JSON, SARIF). */
import type { ResourceGraph } from './graph.js';

export const MASK = '****';

/** The given values of NoEcho parameters, longest first (so a value inside another is masked whole). */
export function echoedSecrets(graph: ResourceGraph, given: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const p of graph.parameters.values()) {
    if (!p.noEcho || !Object.prototype.hasOwnProperty.call(given, p.name)) continue;
    const v = given[p.name];
    if (typeof v === 'string' && v.length > 0) out.push(v);
  }
  return out.sort((a, b) => b.length - a.length);
}

const maskText = (x: string, secrets: readonly string[]): string => {
  for (const s of secrets) if (x.includes(s)) x = x.split(s).join(MASK);
  return x;
};

/** Every text inside a value (the arguments of an unknown's cause), masked. */
function maskDeep(v: unknown, secrets: readonly string[]): unknown {
  if (typeof v === 'string') return maskText(v, secrets);
  if (Array.isArray(v)) return v.map((x) => maskDeep(x, secrets));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskDeep(x, secrets)]));
  return v;
}

export function maskFinding<T extends { readonly data: Readonly<Record<string, string | number | boolean>>; readonly cause?: unknown }>(f: T, secrets: readonly string[]): T {
  let changed = false;
  const data: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(f.data)) {
    let x = v;
    if (typeof x === 'string') x = maskText(x, secrets);
    else if (typeof x === 'number' && secrets.includes(String(x))) x = MASK;
    if (x !== v) changed = true;
    data[k] = x;
  }
  const cause = f.cause === undefined ? undefined : maskDeep(f.cause, secrets);
  if (cause !== undefined && JSON.stringify(cause) !== JSON.stringify(f.cause)) return { ...f, data, cause };
  return changed ? { ...f, data } : f;
}
