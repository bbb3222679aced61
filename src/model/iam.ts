/**
 * IAM policy documents, wherever a template holds one: identity policies (IAM Policy, ManagedPolicy,
 * inline `Policies` of roles, users, groups and SAM functions), role trust policies and resource
 * policies (S3, SQS, SNS, KMS, ECR, OpenSearch, EventBridge). Statements come out with their path and
 * Fn::If branches; elements (Action, Resource, Principal) as resolved strings plus what could not be
 * resolved, so a rule can tell "not risky" from "could not tell".
 */
import type { ConditionBranch, KeyPath, UnknownCause } from '../types/types.js';
import type { Resource } from './graph.js';
import { memoized, MemoSlot } from './memo.js';
import { forEachListItem, intrinsicName, NO_VALUE, type Resolver } from './resolve.js';

export type DocKind = 'identity' | 'trust' | 'resource';

export interface PolicyDocument {
  readonly kind: DocKind;
  /** The document node as written (may be an intrinsic or a JSON string). */
  readonly value: unknown;
  /** Path of the document node from the template root. */
  readonly path: KeyPath;
  readonly conditions: readonly ConditionBranch[];
}

export type Effect = 'Allow' | 'Deny';

/** One statement (one Fn::If alternative of it) or a statement that could not be read. */
export type Statement =
  | {
      readonly known: true;
      readonly path: KeyPath;
      readonly index: number;
      readonly body: Readonly<Record<string, unknown>>;
      /** null when Effect could not be resolved. */
      readonly effect: Effect | null;
      readonly sid: string | null;
      readonly conditions: readonly ConditionBranch[];
      /** The statement came from a JSON-text document: its keys have no template path of their own. */
      readonly fromText: boolean;
      /** Its elements as the policy rules read them, made on first read (statementElements). */
      readonly read: StatementReads;
    }
  | { readonly known: false; readonly path: KeyPath; readonly reason: UnknownCause; readonly conditions: readonly ConditionBranch[] };

export type KnownStatement = Extract<Statement, { known: true }>;

/** The strings an element (Action, Resource, a principal list) can hold, over every alternative. */
export interface Elements {
  readonly values: readonly { readonly value: string; readonly conditions: readonly ConditionBranch[] }[];
  /** Why some member could not be resolved; null when everything was. */
  readonly unknown: UnknownCause | null;
  /** The key was present (an empty list counts as present). */
  readonly present: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const IDENTITY_DOC_TYPES = new Set(['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy']);
const INLINE_POLICY_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);
/** Resource types whose resource policy sits under one property. */
const RESOURCE_DOC_PROPERTY: Readonly<Record<string, string>> = {
  'AWS::S3::BucketPolicy': 'PolicyDocument',
  'AWS::SQS::QueuePolicy': 'PolicyDocument',
  'AWS::SQS::QueueInlinePolicy': 'PolicyDocument',
  'AWS::SNS::TopicPolicy': 'PolicyDocument',
  'AWS::SNS::TopicInlinePolicy': 'PolicyDocument',
  'AWS::KMS::Key': 'KeyPolicy',
  'AWS::KMS::ReplicaKey': 'KeyPolicy',
  'AWS::ECR::Repository': 'RepositoryPolicyText',
  'AWS::OpenSearchService::Domain': 'AccessPolicies',
  'AWS::Elasticsearch::Domain': 'AccessPolicies',
  'AWS::Events::EventBus': 'Policy',
  'AWS::S3::AccessPoint': 'Policy',
  'AWS::S3::MultiRegionAccessPointPolicy': 'Policy',
};

