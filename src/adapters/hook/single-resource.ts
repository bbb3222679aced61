/**
 * Resource operations: the hook sees one resource's properties, not its stack. Rules that look only
 * at the resource run as usual; a check that looks at other resources (a bucket's policy, a
 * function's log group, a group's standalone ingress rules) would see an empty stack and could
 * report what the real stack has. Such a check is detected while it runs (it reads the graph's
 * resource tables), its findings are dropped and its rule is named as "not run".
 */
import type { CheckContext, CheckFn, CheckReport } from '../../rules/engine.js';

/**
 * Checks whose reads of other resources can only remove findings (a group attached only to
 * internet-facing load balancers): alone, the resource keeps every finding, so they run as usual.
 */
const RELAXING_ONLY: ReadonlySet<string> = new Set(['securityGroupRule']);

/** ResourceGraph members that reach other resources of the template. */
const CROSS_RESOURCE: ReadonlySet<string | symbol> = new Set(['resources', 'byType', 'referencesTo', 'edges', 'outputs']);

/**
 * `checks` wrapped so that a check reaching beyond `ctx.resource` reports nothing and calls
 * `onCrossResource(ruleId)` instead.
 */
export function singleResourceChecks(checks: Readonly<Record<string, CheckFn>>, onCrossResource: (ruleId: string) => void): Record<string, CheckFn> {
  const out: Record<string, CheckFn> = Object.create(null) as Record<string, CheckFn>;
  for (const [name, fn] of Object.entries(checks)) {
    if (RELAXING_ONLY.has(name)) {
      out[name] = fn;
      continue;
    }
    out[name] = (ctx: CheckContext) => {
      let crossed = false;
      const graph = new Proxy(ctx.graph, {
        get(target, prop) {
          if (CROSS_RESOURCE.has(prop)) crossed = true;
          const v: unknown = Reflect.get(target, prop, target);
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
      const held: CheckReport[] = [];
      // Unknowns the check met are held too, and replayed only when its findings count.
      const reads: Parameters<CheckContext['read']>[] = [];
      const undecided: Parameters<CheckContext['undecided']>[] = [];
      fn({
        ...ctx,
        graph,
        report: (r) => held.push(r),
        read: (keys, opts = {}) => (reads.push([keys, opts]), ctx.read(keys, { ...opts, settled: true })),
        undecided: (...args) => undecided.push(args),
      });
      if (crossed) onCrossResource(ctx.rule.id);
      else {
        for (const r of held) ctx.report(r);
        for (const [keys, opts] of reads) ctx.read(keys, opts);
        for (const args of undecided) ctx.undecided(...args);
      }
    };
  }
  return out;
}

/** A template holding just the resource, as JSON text. */
export function singleResourceTemplate(logicalId: string, resourceType: string, properties: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { [logicalId]: { Type: resourceType, Properties: properties } } }, null, 1);
}
