/**
 * EC2 compute checks: EBS encryption (volumes and block-device mappings), IMDSv1, secrets in
 * UserData, forbidden AMIs, cfn-init credentials in Metadata, and VPC flow logs.
 */
import type { ConditionBranch, KeyPath } from '../../types/types.js';
import type { Resource } from '../../model/graph.js';
import { forEachListItem, intrinsicName } from '../../model/resolve.js';
import type { CheckContext } from '../engine.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';
import { strings } from './option-schemas.js';
import { findSecretIn, placeOf, secretDefault, textOf } from '../../model/secrets.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where instance settings live: top-level Properties, or `LaunchTemplateData` of a launch template. */
function launchData(resource: Resource): { data: Obj; path: KeyPath } {
  const base = [...resource.path, 'Properties'];
  if (resource.type === 'AWS::EC2::LaunchTemplate') {
    const d = resource.properties['LaunchTemplateData'];
    return { data: isObj(d) ? d : {}, path: [...base, 'LaunchTemplateData'] };
  }
  return { data: resource.properties, path: base };
}


/** Reports when a boolean property is not `true` (absent counts as not true); an unresolved one is left to the engine. */
function requireTrue(ctx: CheckContext<unknown, 'unencrypted'>, owner: Obj, ownerPath: KeyPath, key: string, conditions: readonly ConditionBranch[], data: Record<string, string>): void {
  for (const a of ctx.read([key], { root: owner, base: ownerPath, data: { ...data, value: '(unresolved)' } })) {
    if (a.state === 'unknown') continue;
    if (a.state === 'value' && typeof a.value === 'object') {
      ctx.undecided([...ownerPath, key], { code: 'not-boolean', args: { key } }, [...conditions, ...a.conditions], { ...data, value: '(unresolved)' });
      continue;
    }
    if (a.state === 'absent' || String(a.value).toLowerCase() !== 'true') {
      const at = owner[key] === undefined ? ownerPath : [...ownerPath, key];
      ctx.report({ messageId: 'unencrypted', path: at, data: { ...data, value: a.state === 'absent' ? 'absent' : String(a.value) }, conditions: [...conditions, ...a.conditions] });
      return;
    }
  }
}

const ebsEncryption = defineCheck({ name: 'ebsEncryption', options: NO_OPTIONS, messages: { unencrypted: '{device}: Encrypted is {value}' } }, (ctx) => {
  const { resource, graph } = ctx;
  if (resource.type === 'AWS::EC2::Volume') {
    requireTrue(ctx, resource.properties, [...resource.path, 'Properties'], 'Encrypted', [], { device: 'volume' });
    return;
  }
  const { data, path } = launchData(resource);
  // Volumes only known at deploy time may be unencrypted: undecided, not a pass.
  forEachListItem(
    data['BlockDeviceMappings'],
    [...path, 'BlockDeviceMappings'],
    graph.resolver,
    (item, itemPath, conditions) => {
      if (!isObj(item) || !isObj(item['Ebs'])) return; // instance-store or NoDevice mapping
      const device = typeof item['DeviceName'] === 'string' ? item['DeviceName'] : 'block device';
      requireTrue(ctx, item['Ebs'], [...itemPath, 'Ebs'], 'Encrypted', conditions, { device });
    },
    { unresolved: (_raw, p, reason, conditions) => ctx.undecided(p, reason, conditions) },
  );
});

const imdsV1Options = { type: 'object', properties: { instancesWithoutTemplate: { type: 'boolean' } }, additionalProperties: false } as const;