/** Every policy document a resource holds, by kind. */
export function policyDocuments(resource: Resource, resolver: Resolver): PolicyDocument[] {
  const props = resource.properties;
  const base = [...resource.path, 'Properties'];
  const out: PolicyDocument[] = [];
  const type = resource.type;
  if (IDENTITY_DOC_TYPES.has(type)) {
    if (props['PolicyDocument'] !== undefined) out.push({ kind: 'identity', value: props['PolicyDocument'], path: [...base, 'PolicyDocument'], conditions: [] });
  } else if (INLINE_POLICY_TYPES.has(type)) {
    if (type === 'AWS::IAM::Role' && props['AssumeRolePolicyDocument'] !== undefined)
      out.push({ kind: 'trust', value: props['AssumeRolePolicyDocument'], path: [...base, 'AssumeRolePolicyDocument'], conditions: [] });
    forEachListItem(
      props['Policies'],
      [...base, 'Policies'],
      resolver,
      (item, path, conditions) => {
        if (isObj(item) && item['PolicyDocument'] !== undefined) out.push({ kind: 'identity', value: item['PolicyDocument'], path: [...path, 'PolicyDocument'], conditions });
      },
      {
        scalarIsItem: true,
        // Policies only known at deploy time: a document whose statements cannot be read (undecided, never a pass).
        unresolved: (raw, path, _reason, conditions) => out.push({ kind: 'identity', value: raw, path, conditions }),
      },
    );
  } else if (type === 'AWS::Serverless::Function' || type === 'AWS::Serverless::StateMachine') {
    // SAM Policies: a managed policy name / SAM policy template (string or {Template: {…}}), a document, or a list of them.
    const policies = props['Policies'];
    const visit = (item: unknown, path: KeyPath, conditions: readonly ConditionBranch[]): void => {
      if (isObj(item) && item['Statement'] !== undefined) out.push({ kind: 'identity', value: item, path, conditions });
    };
    if (Array.isArray(policies) || (isObj(policies) && policies['Statement'] === undefined))
      forEachListItem(policies, [...base, 'Policies'], resolver, visit, {
        scalarIsItem: true,
        // As for inline policies above: a policy only known at deploy time is a document that cannot be read.
        unresolved: (raw, path, _reason, conditions) => out.push({ kind: 'identity', value: raw, path, conditions }),
      });
    else if (policies !== undefined) visit(policies, [...base, 'Policies'], []);
  } else if (type === 'AWS::Events::EventBusPolicy') {
    // Either a whole `Statement` object or the older Principal/Action/Condition properties.
    if (props['Statement'] !== undefined) out.push({ kind: 'resource', value: { Statement: props['Statement'] }, path: [...base], conditions: [] });
    else if (props['Principal'] !== undefined) {
      const cond = props['Condition'];
      const condition = isObj(cond) && typeof cond['Key'] === 'string' ? { [String(cond['Type'] ?? 'StringEquals')]: { [cond['Key']]: cond['Value'] } } : undefined;
      out.push({
        kind: 'resource',
        value: {
          Statement: {
            Effect: 'Allow',
            Principal: props['Principal'] === '*' ? '*' : { AWS: props['Principal'] },
            Action: props['Action'],
            ...(condition ? { Condition: condition } : {}),
          },
        },
        path: [...base],
        conditions: [],
      });
    }
  } else {
    const key = RESOURCE_DOC_PROPERTY[type];
    if (key && props[key] !== undefined) out.push({ kind: 'resource', value: props[key], path: [...base, key], conditions: [] });
  }
  return out;
}

/**
 * The statements of a document. A document given as JSON text (allowed for several resource types)
 * is parsed; `Fn::Sub` text is resolved first. Paths of statements inside text point at the document.
 */
export function statementsOf(doc: PolicyDocument, resolver: Resolver): Statement[] {
  const out: Statement[] = [];
  let alternatives = resolver.resolve(doc.value);
  const subText = alternatives.some((a) => !a.known) ? opaqueText(doc.value, resolver) : null;
  if (subText !== null) alternatives = [{ known: true, value: subText, conditions: [] }];
  for (const alt of alternatives) {
    const conditions = [...doc.conditions, ...alt.conditions];
    if (!alt.known) {
      out.push({ known: false, path: doc.path, reason: alt.reason, conditions });
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    let body: unknown = alt.value;
    let inText = false;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
        inText = true;
      } catch {
        out.push({ known: false, path: doc.path, reason: { code: 'policy-not-json', args: {} }, conditions });
        continue;
      }
    }
    if (!isObj(body)) continue;
    const stmtPath = [...doc.path, 'Statement'];
    for (const listAlt of resolver.resolve(body['Statement'])) {
      const lc = [...conditions, ...listAlt.conditions];
      if (!listAlt.known) {
        out.push({ known: false, path: inText ? doc.path : stmtPath, reason: listAlt.reason, conditions: lc });
        continue;
      }
      if (listAlt.value === NO_VALUE || listAlt.value === undefined) continue;
      const list = Array.isArray(listAlt.value) ? listAlt.value : [listAlt.value];
      list.forEach((raw, i) => {
        const path = inText ? doc.path : Array.isArray(listAlt.value) ? [...stmtPath, i] : stmtPath;
        for (const s of resolver.resolve(raw)) {
          const sc = [...lc, ...s.conditions];
          if (!s.known) out.push({ known: false, path, reason: s.reason, conditions: sc });
          else if (isObj(s.value)) out.push(makeStatement(s.value, path, i, sc, resolver, inText));
        }
      });
    }
  }
  return out;
}

