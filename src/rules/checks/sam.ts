/**
 * Checks that read both CloudFormation and SAM shapes: Lambda function URLs and runtimes, API
 * Gateway methods without auth, API access logs. SAM properties count when set on the resource or
 * in `Globals`; findings land on the SAM resource the user wrote.
 */
import type { KeyPath, UnknownCause } from '../../types/types.js';
import type { Resource, ResourceGraph } from '../../model/graph.js';
import { effectivePath, effectiveProperty, samApiEvents, type SamApiEvent } from '../../model/sam.js';
import { looseEquals, type CheckContext, type ReadContext } from '../engine.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';
import { flagProperty, isObj, textAlternatives } from './data.js';

/** Text alternatives of a value (upper-cased); null for an unknown alternative. */
function upper(ctx: ReadContext, v: unknown): (string | null)[] {
  return textAlternatives(ctx, v).map((t) => t?.toUpperCase() ?? null);
}

const lambdaUrlPublicMessages = { publicUrl: '{logicalId} has a function URL anyone can call (AuthType: NONE)' };

/** `AuthType: NONE` on a Lambda::Url or a Serverless::Function's FunctionUrlConfig (own or Globals). */
const lambdaUrlPublic = defineCheck({ name: 'lambdaUrlPublic', options: NO_OPTIONS, messages: lambdaUrlPublicMessages }, (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::Lambda::Url') {
    flagProperty(ctx, ['AuthType'], { messageId: 'publicUrl', fails: (v) => looseEquals(v, 'NONE'), absent: 'pass' });
    return;
  }
  const eff = effectiveProperty(ctx.graph, r, 'FunctionUrlConfig');
  if (!eff) return;
  flagProperty(ctx, ['AuthType'], { messageId: 'publicUrl', fails: (v) => looseEquals(v, 'NONE'), absent: 'pass' }, eff.value, eff.path);
});

/**
 * Lambda runtimes past their deprecation date (AWS Lambda runtime deprecation policy), as of the
 * catalogue date 2026-11. After deprecation the runtime gets no security patches.
 */
const DEPRECATED_RUNTIMES: ReadonlyMap<string, string> = new Map([
  ['nodejs', '2016-10-31'], ['nodejs4.3', '2020-03-05'], ['nodejs4.3-edge', '2020-03-05'], ['nodejs6.10', '2019-08-12'],
  ['nodejs8.10', '2020-03-06'], ['nodejs10.x', '2021-07-30'], ['nodejs12.x', '2023-03-31'], ['nodejs14.x', '2023-12-04'],
  ['nodejs16.x', '2024-06-12'], ['nodejs18.x', '2025-09-01'], ['nodejs20.x', '2026-04-30'],
  ['python2.7', '2021-07-15'], ['python3.6', '2022-07-18'], ['python3.7', '2023-12-04'], ['python3.8', '2024-10-14'],
  ['python3.9', '2025-12-15'], ['python3.10', '2026-06-30'],
  ['ruby2.5', '2021-07-30'], ['ruby2.7', '2023-12-07'], ['ruby3.2', '2026-03-31'],
  ['java8', '2024-01-08'], ['go1.x', '2024-01-08'], ['provided', '2024-01-08'],
  ['dotnetcore1.0', '2019-07-30'], ['dotnetcore2.0', '2019-05-30'], ['dotnetcore2.1', '2022-01-05'], ['dotnetcore3.1', '2023-04-03'],
  ['dotnet5.0', '2022-05-10'], ['dotnet6', '2024-12-20'], ['dotnet7', '2024-05-14'],
]);

const lambdaDeprecatedRuntimeMessages = { deprecatedRuntime: '{logicalId} uses the deprecated runtime {value}' };

const lambdaDeprecatedRuntime = defineCheck({ name: 'lambdaDeprecatedRuntime', options: NO_OPTIONS, messages: lambdaDeprecatedRuntimeMessages }, (ctx) => {
  const eff = effectiveProperty(ctx.graph, ctx.resource, 'Runtime');
  if (!eff) return;
  const base = eff.path.slice(0, -1);
  flagProperty(
    ctx,
    ['Runtime'],
    { messageId: 'deprecatedRuntime', fails: (v) => typeof v === 'string' && DEPRECATED_RUNTIMES.has(v.toLowerCase()), absent: 'pass' },
    { Runtime: eff.value },
    base,
  );
});

/** Auth names that mean "no authorizer". */
const NO_AUTH = 'NONE';

const apiGatewayMethodNoAuthMessages = { noAuth: '{logicalId}: {method} method callable without authorization' };

/**
 * API Gateway methods anyone can call: `AuthorizationType` NONE (or absent, which is NONE), not an
 * OPTIONS preflight, no API key required. SAM: a function's Api/HttpApi event whose own
 * `Auth.Authorizer` is NONE or absent while its API (explicit, or the implicit one configured in
 * `Globals`) has no `Auth.DefaultAuthorizer`. `AWS_IAM` counts as auth.
 */