const imdsV1 = defineCheck({ name: 'imdsV1', options: imdsV1Options, messages: { imdsV1: 'MetadataOptions.HttpTokens is {value} (IMDSv1 allowed)' } }, (ctx) => {
  const { resource } = ctx;
  if (resource.type === 'AWS::EC2::Instance') {
    // Instances take metadata options only from a launch template; the template is checked itself.
    if (resource.properties['LaunchTemplate'] !== undefined || ctx.options.instancesWithoutTemplate !== true) return;
    ctx.report({ messageId: 'imdsV1', path: [...resource.path, 'Properties'], data: { value: 'no launch template' } });
    return;
  }
  const { data, path } = launchData(resource);
  const moPath = [...path, 'MetadataOptions'];
  // Options only known at deploy time are left to the engine (unknown unless something else fails).
  const unresolved = { value: '(unresolved)' };
  for (const alt of ctx.read(['MetadataOptions'], { root: data, base: path, data: unresolved })) {
    if (alt.state === 'unknown') continue;
    if (alt.state === 'absent' || !isObj(alt.value)) {
      ctx.report({ messageId: 'imdsV1', path: data['MetadataOptions'] === undefined ? path : moPath, data: { value: 'absent' }, conditions: alt.conditions });
      continue;
    }
    const opts = alt.value;
    const endpoint = ctx.read(['HttpEndpoint'], { root: opts, settled: true });
    if (opts['HttpEndpoint'] !== undefined && endpoint.every((r) => r.state === 'value' && String(r.value).toLowerCase() === 'disabled')) continue;
    if (opts['HttpTokens'] === undefined) {
      ctx.report({ messageId: 'imdsV1', path: moPath, data: { value: 'absent' }, conditions: alt.conditions });
      continue;
    }
    for (const r of ctx.read(['HttpTokens'], { root: opts, base: moPath, data: unresolved })) {
      if (r.state === 'unknown' || (r.state === 'value' && String(r.value).toLowerCase() === 'required')) continue;
      ctx.report({ messageId: 'imdsV1', path: [...moPath, 'HttpTokens'], data: { value: r.state === 'absent' ? 'absent' : String(r.value) }, conditions: [...alt.conditions, ...r.conditions] });
      break;
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Secrets in UserData (the text model lives in src/model/secrets.ts)

/** The literal text pieces of a UserData value, split wherever an intrinsic stands. */
export function literalFragments(v: unknown): string[] {
  return textOf(v, []).pieces.map((p) => p.text);
}

/** The first hard-coded credential in `text`: its kind and the name it is assigned to (never the value). */
export function findSecret(text: string): { kind: string; name: string } | null {
  const hit = findSecretIn(text);
  return hit ? { kind: hit.kind, name: hit.name } : null;
}

/** The finding points at the line of the script that holds the secret, not at `UserData:`. */
const userDataSecrets = defineCheck({ name: 'userDataSecrets', options: NO_OPTIONS, messages: { secret: 'UserData contains a {kind} ({name})' } }, (ctx) => {
  const { data, path } = launchData(ctx.resource);
  const ud = data['UserData'];
  if (ud === undefined) return;
  for (const piece of textOf(ud, [...path, 'UserData']).pieces) {
    const hit = findSecretIn(piece.text);
    if (hit) {
      const at = placeOf(piece, hit.index);
      ctx.report({ messageId: 'secret', path: at.path, within: at.within, data: { kind: hit.kind, name: hit.name } });
      return;
    }
  }
});

const noEchoInUserDataMessages = { noEchoParameter: 'the NoEcho parameter {parameter} is written into {where}' };

/**
 * A NoEcho parameter (or one whose default is a secret) written into UserData: EC2 returns UserData
 * in clear text to anyone allowed ec2:DescribeInstanceAttribute or ec2:DescribeLaunchTemplateVersions,
 * so the masking of NoEcho ends there. One finding per parameter, at its first use.
 */
const noEchoInUserData = defineCheck({ name: 'noEchoInUserData', options: NO_OPTIONS, messages: noEchoInUserDataMessages }, (ctx) => {
  const { data, path } = launchData(ctx.resource);
  const ud = data['UserData'];
  if (ud === undefined) return;
  const seen = new Set<string>();
  for (const ref of textOf(ud, [...path, 'UserData']).refs) {
    if (seen.has(ref.name)) continue;
    const p = ctx.graph.parameters.get(ref.name);
    if (!p || !(p.noEcho || secretDefault(ctx.graph, ref.name))) continue;
    seen.add(ref.name);
    ctx.report({ messageId: 'noEchoParameter', path: ref.path, ...(ref.within !== undefined ? { within: ref.within } : {}), data: { parameter: ref.name, where: 'UserData' } });
  }
});

const forbiddenAmiOptions = { type: 'object', properties: { amis: strings }, additionalProperties: false } as const;

const forbiddenAmi = defineCheck({ name: 'forbiddenAmi', options: forbiddenAmiOptions, messages: { forbiddenAmi: 'ImageId {ami} is on the forbidden-AMI list' } }, (ctx) => {
  const amis = new Set(ctx.options.amis);
  if (amis.size === 0) return;
  const { data, path } = launchData(ctx.resource);
  if (data['ImageId'] === undefined) return;
  // An image only known at deploy time (a Ref without default, a private SSM parameter) may be a forbidden
  // one: the engine reports it. AWS's public parameters (/aws/service/…) name the image AWS currently
  // publishes, never a pinned id a list forbids.
  const raw = data['ImageId'];
  const param = isObj(raw) && typeof raw['Ref'] === 'string' ? ctx.graph.parameters.get(raw['Ref']) : undefined;
  const awsLatest = param !== undefined && param.type.startsWith('AWS::SSM::Parameter::Value<') && typeof param.default === 'string' && param.default.startsWith('/aws/service/');
  for (const r of ctx.read(['ImageId'], { root: data, base: path, settled: awsLatest })) {
    if (r.state === 'value' && typeof r.value === 'string' && amis.has(r.value)) {
      ctx.report({ messageId: 'forbiddenAmi', path: [...path, 'ImageId'], data: { ami: r.value }, conditions: r.conditions });
      return;
    }
  }
});

const CREDENTIAL_KEYS = ['accessKeyId', 'secretKey', 'password'];

const cfnInitAuth = defineCheck({ name: 'cfnInitAuth', options: NO_OPTIONS, messages: { credential: '{entry}.{key} is written into the template' } }, (ctx) => {
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
      ctx.report({ messageId: 'credential', path: [...base, name, key], data: { entry: name, key } });
    }
  }
});

const vpcFlowLog = defineCheck({ name: 'vpcFlowLog', options: NO_OPTIONS, messages: { noFlowLog: 'no AWS::EC2::FlowLog refers to this VPC' } }, (ctx) => {
  const { resource, graph } = ctx;
  const logged = graph.referencesTo(resource.logicalId).some((e) => {
    if (e.kind === 'DependsOn') return false;
    const from = graph.resources.get(e.from);
    return from?.type === 'AWS::EC2::FlowLog' && e.path.some((k) => k === 'ResourceId' || k === 'ResourceIds');
  });
  if (!logged) ctx.report({ messageId: 'noFlowLog', path: resource.path, data: {} });
});

export const computeChecks: readonly CheckDefinition[] = [
  ebsEncryption,
  imdsV1,
  userDataSecrets,
  noEchoInUserData,
  forbiddenAmi,
  cfnInitAuth,
  vpcFlowLog,
];