function makeStatement(body: Obj, path: KeyPath, index: number, conditions: readonly ConditionBranch[], resolver: Resolver, inText: boolean): KnownStatement {
  let effect: Effect | null = null;
  const eff = resolver.resolve(body['Effect']);
  if (eff.length === 1 && eff[0]!.known) {
    const e = String(eff[0]!.value);
    effect = e.toLowerCase() === 'deny' ? 'Deny' : e.toLowerCase() === 'allow' ? 'Allow' : null;
  }
  const sid = typeof body['Sid'] === 'string' ? body['Sid'] : null;
  return { known: true, path, index, body, effect, sid, conditions, fromText: inText, read: new StatementReads(resolver) };
}

/** The keys of a statement the policy rules read as elements. */
export type ElementKey = 'Action' | 'NotAction' | 'Resource';

/**
 * A statement's elements, kept on the statement: the policy rules (ten of them, several reads each) ask
 * for the same few, and a field is cheaper than the resolver's memo tables. A statement belongs to one
 * resolver, and the declarations a rule reads with are that resolver's (parameterDecls) or none.
 */
export class StatementReads {
  /** Action, NotAction, Resource; each read without declarations, then with the resolver's. */
  private readonly slots: (Elements | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
  private decls: ParameterDecls | undefined;

  constructor(private readonly resolver: Resolver) {}

  of(body: Readonly<Record<string, unknown>>, key: ElementKey, params: ParameterDecls): Elements {
    // Declarations other than the first ones asked with (never the case in the rules): read, not kept.
    if (params !== NO_DECLS && (this.decls ??= params) !== params) return elements(body[key], this.resolver, params);
    const slot = (key === 'Action' ? 0 : key === 'NotAction' ? 2 : 4) + (params === NO_DECLS ? 0 : 1);
    return (this.slots[slot] ??= elements(body[key], this.resolver, params));
  }
}

/** A statement's element `key` (read with `params`, or with none). */
export function statementElements(stmt: KnownStatement, key: ElementKey, params: ParameterDecls = NO_DECLS): Elements {
  return stmt.read.of(stmt.body, key, params);
}

/** Path to a key of a statement (the document itself when the statement came from JSON text). */
export function keyPath(stmt: KnownStatement, key: string): KeyPath {
  return stmt.fromText || !(key in stmt.body) ? stmt.path : [...stmt.path, key];
}

/** Values made from a template value: by node for mappings and lists, by value for scalars (for one resolver's life). */
class ValueMemo<T> {
  private readonly nodes = new Map<object, T>();
  private readonly scalars = new Map<unknown, T>();

  get(value: unknown): T | undefined {
    return value !== null && typeof value === 'object' ? this.nodes.get(value) : this.scalars.get(value);
  }

