/**
 * EC2 compute checks: EBS encryption (volumes and block-device mappings), IMDSv1, secrets in
 * UserData, forbidden AMIs, cfn-init credentials in Metadata, and VPC flow logs.
 */
import type { ConditionBranch, KeyPath } from '../../core/types.js';
import type { Resource } from '../../model/graph.js';
import { intrinsicName, NO_VALUE, type Resolver } from '../../model/resolve.js';
import type { CheckContext, CheckFn } from '../engine.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where instance settings live: top-level Properties, or `LaunchTemplateData` of a launch template. */
function launchData(resource: Resource): { data: Obj; path: KeyPath } {
  const base = [...resource.path, 'Properties'];
  if (resource.type === 'AWS::EC2::LaunchTemplate') {
    const d = resource.properties['LaunchTemplateData'];
    return { data: isObj(d) ? d : {}, path: [...base, 'LaunchTemplateData'] };
  }
  return { data: resource.properties as Obj, path: base };
}

/** Each member of a (possibly conditional) list, with its path and branches. */
function eachItem(list: unknown, path: KeyPath, resolver: Resolver, f: (item: unknown, path: KeyPath, conditions: readonly ConditionBranch[]) => void): void {
  if (list === undefined) return;
  for (const alt of resolver.resolve(list)) {
    if (!alt.known || alt.value === NO_VALUE || !Array.isArray(alt.value)) continue;
    alt.value.forEach((raw, i) => {
      for (const it of resolver.resolve(raw)) if (it.known && it.value !== NO_VALUE) f(it.value, [...path, i], [...alt.conditions, ...it.conditions]);
    });
  }
}

/** Reports when a boolean property is not `true` (absent counts as not true); unknown when unresolved. */
function requireTrue(ctx: CheckContext, owner: Obj, ownerPath: KeyPath, key: string, conditions: readonly ConditionBranch[], data: Record<string, string>): void {
  const v = owner[key];
  if (v === undefined) {
    ctx.report({ path: ownerPath, data: { ...data, value: 'absent' }, conditions });
    return;
  }
  let unknown: string | null = null;
  for (const r of ctx.graph.resolver.resolveString(v)) {
    if (!r.known) {
      unknown ??= r.reason;
      continue;
    }
    if (r.value === NO_VALUE || String(r.value).toLowerCase() !== 'true') {
      ctx.report({ path: [...ownerPath, key], data: { ...data, value: r.value === NO_VALUE ? 'absent' : String(r.value) }, conditions: [...conditions, ...r.conditions] });
      return;
    }
  }
  if (unknown) ctx.report({ path: [...ownerPath, key], outcome: 'unknown', data: { ...data, value: '(unresolved)', unknownReason: unknown }, conditions });
}

const ebsEncryption: CheckFn = (ctx) => {
  const { resource, graph } = ctx;
  if (resource.type === 'AWS::EC2::Volume') {
    requireTrue(ctx, resource.properties as Obj, [...resource.path, 'Properties'], 'Encrypted', [], { device: 'volume' });
    return;
  }
  const { data, path } = launchData(resource);
  eachItem(data['BlockDeviceMappings'], [...path, 'BlockDeviceMappings'], graph.resolver, (item, itemPath, conditions) => {
    if (!isObj(item) || !isObj(item['Ebs'])) return; // instance-store or NoDevice mapping
    const device = typeof item['DeviceName'] === 'string' ? item['DeviceName'] : 'block device';
    requireTrue(ctx, item['Ebs'], [...itemPath, 'Ebs'], 'Encrypted', conditions, { device });
  });
};

