/**
 * Checks over policy statements (identity, trust and resource policies) and IAM attachments.
 * `policyStatement` runs one statement predicate, chosen by `options.test`, over the documents of
 * the kinds in `options.docs`; see rules/iam/ and the resource-policy rules.
 */
import type { ConditionBranch, KeyPath } from '../../core/types.js';
import type { Resource, ResourceGraph } from '../../model/graph.js';
import {
  actionsCover, elements, ESCALATION_ACTIONS, isLowImpactServiceWildcard, isReadAction, isServiceWildcard, isStarOnlyAction, keyPath, mergeBranches, parameterDecls, policyDocuments,
  principals, statementsOf, type DocKind, type Elements, type KnownStatement, type ParameterDecls,
} from '../../model/iam.js';
import { intrinsicName, NO_VALUE, type Resolver } from '../../model/resolve.js';
import type { CheckFn, FindingData } from '../engine.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export type StatementTest =
  | 'fullAdmin' | 'wildcardAction' | 'wildcardResourceWrite' | 'passRoleWildcard' | 'privilegeEscalation'
  | 'notPrincipal' | 'notAction' | 'notResource';

interface Hit {
  readonly path: KeyPath;
  readonly data: FindingData;
  readonly outcome?: 'fail' | 'unknown';
  readonly conditions?: readonly ConditionBranch[];
}

const ALL_DOCS: readonly DocKind[] = ['identity', 'trust', 'resource'];

function docKinds(options: Readonly<Record<string, unknown>>): readonly DocKind[] {
  const d = options['docs'];
  return Array.isArray(d) ? (d.filter((x) => x === 'identity' || x === 'trust' || x === 'resource') as DocKind[]) : ALL_DOCS;
}

/** Every known Allow statement of the resource's documents of `kinds`, with its document kind. */
export function allowStatements(resource: Resource, resolver: Resolver, kinds: readonly DocKind[]): { stmt: KnownStatement; kind: DocKind }[] {
  const out: { stmt: KnownStatement; kind: DocKind }[] = [];
  for (const doc of policyDocuments(resource, resolver)) {
    if (!kinds.includes(doc.kind)) continue;
    for (const s of statementsOf(doc, resolver)) if (s.known && s.effect === 'Allow') out.push({ stmt: s, kind: doc.kind });
  }
  return out;
}

const hasStar = (el: Elements): boolean => el.values.some((v) => v.value === '*');
const firstStar = (el: Elements) => el.values.find((v) => v.value === '*');

/** Resource `*`, or an IAM ARN that names every role/user/group/policy. */
function broadIamResource(r: string): boolean {
  if (r === '*') return true;
  const parts = r.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const service = parts[2]!;
  const rest = parts.slice(5).join(':');
  return (service === 'iam' || service === '*') && /^(\*|(role|user|group|policy)\/\*)$/i.test(rest);
}

function isFullAdmin(actions: Elements, resources: Elements): boolean {
  return actions.values.some((a) => /^\*+$/.test(a.value)) && hasStar(resources);
}

/** The statement's actions as patterns; with NotAction, `grants(a)` means "not excluded". */
function grants(stmt: KnownStatement, resolver: Resolver, action: string): boolean {
  if ('Action' in stmt.body) return actionsCover(elements(stmt.body['Action'], resolver).values.map((v) => v.value), action);
  if ('NotAction' in stmt.body) {
    const excluded = elements(stmt.body['NotAction'], resolver);
    return excluded.unknown === null && !actionsCover(excluded.values.map((v) => v.value), action);
  }
  return false;
}

function cond(...lists: (readonly ConditionBranch[] | undefined)[]): readonly ConditionBranch[] {
  return mergeBranches(...lists.map((l) => l ?? [])) ?? [];
}

const RESOURCE_SCOPING_KEYS = new Set([
  'aws:resourceaccount', 'aws:resourceorgid', 'aws:resourceorgpaths', 'ec2:createaction', 'aws:calledvia', 'aws:calledviafirst',
  'aws:calledvialast', 'aws:viaawsservice', 'kms:viaservice', 'iam:passedtoservice',
]);

function scopesResources(cond: unknown): boolean {
  if (!isObj(cond)) return false;
  return Object.entries(cond).some(([op, block]) => !/not/i.test(op) && isObj(block) && Object.keys(block).some((k) => {
    const key = k.toLowerCase();
    return RESOURCE_SCOPING_KEYS.has(key) || key.includes(':resourcetag/');
  }));
}

