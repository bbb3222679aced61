/**
 * In-template suppressions: resource `Metadata: { cfn-audit: { suppress: [{ rule, reason }] } }`.
 * A suppression without a reason does not apply, and a notice says so.
 * For teams migrating from other linters, `Metadata: { cfn_nag: { rules_to_suppress: [{id, reason}] } }`
 * and `Metadata: { checkov: { skip: [{id, comment}] } }` suppress our rules that list those ids as
 * equivalents, under the same rule: no reason, no suppression.
 */
import type { Finding, Notice, RuleMeta } from '../types/types.js';
import type { ResourceGraph } from '../model/graph.js';

export interface Suppression {
  readonly rule: string;
  readonly reason: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where a foreign tool keeps its suppressions, and what it calls the id and the reason. */
const FOREIGN = [
  { tool: 'cfn_nag', list: 'rules_to_suppress', reasonKey: 'reason' },
  { tool: 'checkov', list: 'skip', reasonKey: 'comment' },
] as const;
const FOREIGN_TOOLS: readonly string[] = FOREIGN.map((f) => f.tool);

function hasForeignMetadata(metadata: Readonly<Record<string, unknown>>): boolean {
  for (let i = 0; i < FOREIGN_TOOLS.length; i++) if (metadata[FOREIGN_TOOLS[i]!] !== undefined) return true;
  return false;
}

export function readSuppressions(graph: ResourceGraph, notices: Notice[], rules: readonly RuleMeta[] = []): Map<string, Suppression[]> {
  const out = new Map<string, Suppression[]>();
  const file = graph.template.file;
  for (const res of graph.resources.values()) {
    const block = res.metadata['cfn-audit'];
    if (block === undefined) continue;
    const list = isObj(block) ? block['suppress'] : undefined;
    if (!Array.isArray(list)) {
      notices.push({ kind: 'info', file, logicalId: res.logicalId, code: 'suppress-not-a-list', args: {} });
      continue;
    }
    const valid: Suppression[] = [];
    for (const entry of list) {
      const rule = isObj(entry) ? (entry['rule'] ?? entry['id']) : undefined;
      const reason = isObj(entry) ? entry['reason'] : undefined;
      if (typeof rule !== 'string' || rule === '') {
        notices.push({ kind: 'info', file, logicalId: res.logicalId, code: 'suppression-without-rule', args: {} });
      } else if (typeof reason !== 'string' || reason.trim() === '') {
        notices.push({
          kind: 'suppression-without-reason',
          file,
          logicalId: res.logicalId,
          ruleId: rule,
          code: 'suppression-without-reason',
          args: { rule, logicalId: res.logicalId },
        });
      } else valid.push({ rule, reason: reason.trim() });
    }
    if (valid.length) out.set(res.logicalId, [...(out.get(res.logicalId) ?? []), ...valid]);
  }
  // Our own suppressions come first, so their reason wins when both name the same finding.
  if (rules.length) readForeignSuppressions(graph, rules, notices, out);
  return out;
}

function readForeignSuppressions(graph: ResourceGraph, rules: readonly RuleMeta[], notices: Notice[], out: Map<string, Suppression[]>): void {
  const file = graph.template.file;
  for (const res of graph.resources.values()) {
    // Most resources have no such metadata: one look per tool, before the loop that reads the lists.
    if (!hasForeignMetadata(res.metadata)) continue;
    for (const { tool, list, reasonKey } of FOREIGN) {
      const block = res.metadata[tool];
      const entries = isObj(block) ? block[list] : undefined;
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        const id = isObj(entry) ? entry['id'] : undefined;
        if (typeof id !== 'string' || id === '') continue;
        const ours = rules.filter((r) => r.equivalents[tool].includes(id));
        if (ours.length === 0) continue;
        const reason = isObj(entry) ? entry[reasonKey] : undefined;
        if (typeof reason !== 'string' || reason.trim() === '') {
          notices.push({
            kind: 'suppression-without-reason',
            file,
            logicalId: res.logicalId,
            ruleId: ours[0]!.id,
            code: 'foreign-suppression-without-reason',
            args: { tool, id, logicalId: res.logicalId, reasonKey, rules: ours.map((r) => r.id) },
          });
          continue;
        }
        const list2 = out.get(res.logicalId) ?? [];
        for (const r of ours) list2.push({ rule: r.id, reason: `${tool} ${id}: ${reason.trim()}` });
        out.set(res.logicalId, list2);
      }
    }
  }
}

export function applySuppressions(findings: readonly Finding[], suppressions: ReadonlyMap<string, Suppression[]>): Finding[] {
  if (suppressions.size === 0) return [...findings];
  return findings.map((f) => {
    const s = suppressions.get(f.logicalId)?.find((x) => x.rule === f.ruleId || x.rule === '*');
    return s && f.status === 'active' ? { ...f, status: 'suppressed', reason: s.reason } : f;
  });
}
