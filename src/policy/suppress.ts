/**
 * In-template suppressions: resource `Metadata: { cfn-audit: { suppress: [{ rule, reason }] } }`.
 * A suppression without a reason does not apply, and a notice says so.
 */
import type { Finding, Notice } from '../core/types.js';
import type { ResourceGraph } from '../model/graph.js';

export interface Suppression {
  readonly rule: string;
  readonly reason: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function readSuppressions(graph: ResourceGraph, notices: Notice[]): Map<string, Suppression[]> {
  const out = new Map<string, Suppression[]>();
  const file = graph.template.file;
  for (const res of graph.resources.values()) {
    const block = res.metadata['cfn-audit'];
    if (block === undefined) continue;
    const list = isObj(block) ? block['suppress'] : undefined;
    if (!Array.isArray(list)) {
      notices.push({ kind: 'info', file, logicalId: res.logicalId, message: 'Metadata cfn-audit needs a `suppress` list of {rule, reason}; nothing was suppressed' });
      continue;
    }
    const valid: Suppression[] = [];
    for (const entry of list) {
      const rule = isObj(entry) ? (entry['rule'] ?? entry['id']) : undefined;
      const reason = isObj(entry) ? entry['reason'] : undefined;
      if (typeof rule !== 'string' || rule === '') {
        notices.push({ kind: 'info', file, logicalId: res.logicalId, message: 'a cfn-audit suppression without `rule` was ignored' });
      } else if (typeof reason !== 'string' || reason.trim() === '') {
        notices.push({ kind: 'suppression-without-reason', file, logicalId: res.logicalId, ruleId: rule, message: `the suppression of ${rule} on ${res.logicalId} has no reason, so it does not apply` });
      } else valid.push({ rule, reason: reason.trim() });
    }
    if (valid.length) out.set(res.logicalId, valid);
  }
  return out;
}

export function applySuppressions(findings: readonly Finding[], suppressions: ReadonlyMap<string, Suppression[]>): Finding[] {
  if (suppressions.size === 0) return [...findings];
  return findings.map((f) => {
    const s = suppressions.get(f.logicalId)?.find((x) => x.rule === f.ruleId || x.rule === '*');
    return s && f.status === 'active' ? { ...f, status: 'suppressed', reason: s.reason } : f;
  });
}