function testStatement(test: StatementTest, stmt: KnownStatement, resolver: Resolver, options: Readonly<Record<string, unknown>>, params: ParameterDecls): Hit | null {
  const b = stmt.body;
  const base = { sid: stmt.sid ?? `#${stmt.index}` };
  switch (test) {
    case 'fullAdmin': {
      const actions = elements(b['Action'], resolver, params);
      const resources = elements(b['Resource'], resolver);
      const star = actions.values.find((a) => /^\*+$/.test(a.value));
      const rStar = firstStar(resources);
      if (star && rStar) return { path: keyPath(stmt, 'Action'), data: { ...base, action: '*', resource: '*' }, conditions: cond(stmt.conditions, star.conditions, rStar.conditions) };
      if (rStar && actions.unknown && actions.values.length === 0)
        return { path: keyPath(stmt, 'Action'), data: { ...base, unknownReason: actions.unknown }, outcome: 'unknown', conditions: stmt.conditions };
      return null;
    }
    case 'wildcardAction': {
      const actions = elements(b['Action'], resolver, params);
      if (options['excludeAdmin'] !== false && isFullAdmin(actions, elements(b['Resource'], resolver))) return null;
      // Every wildcard of the statement is named, not only the first.
      const hits = actions.values.filter((a) => isServiceWildcard(a.value) && !isLowImpactServiceWildcard(a.value));
      const hit = hits[0];
      if (hit) {
        const same = hits.filter((a) => JSON.stringify(a.conditions) === JSON.stringify(hit.conditions));
        return { path: keyPath(stmt, 'Action'), data: { ...base, action: [...new Set(same.map((a) => a.value))].join(', ') }, conditions: cond(stmt.conditions, hit.conditions) };
      }
      if (actions.unknown && actions.values.length === 0)
        return { path: keyPath(stmt, 'Action'), data: { ...base, unknownReason: actions.unknown }, outcome: 'unknown', conditions: stmt.conditions };
      return null;
    }
    case 'wildcardResourceWrite': {
      if (!('Action' in b)) return null; // NotAction is PolicyAllowNotAction's business
      const actions = elements(b['Action'], resolver);
      const resources = elements(b['Resource'], resolver);
      const rStar = firstStar(resources);
      if (!rStar || isFullAdmin(actions, resources)) return null;
      // A condition on the target (its tags, account, the calling service) already narrows what `*` reaches.
      if (scopesResources(b['Condition'])) return null;
      // `<service>:*` is IamPolicyWildcardAction's finding already; here only named write actions count.
      const hit = actions.values.find((a) => !isReadAction(a.value) && !isStarOnlyAction(a.value) && !isServiceWildcard(a.value));
      if (!hit) return null;
      return { path: keyPath(stmt, 'Resource'), data: { ...base, action: hit.value }, conditions: cond(stmt.conditions, hit.conditions, rStar.conditions) };
    }
    case 'passRoleWildcard':
    case 'privilegeEscalation': {
      const actions = elements(b['Action'], resolver);
      const resources = elements(b['Resource'], resolver);
      if ('Action' in b && isFullAdmin(actions, resources)) return null;
      const broad = resources.values.find((r) => broadIamResource(r.value));
      if (!broad) return null;
      const wanted = test === 'passRoleWildcard' ? ['iam:PassRole'] : ESCALATION_ACTIONS;
      const granted = wanted.filter((a) => grants(stmt, resolver, a));
      if (granted.length === 0) return null;
      const shown = granted.length > 3 ? `${granted.slice(0, 3).join(', ')} and ${granted.length - 3} more` : granted.join(', ');
      return { path: keyPath(stmt, 'Action' in b ? 'Action' : 'NotAction'), data: { ...base, action: shown, resource: broad.value }, conditions: cond(stmt.conditions, broad.conditions) };
    }
    case 'notPrincipal':
    case 'notAction':
    case 'notResource': {
      const key = test === 'notPrincipal' ? 'NotPrincipal' : test === 'notAction' ? 'NotAction' : 'NotResource';
      if (!(key in b)) return null;
      const v = b[key];
      const shown = test === 'notPrincipal' ? principals(v, resolver).values.map((p) => p.value) : elements(v, resolver).values.map((x) => x.value);
      return { path: keyPath(stmt, key), data: { ...base, key, value: shown.slice(0, 3).join(', ') || '(unresolved)' }, conditions: stmt.conditions };
    }
    default: {
      const never: never = test;
      throw new Error(`unknown statement test ${String(never)}`);
    }
  }
}

const policyStatement: CheckFn = (ctx) => {
  const test = ctx.options['test'] as StatementTest;
  for (const { stmt } of allowStatements(ctx.resource, ctx.graph.resolver, docKinds(ctx.options))) {
    const hit = testStatement(test, stmt, ctx.graph.resolver, ctx.options, parameterDecls(ctx.graph.template.body));
    if (hit) ctx.report({ path: hit.path, data: hit.data, outcome: hit.outcome ?? 'fail', conditions: hit.conditions ?? [] });
  }
};

