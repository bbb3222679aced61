/**
 * The comparison behind `npm run accuracy`, kept pure so test/accuracy.test.ts can drive it with
 * hand-made cases: cfn_nag's expected logical ids per case against the ids our mapped rules flag.
 */

/** One case of a cfn_nag expected.json (only the fields we use). */
export interface NagCase {
  readonly template: string;
  /** Logical ids cfn_nag flags; [] = must not be flagged; null = only "some violation". */
  readonly violating: readonly string[] | null;
  readonly parameters_file?: string;
  readonly condition_values?: Readonly<Record<string, unknown>>;
  readonly rule_settings?: readonly string[];
  readonly context?: string;
}

/** A case where cfn_nag is wrong by AWS's documentation and we keep our behaviour. */
export interface Disagreement {
  readonly rule: string;
  readonly template: string;
  readonly logicalId: string;
  readonly reason: string;
}

export interface CaseResult {
  readonly rule: string;
  readonly template: string;
  readonly expected: readonly string[] | null;
  readonly flagged: readonly string[];
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Ids flagged by us but not by cfn_nag (not counted when listed as a disagreement). */
  readonly extra: readonly string[];
  /** Ids flagged by cfn_nag but not by us (not counted when listed as a disagreement). */
  readonly missed: readonly string[];
  /** Mismatching ids excused by the disagreement list. */
  readonly byDesign: readonly Disagreement[];
}

export interface Totals {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** null when there is nothing to measure (no expected ids / no flagged ids). */
  readonly recall: number | null;
  readonly precision: number | null;
}

/**
 * cfn_nag (through cfn-model) folds a standalone AWS::EC2::SecurityGroupIngress/Egress whose GroupId
 * points at a group in the same template into that group, and reports the group; we report the
 * standalone resource, where the fix goes. Same violation, other anchor: the standalone id stands
 * for the group too. A dangling one (external group) is reported on itself by both.
 */
export function securityGroupAliases(body: Readonly<Record<string, unknown>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const resources = body['Resources'];
  if (!resources || typeof resources !== 'object' || Array.isArray(resources)) return out;
  const res = resources as Record<string, { Type?: unknown; Properties?: Record<string, unknown> } | null>;
  const isGroup = (id: unknown): id is string => typeof id === 'string' && res[id]?.Type === 'AWS::EC2::SecurityGroup';
  const target = (v: unknown): string | null => {
    if (!v || typeof v !== 'object') return null;
    const o = v as Record<string, unknown>;
    if (isGroup(o['Ref'])) return o['Ref'];
    const att = o['Fn::GetAtt'];
    const parts = typeof att === 'string' ? att.split('.') : Array.isArray(att) ? att : [];
    return isGroup(parts[0]) && parts[1] === 'GroupId' ? parts[0] : null;
  };
  for (const [id, r] of Object.entries(res)) {
    if (r?.Type !== 'AWS::EC2::SecurityGroupIngress' && r?.Type !== 'AWS::EC2::SecurityGroupEgress') continue;
    const group = target(r.Properties?.['GroupId']) ?? target(r.Properties?.['GroupName']);
    if (group) out.set(id, [group]);
  }
  return out;
}

/**
 * The resource types cfn_nag reports for one of its rules, read from its own fixtures: the types of
 * every expected violating id. One rule of ours may cover several cfn_nag rules (stage and deployment
 * access logs, SNS and SQS encryption); its findings on other types belong to another cfn_nag rule.
 * Empty when the fixtures name no violating id: then nothing is filtered.
 */
export function reportedTypes(cases: readonly { violating: readonly string[] | null; body: Readonly<Record<string, unknown>> }[]): Set<string> {
  const out = new Set<string>();
  for (const { violating, body } of cases) {
    const resources = body['Resources'];
    if (!violating || !resources || typeof resources !== 'object' || Array.isArray(resources)) continue;
    for (const id of violating) {
      const type = (resources as Record<string, { Type?: unknown } | null>)[id]?.Type;
      if (typeof type === 'string') out.add(type);
    }
  }
  return out;
}

/** Whether a finding on `type` is compared; a standalone group rule counts as its group. */
export function inScope(scope: ReadonlySet<string>, type: string, standsForGroup: boolean): boolean {
  return scope.size === 0 || scope.has(type) || (standsForGroup && scope.has('AWS::EC2::SecurityGroup'));
}

/** Why a case cannot be run faithfully, or null when it can. */
export function unsupportedReason(c: NagCase): string | null {
  if (c.condition_values && Object.keys(c.condition_values).length > 0) {
    return `forced condition values ${JSON.stringify(c.condition_values)} (we evaluate both Fn::If branches)`;
  }
  if (c.rule_settings && c.rule_settings.length > 0) return `rule settings ${c.rule_settings.join('; ')}`;
  return null;
}

