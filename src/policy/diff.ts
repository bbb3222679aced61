/**
 * The change-aware gate: pair each audited stack with its base version, keep only findings that
 * are new in the change, and list the security-relevant changes computed by
 * `@aws-cdk/cloudformation-diff`. That module is heavy (its first diff loads a 2.6 MB service
 * database), so it is handed in by the adapter, which imports it only in this mode.
 */
import type { IamChanges } from '@aws-cdk/cloudformation-diff/lib/iam/iam-changes.js';
import type { SecurityChange, SourceFile } from '../types/types.js';

/** The part of `@aws-cdk/cloudformation-diff` this module uses. */
export interface CfnDiffModule {
  fullDiff(current: Record<string, unknown>, future: Record<string, unknown>): DiffLike;
}

interface ResourceDiffLike {
  readonly isAddition: boolean;
  readonly isRemoval: boolean;
  readonly isUpdate: boolean;
  readonly resourceType: string;
  readonly changeImpact: string;
  readonly propertyUpdates: Readonly<Record<string, { readonly changeImpact?: string }>>;
}

interface DiffLike {
  readonly resources: { readonly logicalIds: string[]; get(id: string): ResourceDiffLike | undefined };
  readonly iamChanges: Pick<IamChanges, 'statements' | 'managedPolicies' | 'hasChanges'>;
  readonly securityGroupChanges: {
    readonly hasChanges: boolean;
    readonly ingress: { readonly additions: readonly RuleLike[] };
    readonly egress: { readonly additions: readonly RuleLike[] };
  };
}

interface RuleLike {
  describeProtocol(): string;
  describePeer(): string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ', ').trim();

/**
 * Security-relevant changes from `oldBody` to `newBody` (template bodies with long-form
 * intrinsics): IAM statements and managed policies added (a broadened statement shows as added),
 * security-group rules added, resources replaced or removed. Sorted by logical id, then kind.
 */
export function securityChanges(cfd: CfnDiffModule, oldBody: Readonly<Obj>, newBody: Readonly<Obj>): SecurityChange[] {
  const whole = cfd.fullDiff(structuredClone(oldBody), structuredClone(newBody));
  const oldRes = isObj(oldBody['Resources']) ? oldBody['Resources'] : {};
  const newRes = isObj(newBody['Resources']) ? newBody['Resources'] : {};
  const security = whole.iamChanges.hasChanges || whole.securityGroupChanges.hasChanges;
  const out: SecurityChange[] = [];
  for (const id of whole.resources.logicalIds) {
    const r = whole.resources.get(id);
    if (!r) continue;
    const resourceType = r.resourceType;
    if (r.isRemoval) {
      out.push({ kind: 'resource-removed', logicalId: id, resourceType, detail: '' });
      continue;
    }
    if (r.isUpdate && r.changeImpact === 'WILL_REPLACE') {
      const props = Object.entries(r.propertyUpdates)
        .filter(([, p]) => p.changeImpact === 'WILL_REPLACE')
        .map(([k]) => k)
        .sort();
      out.push({ kind: 'resource-replaced', logicalId: id, resourceType, detail: props.join(', ') });
    }
    if (!security || !(r.isAddition || r.isUpdate)) continue;
    // The whole-template diff does not say which resource a statement or rule belongs to, so the
    // resource is diffed on its own (a millisecond once the service database is loaded).
    const one = cfd.fullDiff(
      { Resources: oldRes[id] === undefined ? {} : { [id]: structuredClone(oldRes[id]) } },
      { Resources: newRes[id] === undefined ? {} : { [id]: structuredClone(newRes[id]) } },
    );
    for (const st of one.iamChanges.statements.additions) {
      const x = st.render();
      const parts = [x.effect, oneLine(x.action), 'on', oneLine(x.resource)];
      if (x.principal) parts.push('principal', oneLine(x.principal));
      if (x.condition) parts.push('when', oneLine(x.condition));
      out.push({ kind: 'iam-statement-added', logicalId: id, resourceType, detail: parts.join(' ') });
    }
    for (const mp of one.iamChanges.managedPolicies.additions) {
      out.push({ kind: 'managed-policy-added', logicalId: id, resourceType, detail: `${mp.managedPolicyArn} on ${mp.identityArn}` });
    }
    for (const [direction, rules] of [
      ['ingress', one.securityGroupChanges.ingress.additions],
      ['egress', one.securityGroupChanges.egress.additions],
    ] as const) {
      for (const rule of rules) {
        out.push({
          kind: 'security-group-rule-added',
          logicalId: id,
          resourceType,
          detail: `${direction} ${rule.describeProtocol()} ${direction === 'ingress' ? 'from' : 'to'} ${rule.describePeer()}`,
        });
      }
    }
  }
  return out.sort((a, b) => (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/**
 * Pair audited sources with base sources. A stack pairs with the base stack of the same name;
 * a plain template with the base file at the same path relative to its input root, else with the
 * base file of the same name when that is unique, else with the only base template when both sides
 * hold exactly one. Returns the base source per audited file, with the audited file's name and
 * stack name, so fingerprints (scoped by stack or file) line up.
 */
export function pairSources(current: readonly SourceFile[], base: readonly SourceFile[], rel: (side: 'current' | 'base', file: string) => string): Map<string, SourceFile> {
  const out = new Map<string, SourceFile>();
  const byStack = new Map<string, SourceFile>();
  const byRel = new Map<string, SourceFile>();
  const byName = new Map<string, SourceFile[]>();
  for (const b of base) {
    if (b.stackName) byStack.set(b.stackName, b);
    byRel.set(rel('base', b.file), b);
    const name = basename(b.file);
    byName.set(name, [...(byName.get(name) ?? []), b]);
  }
  for (const c of current) {
    let match: SourceFile | undefined;
    if (c.stackName) match = byStack.get(c.stackName);
    else {
      match = byRel.get(rel('current', c.file));
      const same = byName.get(basename(c.file));
      if (!match && same?.length === 1) match = same[0];
      if (!match && current.length === 1 && base.length === 1) match = base[0];
    }
    if (match) out.set(c.file, { ...match, file: c.file, stackName: c.stackName ?? null, explicit: true });
  }
  return out;
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}
