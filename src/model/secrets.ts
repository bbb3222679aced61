/**
 * What looks like a secret in a template, and whether a secret value is exposed in it.
 *
 * Semantics follow cfn_nag's password rules (util/enforce_reference_parameter.rb and
 * enforce_string_or_dynamic_reference.rb), which AWS's own guidance agrees with: a secret must come
 * from a dynamic reference to Secrets Manager or SSM SecureString, or from a `NoEcho` parameter
 * without a `Default`. A literal, a plain `{{resolve:ssm:…}}` (stored as clear text) or a Ref to a
 * parameter that echoes or carries a default value is exposed in the template or the console.
 */
import type { ConditionBranch, KeyPath, UnknownCause } from '../types/types.js';
import type { ResourceGraph } from './graph.js';
import { intrinsicName } from './resolve.js';

export type SecretExposure =
  /** A literal value written in the template. */
  | 'literal'
  /** `{{resolve:ssm:…}}`: a plain String parameter, readable by anyone with ssm:GetParameter. */
  | 'plain-ssm'
  /** Ref to a parameter without `NoEcho: true`: shown in the console and DescribeStacks. */
  | 'parameter-echoed'
  /** Ref to a `NoEcho` parameter that has a `Default`: the value sits in the template. */
  | 'parameter-default';

export type SecretVerdict =
  | { readonly kind: 'exposed'; readonly exposure: SecretExposure; readonly parameter?: string; readonly conditions: readonly ConditionBranch[] }
  | { readonly kind: 'unknown'; readonly reason: UnknownCause; readonly conditions: readonly ConditionBranch[] };

