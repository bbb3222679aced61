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

export function maskFinding<T extends { readonly data: Readonly<Record<string, string | number | boolean>> }>(f: T, secrets: readonly string[]): T {
  let changed = false;
  const data: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(f.data)) {
    let x = v;
    if (typeof x === 'string') {
      for (const s of secrets) if (x.includes(s)) x = x.split(s).join(MASK);
    } else if (typeof x === 'number' && secrets.includes(String(x))) x = MASK;
    if (x !== v) changed = true;
    data[k] = x;
  }
  return changed ? { ...f, data } : f;
}
