/**
 * The guarantees of `cfn-audit fix`, checked on one template: the fixed text parses; the fixed findings are
 * gone and no finding is new (with the parameters the SSH fix introduces given narrow values); the body is
 * the same except at the edited paths; a second run changes nothing.
 */
import { Auditor } from '../../src/engine/audit.js';
import type { Finding, KeyPath } from '../../src/types/types.js';
import { parseTemplate } from '../../src/load/parse.js';
import { builtinRules } from '../../src/rules/catalogue.js';
import { deepEqual, fixText, type FileFix } from '../../src/fix/engine.js';
import { fixResolver, syntaxOf } from '../../src/fix/suggest.js';
import { DEFAULT_FIX_OPTIONS, type FixOptions } from '../../src/fix/types.js';

/** Narrow values for the parameters the SSH fix adds: the deployer's choice. */
export const CHOSEN = { AllowedSshCidr: '203.0.113.10/32', AllowedSshIpv6Cidr: '2001:db8::10/128' } as const;

const rules = builtinRules().map((r) => ({ ...r, enabled: true }));
const auditor = new Auditor({ rules, parameters: CHOSEN });
const fixAny = fixResolver(rules);

export function findingsIn(file: string, text: string): readonly Finding[] | null {
  const r = auditor.auditSource({ file, text, explicit: true });
  return 'stack' in r ? r.stack.findings : null;
}

export interface FixCheck {
  readonly fixable: number;
  readonly fixed: number;
  readonly results: readonly FileFix[];
  readonly before: readonly Finding[];
  readonly after: readonly Finding[];
  readonly text: string;
  readonly problems: readonly string[];
}

/** `after` with each edited path put back as it was in `before` (removed, with the maps made for it, when it was absent). */
function restore(before: unknown, after: unknown, paths: readonly KeyPath[]): unknown {
  const copy = structuredClone(after) as Record<string, unknown>;
  const get = (root: unknown, p: KeyPath): unknown => p.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined), root);
  for (const p of paths) {
    const old = get(before, p);
    const parent = get(copy, p.slice(0, -1)) as Record<string, unknown> | undefined;
    if (!parent || typeof parent !== 'object') continue;
    const last = p[p.length - 1]! as string;
    if (old !== undefined) parent[last] = structuredClone(old);
    else {
      delete parent[last];
      for (let n = p.length - 1; n > 0; n--) {
        const up = get(copy, p.slice(0, n));
        if (get(before, p.slice(0, n)) !== undefined || !up || typeof up !== 'object' || Object.keys(up).length > 0) break;
        delete (get(copy, p.slice(0, n - 1)) as Record<string, unknown>)[p[n - 1] as string];
      }
    }
  }
  return copy;
}

export function checkFix(file: string, text: string, options: FixOptions = DEFAULT_FIX_OPTIONS, only?: string): FixCheck | null {
  const before = findingsIn(file, text);
  const fixFor = only ? (f: Finding) => (f.ruleId === only ? fixAny(f) : null) : fixAny;
  if (!before) return null;
  const fixable = before.filter((f) => fixFor(f) !== null).length;
  const { text: out, results } = fixText(text, syntaxOf(text), before, fixFor, options);
  const problems: string[] = [];
  const fixedResults = results.filter((r) => r.outcome.kind === 'fixed');
  const parsedBefore = parseTemplate({ file, text, explicit: true, syntax: syntaxOf(text) });
  const parsedAfter = parseTemplate({ file, text: out, explicit: true, syntax: syntaxOf(text) });
  if (!parsedAfter.ok)
    return {
      fixable,
      fixed: fixedResults.length,
      results,
      before,
      after: [],
      text: out,
      problems: [`fixed template does not parse: ${parsedAfter.error.message} at ${parsedAfter.error.line}`],
    };
  const after = findingsIn(file, out) ?? [];
  // A finding is the same when its rule, resource and path are (its data may name the edited value).
  const key = (f: Finding): string => JSON.stringify([f.ruleId, f.logicalId, f.path]);
  const was = new Set(before.map(key));
  const now = new Set(after.map((f) => f.fingerprint));
  for (const r of fixedResults) if (now.has(r.finding.fingerprint)) problems.push(`still reported: ${r.finding.ruleId} at ${r.finding.path.join('.')}`);
  for (const f of after) if (!was.has(key(f))) problems.push(`new finding: ${f.ruleId} ${f.outcome} at ${f.path.join('.')} ${JSON.stringify(f.data)}`);
  if (parsedBefore.ok) {
    const paths = fixedResults.flatMap((r) => (r.outcome.kind === 'fixed' ? r.outcome.paths : []));
    if (!deepEqual(parsedBefore.template.body, restore(parsedBefore.template.body, parsedAfter.template.body, paths)))
      problems.push('the document changed outside the edited paths');
  }
  const again = fixText(out, syntaxOf(out), after, fixFor, options);
  if (again.text !== out) problems.push('a second fix run changed the template again');
  return { fixable, fixed: fixedResults.length, results, before, after, text: out, problems };
}