const imdsV1: CheckFn = (ctx) => {
  const { resource, graph } = ctx;
  const resolver = graph.resolver;
  if (resource.type === 'AWS::EC2::Instance') {
    // Instances take metadata options only from a launch template; the template is checked itself.
    if (resource.properties['LaunchTemplate'] !== undefined || ctx.options['instancesWithoutTemplate'] !== true) return;
    ctx.report({ path: [...resource.path, 'Properties'], data: { value: 'no launch template' } });
    return;
  }
  const { data, path } = launchData(resource);
  const mo = data['MetadataOptions'];
  const moPath = [...path, 'MetadataOptions'];
  if (mo === undefined) {
    ctx.report({ path, data: { value: 'absent' } });
    return;
  }
  for (const alt of resolver.resolve(mo)) {
    if (!alt.known) {
      ctx.report({ path: moPath, outcome: 'unknown', data: { value: '(unresolved)', unknownReason: alt.reason }, conditions: alt.conditions });
      continue;
    }
    if (alt.value === NO_VALUE || !isObj(alt.value)) {
      ctx.report({ path: moPath, data: { value: 'absent' }, conditions: alt.conditions });
      continue;
    }
    const opts = alt.value;
    const endpoint = resolver.resolveString(opts['HttpEndpoint']);
    if (opts['HttpEndpoint'] !== undefined && endpoint.every((r) => r.known && String(r.value).toLowerCase() === 'disabled')) continue;
    if (opts['HttpTokens'] === undefined) {
      ctx.report({ path: moPath, data: { value: 'absent' }, conditions: alt.conditions });
      continue;
    }
    let unknown: string | null = null;
    let reported = false;
    for (const r of resolver.resolveString(opts['HttpTokens'])) {
      if (!r.known) unknown ??= r.reason;
      else if (r.value === NO_VALUE || String(r.value).toLowerCase() !== 'required') {
        ctx.report({ path: [...moPath, 'HttpTokens'], data: { value: r.value === NO_VALUE ? 'absent' : String(r.value) }, conditions: [...alt.conditions, ...r.conditions] });
        reported = true;
        break;
      }
    }
    if (!reported && unknown) ctx.report({ path: [...moPath, 'HttpTokens'], outcome: 'unknown', data: { value: '(unresolved)', unknownReason: unknown }, conditions: alt.conditions });
  }
};

// ---------------------------------------------------------------------------------------------
// Secrets in UserData

/**
 * The literal text pieces of a UserData value. Pieces are split wherever an intrinsic (Ref, GetAtt…)
 * stands, so `password=` followed by a Ref is not a hard-coded password; Fn::Sub placeholders stay
 * as `${…}` text, which the patterns ignore.
 */
export function literalFragments(v: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 20) return out;
  if (typeof v === 'string') {
    out.push(v);
    return out;
  }
  const name = intrinsicName(v);
  if (name === null) return out;
  const arg = (v as Obj)[name];
  switch (name) {
    case 'Fn::Base64':
      return literalFragments(arg, out, depth + 1);
    case 'Fn::Sub':
      if (typeof arg === 'string') out.push(arg);
      else if (Array.isArray(arg)) {
        if (typeof arg[0] === 'string') out.push(arg[0]);
        if (isObj(arg[1])) for (const x of Object.values(arg[1])) literalFragments(x, out, depth + 1);
      }
      return out;
    case 'Fn::Join': {
      if (!Array.isArray(arg) || !Array.isArray(arg[1])) return out;
      const sep = typeof arg[0] === 'string' ? arg[0] : '';
      let run: string[] = [];
      const flush = (): void => {
        if (run.length) out.push(run.join(sep));
        run = [];
      };
      for (const item of arg[1] as unknown[]) {
        if (typeof item === 'string' || typeof item === 'number') run.push(String(item));
        else {
          flush();
          literalFragments(item, out, depth + 1);
        }
      }
      flush();
      return out;
    }
    case 'Fn::If':
      if (Array.isArray(arg)) {
        literalFragments(arg[1], out, depth + 1);
        literalFragments(arg[2], out, depth + 1);
      }
      return out;
    default:
      return out;
  }
}