// ---------------------------------------------------------------------------------------------
// Trust policy: other accounts

const ACCOUNT_ID = /^\d{12}$/;
const ARN_ACCOUNT = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/i;
const CROSS_ACCOUNT_GUARDS = new Set(['sts:externalid', 'aws:principalorgid', 'aws:principalorgpaths']);

const trustExternalAccount: CheckFn = (ctx) => {
  const allowed = new Set(Array.isArray(ctx.options['allowedAccounts']) ? (ctx.options['allowedAccounts'] as unknown[]).map(String) : []);
  for (const { stmt } of allowStatements(ctx.resource, ctx.graph.resolver, ['trust'])) {
    const cond = stmt.body['Condition'];
    if (isObj(cond) && Object.entries(cond).some(([op, block]) => !/not|ifexists/i.test(op) && isObj(block) && Object.keys(block).some((k) => CROSS_ACCOUNT_GUARDS.has(k.toLowerCase())))) continue;
    for (const p of principals(stmt.body['Principal'], ctx.graph.resolver).values) {
      if (p.kind !== 'AWS') continue;
      const account = ACCOUNT_ID.test(p.value) ? p.value : ARN_ACCOUNT.exec(p.value)?.[1];
      if (!account || allowed.has(account)) continue;
      ctx.report({ path: keyPath(stmt, 'Principal'), data: { sid: stmt.sid ?? `#${stmt.index}`, principal: p.value, account }, conditions: cond_(stmt.conditions, p.conditions) });
      break;
    }
  }
};

const cond_ = (a: readonly ConditionBranch[], b: readonly ConditionBranch[]): readonly ConditionBranch[] => mergeBranches(a, b) ?? [];

// ---------------------------------------------------------------------------------------------
// Managed policies

/**
 * The literal text a value can have, one entry per Fn::If branch, with intrinsics inside Sub/Join
 * replaced by nothing: enough to read `arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess`.
 */
export function literalTexts(v: unknown, resolver: Resolver, depth = 0): string[] {
  if (depth > 10) return [];
  if (typeof v === 'string') return [v];
  const name = intrinsicName(v);
  if (name === null) return [];
  const arg = (v as Obj)[name];
  switch (name) {
    case 'Fn::Sub': {
      const text = Array.isArray(arg) ? arg[0] : arg;
      const known = resolver.resolve(v).filter((r) => r.known && typeof r.value === 'string').map((r) => (r as { value: string }).value);
      return known.length ? known : typeof text === 'string' ? [text] : [];
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || !Array.isArray(arg[1])) return [];
      const sep = typeof arg[0] === 'string' ? arg[0] : '';
      return [(arg[1] as unknown[]).map((x) => literalTexts(x, resolver, depth + 1)[0] ?? '').join(sep)];
    }
    case 'Fn::If':
      return Array.isArray(arg) ? [...literalTexts(arg[1], resolver, depth + 1), ...literalTexts(arg[2], resolver, depth + 1)] : [];
    default:
      return resolver.resolve(v).filter((r) => r.known && typeof r.value === 'string').map((r) => (r as { value: string }).value);
  }
}

/** The AWS-managed policy name an ARN (or a SAM policy name) stands for, or null. */
export function awsManagedPolicyName(text: string, bareNames: boolean): string | null {
  const m = /:iam::aws:policy\/(?:.*\/)?([A-Za-z0-9+=,.@_-]+)$/.exec(text);
  if (m) return m[1]!;
  if (bareNames && /^[A-Za-z0-9+=,.@_-]+$/.test(text)) return text;
  return null;
}

const ELEVATED = /^(PowerUserAccess|IAMFullAccess|.*FullAccess(V2)?)$/;
/** `…FullAccess` by name only: these grant a single harmless capability. */
const NOT_ELEVATED = new Set(['AmazonAPIGatewayInvokeFullAccess']);

/** Each managed policy attached to a role, user, group or SAM function: path and name. */
function attachedManagedPolicies(resource: Resource, resolver: Resolver): { path: KeyPath; name: string; conditions: readonly ConditionBranch[] }[] {
  const out: { path: KeyPath; name: string; conditions: readonly ConditionBranch[] }[] = [];
  const sam = resource.type.startsWith('AWS::Serverless::');
  const key = sam ? 'Policies' : 'ManagedPolicyArns';
  const list = resource.properties[key];
  if (list === undefined) return out;
  const base = [...resource.path, 'Properties', key];
  for (const alt of resolver.resolve(list)) {
    if (!alt.known || alt.value === NO_VALUE) continue;
    const items = Array.isArray(alt.value) ? alt.value : [alt.value];
    items.forEach((item, i) => {
      if (isObj(item) && intrinsicName(item) === null) return; // SAM document or policy template
      const path = Array.isArray(alt.value) ? [...base, i] : base;
      for (const text of literalTexts(item, resolver)) {
        const name = awsManagedPolicyName(text, sam);
        if (name) out.push({ path, name, conditions: alt.conditions });
      }
    });
  }
  return out;
}