const apiGatewayMethodNoAuth = defineCheck({ name: 'apiGatewayMethodNoAuth', options: NO_OPTIONS, messages: apiGatewayMethodNoAuthMessages }, (ctx) => {
  const r = ctx.resource;
  if (r.type === 'AWS::ApiGateway::Method') {
    const methods = upper(ctx, r.properties['HttpMethod']);
    if (methods.length > 0 && methods.every((m) => m === 'OPTIONS')) return;
    const apiKey = ctx.read(['ApiKeyRequired'], { settled: true });
    if (apiKey.length > 0 && apiKey.every((a) => a.state === 'value' && looseEquals(a.value, true))) return;
    flagProperty(ctx, ['AuthorizationType'], { messageId: 'noAuth', fails: (v) => looseEquals(v, NO_AUTH), absent: 'fail', data: { method: methods.filter((m) => m !== null).join('|') } });
    return;
  }
  if (r.type === 'AWS::ApiGatewayV2::Route') {
    v2RouteNoAuth(ctx);
    return;
  }
  if (r.type !== 'AWS::Serverless::Function') return;
  const sam = samApiEvents(ctx.graph);
  for (const u of sam.unreadByFunction.get(r.logicalId) ?? []) ctx.undecided(u.path, u.reason);
  for (const ev of sam.byFunction.get(r.logicalId) ?? []) {
    const verdict = eventAuth(ctx, ev);
    if (verdict === 'open') ctx.report({ messageId: 'noAuth', path: ev.path, data: { method: methodText(ev.method), route: typeof ev.routePath === 'string' ? ev.routePath : '…', api: ev.apiId ?? (ev.kind === 'rest' ? 'ServerlessRestApi (implicit)' : 'ServerlessHttpApi (implicit)') } });
    else if (verdict !== 'auth') ctx.report({ messageId: 'noAuth', path: ev.path, outcome: 'unknown', data: { method: methodText(ev.method) }, cause: verdict.unknown });
  }
});

/**
 * HTTP and WebSocket API routes: `AuthorizationType` NONE or absent (the default). Skipped: OPTIONS
 * preflight routes (`OPTIONS /path`), and WebSocket routes other than `$connect` — API Gateway
 * authorizes a WebSocket connection once, on `$connect`, and refuses an authorizer on any other
 * route. A route is a WebSocket route when its key is neither `METHOD /path` nor `$default`, or when
 * its API says `ProtocolType: WEBSOCKET`.
 * `ApiKeyRequired: true` (WebSocket) counts as auth, as on REST methods.
 */
function v2RouteNoAuth(ctx: CheckContext<unknown, keyof typeof apiGatewayMethodNoAuthMessages>): void {
  const r = ctx.resource;
  const keys = upper(ctx, r.properties['RouteKey']).filter((k): k is string => k !== null);
  const key = keys[0] ?? '';
  if (keys.length > 0 && keys.every((k) => k.startsWith('OPTIONS '))) return;
  if (key !== '$CONNECT') {
    // HTTP route keys are `METHOD /path` or `$default`; anything else is a WebSocket route.
    if (keys.length > 0 && key !== '$DEFAULT' && !key.includes(' ')) return;
    const apiRef = r.properties['ApiId'];
    const api = isObj(apiRef) && typeof apiRef['Ref'] === 'string' ? ctx.graph.resources.get(apiRef['Ref']) : undefined;
    if (api && upper(ctx, api.properties['ProtocolType']).some((t) => t === 'WEBSOCKET')) return;
  }
  const apiKey = ctx.read(['ApiKeyRequired'], { settled: true });
  if (apiKey.length > 0 && apiKey.every((a) => a.state === 'value' && looseEquals(a.value, true))) return;
  const raw = typeof r.properties['RouteKey'] === 'string' ? r.properties['RouteKey'] : '…';
  flagProperty(ctx, ['AuthorizationType'], { messageId: 'noAuth', fails: (v) => looseEquals(v, NO_AUTH), absent: 'fail', data: { method: raw.split(' ')[0] || '…', route: raw } });
}

function methodText(m: unknown): string {
  return typeof m === 'string' ? m.toUpperCase() : '…';
}

type AuthVerdict = 'auth' | 'open' | { readonly unknown: UnknownCause };

