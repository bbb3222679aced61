/**
 * Resource policies open to anyone: a `*` principal in a bucket, queue, topic, key, repository,
 * domain or event-bus policy, a role trust policy, or a Lambda permission, with no condition that
 * ties it to known accounts, organisations, sources or networks. Also KMS key rotation.
 */
import type { ConditionBranch, UnknownCause } from '../../types/types.js';
import {
  isPublicPrincipal, keyPath, mergeBranches, parameterDecls, policyDocuments, principals, statementsOf, type DocKind,
} from '../../model/iam.js';
import { conditionRestriction, denyRestriction, entryRestriction } from '../../model/iam-conditions.js';
import { actionsCover, elements, type KnownStatement } from '../../model/iam.js';
import { NO_VALUE, type Resolver } from '../../model/resolve.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';
import { docs } from './option-schemas.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function docKinds(options: { readonly docs?: readonly DocKind[] }): readonly DocKind[] {
  return options.docs ?? ['resource'];
}

/**
 * A domain placed in a VPC, or an S3 access point whose network origin is a VPC (`VpcConfiguration`
 * set; without it the origin is Internet), is not reachable from the internet whatever its policy says.
 */
function inVpc(props: Readonly<Obj>, resolver: Resolver, key = 'VPCOptions', member = 'SubnetIds'): boolean {
  const v = props[key];
  if (v === undefined) return false;
  return resolver.resolve(v).every((r) => r.known && isObj(r.value) && r.value[member] !== undefined);
}

const publicPrincipalOptions = { type: 'object', properties: { docs }, additionalProperties: false } as const;

const publicPrincipalMessages = { publicPrincipal: 'statement {sid} allows Principal {principal} without a restricting condition' };

const publicPrincipal = defineCheck({ name: 'publicPrincipal', options: publicPrincipalOptions, messages: publicPrincipalMessages }, (ctx) => {
  const { resource, graph } = ctx;
  const resolver = graph.resolver;
  if ((resource.type === 'AWS::OpenSearchService::Domain' || resource.type === 'AWS::Elasticsearch::Domain') && inVpc(resource.properties, resolver)) return;
  if (resource.type === 'AWS::S3::AccessPoint' && inVpc(resource.properties, resolver, 'VpcConfiguration', 'VpcId')) return;
  const kinds = docKinds(ctx.options);
  const params = parameterDecls(graph.template.body, graph.resolver);
  for (const doc of policyDocuments(resource, resolver)) {
    if (!kinds.includes(doc.kind)) continue;
    const statements = statementsOf(doc, resolver);
    const fences = statements.filter((s): s is KnownStatement => s.known && s.effect === 'Deny' && denyRestriction(s.body['Condition'], resolver, params).verdict === 'restricts');
    for (const stmt of statements) {
      if (!stmt.known) {
        ctx.report({ messageId: 'publicPrincipal', path: stmt.path, outcome: 'unknown', data: { principal: '(unresolved)' }, cause: stmt.reason, conditions: stmt.conditions });
        continue;
      }
      if (stmt.effect === 'Deny') continue;
      const restriction = conditionRestriction(stmt.body['Condition'], resolver, params);
      if (restriction.verdict === 'restricts' || fencedIn(stmt, fences, resolver)) continue;
      const ps = principals(stmt.body['Principal'], resolver, params);
      const open = ps.values.find(isPublicPrincipal);
      const sid = stmt.sid ?? `#${stmt.index}`;
      if (open && stmt.effect === 'Allow' && restriction.verdict === 'unknown') {
        // The only candidate restriction depends on a deploy-time value that could be a wildcard.
        const cause = { code: 'condition-key', args: { key: restriction.key, reason: restriction.reason, named: true } } as const;
        ctx.report({ messageId: 'publicPrincipal', path: keyPath(stmt, 'Condition'), outcome: 'unknown', data: { sid, principal: open.value }, cause, conditions: mergeBranches(stmt.conditions, open.conditions) ?? [] });
      } else if (open && stmt.effect === 'Allow') {
        ctx.report({ messageId: 'publicPrincipal', path: keyPath(stmt, 'Principal'), data: { sid, principal: open.value === '*' && open.kind !== 'Any' ? `{${open.kind}: "*"}` : open.value }, conditions: mergeBranches(stmt.conditions, open.conditions) ?? [] });
      } else if (open || (ps.unknown !== null && ps.values.length === 0)) {
        // Effect or principal could not be resolved: never a silent pass.
        const reason: UnknownCause = stmt.effect === null ? { code: 'effect-unresolved', args: {} } : (ps.unknown ?? { code: 'deploy-time-value', args: {} });
        ctx.report({ messageId: 'publicPrincipal', path: keyPath(stmt, 'Principal'), outcome: 'unknown', data: { sid, principal: '(unresolved)' }, cause: reason, conditions: stmt.conditions });
      }
    }
  }
});

/**
 * A Deny for every principal, with a condition that turns away whoever is not pinned down
 * (`denyRestriction`), covers every action the Allow grants: the Allow only reaches pinned callers.
 */
function fencedIn(allow: KnownStatement, fences: readonly KnownStatement[], resolver: Resolver): boolean {
  if (fences.length === 0 || !('Action' in allow.body)) return false;
  const granted = elements(allow.body['Action'], resolver).values.map((v) => v.value);
  if (granted.length === 0) return false;
  return fences.some((deny) => {
    if (!principals(deny.body['Principal'], resolver).values.some(isPublicPrincipal) || !('Action' in deny.body)) return false;
    const denied = elements(deny.body['Action'], resolver).values.map((v) => v.value);
    return granted.every((a) => actionsCover(denied, a));
  });
}

