/**
 * What looks like a secret in a template, and whether a secret value is exposed in it.
 *
 * Semantics follow cfn_nag's password rules (util/enforce_reference_parameter.rb and
 * enforce_string_or_dynamic_reference.rb), which AWS's own guidance agrees with: a secret must come
 * from a dynamic reference to Secrets Manager or SSM SecureString, or from a `NoEcho` parameter
 * without a `Default`. A literal, a plain `{{resolve:ssm:…}}` (stored as clear text) or a Ref to a
 * parameter that echoes or carries a default value is exposed in the template or the console.
 */
import type { ConditionBranch, KeyPath } from '../core/types.js';
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
  | { readonly kind: 'unknown'; readonly reason: string; readonly conditions: readonly ConditionBranch[] };

const SAFE_DYNAMIC = /\{\{resolve:(secretsmanager|ssm-secure):/;
const PLAIN_SSM = /\{\{resolve:ssm:/;
/** Empty strings and well-known placeholders are not secrets: CloudFormation would reject or ignore them. */
const PLACEHOLDER = /^\s*$/;

/**
 * Judge a secret-bearing value. Returns the exposed (or undecidable) alternatives; an empty list
 * means the value is handled safely (dynamic reference, NoEcho parameter, resource attribute, NoValue).
 */
export function secretExposures(graph: ResourceGraph, value: unknown, conditions: readonly ConditionBranch[] = [], depth = 0): SecretVerdict[] {
  if (depth > 20) return [{ kind: 'unknown', reason: 'value nested too deeply', conditions }];
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
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return [{ kind: 'unknown', reason: 'malformed Fn::If', conditions }];
      const cond = arg[0];
      return [
        ...secretExposures(graph, arg[1], [...conditions, { condition: cond, branch: true }], depth + 1),
        ...secretExposures(graph, arg[2], [...conditions, { condition: cond, branch: false }], depth + 1),
      ];
    }
    case 'Fn::Sub':
      return subExposure(graph, arg, conditions, depth);
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2 || !Array.isArray(arg[1])) return [{ kind: 'unknown', reason: 'Fn::Join of a computed list', conditions }];
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
      return [{ kind: 'unknown', reason: 'the value is imported from another stack’s outputs', conditions }];
    case 'Fn::FindInMap':
      return [{ kind: 'exposed', exposure: 'literal', conditions }];
    case 'Fn::Base64':
      return secretExposures(graph, arg, conditions, depth + 1);
    default:
      return [{ kind: 'unknown', reason: `${name} is not evaluated`, conditions }];
  }
}

function stringExposure(text: string, conditions: readonly ConditionBranch[]): SecretVerdict[] {
  if (SAFE_DYNAMIC.test(text)) return [];
  if (PLAIN_SSM.test(text)) return [{ kind: 'exposed', exposure: 'plain-ssm', conditions }];
  if (PLACEHOLDER.test(text)) return [];
  return [{ kind: 'exposed', exposure: 'literal', conditions }];
}

function refExposure(graph: ResourceGraph, target: unknown, conditions: readonly ConditionBranch[]): SecretVerdict[] {
  if (typeof target !== 'string') return [{ kind: 'unknown', reason: 'Ref to a non-text name', conditions }];
  if (target === 'AWS::NoValue') return [];
  const p = graph.parameters.get(target);
  if (!p) {
    // A resource's Ref (e.g. a Secrets Manager secret's ARN) or a pseudo parameter is not a secret literal.
    return [];
  }
  if (!p.noEcho) return [{ kind: 'exposed', exposure: 'parameter-echoed', parameter: target, conditions }];
  if (p.default !== undefined && p.default !== null && p.default !== '') return [{ kind: 'exposed', exposure: 'parameter-default', parameter: target, conditions }];
  return [];
}

function subExposure(graph: ResourceGraph, arg: unknown, conditions: readonly ConditionBranch[], depth: number): SecretVerdict[] {
  const text = Array.isArray(arg) ? arg[0] : arg;
  const vars = Array.isArray(arg) && arg[1] && typeof arg[1] === 'object' && !Array.isArray(arg[1]) ? (arg[1] as Record<string, unknown>) : {};
  if (typeof text !== 'string') return [{ kind: 'unknown', reason: 'malformed Fn::Sub', conditions }];
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
const SECRET_NAME = /(passw(or)?d|passwd|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential|auth[-_]?key)/i;
const NOT_SECRET_NAME =
  /(arn|name|names|id|ids|url|uri|endpoint|path|region|length|policy|rotation|type|table|bucket|queue|topic|key[-_]?id|ttl|expir|expiry|version|parameter|param|secretsmanager|ssm|header|field|hash|location|prefix|suffix|count|enabled|required|format|mode|stage|user|username|env|file|port|host|size|timeout|seconds|level|max|min|cache|store|provider|issuer|audience|scope|scopes)$/i;

/** True for an environment-variable or property name that suggests a secret value (`DB_PASSWORD`, `ApiKey`). */
export function isSecretName(name: string): boolean {
  if (!SECRET_NAME.test(name)) return false;
  return !NOT_SECRET_NAME.test(name.replace(/[^A-Za-z0-9_-]/g, ''));
}

/** AWS access key ids and secret-looking literals that are never legitimate in a template. */
const AWS_ACCESS_KEY = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
const PRIVATE_KEY_BLOCK = /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/;
/** Slack, GitHub and Stripe tokens: fixed prefixes, so the match is cheap and precise. */
const KNOWN_TOKEN = /\b(xox[baprs]-[0-9A-Za-z-]{10,}|gh[pousr]_[0-9A-Za-z]{30,}|sk_live_[0-9A-Za-z]{20,})\b/;

/** A literal whose shape alone shows it is a credential, whatever key holds it. */
export function credentialShape(text: string): string | null {
  if (AWS_ACCESS_KEY.test(text)) return 'an AWS access key id';
  if (PRIVATE_KEY_BLOCK.test(text)) return 'a private key';
  if (KNOWN_TOKEN.test(text)) return 'an API token';
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
  'AWS::OpsWorks::Stack': [['RdsDbInstances', '*', 'DbPassword'], ['CustomCookbooksSource', 'Password']],
  'AWS::OpsWorks::App': [['SslConfiguration', 'PrivateKey'], ['AppSource', 'Password']],
  'AWS::EMR::Cluster': [
    ['KerberosAttributes', 'ADDomainJoinPassword'],
    ['KerberosAttributes', 'CrossRealmTrustPrincipalPassword'],
    ['KerberosAttributes', 'KdcAdminPassword'],
  ],
  'AWS::KinesisFirehose::DeliveryStream': [['RedshiftDestinationConfiguration', 'Password'], ['SplunkDestinationConfiguration', 'HECToken']],
  'AWS::CodePipeline::Webhook': [['AuthenticationConfiguration', 'SecretToken']],
  'AWS::ManagedBlockchain::Member': [['MemberConfiguration', 'MemberFrameworkConfiguration', 'MemberFabricConfiguration', 'AdminPassword']],
  'AWS::ASK::Skill': [['AuthenticationConfiguration', 'ClientSecret'], ['AuthenticationConfiguration', 'RefreshToken']],
  'Alexa::ASK::Skill': [['AuthenticationConfiguration', 'ClientSecret'], ['AuthenticationConfiguration', 'RefreshToken']],
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