function eventAuth(ctx: ReadContext, ev: SamApiEvent): AuthVerdict {
  if (typeof ev.method === 'string' && ev.method.toUpperCase() === 'OPTIONS') return 'auth';
  const api = apiResource(ctx.graph, ev);
  if (api === 'missing') return { unknown: { code: 'sam-api-missing', args: {} } };
  // The event's own authorizer wins over the API default.
  const own = ev.auth?.['Authorizer'];
  if (ev.kind === 'rest' && ev.auth && looseEquals(ev.auth['ApiKeyRequired'], true)) return 'auth';
  if (own !== undefined) {
    const names = upper(ctx, own);
    if (names.includes(null)) return { unknown: { code: 'sam-authorizer-deploy-time', args: {} } };
    if (names.some((n) => n === NO_AUTH)) return apiKeyDefault(ctx, ev, api) ? 'auth' : 'open';
    return 'auth';
  }
  const def = apiDefault(ctx, ev, api, ['Auth', 'DefaultAuthorizer']);
  if (def !== null) {
    const names = upper(ctx, def);
    if (names.includes(null)) return { unknown: { code: 'sam-default-authorizer-deploy-time', args: {} } };
    if (names.every((n) => n !== NO_AUTH && n !== '')) return 'auth';
  }
  if (apiKeyDefault(ctx, ev, api)) return 'auth';
  // An explicit API whose OpenAPI document declares security handles auth there.
  if (api !== null && hasOpenApiSecurity(api)) return 'auth';
  return 'open';
}

function apiResource(graph: ResourceGraph, ev: SamApiEvent): Resource | null | 'missing' {
  if (ev.apiId === null) return null;
  const res = graph.resources.get(ev.apiId);
  const want = ev.kind === 'rest' ? 'AWS::Serverless::Api' : 'AWS::Serverless::HttpApi';
  return res && res.type === want ? res : 'missing';
}

/** A setting of the event's API: the explicit API (own or Globals), or Globals for the implicit API. */
function apiDefault(ctx: ReadContext, ev: SamApiEvent, api: Resource | null, keys: readonly string[]): unknown {
  if (api) return effectivePath(ctx.graph, api, keys)?.value ?? null;
  const g = ctx.graph.globals[ev.kind === 'rest' ? 'Api' : 'HttpApi'];
  let cur: unknown = g;
  for (const k of keys) cur = isObj(cur) ? cur[k] : undefined;
  return cur ?? null;
}

function apiKeyDefault(ctx: ReadContext, ev: SamApiEvent, api: Resource | null): boolean {
  return ev.kind === 'rest' && looseEquals(apiDefault(ctx, ev, api, ['Auth', 'ApiKeyRequired']), true);
}

function hasOpenApiSecurity(api: Resource): boolean {
  const body = api.properties['DefinitionBody'];
  return isObj(body) && Array.isArray(body['security']) && body['security'].length > 0;
}

/**
 * Access logging: REST Stage `AccessLogSetting`, a Deployment that creates a stage
 * that no Stage resource points at through `StageDescription.AccessLogSetting`, HTTP/WebSocket Stage
 * `AccessLogSettings`, SAM Api `AccessLogSetting` and HttpApi `AccessLogSettings` (own or Globals).
 */
const apiGatewayNoAccessLogs = defineCheck({ name: 'apiGatewayNoAccessLogs', options: NO_OPTIONS, messages: { noAccessLogs: '{logicalId} does not write access logs' } }, (ctx) => {
  const r = ctx.resource;
  const report = (property: string, path: KeyPath = [...r.path, 'Properties']): void => ctx.report({ messageId: 'noAccessLogs', path, data: { property, value: 'absent' } });
  switch (r.type) {
    case 'AWS::ApiGateway::Stage':
      flagProperty(ctx, ['AccessLogSetting'], { messageId: 'noAccessLogs', fails: () => false, absent: 'fail' });
      return;
    case 'AWS::ApiGateway::Deployment':
      // A deployment that a Stage resource points at is judged through that Stage (as cfn_nag W45 does).
      if (ctx.graph.referencesTo(r.logicalId).some((e) => e.kind !== 'DependsOn' && ctx.graph.resources.get(e.from)?.type === 'AWS::ApiGateway::Stage')) return;
      flagProperty(ctx, ['StageDescription', 'AccessLogSetting'], { messageId: 'noAccessLogs', fails: () => false, absent: 'fail' });
      return;
    case 'AWS::ApiGatewayV2::Stage':
      flagProperty(ctx, ['AccessLogSettings'], { messageId: 'noAccessLogs', fails: () => false, absent: 'fail' });
      return;
    case 'AWS::Serverless::Api':
      if (!effectiveProperty(ctx.graph, r, 'AccessLogSetting')) report('AccessLogSetting');
      return;
    case 'AWS::Serverless::HttpApi':
      if (!effectiveProperty(ctx.graph, r, 'AccessLogSettings')) report('AccessLogSettings');
      return;
  }
});

export const samChecks: readonly CheckDefinition[] = [
  lambdaUrlPublic,
  lambdaDeprecatedRuntime,
  apiGatewayMethodNoAuth,
  apiGatewayNoAccessLogs,
];