const managedPolicyAttached: CheckFn = (ctx) => {
  const match = ctx.options['match'];
  const hits = attachedManagedPolicies(ctx.resource, ctx.graph.resolver).filter((p) =>
    match === 'admin' ? p.name === 'AdministratorAccess' : p.name !== 'AdministratorAccess' && ELEVATED.test(p.name) && !NOT_ELEVATED.has(p.name));
  // One finding per resource: five FullAccess policies on one role are one decision for the reviewer.
  const first = hits[0];
  if (!first) return;
  const names = [...new Set(hits.map((h) => h.name))];
  const policy = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  ctx.report({ path: first.path, data: { policy }, conditions: first.conditions });
};

// ---------------------------------------------------------------------------------------------
// Policies on users; access keys

const nonEmpty = (v: unknown, resolver: Resolver): boolean =>
  v !== undefined && resolver.resolve(v).some((r) => !r.known || (r.value !== NO_VALUE && (!Array.isArray(r.value) || r.value.length > 0)));

const policyOnUser: CheckFn = (ctx) => {
  const { resource, graph } = ctx;
  const props = resource.properties;
  const base = [...resource.path, 'Properties'];
  if (resource.type === 'AWS::IAM::User') {
    for (const key of ['Policies', 'ManagedPolicyArns'])
      if (nonEmpty(props[key], graph.resolver)) ctx.report({ path: [...base, key], data: { user: resource.logicalId, via: key } });
    return;
  }
  if (resource.type === 'AWS::IAM::UserPolicy') {
    ctx.report({ path: [...base, 'UserName'], data: { user: shortRef(props['UserName']), via: 'UserPolicy' } });
    return;
  }
  if (nonEmpty(props['Users'], graph.resolver)) {
    const users = Array.isArray(props['Users']) ? props['Users'].map(shortRef).join(', ') : shortRef(props['Users']);
    ctx.report({ path: [...base, 'Users'], data: { user: users, via: 'Users' } });
  }
};

function shortRef(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isObj(v) && typeof v['Ref'] === 'string') return v['Ref'];
  return '(computed)';
}

/** Outputs that hand out an access key's secret, per graph (outputs are scanned once): key id → output names. */
const secretOutputs = new WeakMap<ResourceGraph, ReadonlyMap<string, readonly string[]>>();

function exportedSecrets(graph: ResourceGraph): ReadonlyMap<string, readonly string[]> {
  let m = secretOutputs.get(graph);
  if (m) return m;
  const found = new Map<string, string[]>();
  for (const [name, out] of Object.entries(graph.outputs)) {
    const text = JSON.stringify(isObj(out) ? out['Value'] ?? null : null) ?? '';
    const ids = new Set<string>();
    for (const hit of text.matchAll(/"Fn::GetAtt":(?:\["([^"]+)","SecretAccessKey"\]|"([^".]+)\.SecretAccessKey")|\$\{([^}.]+)\.SecretAccessKey\}/g)) {
      const id = hit[1] ?? hit[2] ?? hit[3];
      if (id) ids.add(id);
    }
    for (const id of ids) found.set(id, [...(found.get(id) ?? []), name]);
  }
  secretOutputs.set(graph, (m = found));
  return m;
}

const userAccessKey: CheckFn = (ctx) => {
  ctx.report({ path: ctx.resource.path, data: { user: shortRef(ctx.resource.properties['UserName']) } });
};

/**
 * An Output whose value is the key's SecretAccessKey: anyone who can describe the stack reads the
 * secret. Reported under the output's name, as outputs belong to no resource.
 */
const accessKeySecretInOutputs: CheckFn = (ctx) => {
  for (const name of exportedSecrets(ctx.graph).get(ctx.resource.logicalId) ?? []) {
    ctx.report({ path: ['Outputs', name, 'Value'], logicalId: name, resourceType: 'Output', data: { user: shortRef(ctx.resource.properties['UserName']), key: ctx.resource.logicalId, output: name } });
  }
};

export const iamChecks: Readonly<Record<string, CheckFn>> = {
  policyStatement,
  trustExternalAccount,
  managedPolicyAttached,
  policyOnUser,
  userAccessKey,
  accessKeySecretInOutputs,
};