const SAFE_DYNAMIC = /\{\{resolve:(secretsmanager|ssm-secure):/;
const PLAIN_SSM = /\{\{resolve:ssm:/;
/** Empty strings and well-known placeholders are not secrets: CloudFormation would reject or ignore them. */
const PLACEHOLDER = /^\s*$/;

/**
 * Judge a secret-bearing value. Returns the exposed (or undecidable) alternatives; an empty list
 * means the value is handled safely (dynamic reference, NoEcho parameter, resource attribute, NoValue).
 */
export function secretExposures(graph: ResourceGraph, value: unknown, conditions: readonly ConditionBranch[] = [], depth = 0): SecretVerdict[] {
  if (depth > 20) return [{ kind: 'unknown', reason: { code: 'secret-too-deep', args: {} }, conditions }];
  if (value === undefined || value === null) return [];
  if (typeof value === 'number' || typeof value === 'boolean') return [{ kind: 'exposed', exposure: 'literal', conditions }];
  if (typeof value === 'string') return stringExposure(value, conditions);
  const name = intrinsicName(value);
  if (name === null) return []; // an object or list where a text is expected: not a secret value we can judge
  const arg = (value as Record<string, unknown>)[name];
  switch (name) {
    case 'Ref':
      return refExposure(graph, arg, conditions);
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return [{ kind: 'unknown', reason: { code: 'malformed', args: { fn: 'Fn::If' } }, conditions }];
      const cond = arg[0];
      return [
        ...secretExposures(graph, arg[1], [...conditions, { condition: cond, branch: true }], depth + 1),
        ...secretExposures(graph, arg[2], [...conditions, { condition: cond, branch: false }], depth + 1),
      ];
    }
    case 'Fn::Sub':
      return subExposure(graph, arg, conditions, depth);
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2 || !Array.isArray(arg[1])) return [{ kind: 'unknown', reason: { code: 'secret-join-computed', args: {} }, conditions }];
      const parts = arg[1] as unknown[];
      // A join that builds a dynamic reference is safe; otherwise each part is judged on its own.
      if (parts.some((p) => typeof p === 'string' && SAFE_DYNAMIC.test(p))) return [];
      const literalOnly = parts.every((p) => typeof p === 'string' || typeof p === 'number');
      if (literalOnly) return stringExposure(parts.join(typeof arg[0] === 'string' ? arg[0] : ''), conditions);
      return parts.flatMap((p) => (typeof p === 'string' ? [] : secretExposures(graph, p, conditions, depth + 1)));
    }
    case 'Fn::GetAtt':
      // An attribute of a resource (a generated secret, a key's output) is not written in the template.
      return [];
    case 'Fn::ImportValue':
      return [{ kind: 'unknown', reason: { code: 'secret-import', args: {} }, conditions }];
    case 'Fn::FindInMap':
      return [{ kind: 'exposed', exposure: 'literal', conditions }];
    case 'Fn::Base64':
      return secretExposures(graph, arg, conditions, depth + 1);
    default:
      return [{ kind: 'unknown', reason: { code: 'not-evaluated', args: { fn: name } }, conditions }];
  }
}

function stringExposure(text: string, conditions: readonly ConditionBranch[]): SecretVerdict[] {
  if (SAFE_DYNAMIC.test(text)) return [];
  if (PLAIN_SSM.test(text)) return [{ kind: 'exposed', exposure: 'plain-ssm', conditions }];
  if (PLACEHOLDER.test(text)) return [];
  return [{ kind: 'exposed', exposure: 'literal', conditions }];
}

function refExposure(graph: ResourceGraph, target: unknown, conditions: readonly ConditionBranch[]): SecretVerdict[] {
  if (typeof target !== 'string') return [{ kind: 'unknown', reason: { code: 'ref-non-text', args: {} }, conditions }];
  if (target === 'AWS::NoValue') return [];
  const p = graph.parameters.get(target);
  if (!p) {
    // A resource's Ref (e.g. a Secrets Manager secret's ARN) or a pseudo parameter is not a secret literal.
    return [];
  }
  if (secretDefault(graph, target)) return [{ kind: 'exposed', exposure: 'parameter-default', parameter: target, conditions }];
  if (!p.noEcho) return [{ kind: 'exposed', exposure: 'parameter-echoed', parameter: target, conditions }];
  return [];
}

/**
 * A parameter whose `Default` is a secret written in the template: a NoEcho parameter with any
 * default, or an echoed one whose name says secret (`DbPassword`, `ApiToken`) or whose default is
 * shaped like a credential (AKIA…, a private key, a token, a URL with a password). Wherever such a
 * parameter is passed, the secret travels with it.
 */
export function secretDefault(graph: ResourceGraph, name: string): boolean {
  const p = graph.parameters.get(name);
  if (!p || p.default === undefined || p.default === null) return false;
  const text = String(p.default);
  if (text.trim() === '' || DEFAULT_PLACEHOLDER.test(text.trim())) return false;
  if (p.noEcho) return true;
  return (isSecretName(name) && text.trim().length >= 4 && !REFERENCE_LIKE.test(text.trim())) || credentialShape(text) !== null;
}

/** Defaults that ask for a value rather than give one: `<>`, `<password>`, `xxxx`, `****`, `changeme`, `REPLACE_ME`. */
const DEFAULT_PLACEHOLDER = /^(<[^<>]*>|\[[^\]]*\]|x{3,}|\*{3,}|-+|\.{3,}|changeme|change[-_ ]me|replace[-_ ]?me|todo|tbd|none|null|placeholder|(enter|your|insert)[-_ ].*)$/i;

