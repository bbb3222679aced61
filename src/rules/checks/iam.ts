/**
 * Checks over policy statements (identity, trust and resource policies) and IAM attachments.
 * `policyStatement` runs one statement predicate, chosen by `options.test`, over the documents of
 * the kinds in `options.docs`; see rules/iam/ and the resource-policy rules.
 */
import type { ConditionBranch, KeyPath, UnknownCause } from '../../types/types.js';
import type { Resource, ResourceGraph } from '../../model/graph.js';
import {
  COMPUTE_TAKEOVER_ACTIONS, elementCovers, elements, ESCALATION_ACTIONS, PASSROLE_LAUNCH_ACTIONS, isLowImpactServiceWildcard, isReadAction, isServiceWildcard, isStarOnlyAction, keyPath, mergeBranches, parameterDecls, policyDocuments,
  principals, statementElements, statementsOf, type DocKind, type ElementKey, type Elements, type KnownStatement, type ParameterDecls,
} from '../../model/iam.js';
import { classifyAction, grantsScopedWrite } from '../../model/iam-actions.js';
import { entryRestriction, oidcProviderHost, oidcRestriction } from '../../model/iam-conditions.js';
import { memoized, MemoSlot } from '../../model/memo.js';
import { intrinsicName, NO_VALUE, type Resolver } from '../../model/resolve.js';
import type { ReadContext, FindingData } from '../engine.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';
import { docs, strings } from './option-schemas.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export type StatementTest =
  | 'fullAdmin' | 'wildcardAction' | 'wildcardResourceWrite' | 'passRoleWildcard' | 'privilegeEscalation'
  | 'permissionsManagementWildcard' | 'notPrincipal' | 'notAction' | 'notResource';

interface Hit {
  readonly path: KeyPath;
  readonly data: FindingData;
  readonly outcome?: 'fail' | 'unknown';
  readonly conditions?: readonly ConditionBranch[];
  readonly cause?: UnknownCause;
}

const ALL_DOCS: readonly DocKind[] = ['identity', 'trust', 'resource'];

function docKinds(options: { readonly docs?: readonly DocKind[] }): readonly DocKind[] {
  return options.docs ?? ALL_DOCS;
}

/** Every known Allow statement of the resource's documents of `kinds`, with its document kind. */
type Unread = { reason: UnknownCause; path: KeyPath; conditions: readonly ConditionBranch[]; kind: DocKind };
type Statements = { readonly stmts: readonly { stmt: KnownStatement; kind: DocKind }[]; readonly unread: readonly Unread[] };
/** Statements of every document kind per resource entry: the policy rules of one resource share them. */
const STATEMENTS = new MemoSlot<Map<object, Statements>>('allow statements');

/**
 * Every known Allow statement of the check's resource in documents of `kinds`. A statement or document
 * only known at deploy time is handed to the engine as undecided: it could grant anything, so the
 * resource is never passed silently when the check reports nothing else.
 */
export function readAllowStatements(ctx: ReadContext, kinds: readonly DocKind[]): readonly { stmt: KnownStatement; kind: DocKind }[] {
  const all = allowStatements(ctx.resource, ctx.graph.resolver);
  for (const u of all.unread) if (kinds.includes(u.kind)) ctx.undecided(u.path, u.reason, u.conditions);
  // The shared list itself when every kind is asked for (the default): no copy per rule and resource.
  return kinds === ALL_DOCS || (kinds.length === ALL_DOCS.length && ALL_DOCS.every((k) => kinds.includes(k))) ? all.stmts : all.stmts.filter((s) => kinds.includes(s.kind));
}