  set(value: unknown, made: T): T {
    if (value !== null && typeof value === 'object') this.nodes.set(value, made);
    else this.scalars.set(value, made);
    return made;
  }
}

/**
 * Resolves an element that may be a string or a list of strings (each possibly an intrinsic).
 * An unresolved member counts (in `unknown`) only when it could be a wildcard: an ARN built with
 * `Fn::Sub`/`Fn::Join` around literal text, or a `GetAtt`, never is. Elements are kept per value node
 * (or scalar value: `Action: s3:GetObject` is read by every policy rule), per resolver and parameter
 * declarations: the policy rules share them.
 */
const ELEMENTS = new MemoSlot<Map<ParameterDecls, ValueMemo<Elements>>>('elements');

export function elements(value: unknown, resolver: Resolver, params: ParameterDecls = NO_DECLS): Elements {
  if (value === undefined) return ABSENT;
  const pieces = piecesOf(value, resolver);
  // Every member known: the declarations change nothing, so one Elements serves every rule.
  if (pieces.known) return (pieces.elements ??= elementsOf(pieces, resolver, NO_DECLS));
  const byParams = memoized(resolver, ELEMENTS, () => new Map<ParameterDecls, ValueMemo<Elements>>());
  let memo = byParams.get(params);
  if (!memo) byParams.set(params, (memo = new ValueMemo()));
  return memo.get(value) ?? memo.set(value, elementsOf(pieces, resolver, params));
}

const ABSENT: Elements = { values: [], unknown: null, present: false };

/**
 * What an element resolves to before the parameter declarations are asked (the costly part, shared
 * by every policy rule whatever declarations it reads with): texts, values only known at deploy
 * time with the node that made them, and members of the wrong shape, in order.
 */
type Piece =
  | { readonly text: string; readonly conditions: readonly ConditionBranch[] }
  | { readonly node: unknown; readonly reason: UnknownCause; readonly conditions: readonly ConditionBranch[] }
  | { readonly shape: true };
interface Pieces {
  readonly list: readonly Piece[];
  /** opaqueText per unresolved node, made when first asked. */
  readonly opaque: Map<unknown, string | null>;
  /** No member is only known at deploy time: the elements do not depend on the parameter declarations. */
  readonly known: boolean;
  /** Those elements, when `known`, made when first asked. */
  elements?: Elements;
}
const PIECES = new MemoSlot<ValueMemo<Pieces>>('pieces');

function piecesOf(value: unknown, resolver: Resolver): Pieces {
  const memo = memoized(resolver, PIECES, () => new ValueMemo<Pieces>());
  const hit = memo.get(value);
  if (hit) return hit;
  const list: Piece[] = [];
  for (const alt of resolver.resolve(value)) {
    if (!alt.known) {
      list.push({ node: value, reason: alt.reason, conditions: alt.conditions });
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    const items = Array.isArray(alt.value) ? alt.value : [alt.value];
    for (const item of items) {
      for (const r of resolver.resolve(item)) {
        // An ARN built around deploy-time parts keeps its shape: `arn:aws:iam::unresolved-AccountId:role/*`.
        if (!r.known) list.push({ node: item, reason: r.reason, conditions: alt.conditions });
        else if (r.value === NO_VALUE) continue;
        else if (typeof r.value === 'string' || typeof r.value === 'number') list.push({ text: String(r.value), conditions: [...alt.conditions, ...r.conditions] });
        else if (Array.isArray(r.value))
          for (const x of r.value)
            if (typeof x === 'string') list.push({ text: x, conditions: [...alt.conditions, ...r.conditions] });
            else list.push({ shape: true });
      }
    }
  }
  return memo.set(value, { list, opaque: new Map(), known: list.every((p) => !('node' in p)) });
}

/**
 * An unresolved member counts (in `unknown`) only when it could be a wildcard under the declarations;
 * otherwise its text with opaque markers stands for it (see opaqueText), when it has one.
 */
function elementsOf(pieces: Pieces, resolver: Resolver, params: ParameterDecls): Elements {
  const values: { value: string; conditions: readonly ConditionBranch[] }[] = [];
  let unknown: UnknownCause | null = null;
  for (const p of pieces.list) {
    if ('text' in p) values.push({ value: p.text, conditions: p.conditions });
    else if ('shape' in p) unknown ??= { code: 'policy-element-shape', args: {} };
    else if (mayBeWildcard(p.node, params)) unknown ??= p.reason;
    else {
      let text = pieces.opaque.get(p.node);
      if (text === undefined) pieces.opaque.set(p.node, (text = opaqueText(p.node, resolver)));
      if (text !== null) values.push({ value: text, conditions: p.conditions });
    }
  }
  return { values, unknown, present: true };
}

/** The template's `Parameters` (for AllowedPattern / AllowedValues) and `Mappings`, as written. */
export interface ParameterDecls {
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  /** Parameters whose given values (from a parent stack) are ids or ARNs computed at deploy time: never `*`. */
  readonly opaque?: ReadonlySet<string>;
}

export const NO_DECLS: ParameterDecls = { parameters: {}, mappings: {} };

/**
 * One object per graph (its resolver's given values decide which parameters are opaque): elements are
 * cached per declarations object, so every rule must get the same one.
 */
const DECLS = new MemoSlot<ParameterDecls>('parameter declarations');

/** `body` is the template body of the graph `resolver` belongs to. */
export function parameterDecls(body: Readonly<Record<string, unknown>>, resolver: Resolver): ParameterDecls {
  return memoized(resolver, DECLS, () => makeDecls(body, resolver));
}

function makeDecls(body: Readonly<Record<string, unknown>>, resolver: Resolver): ParameterDecls {
  const p = body['Parameters'];
  const m = body['Mappings'];
  const parameters = isObj(p) ? p : {};
  const opaque = new Set<string>();
  for (const name of Object.keys(parameters)) {
    const given = resolver.givenFor(name);
    if (given?.length && given.every((g) => (g.known ? typeof g.value === 'string' && !g.value.includes('*') : g.opaque === true))) opaque.add(name);
  }
  return { parameters, mappings: isObj(m) ? m : {}, ...(opaque.size ? { opaque } : {}) };
}

/**
 * Could an unresolved value turn out to be `*`? Not when it is a GetAtt, a Ref to a resource or a
 * pseudo parameter, a Sub/Join with literal text around its placeholders, or a parameter whose
 * AllowedPattern / AllowedValues exclude `*`.
 */
export function mayBeWildcard(raw: unknown, params: ParameterDecls, depth = 0): boolean {
  if (depth > 20) return true;
  if (typeof raw === 'string') return raw.includes('*');
  if (typeof raw !== 'object' || raw === null) return false;
  if (Array.isArray(raw)) return raw.some((x) => mayBeWildcard(x, params, depth + 1));
  const name = intrinsicName(raw);
  if (name === null) return false;
  const arg = (raw as Obj)[name];
  switch (name) {
    // An attribute, or an export (an id or ARN another stack made): never a pattern.
    case 'Fn::GetAtt':
    case 'Fn::ImportValue':
      return false;
    case 'Ref': {
      if (typeof arg !== 'string' || arg.startsWith('AWS::') || params.opaque?.has(arg)) return false;
      const decl = params.parameters[arg];
      if (!isObj(decl)) return false; // a resource: an id or ARN, never `*`
      const allowed = decl['AllowedValues'];
      if (Array.isArray(allowed)) return allowed.some((x) => String(x).includes('*'));
      const pattern = decl['AllowedPattern'];
      if (typeof pattern === 'string') {
        try {
          return new RegExp(`^(?:${pattern})$`).test('*');
        } catch {
          return true;
        }
      }
      return true;
    }
    case 'Fn::Sub': {
      const text: unknown = Array.isArray(arg) ? arg[0] : arg;
      if (typeof text !== 'string') return true;
      if (text.replace(/\$\{[^}]*\}/g, '').replace(/\*/g, '') !== '') return false;
      const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
      return [...text.matchAll(/\$\{([^}!]*)\}/g)].some((m) => {
        const v = m[1]!.trim();
        return v in vars ? mayBeWildcard(vars[v], params, depth + 1) : v.includes('.') ? false : mayBeWildcard({ Ref: v }, params, depth + 1);
      });
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || !Array.isArray(arg[1])) return true;
      const parts = arg[1] as unknown[];
      // Literal text, or an attribute (a non-empty id or ARN), beside the placeholders: never `*` alone.
      if (parts.some((p) => (typeof p === 'string' && p.replace(/\*/g, '') !== '') || intrinsicName(p) === 'Fn::GetAtt')) return false;
      return parts.some((p) => mayBeWildcard(p, params, depth + 1));
    }
    case 'Fn::If':
      return Array.isArray(arg) && (mayBeWildcard(arg[1], params, depth + 1) || mayBeWildcard(arg[2], params, depth + 1));
    case 'Fn::FindInMap': {
      // Any entry the lookup could land on: a wildcard only if one of them holds `*`.
      const map = Array.isArray(arg) && typeof arg[0] === 'string' ? params.mappings[arg[0]] : undefined;
      if (!isObj(map)) return true;
      const second = Array.isArray(arg) && typeof arg[2] === 'string' ? arg[2] : null;
      return Object.values(map).some((top) => isObj(top) && Object.entries(top).some(([k, v]) => (second === null || k === second) && JSON.stringify(v).includes('*')));
    }
    default:
      return true;
  }
}

