import type { UnknownCause } from '../types/types.js';
/**
 * Which policy conditions narrow a public principal (`Principal: "*"`) to known callers, and which
 * only look as if they did. One model for every resource policy (S3, SQS, SNS, KMS, ECR, OpenSearch,
 * EventBridge), role trust policies and Lambda permissions.
 *
 * A statement's `Condition` is a conjunction: one entry that restricts is enough. An entry restricts
 * only when
 * - its operator is positive (not `…Not…`, not `Null`), is not `…IfExists` (a call without the key
 *   matches) and not `ForAllValues:` (true when the key is absent); `ForAnyValue:` is false for an
 *   absent key, so it restricts like the plain operator;
 * - its key names the caller, its account, organisation, network or source (`KEY_SHAPES`);
 * - every listed value (the list is an OR) pins something: no `0.0.0.0/0` / `::/0`, no ARN with a
 *   wildcard account, no account or organisation id with a wildcard, no value of only wildcards.
 * Values that cannot be resolved and could be a wildcard make the entry `unknown`, never restricting.
 */
import type { Resolver } from './resolve.js';
import { elements, NO_DECLS, type ParameterDecls } from './iam.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** How a key's value must look to pin the caller down. */
export type KeyShape = 'ip' | 'arn' | 'id' | 'orgPath' | 'userId' | 'serviceFlag';

/** Condition keys that can tie a statement to known callers, networks or sources (lower case). */
export const KEY_SHAPES: ReadonlyMap<string, KeyShape> = new Map<string, KeyShape>([
  ['aws:sourceip', 'ip'],
  ['aws:vpcsourceip', 'ip'],
  ['aws:principalarn', 'arn'],
  ['aws:sourcearn', 'arn'],
  ['s3:dataaccesspointarn', 'arn'],
  ['lambda:functionarn', 'arn'],
  ['aws:sourceaccount', 'id'],
  ['aws:sourceowner', 'id'],
  ['aws:principalaccount', 'id'],
  ['aws:principalorgid', 'id'],
  ['aws:sourceorgid', 'id'],
  ['aws:resourceorgid', 'id'],
  ['kms:calleraccount', 'id'],
  ['s3:dataaccesspointaccount', 'id'],
  ['aws:sourcevpc', 'id'],
  ['aws:sourcevpce', 'id'],
  ['sts:externalid', 'id'],
  ['aws:principalservicename', 'id'],
  ['aws:principalorgpaths', 'orgPath'],
  ['aws:sourceorgpaths', 'orgPath'],
  // aws:userid starts with the principal's globally unique id; aws:username is not here: any account
  // can create a user of that name.
  ['aws:userid', 'userId'],
  ['aws:principalisawsservice', 'serviceFlag'],
]);

/** The parts of an operator name: `ForAnyValue:StringLikeIfExists` → set, base, ifExists. */
export interface Operator {
  readonly set: 'any' | 'all' | null;
  readonly base: string;
  readonly ifExists: boolean;
  readonly negated: boolean;
}

export function parseOperator(op: string): Operator {
  let o = op.toLowerCase();
  let set: Operator['set'] = null;
  if (o.startsWith('foranyvalue:')) set = 'any';
  else if (o.startsWith('forallvalues:')) set = 'all';
  if (set) o = o.slice(o.indexOf(':') + 1);
  const ifExists = o.endsWith('ifexists');
  if (ifExists) o = o.slice(0, -'ifexists'.length);
  return { set, base: o, ifExists, negated: o.includes('not') };
}

const POSITIVE_BASES = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike', 'ipaddress', 'bool']);

/** Can this operator, whatever its key and values, exclude a caller that does not send the key? */
export function operatorCanRestrict(o: Operator): boolean {
  return !o.negated && !o.ifExists && o.set !== 'all' && POSITIVE_BASES.has(o.base);
}

const WILD = /[*?]/;
const onlyWild = (s: string): boolean => /^[*?]*$/.test(s);

/** IPv4 or IPv6 CIDR with prefix length 0 (the whole internet). A bare address is a /32 or /128. */
export function isWorldCidr(v: string): boolean {
  const m = /^\s*([0-9a-f:.]+)\/0*([0-9]+)\s*$/i.exec(v);
  return m !== null && Number(m[2]) === 0;
}