function allowStatements(resource: Resource, resolver: Resolver): Statements {
  // Per resolver too: one template audited with other parameter values (a nested stack) has other statements.
  const byEntry = memoized(resolver, STATEMENTS, () => new Map<object, Statements>());
  let hit = byEntry.get(resource.entry);
  if (!hit) {
    const stmts: { stmt: KnownStatement; kind: DocKind }[] = [];
    const unread: Unread[] = [];
    for (const doc of policyDocuments(resource, resolver)) {
      for (const s of statementsOf(doc, resolver)) {
        if (s.known && s.effect === 'Allow') stmts.push({ stmt: s, kind: doc.kind });
        else if (!s.known) unread.push({ reason: s.reason, path: s.path, conditions: s.conditions, kind: doc.kind });
      }
    }
    hit = { stmts, unread };
    byEntry.set(resource.entry, hit);
  }
  return hit;
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
function grants(stmt: KnownStatement, action: string): boolean {
  const lower = action.toLowerCase();
  if ('Action' in stmt.body) return elementCovers(statementElements(stmt, 'Action'), lower);
  if ('NotAction' in stmt.body) {
    const excluded = statementElements(stmt, 'NotAction');
    return excluded.unknown === null && !elementCovers(excluded, lower);
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

/** "a, b, c and 4 more" */
function listed(names: readonly string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

/** Resource `*`, every IAM principal or policy, or every resource of one service (`arn:aws:lambda:*:*:function:*`). */
function broadResource(r: string): boolean {
  if (broadIamResource(r)) return true;
  const parts = r.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const rest = parts.slice(5).join(':');
  // S3 ARNs have no account: `arn:aws:s3:::name/*` is one bucket's objects, only `arn:aws:s3:::*` is every bucket.
  if (parts[4] === '') return /^\*+$/.test(rest);
  return !/unresolved-/.test(rest) && /^([a-z-]+[/:])?\*$/i.test(rest);
}

/**
 * A named write (not Read/List) that takes a resource: by the Service Authorization Reference, or by its
 * verb for a service not in it. Permissions-management actions that IamPolicyPermissionsManagementWildcard
 * or IamPrivilegeEscalation report on `*` are theirs, so one grant is one finding.
 */
function isScopedWrite(action: string): boolean {
  const classes = classifyAction(action);
  if (!classes) return !isReadAction(action);
  if (!grantsScopedWrite(classes)) return false;
  return classes.writes.length > 0 || classes.permissions.some((x) => !reportedAsPermissionsManagement(x) && !ESCALATION_LOWER.has(x.toLowerCase()));
}

/** A permissions-management action IamPolicyPermissionsManagementWildcard reports on a broad resource. */
function reportedAsPermissionsManagement(action: string): boolean {
  return !ESCALATION_LOWER.has(action.toLowerCase()) && !isStarOnlyAction(action) && !NARROWING.test(action);
}

/**
 * Permissions-management actions that can only take access away (retire or revoke a grant, detach or
 * remove a permission) or that grant nothing until attached (iam:CreatePolicy): not an exposure.
 */
const NARROWING = /^[a-z0-9-]+:(Retire|Revoke|Detach|Remove|Disassociate|Dissociate)|^iam:CreatePolicy$/i;

const ESCALATION_LOWER: ReadonlySet<string> = new Set(ESCALATION_ACTIONS.map((a) => a.toLowerCase()));

/** What a statement test may need from the resource's other statements. */
interface StatementContext {
  /** Some Allow statement of the resource grants iam:PassRole on every role. */
  readonly passRole: boolean;
  readonly kind: DocKind;
}

/** A principal's text with the account pseudo parameter kept as `${AWS::AccountId}` (CDK writes it with Fn::Join). */
function accountText(v: unknown, given: string | undefined, depth = 0): string {
  if (typeof v === 'string') return v.replace(/\$\{AWS::Partition\}/g, 'aws');
  if (depth > 5 || !isObj(v)) return '?';
  if (v['Ref'] === 'AWS::AccountId') return given ?? '${AWS::AccountId}';
  if (v['Ref'] === 'AWS::Partition') return 'aws';
  const sub = v['Fn::Sub'];
  if (typeof sub === 'string') return accountText(sub, given, depth + 1);
  const join = v['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) return (join[1] as unknown[]).map((x) => accountText(x, given, depth + 1)).join(join[0]);
  return '?';
}

/**
 * The principal names only the template's own account (`arn:${AWS::Partition}:iam::${AWS::AccountId}:root`,
 * `!Ref AWS::AccountId`, or that account's id when it is given).
 */
function ownAccountRootOnly(principal: unknown, resolver: Resolver): boolean {
  if (!isObj(principal) || intrinsicName(principal) !== null) return false;
  const keys = Object.keys(principal);
  if (keys.length !== 1 || keys[0] !== 'AWS') return false;
  const raw = principal['AWS'];
  const items = Array.isArray(raw) ? raw : [raw];
  const given = resolver.resolveString({ Ref: 'AWS::AccountId' }).flatMap((r) => (r.known && typeof r.value === 'string' ? [r.value] : []))[0];
  return items.length > 0 && items.every((item) => {
    const t = accountText(item, given);
    const m = /^(?:arn:aws[a-z-]*:iam::(.+):root|(.+))$/.exec(t);
    const id = m ? m[1] ?? m[2] : undefined;
    return id === '${AWS::AccountId}' || (given !== undefined && id === given);
  });
}

function testStatement(test: StatementTest, stmt: KnownStatement, resolver: Resolver, options: { readonly excludeAdmin?: boolean }, params: ParameterDecls, extra: StatementContext): Hit | null {
  const b = stmt.body;
  // The statement's name for messages: made only for a hit (ten rules test every statement).
  const sid = (): string => stmt.sid ?? `#${stmt.index}`;
  switch (test) {
    case 'fullAdmin': {
      const actions = statementElements(stmt, 'Action', params);
      const resources = statementElements(stmt, 'Resource');
      const star = actions.values.find((a) => /^\*+$/.test(a.value));
      const rStar = firstStar(resources);
      if (star && rStar) return { path: keyPath(stmt, 'Action'), data: { sid: sid(), action: '*', resource: '*' }, conditions: cond(stmt.conditions, star.conditions, rStar.conditions) };
      if (rStar && actions.unknown && actions.values.length === 0)
        return { path: keyPath(stmt, 'Action'), data: { sid: sid() }, cause: actions.unknown, outcome: 'unknown', conditions: stmt.conditions };
      return null;
    }
    case 'wildcardAction': {
      // A resource policy that gives every action to its own account's root only delegates to that account's IAM.
      if (extra.kind === 'resource' && ownAccountRootOnly(b['Principal'], resolver)) return null;
      const actions = statementElements(stmt, 'Action', params);
      if (options.excludeAdmin !== false && isFullAdmin(actions, statementElements(stmt, 'Resource'))) return null;
      // Every wildcard of the statement is named, not only the first.
      const hits = actions.values.filter((a) => isServiceWildcard(a.value) && !isLowImpactServiceWildcard(a.value));
      const hit = hits[0];
      if (hit) {
        const same = hits.filter((a) => JSON.stringify(a.conditions) === JSON.stringify(hit.conditions));
        return { path: keyPath(stmt, 'Action'), data: { sid: sid(), action: [...new Set(same.map((a) => a.value))].join(', ') }, conditions: cond(stmt.conditions, hit.conditions) };
      }
      if (actions.unknown && actions.values.length === 0)
        return { path: keyPath(stmt, 'Action'), data: { sid: sid() }, cause: actions.unknown, outcome: 'unknown', conditions: stmt.conditions };
      return null;
    }
    case 'wildcardResourceWrite': {
      if (!('Action' in b)) return null; // NotAction is PolicyAllowNotAction's business
      const actions = statementElements(stmt, 'Action');
      const resources = statementElements(stmt, 'Resource', params);
      const rStar = firstStar(resources);
      // A Resource only known at deploy time may be `*`: judged like one, but undecided.
      if ((!rStar && resources.unknown === null) || isFullAdmin(actions, resources)) return null;
      // A condition on the target (its tags, account, the calling service) already narrows what `*` reaches.
      if (scopesResources(b['Condition'])) return null;
      // `<service>:*` is IamPolicyWildcardAction's finding already; here only named write actions count,
      // and not those IAM accepts only on `*` (the Service Authorization Reference lists no resource type).
      const hit = actions.values.find((a) => !isServiceWildcard(a.value) && !isStarOnlyAction(a.value) && isScopedWrite(a.value));
      if (!hit) return null;
      if (!rStar) return { path: keyPath(stmt, 'Resource'), data: { sid: sid(), action: hit.value }, cause: resources.unknown ?? { code: 'deploy-time-value', args: {} }, outcome: 'unknown', conditions: cond(stmt.conditions, hit.conditions) };
      return { path: keyPath(stmt, 'Resource'), data: { sid: sid(), action: hit.value }, conditions: cond(stmt.conditions, hit.conditions, rStar.conditions) };
    }
    case 'permissionsManagementWildcard': {
      if (!('Action' in b)) return null;
      const actions = statementElements(stmt, 'Action');
      const resources = statementElements(stmt, 'Resource');
      if (isFullAdmin(actions, resources) || scopesResources(b['Condition'])) return null;
      const broad = resources.values.find((r) => broadResource(r.value));
      if (!broad) return null;
      // The iam: escalation paths are IamPrivilegeEscalation's; `<service>:*` is IamPolicyWildcardAction's.
      for (const a of actions.values) {
        if (isServiceWildcard(a.value)) continue;
        const granted = (classifyAction(a.value)?.permissions ?? []).filter(reportedAsPermissionsManagement);
        if (granted.length === 0) continue;
        return { path: keyPath(stmt, 'Action'), data: { sid: sid(), action: a.value, grants: listed(granted), resource: broad.value }, conditions: cond(stmt.conditions, a.conditions, broad.conditions) };
      }
      return null;
    }
    case 'passRoleWildcard': {
      const actions = statementElements(stmt, 'Action');
      const resources = statementElements(stmt, 'Resource');
      if ('Action' in b && isFullAdmin(actions, resources)) return null;
      const broad = resources.values.find((r) => broadIamResource(r.value));
      if (!broad || !grants(stmt, 'iam:PassRole')) return null;
      return { path: keyPath(stmt, 'Action' in b ? 'Action' : 'NotAction'), data: { sid: sid(), action: 'iam:PassRole', resource: broad.value }, conditions: cond(stmt.conditions, broad.conditions) };
    }
    case 'privilegeEscalation': {
      const actions = statementElements(stmt, 'Action');
      const resources = statementElements(stmt, 'Resource');
      if ('Action' in b && isFullAdmin(actions, resources)) return null;
      const broad = resources.values.find((r) => broadResource(r.value));
      if (!broad) return null;
      const granted = [
        ...(broadIamResource(broad.value) ? ESCALATION_ACTIONS : []),
        ...COMPUTE_TAKEOVER_ACTIONS,
        ...(extra.passRole ? PASSROLE_LAUNCH_ACTIONS.filter((a) => !COMPUTE_TAKEOVER_ACTIONS.includes(a)) : []),
      ].filter((a) => grants(stmt, a));
      if (granted.length === 0) return null;
      const shown = listed(granted.map((a) => (extra.passRole && PASSROLE_LAUNCH_ACTIONS.includes(a) && !COMPUTE_TAKEOVER_ACTIONS.includes(a) ? `${a} (with iam:PassRole)` : a)));
      return { path: keyPath(stmt, 'Action' in b ? 'Action' : 'NotAction'), data: { sid: sid(), action: shown, resource: broad.value }, conditions: cond(stmt.conditions, broad.conditions) };
    }
    case 'notPrincipal':
    case 'notAction':
    case 'notResource': {
      const key = test === 'notPrincipal' ? 'NotPrincipal' : test === 'notAction' ? 'NotAction' : 'NotResource';
      if (!(key in b)) return null;
      const v = b[key];
      const shown = test === 'notPrincipal' ? principals(v, resolver).values.map((p) => p.value) : elements(v, resolver).values.map((x) => x.value);
      return { path: keyPath(stmt, key), data: { sid: sid(), key, value: shown.slice(0, 3).join(', ') || '(unresolved)' }, conditions: stmt.conditions };
    }
    default: {
      const never: never = test;
      throw new Error(`unknown statement test ${String(never)}`);
    }
  }
}

const policyStatementOptions = {
  type: 'object',
  properties: {
    test: { enum: ['fullAdmin', 'wildcardAction', 'wildcardResourceWrite', 'passRoleWildcard', 'privilegeEscalation', 'permissionsManagementWildcard', 'notPrincipal', 'notAction', 'notResource'] },
    docs,
    excludeAdmin: { type: 'boolean' },
  },
  required: ['test'],
  additionalProperties: false,
} as const;

/** One message per statement test: `messageId` is the test. */
const policyStatementMessages = {
  fullAdmin: 'statement {sid} allows Action * on Resource *',
  wildcardAction: 'statement {sid} allows {action}',
  wildcardResourceWrite: 'statement {sid} allows {action} on Resource *',
  passRoleWildcard: 'statement {sid} allows {action} on {resource}',
  privilegeEscalation: 'statement {sid} allows {action} on {resource}',
  permissionsManagementWildcard: 'statement {sid} allows {action} ({grants}) on {resource}',
  notPrincipal: 'statement {sid} allows every principal except {value}',
  notAction: 'statement {sid} allows every action except {value}',
  notResource: 'statement {sid} allows its actions on every resource except {value}',
};

const policyStatement = defineCheck({ name: 'policyStatement', options: policyStatementOptions, messages: policyStatementMessages }, (ctx) => {
  const test = ctx.options.test;
  const resolver = ctx.graph.resolver;
  const params = parameterDecls(ctx.graph.template.body, ctx.graph.resolver);
  const stmts = readAllowStatements(ctx, docKinds(ctx.options));
  const passRole = test === 'privilegeEscalation' && stmts.some(({ stmt }) =>
    grants(stmt, 'iam:PassRole') && statementElements(stmt, 'Resource').values.some((r) => broadIamResource(r.value)));
  let decided = false;
  for (const { stmt, kind } of stmts) {
    const hit = testStatement(test, stmt, resolver, ctx.options, params, { passRole, kind });
    if (hit) {
      decided = true;
      ctx.report({ messageId: test, path: hit.path, data: hit.data, outcome: hit.outcome ?? 'fail', conditions: hit.conditions ?? [], ...(hit.cause ? { cause: hit.cause } : {}) });
    }
  }
  if (decided) return;
  // Like a statement only known at deploy time (readAllowStatements), so could an element that may be a wildcard once deployed.
  for (const { stmt } of stmts) {
    for (const key of ELEMENTS_READ[test] ?? []) {
      const el = statementElements(stmt, key, params);
      if (el.unknown !== null) ctx.undecided(keyPath(stmt, key), el.unknown, stmt.conditions);
    }
  }
});

/**
 * The statement elements each test cannot decide without: an Action that may be `*` once deployed.
 * (A deploy-time Resource matters only with certain actions; those stay with the tests themselves.)
 */
const ELEMENTS_READ: Partial<Record<StatementTest, readonly ElementKey[]>> = {
  fullAdmin: ['Action'],
  wildcardAction: ['Action'],
  wildcardResourceWrite: ['Action'],
  // These tests also read NotAction (what a statement grants by excluding): one only known at deploy time may exclude nothing.
  passRoleWildcard: ['Action', 'NotAction'],
  privilegeEscalation: ['Action', 'NotAction'],
  permissionsManagementWildcard: ['Action'],
};

// ---------------------------------------------------------------------------------------------
// Trust policy: other accounts

const ACCOUNT_ID = /^\d{12}$/;
const ARN_ACCOUNT = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/i;
const CROSS_ACCOUNT_GUARDS = new Set(['sts:externalid', 'aws:principalorgid', 'aws:principalorgpaths']);

/** An ExternalId or organisation condition that really pins the caller (see iam-conditions). */
function crossAccountGuarded(condition: unknown, resolver: Resolver, params: ParameterDecls): boolean {
  if (!isObj(condition)) return false;
  return Object.entries(condition).some(([op, block]) => isObj(block) && Object.entries(block).some(([k, v]) =>
    CROSS_ACCOUNT_GUARDS.has(k.toLowerCase()) && entryRestriction(op, k, v, resolver, params).verdict !== 'open'));
}

const trustExternalAccountOptions = { type: 'object', properties: { allowedAccounts: strings, docs }, additionalProperties: false } as const;

const trustExternalAccountMessages = { externalAccount: 'trust policy statement {sid} trusts account {account} ({principal}) without sts:ExternalId or aws:PrincipalOrgID' };

const trustExternalAccount = defineCheck({ name: 'trustExternalAccount', options: trustExternalAccountOptions, messages: trustExternalAccountMessages }, (ctx) => {
  const allowed = new Set(ctx.options.allowedAccounts);
  const params = parameterDecls(ctx.graph.template.body, ctx.graph.resolver);
  for (const { stmt } of readAllowStatements(ctx, ['trust'])) {
    if (crossAccountGuarded(stmt.body['Condition'], ctx.graph.resolver, params)) continue;
    const ps = principals(stmt.body['Principal'], ctx.graph.resolver, params);
    // A principal only known at deploy time may be another account.
    if (ps.unknown !== null) ctx.undecided(keyPath(stmt, 'Principal'), ps.unknown, stmt.conditions, { sid: stmt.sid ?? `#${stmt.index}`, principal: '(unresolved)' });
    for (const p of ps.values) {
      if (p.kind !== 'AWS') continue;
      const account = ACCOUNT_ID.test(p.value) ? p.value : ARN_ACCOUNT.exec(p.value)?.[1];
      if (!account || allowed.has(account)) continue;
      ctx.report({ messageId: 'externalAccount', path: keyPath(stmt, 'Principal'), data: { sid: stmt.sid ?? `#${stmt.index}`, principal: p.value, account }, conditions: cond_(stmt.conditions, p.conditions) });
      break;
    }
  }
});

const cond_ = (a: readonly ConditionBranch[], b: readonly ConditionBranch[]): readonly ConditionBranch[] => mergeBranches(a, b) ?? [];

// ---------------------------------------------------------------------------------------------
// Trust policy: web-identity (OIDC) federation

/**
 * The OIDC providers a `Federated` principal names: the host of each (null when it cannot be read),
 * from an ARN, a bare host, or a Ref/GetAtt to an AWS::IAM::OIDCProvider of the template (its Url).
 * SAML providers are left out.
 */
function oidcProviders(raw: unknown, graph: ResourceGraph, params: ParameterDecls): { host: string | null; label: string }[] {
  const out: { host: string | null; label: string }[] = [];
  for (const item of Array.isArray(raw) ? raw : [raw]) {
    const name = intrinsicName(item);
    const arg = name ? (item as Obj)[name] : undefined;
    const target: unknown = name === 'Ref' && typeof arg === 'string' ? arg : name === 'Fn::GetAtt' ? (Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined) : undefined;
    const provider = typeof target === 'string' ? graph.resources.get(target) : undefined;
    if (provider?.type === 'AWS::IAM::OIDCProvider') {
      const url = graph.resolver.resolveString(provider.properties['Url']).flatMap((r) => (r.known && typeof r.value === 'string' ? [r.value] : []))[0];
      out.push({ host: url !== undefined ? oidcProviderHost(url) : null, label: provider.logicalId });
      continue;
    }
    const texts = elements(item, graph.resolver, params).values.map((v) => v.value);
    if (texts.length === 0) out.push({ host: null, label: '(computed)' });
    for (const t of texts) if (!/saml-provider\//i.test(t)) out.push({ host: oidcProviderHost(t), label: t });
  }
  return out;
}

const trustOidcSubjectMessages = { noSubject: 'trust statement {sid} lets {provider} assume the role without a {claim} condition that names who' };

const trustOidcSubject = defineCheck({ name: 'trustOidcSubject', options: NO_OPTIONS, messages: trustOidcSubjectMessages }, (ctx) => {
  const { graph } = ctx;
  const params = parameterDecls(graph.template.body, graph.resolver);
  for (const { stmt } of readAllowStatements(ctx, ['trust'])) {
    if (!grants(stmt, 'sts:AssumeRoleWithWebIdentity')) continue;
    const principal = stmt.body['Principal'];
    if (!isObj(principal) || principal['Federated'] === undefined) continue;
    for (const p of oidcProviders(principal['Federated'], graph, params)) {
      const r = oidcRestriction(stmt.body['Condition'], p.host, graph.resolver, params);
      if (r.verdict === 'restricts') continue;
      const data = { sid: stmt.sid ?? `#${stmt.index}`, provider: p.host ?? p.label, claim: p.host === 'cognito-identity.amazonaws.com' ? 'aud' : 'sub' };
      if (r.verdict === 'unknown') ctx.report({ messageId: 'noSubject', path: keyPath(stmt, 'Condition'), outcome: 'unknown', data, cause: { code: 'condition-key', args: { key: r.key, reason: r.reason, named: false } }, conditions: stmt.conditions });
      else ctx.report({ messageId: 'noSubject', path: keyPath(stmt, 'Condition' in stmt.body ? 'Condition' : 'Principal'), data, conditions: stmt.conditions });
      break;
    }
  }
});

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
      const text: unknown = Array.isArray(arg) ? arg[0] : arg;
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
function attachedManagedPolicies(resource: Resource, resolver: Resolver, unread?: { path: KeyPath; reason: UnknownCause }[], resources?: ReadonlyMap<string, unknown>): { path: KeyPath; name: string; conditions: readonly ConditionBranch[] }[] {
  const out: { path: KeyPath; name: string; conditions: readonly ConditionBranch[] }[] = [];
  const sam = resource.type.startsWith('AWS::Serverless::');
  const key = sam ? 'Policies' : 'ManagedPolicyArns';
  const list = resource.properties[key];
  if (list === undefined) return out;
  const base = [...resource.path, 'Properties', key];
  // A policy of this template (`!Ref MyPolicy`, `!GetAtt …`) is customer-managed: never an AWS one.
  const ownPolicy = (v: unknown): boolean => {
    const name = intrinsicName(v);
    const arg = name ? (v as Record<string, unknown>)[name] : undefined;
    const target: unknown = name === 'Ref' ? arg : name === 'Fn::GetAtt' ? (Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined) : undefined;
    return typeof target === 'string' && resources !== undefined && resources.has(target);
  };
  for (const alt of resolver.resolve(list)) {
    if (!alt.known) {
      unread?.push({ path: base, reason: alt.reason });
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    const items = Array.isArray(alt.value) ? alt.value : [alt.value];
    items.forEach((item, i) => {
      if (isObj(item) && intrinsicName(item) === null) return; // SAM document or policy template
      const path = Array.isArray(alt.value) ? [...base, i] : base;
      const texts = literalTexts(item, resolver);
      for (const text of texts) {
        const name = awsManagedPolicyName(text, sam);
        if (name) out.push({ path, name, conditions: alt.conditions });
      }
      if (texts.length === 0 && !ownPolicy(item)) {
        const u = resolver.resolve(item).find((r) => !r.known);
        if (u && !u.known) unread?.push({ path, reason: u.reason });
      }
    });
  }
  return out;
}

const managedPolicyAttachedOptions = { type: 'object', properties: { match: { enum: ['admin', 'elevated'] } }, additionalProperties: false } as const;

const managedPolicyAttachedMessages = { admin: 'the AWS managed policy {policy} is attached', elevated: 'AWS managed policy attached: {policy}' };

const managedPolicyAttached = defineCheck({ name: 'managedPolicyAttached', options: managedPolicyAttachedOptions, messages: managedPolicyAttachedMessages }, (ctx) => {
  const match = ctx.options.match;
  const unread: { path: KeyPath; reason: UnknownCause }[] = [];
  const hits = attachedManagedPolicies(ctx.resource, ctx.graph.resolver, unread, ctx.graph.resources).filter((p) =>
    match === 'admin' ? p.name === 'AdministratorAccess' : p.name !== 'AdministratorAccess' && ELEVATED.test(p.name) && !NOT_ELEVATED.has(p.name));
  // One finding per resource: five FullAccess policies on one role are one decision for the reviewer.
  const first = hits[0];
  if (!first) {
    // A policy ARN only known at deploy time may name an AWS managed policy: undecided, not a pass.
    for (const u of unread) ctx.undecided(u.path, u.reason);
    return;
  }
  const names = [...new Set(hits.map((h) => h.name))];
  const policy = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  ctx.report({ messageId: match === 'admin' ? 'admin' : 'elevated', path: first.path, data: { policy }, conditions: first.conditions });
});

// ---------------------------------------------------------------------------------------------
// Policies on users; access keys

const nonEmpty = (v: unknown, resolver: Resolver): boolean =>
  v !== undefined && resolver.resolve(v).some((r) => !r.known || (r.value !== NO_VALUE && (!Array.isArray(r.value) || r.value.length > 0)));

const policyOnUser = defineCheck({ name: 'policyOnUser', options: NO_OPTIONS, messages: { userPolicy: 'policy attached directly to user {user} (via {via})' } }, (ctx) => {
  const { resource, graph } = ctx;
  const props = resource.properties;
  const base = [...resource.path, 'Properties'];
  if (resource.type === 'AWS::IAM::User') {
    for (const key of ['Policies', 'ManagedPolicyArns'])
      if (nonEmpty(props[key], graph.resolver)) ctx.report({ messageId: 'userPolicy', path: [...base, key], data: { user: resource.logicalId, via: key } });
    return;
  }
  if (resource.type === 'AWS::IAM::UserPolicy') {
    ctx.report({ messageId: 'userPolicy', path: [...base, 'UserName'], data: { user: shortRef(props['UserName']), via: 'UserPolicy' } });
    return;
  }
  if (nonEmpty(props['Users'], graph.resolver)) {
    const users = Array.isArray(props['Users']) ? props['Users'].map(shortRef).join(', ') : shortRef(props['Users']);
    ctx.report({ messageId: 'userPolicy', path: [...base, 'Users'], data: { user: users, via: 'Users' } });
  }
});

function shortRef(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isObj(v) && typeof v['Ref'] === 'string') return v['Ref'];
  return '(computed)';
}

/** Outputs that hand out an access key's secret, per graph (outputs are scanned once): key id → output names. */
const SECRET_OUTPUTS = new MemoSlot<ReadonlyMap<string, readonly string[]>>('outputs handing out a secret key');

function exportedSecrets(graph: ResourceGraph): ReadonlyMap<string, readonly string[]> {
  return memoized(graph.resolver, SECRET_OUTPUTS, () => findExportedSecrets(graph));
}

function findExportedSecrets(graph: ResourceGraph): ReadonlyMap<string, readonly string[]> {
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
  return found;
}

const userAccessKey = defineCheck({ name: 'userAccessKey', options: NO_OPTIONS, messages: { accessKey: 'a long-lived access key is created for user {user}' } }, (ctx) => {
  ctx.report({ messageId: 'accessKey', path: ctx.resource.path, data: { user: shortRef(ctx.resource.properties['UserName']) } });
});

const accessKeySecretInOutputsMessages = { secretInOutputs: 'the secret access key of user {user} is exported in Outputs ({output})' };

/**
 * An Output whose value is the key's SecretAccessKey: anyone who can describe the stack reads the
 * secret. Reported under the output's name, as outputs belong to no resource.
 */
const accessKeySecretInOutputs = defineCheck({ name: 'accessKeySecretInOutputs', options: NO_OPTIONS, messages: accessKeySecretInOutputsMessages }, (ctx) => {
  for (const name of exportedSecrets(ctx.graph).get(ctx.resource.logicalId) ?? []) {
    ctx.report({ messageId: 'secretInOutputs', path: ['Outputs', name, 'Value'], logicalId: name, resourceType: 'Output', data: { user: shortRef(ctx.resource.properties['UserName']), key: ctx.resource.logicalId, output: name } });
  }
});

export const iamChecks: readonly CheckDefinition[] = [
  policyStatement,
  trustExternalAccount,
  trustOidcSubject,
  managedPolicyAttached,
  policyOnUser,
  userAccessKey,
  accessKeySecretInOutputs,
];