/**
 * The text of a `Fn::Sub` / `Fn::Join` value whose parts cannot all be resolved: unresolvable
 * placeholders become an opaque `unresolved-<name>` marker (they sit inside ARNs, ids and JSON
 * strings), so an ARN's shape or a JSON document's statements can still be read. Null for other values.
 */
export function opaqueText(value: unknown, resolver: Resolver, depth = 0): string | null {
  if (depth > 10) return null;
  const name = intrinsicName(value);
  const piece = (v: unknown, label: string): string => {
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    const rs = resolver.resolveString(v);
    const first = rs[0];
    if (rs.length === 1 && first && first.known && typeof first.value === 'string') return first.value;
    return opaqueText(v, resolver, depth + 1) ?? `unresolved-${label}`;
  };
  if (name === 'Fn::Sub') {
    const arg = (value as Obj)['Fn::Sub'];
    const text: unknown = Array.isArray(arg) ? arg[0] : arg;
    if (typeof text !== 'string') return null;
    const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
    return text.replace(/\$\{([^}]*)\}/g, (_whole, inner: string) => {
      if (inner.startsWith('!')) return '${' + inner.slice(1) + '}';
      const n = inner.trim();
      const v = n in vars ? vars[n] : n.includes('.') ? { 'Fn::GetAtt': n.split('.') } : { Ref: n };
      return piece(v, n.replace(/[^A-Za-z0-9]/g, '')).replace(/["\\]/g, '');
    });
  }
  if (name === 'Fn::Join') {
    const arg = (value as Obj)['Fn::Join'];
    if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return null;
    return (arg[1] as unknown[]).map((p, i) => piece(p, `part${i}`)).join(arg[0]);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Wildcard matching

/**
 * IAM wildcard match: `*` any run, `?` one character, case-insensitive (action names are). Linear
 * backtracking over the last `*` only, so no regex is built per value.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  return lowerWildcardMatch(pattern.toLowerCase(), text.toLowerCase());
}

/** wildcardMatch on a pattern and a text already in lower case. */
export function lowerWildcardMatch(p: string, t: string): boolean {
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** Does the statement's action pattern list include `action` (itself a name or a wildcard)? */
export function actionsCover(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => wildcardMatch(p, action));
}

/** An element's values in lower case, made once per element (the policy rules ask about the same actions many times). */
const LOWERED = new WeakMap<Elements, readonly string[]>();

function loweredValues(el: Elements): readonly string[] {
  let lowered = LOWERED.get(el);
  if (lowered === undefined) LOWERED.set(el, (lowered = el.values.map((v) => v.value.toLowerCase())));
  return lowered;
}

/** actionsCover for an element: does one of its action patterns include `action` (in lower case)? */
export function elementCovers(el: Elements, action: string): boolean {
  return loweredValues(el).some((p) => lowerWildcardMatch(p, action));
}

/** `*` or `<service>:*`: every action of a service. */
export function isServiceWildcard(action: string): boolean {
  return action === '*' || /^[a-z0-9-]+:\*+$/i.test(action);
}

// ---------------------------------------------------------------------------------------------
// Principals and conditions

export type PrincipalKind = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser' | 'Any';

export interface PrincipalValue {
  readonly kind: PrincipalKind;
  readonly value: string;
  readonly conditions: readonly ConditionBranch[];
}

/** Principal (or NotPrincipal) as `*`, a string, or `{AWS|Service|Federated|CanonicalUser: string | list}`. */
export function principals(value: unknown, resolver: Resolver, params: ParameterDecls = NO_DECLS): { values: PrincipalValue[]; unknown: UnknownCause | null } {
  const values: PrincipalValue[] = [];
  let unknown: UnknownCause | null = null;
  if (value === undefined) return { values, unknown };
  for (const alt of resolver.resolve(value)) {
    if (!alt.known) {
      if (mayBeWildcard(value, params)) unknown ??= alt.reason;
      continue;
    }
    if (alt.value === NO_VALUE) continue;
    if (typeof alt.value === 'string') {
      values.push({ kind: alt.value === '*' ? 'Any' : 'AWS', value: alt.value, conditions: alt.conditions });
      continue;
    }
    if (!isObj(alt.value)) {
      unknown ??= { code: 'principal-shape', args: {} };
      continue;
    }
    for (const [k, v] of Object.entries(alt.value)) {
      const kind: PrincipalKind = k === 'AWS' || k === 'Service' || k === 'Federated' || k === 'CanonicalUser' ? k : 'AWS';
      const el = elements(v, resolver, params);
      if (el.unknown) unknown ??= el.unknown;
      for (const x of el.values) values.push({ kind, value: x.value, conditions: [...alt.conditions, ...x.conditions] });
    }
  }
  return { values, unknown };
}

/** `*` anywhere a principal is named (also `{AWS: "*"}`, `arn:aws:iam::*:root`). */
export function isPublicPrincipal(p: PrincipalValue): boolean {
  if (p.value === '*') return p.kind === 'Any' || p.kind === 'AWS' || p.kind === 'CanonicalUser';
  return p.kind === 'AWS' && /^arn:aws[a-z-]*:iam::\*:/i.test(p.value);
}

/** A condition key compared against a value, in any positive operator. Case-insensitive on the key. */
export function conditionValue(stmt: KnownStatement, key: string): { op: string; value: unknown } | null {
  const cond = stmt.body['Condition'];
  if (!isObj(cond)) return null;
  const k = key.toLowerCase();
  for (const [op, block] of Object.entries(cond)) {
    if (!isObj(block)) continue;
    for (const [ck, v] of Object.entries(block)) if (ck.toLowerCase() === k) return { op, value: v };
  }
  return null;
}

export { mergeBranches } from './resolve.js';
// Which conditions restrict a public principal lives in iam-conditions.ts; re-exported for existing callers.

// ---------------------------------------------------------------------------------------------
// Action classes

const READ_VERBS = ['get', 'list', 'describe', 'head', 'search', 'query', 'scan', 'batchget', 'batchcheck', 'lookup', 'select', 'view', 'check', 'validate', 'estimate', 'filter'];

/** Read-only by its verb (`s3:GetObject`, `ec2:Describe*`). A bare `svc:*` or `*` is not. */
export function isReadAction(action: string): boolean {
  const i = action.indexOf(':');
  if (i < 0) return false;
  const verb = action.slice(i + 1).toLowerCase();
  if (verb === '' || verb.startsWith('*')) return false;
  return READ_VERBS.some((v) => verb.startsWith(v));
}

/**
 * Write actions that IAM only accepts on `Resource: "*"` or that only emit telemetry: granting them
 * on `*` is the normal, least-privilege way and not a write-to-everything risk.
 */
const STAR_ONLY_ACTIONS: ReadonlySet<string> = new Set([
  'xray:puttracesegments',
  'xray:puttelemetryrecords',
  'xray:getsamplingrules',
  'xray:getsamplingtargets',
  'xray:getsamplingstatisticsummaries',
  'cloudwatch:putmetricdata',
  'logs:createloggroup',
  'logs:createlogstream',
  'logs:putlogevents',
  'logs:createlogdelivery',
  'logs:putresourcepolicy',
  'logs:getlogdelivery',
  'logs:updatelogdelivery',
  'logs:deletelogdelivery',
  'ec2:createnetworkinterface',
  'ec2:deletenetworkinterface',
  'ec2:assignprivateipaddresses',
  'ec2:unassignprivateipaddresses',
  'ecr:getauthorizationtoken',
  'sts:getcalleridentity',
  'kms:createkey',
  'kms:generaterandom',
  'ssmmessages:createcontrolchannel',
  'ssmmessages:createdatachannel',
  'ssmmessages:opencontrolchannel',
  'ssmmessages:opendatachannel',
  'ec2messages:acknowledgemessage',
  'ec2messages:deletemessage',
  'ec2messages:failmessage',
  'ec2messages:getendpoint',
  'ec2messages:getmessages',
  'ec2messages:sendreply',
  'ssm:updateinstanceinformation',
  'ssm:putinventory',
  'ssm:putcompliance_items',
  'ssm:putconfigurepackageresult',
  'ssm:updateassociationstatus',
  'ssm:updateinstanceassociationstatus',
  'cloudformation:validatetemplate',
  'cloudformation:createuploadbucket',
  'iam:createservicelinkedrole',
  'codeguru-profiler:configureagent',
  'codeguru-profiler:postagentprofile',
  'application-autoscaling:registerscalabletarget',
  'application-autoscaling:putscalingpolicy',
  'autoscaling:completelifecycleaction',
  'cloudwatch:putdashboard',
]);

/** Whole families of that kind: stateless AI calls without resource-level permissions, agent channels. */
const STAR_ONLY_PREFIXES: readonly string[] = [
  'xray:put',
  'ec2messages:',
  'ssmmessages:',
  'rekognition:detect',
  'comprehend:detect',
  'translate:translate',
  'textract:detect',
  'textract:analyze',
  'polly:synthesizespeech',
  'ec2:describe',
  // ENI plumbing for awsvpc tasks and Lambda in a VPC; the ECS container agent (as in AWS's managed policies).
  'ec2:attachnetworkinterface',
  'ec2:detachnetworkinterface',
  'ec2:createnetworkinterfacepermission',
  'ec2:deletenetworkinterfacepermission',
  'ecs:discoverpollendpoint',
  'ecs:poll',
  'ecs:starttelemetrysession',
  'ecs:submit',
  'ecs:registercontainerinstance',
  'ecs:deregistercontainerinstance',
  'ecs:createcluster',
];

export function isStarOnlyAction(action: string): boolean {
  const a = action.toLowerCase();
  return STAR_ONLY_ACTIONS.has(a) || STAR_ONLY_PREFIXES.some((p) => a.startsWith(p));
}

/** Services whose every action is agent plumbing or telemetry: `<service>:*` grants nothing risky. */
const LOW_IMPACT_SERVICES: ReadonlySet<string> = new Set(['ec2messages', 'ssmmessages', 'xray']);

export function isLowImpactServiceWildcard(action: string): boolean {
  const i = action.indexOf(':');
  return i > 0 && LOW_IMPACT_SERVICES.has(action.slice(0, i).toLowerCase());
}

/**
 * Actions that let a principal give itself more permissions (beyond iam:PassRole, a rule of its own):
 * the iam: paths of AWS's and Rhino Security Labs' privilege-escalation research.
 */
export const ESCALATION_ACTIONS: readonly string[] = [
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:UpdateAssumeRolePolicy',
  'iam:AddUserToGroup',
  'iam:PutUserPermissionsBoundary',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteUserPermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
];

/**
 * Code and configuration updates of compute that already runs with a role: whoever may change the
 * code acts with that role (no iam:PassRole needed).
 */
export const COMPUTE_TAKEOVER_ACTIONS: readonly string[] = [
  'lambda:UpdateFunctionCode',
  'lambda:UpdateFunctionConfiguration',
  'glue:UpdateDevEndpoint',
  'glue:UpdateJob',
  'sagemaker:CreatePresignedNotebookInstanceUrl',
  'codebuild:UpdateProject',
  'cloudformation:UpdateStack',
  'cloudformation:ExecuteChangeSet',
];

/** Actions that start compute with a role of the caller's choosing: an escalation together with a broad iam:PassRole. */
export const PASSROLE_LAUNCH_ACTIONS: readonly string[] = [
  'ec2:RunInstances',
  'ec2:RequestSpotInstances',
  'autoscaling:CreateLaunchConfiguration',
  'ec2:CreateLaunchTemplate',
  'lambda:CreateFunction',
  'cloudformation:CreateStack',
  'cloudformation:UpdateStack',
  'cloudformation:CreateChangeSet',
  'glue:CreateDevEndpoint',
  'glue:CreateJob',
  'datapipeline:CreatePipeline',
  'sagemaker:CreateNotebookInstance',
  'sagemaker:CreateTrainingJob',
  'sagemaker:CreateProcessingJob',
  'codebuild:CreateProject',
  'ecs:RegisterTaskDefinition',
  'states:CreateStateMachine',
  'apprunner:CreateService',
  'batch:RegisterJobDefinition',
];