/** Does one value of a key of this shape pin the caller down? */
export function valueRestricts(shape: KeyShape, value: string): boolean {
  const v = value.trim();
  if (v === '' || onlyWild(v)) return false;
  switch (shape) {
    case 'ip':
      return !isWorldCidr(v) && !WILD.test(v);
    case 'arn': {
      const parts = v.split(':');
      if (parts.length < 6 || parts[0]!.toLowerCase() !== 'arn') return false;
      const account = parts[4]!;
      // S3 ARNs have no account: the globally unique bucket name pins the source.
      if (account !== '') return !WILD.test(account);
      const name = parts.slice(5).join(':').split('/')[0]!;
      return name !== '' && !WILD.test(name);
    }
    case 'id':
      return !WILD.test(v);
    case 'orgPath':
      return !WILD.test(v.split('/')[0]!);
    case 'userId':
      return !WILD.test(v.split(':')[0]!);
    case 'serviceFlag':
      return v.toLowerCase() === 'true';
    default: {
      const never: never = shape;
      return never;
    }
  }
}

export type Restriction =
  { readonly verdict: 'restricts'; readonly key: string } | { readonly verdict: 'open' } | { readonly verdict: 'unknown'; readonly key: string; readonly reason: UnknownCause };

/** One `operator: { key: values }` entry. */
export function entryRestriction(op: string, key: string, raw: unknown, resolver?: Resolver, params: ParameterDecls = NO_DECLS): Restriction {
  const shape = KEY_SHAPES.get(key.toLowerCase());
  const o = parseOperator(op);
  if (!shape || !operatorCanRestrict(o)) return { verdict: 'open' };
  if ((o.base === 'bool') !== (shape === 'serviceFlag')) return { verdict: 'open' };
  if (o.base === 'ipaddress' && shape !== 'ip') return { verdict: 'open' };
  const { values, unknown } = conditionValues(raw, resolver, params);
  if (values.length === 0 && unknown === null) return { verdict: 'open' };
  if (!values.every((v) => v === OPAQUE || valueRestricts(shape, v))) return { verdict: 'open' };
  if (unknown !== null) return { verdict: 'unknown', key, reason: unknown };
  return { verdict: 'restricts', key };
}

/** Stands for a deploy-time value that cannot be a wildcard (an ARN from a Ref or GetAtt, the account id). */
const OPAQUE = '\u0000opaque';

/** Strings of a condition value (a string, a number, a list, intrinsics resolved where possible). */
function conditionValues(raw: unknown, resolver: Resolver | undefined, params: ParameterDecls): { values: string[]; unknown: UnknownCause | null } {
  if (resolver) {
    const el = elements(raw, resolver, params);
    // `elements` drops a deploy-time value that cannot be a wildcard (`!Ref AWS::AccountId`, a GetAtt): it pins.
    const values = el.values.map((x) => x.value);
    if (values.length === 0 && el.unknown === null && raw !== undefined && raw !== null) values.push(OPAQUE);
    return { values, unknown: el.unknown };
  }
  const list = Array.isArray(raw) ? raw : [raw];
  const values: string[] = [];
  let unknown: UnknownCause | null = null;
  for (const x of list) {
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') values.push(String(x));
    else unknown ??= { code: 'condition-value-not-text', args: {} };
  }
  return { values, unknown };
}

/** A whole `Condition` block: restricted when one entry restricts; unknown when none does and one could. */
export function conditionRestriction(condition: unknown, resolver?: Resolver, params: ParameterDecls = NO_DECLS): Restriction {
  if (!isObj(condition)) return { verdict: 'open' };
  let unknown: Restriction | null = null;
  for (const [op, block] of Object.entries(condition)) {
    if (!isObj(block)) continue;
    for (const [key, raw] of Object.entries(block)) {
      const r = entryRestriction(op, key, raw, resolver, params);
      if (r.verdict === 'restricts') return r;
      if (r.verdict === 'unknown') unknown ??= r;
    }
  }
  return unknown ?? { verdict: 'open' };
}

/**
 * The condition key that restricts who can use the statement, or null (also when it could only be
 * told at deploy time; `conditionRestriction` says which).
 */
export function restrictingCondition(stmt: { readonly body: Readonly<Record<string, unknown>> }, resolver?: Resolver, params: ParameterDecls = NO_DECLS): string | null {
  const r = conditionRestriction(stmt.body['Condition'], resolver, params);
  return r.verdict === 'restricts' ? r.key : null;
}

// ---------------------------------------------------------------------------------------------
// Web-identity (OIDC) federation: which token claim pins the caller

const GITHUB_HOST = 'token.actions.githubusercontent.com';
const COGNITO_HOST = 'cognito-identity.amazonaws.com';