// ---------------------------------------------------------------------------------------------
// Lambda permissions

/** Whether a property is set to something other than AWS::NoValue (in some branch). */
function isSet(v: unknown, resolver: Resolver): boolean {
  return v !== undefined && resolver.resolve(v).some((r) => !r.known || r.value !== NO_VALUE);
}

const SERVICE_PRINCIPAL = /\.amazonaws\.com(\.cn)?$/i;

const lambdaPermissionOptions = { type: 'object', properties: { match: { enum: ['public', 'serviceNoSource'] } }, additionalProperties: false } as const;

const lambdaPermissionMessages = {
  public: 'Principal is {principal} without SourceAccount, SourceArn or PrincipalOrgID',
  serviceNoSource: '{principal} may invoke the function from any source (no SourceArn or SourceAccount)',
};

const lambdaPermission = defineCheck({ name: 'lambdaPermission', options: lambdaPermissionOptions, messages: lambdaPermissionMessages }, (ctx) => {
  const { resource, graph } = ctx;
  const resolver = graph.resolver;
  const props = resource.properties;
  const match = ctx.options.match;
  const principalPath = [...resource.path, 'Properties', 'Principal'];
  const layer = resource.type === 'AWS::Lambda::LayerVersionPermission';
  // The properties become conditions of the function policy: the same model decides whether they pin the caller.
  const guards: readonly (readonly [string, string])[] = layer
    ? [['OrganizationId', 'aws:PrincipalOrgID']]
    : [['SourceAccount', 'aws:SourceAccount'], ['SourceArn', 'aws:SourceArn'], ['PrincipalOrgID', 'aws:PrincipalOrgID']];
  const params = parameterDecls(graph.template.body, graph.resolver);
  const guarded = guards.some(([prop, key]) => isSet(props[prop], resolver) && entryRestriction(key.endsWith('Arn') ? 'ArnLike' : 'StringLike', key, props[prop], resolver, params).verdict !== 'open');
  if (guarded) return;
  // A principal only known at deploy time may be `*` or a service: the engine reports it as unknown.
  for (const alt of ctx.read(['Principal'], { data: { principal: '(unresolved)' } })) {
    const conditions: readonly ConditionBranch[] = alt.conditions;
    if (alt.state !== 'value') continue;
    const p = String(alt.value);
    const pub = p === '*' || /^arn:aws[a-z-]*:iam::\*:/i.test(p);
    if (match === 'public' && pub) {
      ctx.report({ messageId: 'public', path: principalPath, data: { principal: p }, conditions });
      return;
    }
    if (match === 'serviceNoSource' && !layer && SERVICE_PRINCIPAL.test(p)) {
      ctx.report({ messageId: 'serviceNoSource', path: principalPath, data: { principal: p }, conditions });
      return;
    }
  }
});

// ---------------------------------------------------------------------------------------------
// KMS key rotation

const ROTATABLE_SPECS = new Set(['SYMMETRIC_DEFAULT']);

const kmsKeyRotation = defineCheck({ name: 'kmsKeyRotation', options: NO_OPTIONS, messages: { rotationOff: 'EnableKeyRotation is {value}' } }, (ctx) => {
  const { resource } = ctx;
  const props = resource.properties;
  // Imported key material and asymmetric or HMAC keys cannot rotate automatically.
  if (props['Origin'] !== undefined && ctx.read(['Origin'], { settled: true }).every((r) => r.state === 'value' && r.value !== 'AWS_KMS')) return;
  const specKey = props['KeySpec'] !== undefined ? 'KeySpec' : 'KeySpecification';
  const base = [...resource.path, 'Properties'];
  const unresolved = { value: '(unresolved)' };
  // The Fn::If branches under which the key is symmetric (rotatable); one empty list when KeySpec is absent.
  let symmetric: (readonly ConditionBranch[])[] = [[]];
  if (props[specKey] !== undefined) {
    const alts = ctx.read([specKey], { settled: true });
    symmetric = alts.filter((r) => r.state === 'absent' || (r.state === 'value' && ROTATABLE_SPECS.has(String(r.value)))).map((r) => r.conditions);
    if (symmetric.length === 0) {
      // A spec only known at deploy time may be symmetric.
      const u = alts.find((r) => r.state === 'unknown');
      if (u?.state === 'unknown') ctx.undecided([...base, 'KeySpec'], u.reason, [], unresolved);
      return;
    }
  }
  if (props['EnableKeyRotation'] === undefined) {
    ctx.report({ messageId: 'rotationOff', path: base, data: { value: 'absent' }, conditions: symmetric[0] });
    return;
  }
  for (const alt of ctx.read(['EnableKeyRotation'], { data: unresolved })) {
    if (alt.state === 'unknown' || (alt.state === 'value' && String(alt.value).toLowerCase() === 'true')) continue;
    // Rotation off counts only under branches where the key is symmetric: `!If [Hmac, false, true]` with
    // `KeySpec: !If [Hmac, HMAC_256, SYMMETRIC_DEFAULT]` is never a symmetric key without rotation.
    for (const conds of symmetric) {
      const both = mergeBranches(conds, alt.conditions);
      if (both === null) continue;
      ctx.report({ messageId: 'rotationOff', path: [...base, 'EnableKeyRotation'], data: { value: alt.state === 'absent' ? 'absent' : String(alt.value) }, conditions: both });
      return;
    }
  }
});

export const resourcePolicyChecks: readonly CheckDefinition[] = [
  publicPrincipal,
  lambdaPermission,
  kmsKeyRotation,
];