/**
 * Compare one case. Counting is per logical id: an expected id we flag is a TP, an expected id we do
 * not flag is a FN, an id we flag that cfn_nag does not is a FP. A `violating: null` case only asks
 * for some finding: 1 TP when we flag anything, else 1 FN. A mismatching id listed in `disagreements`
 * for this rule and template is reported as by design and not counted.
 */
export function compareCase(
  rule: string,
  c: NagCase,
  flagged: Iterable<string>,
  disagreements: readonly Disagreement[] = [],
  aliases: ReadonlyMap<string, readonly string[]> = new Map(),
): CaseResult {
  const ours = [...new Set(flagged)].sort();
  const excuse = (id: string): Disagreement | undefined => disagreements.find((d) => d.rule === rule && d.template === c.template && (d.logicalId === id || d.logicalId === '*'));
  const base = { rule, template: c.template, expected: c.violating, flagged: ours };
  if (c.violating === null) {
    if (ours.length > 0) return { ...base, tp: 1, fp: 0, fn: 0, extra: [], missed: [], byDesign: [] };
    const d = excuse('*');
    return d ? { ...base, tp: 0, fp: 0, fn: 0, extra: [], missed: [], byDesign: [d] } : { ...base, tp: 0, fp: 0, fn: 1, extra: [], missed: ['(any)'], byDesign: [] };
  }
  const expected = new Set(c.violating);
  let tp = 0;
  const extra: string[] = [];
  const missed: string[] = [];
  const byDesign: Disagreement[] = [];
  const coveredByUs = new Set(ours.flatMap((id) => [id, ...(aliases.get(id) ?? [])]));
  for (const id of expected) {
    if (coveredByUs.has(id)) tp++;
    else {
      const d = excuse(id);
      if (d) byDesign.push({ ...d, logicalId: id });
      else missed.push(id);
    }
  }
  for (const id of ours) {
    if (expected.has(id) || (aliases.get(id) ?? []).some((a) => expected.has(a))) continue;
    const d = excuse(id);
    if (d) byDesign.push({ ...d, logicalId: id });
    else extra.push(id);
  }
  missed.sort();
  return { ...base, tp, fp: extra.length, fn: missed.length, extra, missed, byDesign };
}

export function totals(results: readonly Pick<CaseResult, 'tp' | 'fp' | 'fn'>[]): Totals {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of results) {
    tp += r.tp;
    fp += r.fp;
    fn += r.fn;
  }
  return { tp, fp, fn, recall: tp + fn === 0 ? null : tp / (tp + fn), precision: tp + fp === 0 ? null : tp / (tp + fp) };
}

/**
 * Disagreements kept in docs/accuracy.md as a fenced block opened with ```json disagreements
 * holding a list of {rule, template, logicalId, reason}. Throws with a clear message on a bad list.
 */
export function parseDisagreements(markdown: string): Disagreement[] {
  const m = /```json disagreements\r?\n([\s\S]*?)```/.exec(markdown);
  if (!m) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(m[1] ?? '');
  } catch (e) {
    throw new Error(`docs/accuracy.md: the disagreements block is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Array.isArray(doc)) throw new Error('docs/accuracy.md: the disagreements block must be a JSON list');
  return doc.map((x, i) => {
    const o = (x ?? {}) as Record<string, unknown>;
    for (const k of ['rule', 'template', 'logicalId', 'reason'] as const) {
      if (typeof o[k] !== 'string' || o[k] === '') throw new Error(`docs/accuracy.md: disagreement ${i + 1} needs a text \`${k}\``);
    }
    return { rule: o['rule'] as string, template: o['template'] as string, logicalId: o['logicalId'] as string, reason: o['reason'] as string };
  });
}

/** Listed disagreements that no longer match any mismatch (we now agree with cfn_nag, or the case is gone). */
export function staleDisagreements(listed: readonly Disagreement[], results: readonly CaseResult[]): Disagreement[] {
  const hits = results.flatMap((r) => r.byDesign);
  return listed.filter((d) => !hits.some((h) => h.rule === d.rule && h.template === d.template && (d.logicalId === '*' || h.logicalId === d.logicalId)));
}

/** Worst first: lowest of recall and precision, then fewest TP, then id. */
export function worstFirst<T extends { readonly rule: string; readonly totals: Totals }>(rows: readonly T[]): T[] {
  const score = (t: Totals): number => Math.min(t.recall ?? 1, t.precision ?? 1);
  return [...rows].sort((a, b) => score(a.totals) - score(b.totals) || (a.totals.recall ?? 1) - (b.totals.recall ?? 1) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

export const pct = (x: number | null): string => (x === null ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