/** The provider's host (`token.actions.githubusercontent.com`) from a Federated principal, or null. */
export function oidcProviderHost(federated: string): string | null {
  const m = /:oidc-provider\/(.+)$/i.exec(federated);
  const host = (m ? m[1]! : federated).replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  if (host === '' || /^arn:/i.test(host) || /saml-provider\//i.test(federated)) return null;
  return host.toLowerCase();
}

/** Claim labels of subject formats (`repo:`, `system:serviceaccount:`): they name no one. */
const SUBJECT_LABELS = new Set([
  'repo',
  'system',
  'serviceaccount',
  'ref',
  'environment',
  'pull_request',
  'job_workflow_ref',
  'refs',
  'heads',
  'tags',
  'project_path',
  'organization',
  'project',
]);

/**
 * Does one `sub` value pin the callers? GitHub: `repo:OWNER/…` with OWNER free of wildcards (anyone can
 * create an owner matching `my-org*`); other providers: some segment besides the format's labels
 * that is not only wildcards.
 */
export function subjectRestricts(host: string | null, value: string): boolean {
  const v = value.trim();
  if (host === GITHUB_HOST && /^repo:/i.test(v)) {
    const owner = v.slice(5).split(/[/:]/)[0] ?? '';
    return owner !== '' && !WILD.test(owner);
  }
  return v.split(/[:/]/).some((seg) => seg !== '' && !onlyWild(seg) && !SUBJECT_LABELS.has(seg.toLowerCase()));
}

/**
 * Does the trust statement's condition pin which identities of the provider may assume the role?
 * The claim is `<host>:sub` (`<host>:aud`, the identity pool, for Cognito); with an unknown host,
 * any `…:sub` key.
 */
export function oidcRestriction(condition: unknown, host: string | null, resolver?: Resolver, params: ParameterDecls = NO_DECLS): Restriction {
  if (!isObj(condition)) return { verdict: 'open' };
  const claim = host === COGNITO_HOST ? 'aud' : 'sub';
  const wanted = (key: string): boolean => {
    const k = key.toLowerCase();
    return host === null ? k.endsWith(`:${claim}`) : k === `${host}:${claim}`;
  };
  let unknown: Restriction | null = null;
  for (const [op, block] of Object.entries(condition)) {
    if (!isObj(block) || !operatorCanRestrict(parseOperator(op))) continue;
    for (const [key, raw] of Object.entries(block)) {
      if (!wanted(key)) continue;
      const { values, unknown: why } = conditionValues(raw, resolver, params);
      if (values.length === 0 && why === null) continue;
      if (!values.every((v) => v === OPAQUE || subjectRestricts(host, v))) continue;
      if (why !== null) unknown ??= { verdict: 'unknown', key, reason: why };
      else return { verdict: 'restricts', key };
    }
  }
  return unknown ?? { verdict: 'open' };
}

// ---------------------------------------------------------------------------------------------
// Deny statements that fence a public Allow in

const NEGATED_BASES = new Set(['stringnotequals', 'stringnotequalsignorecase', 'stringnotlike', 'arnnotequals', 'arnnotlike', 'notipaddress']);

/**
 * Does a `Deny` statement's condition turn away every caller that is not pinned down? It does when each
 * entry is a negated comparison of a pinning key with pinning values (`StringNotEquals aws:PrincipalOrgID`,
 * `NotIpAddress aws:SourceIp`, `StringNotEqualsIfExists aws:SourceVpce`), or the usual exemption of AWS
 * services (`Bool aws:PrincipalIsAWSService: false`). Any other entry (`aws:SecureTransport`) narrows
 * when the Deny applies, so it no longer fences everyone out.
 */
export function denyRestriction(condition: unknown, resolver?: Resolver, params: ParameterDecls = NO_DECLS): Restriction {
  if (!isObj(condition)) return { verdict: 'open' };
  let pinned: Restriction | null = null;
  for (const [op, block] of Object.entries(condition)) {
    if (!isObj(block)) return { verdict: 'open' };
    const o = parseOperator(op);
    for (const [key, raw] of Object.entries(block)) {
      const k = key.toLowerCase();
      if (o.base === 'bool' && o.set === null && k === 'aws:principalisawsservice' && String(raw).toLowerCase() === 'false') continue;
      const shape = KEY_SHAPES.get(k);
      if (!shape || shape === 'serviceFlag' || o.set !== null || !NEGATED_BASES.has(o.base)) return { verdict: 'open' };
      if (o.base === 'notipaddress' && shape !== 'ip') return { verdict: 'open' };
      const { values, unknown } = conditionValues(raw, resolver, params);
      if (values.length === 0 && unknown === null) return { verdict: 'open' };
      if (!values.every((v) => v === OPAQUE || valueRestricts(shape, v))) return { verdict: 'open' };
      if (unknown !== null) pinned = { verdict: 'unknown', key, reason: unknown };
      else pinned ??= { verdict: 'restricts', key };
    }
  }
  return pinned ?? { verdict: 'open' };
}