const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g;
const SECRET_KEY = /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;
const ASSIGNMENT = /\b([A-Za-z_]*(?:password|passwd|secret|token|api_?key))\s*[=:]\s*(["']?)([^\s"'$`{}()<>;|&\\]{4,})\2/gi;
const NOT_SECRETS = new Set(['true', 'false', 'null', 'none', 'required', 'optional', 'changeme', 'xxxx', 'password']);

/** The first hard-coded credential in `text`: its kind and the name it is assigned to (never the value). */
export function findSecret(text: string): { kind: string; name: string } | null {
  for (const m of text.matchAll(ACCESS_KEY_ID)) if (!m[0].endsWith('EXAMPLE')) return { kind: 'AWS access key id', name: m[0].slice(0, 4) + '…' };
  if (SECRET_KEY.test(text)) return { kind: 'AWS secret access key', name: 'aws_secret_access_key' };
  for (const m of text.matchAll(ASSIGNMENT)) {
    const value = m[3]!;
    if (NOT_SECRETS.has(value.toLowerCase()) || value.startsWith('/') || value.startsWith('-') || /^\d{1,5}$/.test(value)) continue;
    return { kind: 'literal credential assignment', name: m[1]! };
  }
  return null;
}

const userDataSecrets: CheckFn = (ctx) => {
  const { data, path } = launchData(ctx.resource);
  const ud = data['UserData'];
  if (ud === undefined) return;
  for (const text of literalFragments(ud)) {
    const hit = findSecret(text);
    if (hit) {
      ctx.report({ path: [...path, 'UserData'], data: hit });
      return;
    }
  }
};

const forbiddenAmi: CheckFn = (ctx) => {
  const amis = new Set(Array.isArray(ctx.options['amis']) ? (ctx.options['amis'] as unknown[]).map(String) : []);
  if (amis.size === 0) return;
  const { data, path } = launchData(ctx.resource);
  if (data['ImageId'] === undefined) return;
  for (const r of ctx.graph.resolver.resolveString(data['ImageId'])) {
    if (r.known && typeof r.value === 'string' && amis.has(r.value)) {
      ctx.report({ path: [...path, 'ImageId'], data: { ami: r.value }, conditions: r.conditions });
      return;
    }
  }
};

const CREDENTIAL_KEYS = ['accessKeyId', 'secretKey', 'password'];

const cfnInitAuth: CheckFn = (ctx) => {
  const { resource, graph } = ctx;
  const auth = resource.metadata['AWS::CloudFormation::Authentication'];
  if (!isObj(auth)) return;
  const base = [...resource.path, 'Metadata', 'AWS::CloudFormation::Authentication'];
  for (const [name, entry] of Object.entries(auth)) {
    if (!isObj(entry)) continue;
    for (const key of Object.keys(entry)) {
      if (!CREDENTIAL_KEYS.some((k) => k.toLowerCase() === key.toLowerCase())) continue;
      const v = entry[key];
      // A NoEcho parameter or a dynamic reference keeps the secret out of the template.
      if (typeof v === 'string' && v.startsWith('{{resolve:')) continue;
      if (isObj(v) && typeof v['Ref'] === 'string' && graph.parameters.get(v['Ref'])?.noEcho && graph.parameters.get(v['Ref'])?.default === undefined) continue;
      if (isObj(v) && intrinsicName(v) !== null && intrinsicName(v) !== 'Ref') continue;
      ctx.report({ path: [...base, name, key], data: { entry: name, key } });
    }
  }
};

const vpcFlowLog: CheckFn = (ctx) => {
  const { resource, graph } = ctx;
  const logged = graph.referencesTo(resource.logicalId).some((e) => {
    if (e.kind === 'DependsOn') return false;
    const from = graph.resources.get(e.from);
    return from?.type === 'AWS::EC2::FlowLog' && e.path.some((k) => k === 'ResourceId' || k === 'ResourceIds');
  });
  if (!logged) ctx.report({ path: resource.path, data: {} });
};

export const computeChecks: Readonly<Record<string, CheckFn>> = {
  ebsEncryption,
  imdsV1,
  userDataSecrets,
  forbiddenAmi,
  cfnInitAuth,
  vpcFlowLog,
};
