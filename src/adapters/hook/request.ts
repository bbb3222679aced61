/**
 * The Lambda Hook request, as documented in the CloudFormation Hooks User Guide ("Create Lambda
 * functions to evaluate resources for Lambda Hooks"; docs/hooks.md lists what is relied on). The
 * guide spells some keys two ways (`clientRequestToken` in examples, `clientRequesttoken` in the
 * syntax block; `stackId` / `stackID`), so both are read.
 */
import { HookInputError } from './errors.js';

export type InvocationPoint = 'CREATE_PRE_PROVISION' | 'UPDATE_PRE_PROVISION' | 'DELETE_PRE_PROVISION';
const INVOCATION_POINTS: readonly string[] = ['CREATE_PRE_PROVISION', 'UPDATE_PRE_PROVISION', 'DELETE_PRE_PROVISION'];

/** Where the stack or change-set payload is: a presigned S3 URL, or given inline. */
export type PayloadSource = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'inline'; readonly payload: unknown };

export type HookTarget =
  | { readonly kind: 'stack' | 'change-set'; readonly source: PayloadSource }
  | {
      readonly kind: 'resource';
      readonly resourceType: string;
      readonly logicalId: string;
      /** Proposed properties; null when the resource is being deleted. */
      readonly properties: Readonly<Record<string, unknown>> | null;
    };

export interface HookRequest {
  readonly token: string;
  readonly stackId: string | null;
  /** The stack's name (from the stack id or the target), used as the audited file's name. */
  readonly stackName: string;
  readonly changeSetName: string | null;
  readonly invocationPoint: InvocationPoint | null;
  /** Cloud Control API operations (no stack): CloudFormation truncates the message to 1,024 characters. */
  readonly cloudControl: boolean;
  readonly target: HookTarget;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first of `keys` that holds a non-empty string. */
function str(obj: Obj, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = Object.hasOwn(obj, k) ? obj[k] : undefined;
    if (typeof v === 'string' && v !== '') return v;
  }
  return null;
}

/** The request token to echo, even from a request too broken to parse otherwise ('' when there is none). */
export function tokenOf(event: unknown): string {
  return isObj(event) ? (str(event, 'clientRequestToken', 'clientRequesttoken', 'ClientRequestToken') ?? '') : '';
}

const RESOURCE_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

/** `arn:aws:cloudformation:region:account:stack/NAME/id` → NAME (also changeSet/NAME/id). */
function nameInArn(arn: string | null, kind: 'stack' | 'changeSet'): string | null {
  if (!arn) return null;
  const m = new RegExp(`:${kind}/([^/]+)/`).exec(arn);
  return m?.[1] ?? null;
}

/** A name safe as a file name: stack names already are ([A-Za-z][-A-Za-z0-9]*); anything else is reduced. */
export function fileSafe(name: string): string {
  const safe = name
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 128);
  return safe === '' ? 'stack' : safe;
}

function payloadSource(data: Obj): PayloadSource {
  const payload = Object.hasOwn(data, 'payload') ? data['payload'] : undefined;
  if (typeof payload === 'string') {
    const t = payload.trim();
    if (/^https?:\/\//i.test(t)) return { kind: 'url', url: t };
    if (t.startsWith('{')) {
      try {
        return { kind: 'inline', payload: JSON.parse(t) as unknown };
      } catch {
        throw new HookInputError('requestData.payload is neither a URL nor valid JSON');
      }
    }
    throw new HookInputError('requestData.payload is neither a URL nor a JSON object');
  }
  if (isObj(payload)) return { kind: 'inline', payload };
  // A template given directly in the request data.
  if (typeof data['template'] === 'string' || isObj(data['template'])) return { kind: 'inline', payload: { template: data['template'] } };
  throw new HookInputError('requestData has no payload (a presigned URL or the template inline)');
}

export function parseHookRequest(event: unknown): HookRequest {
  if (!isObj(event)) throw new HookInputError('the request is not a JSON object');
  const token = tokenOf(event);
  if (token === '') throw new HookInputError('the request has no clientRequestToken');
  const data = event['requestData'];
  if (!isObj(data)) throw new HookInputError('the request has no requestData object');
  const targetType = str(data, 'targetType');
  const targetName = str(data, 'targetName');
  if (!targetType) throw new HookInputError('requestData.targetType is missing');
  const stackId = str(event, 'stackId', 'stackID');
  const changeSetId = str(event, 'changeSetId');
  const point = str(event, 'actionInvocationPoint');
  const invocationPoint = point !== null && INVOCATION_POINTS.includes(point) ? (point as InvocationPoint) : null;
  const logicalId = str(data, 'targetLogicalId');
  const base = { token, stackId, changeSetName: nameInArn(changeSetId, 'changeSet'), invocationPoint };

  if (targetType === 'STACK' || targetType === 'CHANGE_SET') {
    const stackName = nameInArn(stackId, 'stack') ?? (targetType === 'STACK' ? logicalId : null) ?? 'stack';
    return { ...base, stackName: fileSafe(stackName), cloudControl: false, target: { kind: targetType === 'STACK' ? 'stack' : 'change-set', source: payloadSource(data) } };
  }

  // Resource operations: targetType is the resource type, or RESOURCE for Cloud Control API (then targetName is the type).
  const resourceType = RESOURCE_TYPE.test(targetType) ? targetType : targetName !== null && RESOURCE_TYPE.test(targetName) ? targetName : null;
  if (resourceType === null) throw new HookInputError(`requestData.targetType ${JSON.stringify(targetType.slice(0, 80))} is not STACK, CHANGE_SET or a resource type`);
  if (!logicalId) throw new HookInputError('requestData.targetLogicalId is missing');
  const model = data['targetModel'];
  if (model !== undefined && model !== null && !isObj(model)) throw new HookInputError('requestData.targetModel is not an object');
  const props = isObj(model) ? model['resourceProperties'] : undefined;
  if (props !== undefined && props !== null && !isObj(props)) throw new HookInputError('requestData.targetModel.resourceProperties is not an object');
  // A delete has no proposed properties; a create or update without any is a resource with no properties.
  const properties = invocationPoint === 'DELETE_PRE_PROVISION' ? null : isObj(props) ? props : {};
  return {
    ...base,
    stackName: fileSafe(nameInArn(stackId, 'stack') ?? 'cloud-control'),
    cloudControl: stackId === null,
    target: { kind: 'resource', resourceType, logicalId, properties },
  };
}