/** Defaults that name a secret rather than hold one (an ARN, a path, a dynamic reference). */
const REFERENCE_LIKE = /^(arn:|\/|\{\{resolve:|https?:\/\/[^:@\s]+(\/|$)|s3:\/\/)/;

function subExposure(graph: ResourceGraph, arg: unknown, conditions: readonly ConditionBranch[], depth: number): SecretVerdict[] {
  const text: unknown = Array.isArray(arg) ? arg[0] : arg;
  const vars = Array.isArray(arg) && arg[1] && typeof arg[1] === 'object' && !Array.isArray(arg[1]) ? (arg[1] as Record<string, unknown>) : {};
  if (typeof text !== 'string') return [{ kind: 'unknown', reason: { code: 'malformed', args: { fn: 'Fn::Sub' } }, conditions }];
  if (SAFE_DYNAMIC.test(text)) return [];
  const names = [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((m) => m[1]!.trim());
  const literal = text.replace(/\$\{[^}]*\}/g, '');
  const out: SecretVerdict[] = [];
  if (PLAIN_SSM.test(text)) out.push({ kind: 'exposed', exposure: 'plain-ssm', conditions });
  for (const n of names) {
    if (Object.prototype.hasOwnProperty.call(vars, n)) out.push(...secretExposures(graph, vars[n], conditions, depth + 1));
    else if (!n.includes('.')) out.push(...refExposure(graph, n, conditions));
  }
  // Only placeholders (`${DbPassword}`) → judged by the parameters; literal text around them is a secret in the clear.
  if (out.length === 0 && names.length === 0 && !PLACEHOLDER.test(literal)) out.push({ kind: 'exposed', exposure: 'literal', conditions });
  return out;
}

/**
 * Property names that carry a secret. Identifiers that merely name a secret (`SecretArn`,
 * `SecretName`, `TokenUrl`, `PasswordLength`, …) are excluded by the second pattern.
 */
const SECRET_NAME = /(passw(or)?d|passwd|passphrase|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential|auth[-_]?key|(^|[_.-])pass$)/i;
/** `dbPass`, `AdminPass`: camel-case names ending in Pass (case matters, so `bypass` is not one). */
const CAMEL_PASS = /[a-z0-9]Pass$/;
const NOT_SECRET_NAME =
  /(arn|name|names|id|ids|url|uri|endpoint|path|region|length|policy|rotation|type|table|bucket|queue|topic|key[-_]?id|ttl|expir|expiry|version|parameter|param|secretsmanager|ssm|header|field|hash|location|prefix|suffix|count|enabled|required|format|mode|stage|user|username|env|file|port|host|size|timeout|seconds|level|max|min|cache|store|provider|issuer|audience|scope|scopes)$/i;

/** True for an environment-variable or property name that suggests a secret value (`DB_PASSWORD`, `ApiKey`). */
export function isSecretName(name: string): boolean {
  if (!SECRET_NAME.test(name) && !CAMEL_PASS.test(name)) return false;
  return !NOT_SECRET_NAME.test(name.replace(/[^A-Za-z0-9_-]/g, ''));
}

/** AWS access key ids and secret-looking literals that are never legitimate in a template. */
const AWS_ACCESS_KEY = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
const PRIVATE_KEY_BLOCK = /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/;
/** Slack, GitHub and Stripe tokens: fixed prefixes, so the match is cheap and precise. */
const KNOWN_TOKEN = /\b(xox[baprs]-[0-9A-Za-z-]{10,}|gh[pousr]_[0-9A-Za-z]{30,}|sk_live_[0-9A-Za-z]{20,})\b/;

/**
 * `scheme://user:password@host`: a password written into a URL. A placeholder (`${DbPassword}`,
 * `{{resolve:…}}`, `$VAR`, `<password>`) in the password position is not a written password.
 */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:(?![$<{*%])([^\s@/'"]+)@[a-z0-9[]/gi;

/** Offset of the first URL with a written password in `text`, or -1. */
export function urlCredentialIndex(text: string): number {
  for (const m of text.matchAll(URL_CREDENTIALS)) if (!/^(password|pass|pwd|secret|x+|\*+)$/i.test(m[1]!)) return m.index;
  return -1;
}

/** A literal whose shape alone shows it is a credential, whatever key holds it. */
export function credentialShape(text: string): string | null {
  if (AWS_ACCESS_KEY.test(text)) return 'an AWS access key id';
  if (PRIVATE_KEY_BLOCK.test(text)) return 'a private key';
  if (KNOWN_TOKEN.test(text)) return 'an API token';
  if (urlCredentialIndex(text) >= 0) return 'a URL with a password';
  return null;
}

/**
 * Secret-bearing properties by resource type (cfn_nag's password rules F23–F75 and their AWS
 * equivalents). Each path is a list of keys; `*` walks every item of a list.
 */
export const SECRET_PROPERTIES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'AWS::RDS::DBInstance': [['MasterUserPassword']],
  'AWS::RDS::DBCluster': [['MasterUserPassword']],
  'AWS::DocDB::DBCluster': [['MasterUserPassword']],
  'AWS::DocDBElastic::Cluster': [['AdminUserPassword']],
  'AWS::Redshift::Cluster': [['MasterUserPassword']],
  'AWS::RedshiftServerless::Namespace': [['AdminUserPassword']],
  'AWS::Lightsail::Database': [['MasterUserPassword']],
  'AWS::DirectoryService::SimpleAD': [['Password']],
  'AWS::DirectoryService::MicrosoftAD': [['Password']],
  'AWS::DMS::Endpoint': [['Password'], ['MongoDbSettings', 'Password']],
  'AWS::Amplify::App': [['AccessToken'], ['OauthToken'], ['BasicAuthConfig', 'Password']],
  'AWS::Amplify::Branch': [['BasicAuthConfig', 'Password']],
  'AWS::Pinpoint::APNSChannel': [['PrivateKey'], ['TokenKey']],
  'AWS::Pinpoint::APNSSandboxChannel': [['PrivateKey'], ['TokenKey']],
  'AWS::Pinpoint::APNSVoipChannel': [['PrivateKey'], ['TokenKey']],
  'AWS::Pinpoint::APNSVoipSandboxChannel': [['PrivateKey'], ['TokenKey']],
  'AWS::ElastiCache::ReplicationGroup': [['AuthToken']],
  'AWS::Lambda::Permission': [['EventSourceToken']],
  'AWS::IAM::User': [['LoginProfile', 'Password']],
  'AWS::AmazonMQ::Broker': [['Users', '*', 'Password']],
  'AWS::AppStream::DirectoryConfig': [['ServiceAccountCredentials', 'AccountPassword']],
  'AWS::OpsWorks::Stack': [
    ['RdsDbInstances', '*', 'DbPassword'],
    ['CustomCookbooksSource', 'Password'],
  ],
  'AWS::OpsWorks::App': [
    ['SslConfiguration', 'PrivateKey'],
    ['AppSource', 'Password'],
  ],
  'AWS::EMR::Cluster': [
    ['KerberosAttributes', 'ADDomainJoinPassword'],
    ['KerberosAttributes', 'CrossRealmTrustPrincipalPassword'],
    ['KerberosAttributes', 'KdcAdminPassword'],
  ],
  'AWS::KinesisFirehose::DeliveryStream': [
    ['RedshiftDestinationConfiguration', 'Password'],
    ['SplunkDestinationConfiguration', 'HECToken'],
  ],
  'AWS::CodePipeline::Webhook': [['AuthenticationConfiguration', 'SecretToken']],
  'AWS::ManagedBlockchain::Member': [['MemberConfiguration', 'MemberFrameworkConfiguration', 'MemberFabricConfiguration', 'AdminPassword']],
  'AWS::ASK::Skill': [
    ['AuthenticationConfiguration', 'ClientSecret'],
    ['AuthenticationConfiguration', 'RefreshToken'],
  ],
  'Alexa::ASK::Skill': [
    ['AuthenticationConfiguration', 'ClientSecret'],
    ['AuthenticationConfiguration', 'RefreshToken'],
  ],
  'AWS::Glue::Connection': [['ConnectionInput', 'ConnectionProperties', 'PASSWORD']],
};

export interface FoundValue {
  readonly path: KeyPath;
  readonly value: unknown;
}

/** The values at `keys` under `root` (list items walked at `*`), with their paths relative to `base`. */
export function valuesAt(root: unknown, keys: readonly string[], base: KeyPath): FoundValue[] {
  let frontier: FoundValue[] = [{ path: base, value: root }];
  for (const k of keys) {
    const next: FoundValue[] = [];
    for (const f of frontier.flatMap(expandIf)) {
      const v = f.value;
      if (k === '*') {
        if (Array.isArray(v)) v.forEach((x, i) => next.push({ path: [...f.path, i], value: x }));
      } else if (v && typeof v === 'object' && !Array.isArray(v) && k in v) {
        next.push({ path: [...f.path, k], value: (v as Record<string, unknown>)[k] });
      }
    }
    frontier = next;
  }
  return frontier;
}

/** A container written as `Fn::If`: both branches can hold the secret. */
function expandIf(f: FoundValue): FoundValue[] {
  const v = f.value;
  if (v && typeof v === 'object' && !Array.isArray(v) && intrinsicName(v) === 'Fn::If') {
    const arg = (v as Record<string, unknown>)['Fn::If'];
    if (Array.isArray(arg) && arg.length === 3) return [1, 2].flatMap((i) => expandIf({ path: [...f.path, 'Fn::If', i], value: arg[i] }));
  }
  return [f];
}

// ---------------------------------------------------------------------------------------------
// Secrets inside text: UserData scripts and composite values (SecretString)

/** A literal run of text and where each part of it is written. */
export interface TextPiece {
  readonly text: string;
  /** Parts of `text` in order: `[from, to)` in `text` comes from the string at `path`, starting at `offset` there. */
  readonly parts: readonly { readonly from: number; readonly to: number; readonly path: KeyPath; readonly offset: number }[];
}

/** A parameter or resource referenced from text: by Ref, or as a `${Name}` placeholder at `within` of the string at `path`. */
export interface TextRef {
  readonly name: string;
  readonly path: KeyPath;
  readonly within?: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The literal text of a value built from strings and intrinsics (UserData: plain, Fn::Base64, Fn::Sub,
 * Fn::Join, Fn::If branches), split wherever an intrinsic stands so that `password=` followed by a Ref
 * is not a written password, and the references in it. Fn::Sub placeholders stay in the text as `${…}`.
 * Every piece knows the key path (and offset) of the string it comes from, so a finding can point at
 * the line of the script that holds the secret.
 */
export function textOf(value: unknown, base: KeyPath): { pieces: TextPiece[]; refs: TextRef[] } {
  const pieces: TextPiece[] = [];
  const refs: TextRef[] = [];
  const walk = (v: unknown, path: KeyPath, depth: number): void => {
    if (depth > 20) return;
    if (typeof v === 'string') {
      pieces.push({ text: v, parts: [{ from: 0, to: v.length, path, offset: 0 }] });
      return;
    }
    const name = intrinsicName(v);
    if (name === null) return;
    const arg = (v as Obj)[name];
    const at = [...path, name];
    switch (name) {
      case 'Ref':
        if (typeof arg === 'string') refs.push({ name: arg, path });
        return;
      case 'Fn::Base64':
        walk(arg, at, depth + 1);
        return;
      case 'Fn::Sub': {
        const text: unknown = Array.isArray(arg) ? arg[0] : arg;
        const textPath = Array.isArray(arg) ? [...at, 0] : at;
        const vars = Array.isArray(arg) && isObj(arg[1]) ? arg[1] : {};
        if (typeof text !== 'string') return;
        pieces.push({ text, parts: [{ from: 0, to: text.length, path: textPath, offset: 0 }] });
        for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const n = m[1]!.trim();
          if (!Object.prototype.hasOwnProperty.call(vars, n)) refs.push({ name: n, path: textPath, within: m.index });
        }
        for (const [k, x] of Object.entries(vars)) walk(x, [...at, 1, k], depth + 1);
        return;
      }
      case 'Fn::Join': {
        if (!Array.isArray(arg) || !Array.isArray(arg[1])) return;
        const sep = typeof arg[0] === 'string' ? arg[0] : '';
        let text = '';
        let parts: TextPiece['parts'][number][] = [];
        const flush = (): void => {
          if (parts.length) pieces.push({ text, parts });
          text = '';
          parts = [];
        };
        (arg[1] as unknown[]).forEach((item, i) => {
          if (typeof item === 'string' || typeof item === 'number') {
            if (parts.length) text += sep;
            const s = String(item);
            parts.push({ from: text.length, to: text.length + s.length, path: [...at, 1, i], offset: 0 });
            text += s;
          } else {
            flush();
            walk(item, [...at, 1, i], depth + 1);
          }
        });
        flush();
        return;
      }
      case 'Fn::If':
        if (Array.isArray(arg)) {
          walk(arg[1], [...at, 1], depth + 1);
          walk(arg[2], [...at, 2], depth + 1);
        }
        return;
      default:
        return;
    }
  };
  walk(value, base, 0);
  return { pieces, refs };
}

/** Where character `index` of a piece is written: the string's path and the offset inside it. */
export function placeOf(piece: TextPiece, index: number): { path: KeyPath; within: number } {
  const part = piece.parts.find((p) => index >= p.from && index < p.to) ?? piece.parts.find((p) => index <= p.to) ?? piece.parts[piece.parts.length - 1]!;
  return { path: part.path, within: part.offset + Math.max(0, Math.min(index, part.to) - part.from) };
}

const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g;
const SECRET_KEY = /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;
/** `NAME=value` / `name: value` in a script or cloud-config; the name is judged by `isSecretName`. */
const ASSIGNMENT = /\b([A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*(["']?)([^\s"'$`{}()<>;|&\\]{4,})\2/g;
const NOT_SECRETS = new Set(['true', 'false', 'null', 'none', 'required', 'optional', 'changeme', 'xxxx', 'password']);

/** The first hard-coded credential in a script `text`: its kind, the name it is assigned to (never the value) and where it starts. */
export function findSecretIn(text: string): { kind: string; name: string; index: number } | null {
  for (const m of text.matchAll(ACCESS_KEY_ID)) if (!m[0].endsWith('EXAMPLE')) return { kind: 'AWS access key id', name: m[0].slice(0, 4) + '…', index: m.index };
  const key = SECRET_KEY.exec(text);
  if (key) return { kind: 'AWS secret access key', name: 'aws_secret_access_key', index: key.index };
  const url = urlCredentialIndex(text);
  for (const m of text.matchAll(ASSIGNMENT)) {
    if (!isSecretName(m[1]!)) continue;
    const value = m[3]!;
    if (NOT_SECRETS.has(value.toLowerCase()) || value.startsWith('/') || value.startsWith('-') || /^\d{1,5}$/.test(value)) continue;
    if (url >= 0 && url < m.index) break;
    return { kind: 'literal credential assignment', name: m[1]!, index: m.index };
  }
  if (url >= 0) return { kind: 'URL with a password', name: text.slice(url, text.indexOf(':', url)), index: url };
  return null;
}

/**
 * Exposed alternatives of an `AWS::SecretsManager::Secret` `SecretString`. The whole text is the
 * secret, except for JSON written around placeholders (`{"username": "${User}", "password": "${Pass}"}`):
 * there only the values under secret-named keys, and parameters whose name or default says secret,
 * count — a user name or host passed in clear is not the secret.
 */
export function secretStringExposures(graph: ResourceGraph, value: unknown, conditions: readonly ConditionBranch[] = []): SecretVerdict[] {
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value) || SAFE_DYNAMIC.test(value)) return [];
    const json = parseJsonObject(value);
    if (json === null) return stringExposure(value, conditions);
    const secret = Object.entries(json).some(
      ([k, v]) => (isSecretName(k) && typeof v === 'string' && v.trim() !== '' && !SAFE_DYNAMIC.test(v)) || (typeof v === 'string' && credentialShape(v) !== null),
    );
    return secret ? [{ kind: 'exposed', exposure: 'literal', conditions }] : [];
  }
  const name = intrinsicName(value);
  const arg = name === null ? undefined : (value as Obj)[name];
  if (name === 'Fn::If' && Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
    return [
      ...secretStringExposures(graph, arg[1], [...conditions, { condition: arg[0], branch: true }]),
      ...secretStringExposures(graph, arg[2], [...conditions, { condition: arg[0], branch: false }]),
    ];
  }
  if (name !== 'Fn::Sub' && name !== 'Fn::Join') return secretExposures(graph, value, conditions);
  const { pieces, refs } = textOf(value, []);
  const out: SecretVerdict[] = [];
  for (const r of refs) {
    if (r.name.includes('.') || !graph.parameters.has(r.name)) continue;
    if (secretDefault(graph, r.name)) out.push({ kind: 'exposed', exposure: 'parameter-default', parameter: r.name, conditions });
    else if (!graph.parameters.get(r.name)!.noEcho && isSecretName(r.name)) out.push({ kind: 'exposed', exposure: 'parameter-echoed', parameter: r.name, conditions });
  }
  for (const p of pieces) {
    if (SAFE_DYNAMIC.test(p.text)) continue;
    if (PLAIN_SSM.test(p.text)) out.push({ kind: 'exposed', exposure: 'plain-ssm', conditions });
    // "password": "literal" written in the JSON around the placeholders.
    for (const m of p.text.matchAll(/"([^"\\]{1,100})"\s*:\s*"([^"\\$]{1,500})"/g))
      if (isSecretName(m[1]!) && m[2]!.trim() !== '') out.push({ kind: 'exposed', exposure: 'literal', conditions });
    if (credentialShape(p.text)) out.push({ kind: 'exposed', exposure: 'literal', conditions });
  }
  return out;
}

function parseJsonObject(text: string): Obj | null {
  if (!/^\s*\{/.test(text)) return null;
  try {
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : null;
  } catch {
    return null;
  }
}
