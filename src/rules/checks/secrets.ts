/**
 * Secret checks: secret-bearing properties in the clear, NoEcho values leaked through Outputs and
 * Metadata, and secrets in environment variables (Lambda, SAM, ECS, CodeBuild, SSM parameters).
 * Findings never carry the secret itself, only where it is and how it is exposed.
 */
import type { KeyPath } from '../../types/types.js';
import type { Resource, ResourceGraph } from '../../model/graph.js';
import { memoized, MemoSlot } from '../../model/memo.js';
import { globalsFor } from '../../model/sam.js';
import {
  credentialShape, isSecretName, SECRET_PROPERTIES, secretDefault, secretExposures, secretStringExposures, textOf, valuesAt, type SecretVerdict,
} from '../../model/secrets.js';
import type { CheckContext, FindingData } from '../engine.js';
import { defineCheck, NO_OPTIONS, type CheckDefinition } from './define.js';
import { isObj } from './data.js';

/** Report the first exposed alternative, else the first unknown one. Returns true when it reported. */
function reportVerdicts<Id extends string>(ctx: CheckContext<unknown, Id>, messageId: NoInfer<Id>, verdicts: readonly SecretVerdict[], path: KeyPath, data: FindingData): boolean {
  const exposed = verdicts.find((v) => v.kind === 'exposed');
  if (exposed && exposed.kind === 'exposed') {
    ctx.report({ messageId, path, conditions: exposed.conditions, data: { ...data, exposure: exposed.exposure, ...(exposed.parameter ? { parameter: exposed.parameter } : {}) } });
    return true;
  }
  const unknown = verdicts.find((v) => v.kind === 'unknown');
  if (unknown && unknown.kind === 'unknown') {
    ctx.report({ messageId, path, outcome: 'unknown', conditions: unknown.conditions, data, cause: unknown.reason });
    return true;
  }
  return false;
}

const plaintextSecret = defineCheck({ name: 'plaintextSecret', options: NO_OPTIONS, messages: { plaintext: '{property} holds a secret exposed as {exposure}' } }, (ctx) => {
  const r = ctx.resource;
  const props: KeyPath = [...r.path, 'Properties'];
  if (r.type === 'AWS::SecretsManager::Secret') {
    for (const found of valuesAt(r.properties, ['SecretString'], props)) reportVerdicts(ctx, 'plaintext', secretStringExposures(ctx.graph, found.value), found.path, { property: 'SecretString' });
    return;
  }
  for (const keys of SECRET_PROPERTIES[r.type] ?? []) {
    for (const found of valuesAt(r.properties, keys, props)) {
      if (reportVerdicts(ctx, 'plaintext', secretExposures(ctx.graph, found.value), found.path, { property: keys.filter((k) => k !== '*').join('.') })) return;
    }
  }
  if (r.type === 'AWS::Glue::Connection') {
    // Any connection property holding a credential-shaped literal: JDBC_CONNECTION_URL with user:password@host, a key, a token.
    for (const found of valuesAt(r.properties, ['ConnectionInput', 'ConnectionProperties'], props)) {
      if (!isObj(found.value)) continue;
      for (const [k, v] of Object.entries(found.value)) {
        if (typeof v === 'string' && credentialShape(v)) {
          ctx.report({ messageId: 'plaintext', path: [...found.path, k], data: { property: `ConnectionInput.ConnectionProperties.${k}`, exposure: 'literal' } });
          return;
        }
      }
    }
  }
});

/** NoEcho parameters referenced from a value (Ref or ${Name} in Fn::Sub), with where. */
function noEchoRefs(graph: ResourceGraph, root: unknown, base: KeyPath): { name: string; path: KeyPath }[] {
  const out: { name: string; path: KeyPath }[] = [];
  if (!hasNoEcho(graph)) return out;
  let budget = 5000;
  const isNoEcho = (n: string): boolean => graph.parameters.get(n)?.noEcho === true;
  // One path stack for the walk; a path array is made only for a hit.
  const at: (string | number)[] = [...base];
  const walk = (v: unknown, depth: number): void => {
    if (--budget < 0 || depth > 40 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i], depth + 1);
        at.pop();
      }
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['Ref'] === 'string' && isNoEcho(o['Ref'])) out.push({ name: o['Ref'], path: [...at] });
    const sub = o['Fn::Sub'];
    const text: unknown = Array.isArray(sub) ? sub[0] : sub;
    if (typeof text === 'string') {
      const vars = Array.isArray(sub) && isObj(sub[1]) ? sub[1] : {};
      for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
        const n = m[1]!.trim();
        if (!(n in vars) && isNoEcho(n)) out.push({ name: n, path: [...at] });
      }
    }
    for (const [k, x] of Object.entries(o)) {
      at.push(k);
      walk(x, depth + 1);
      at.pop();
    }
  };
  walk(root, 0);
  return out;
}

/** Whether the template declares a NoEcho parameter at all: without one there is nothing to look for. */
const NO_ECHO_DECLARED = new MemoSlot<boolean>('a NoEcho parameter is declared');
function hasNoEcho(graph: ResourceGraph): boolean {
  return memoized(graph.resolver, NO_ECHO_DECLARED, () => [...graph.parameters.values()].some((p) => p.noEcho));
}

/** Metadata keys written by tools, never holding user values. */
const TOOL_METADATA = new Set(['aws:cdk:path', 'aws:asset:path', 'aws:asset:property', 'cfn_nag', 'cfn-lint', 'checkov', 'guard', 'cfn-audit']);

const secretInOutputsOrMetadataMessages = { exposed: 'the NoEcho parameter {parameter} is exposed in {where}' };

const secretInOutputsOrMetadata = defineCheck({ name: 'secretInOutputsOrMetadata', options: NO_OPTIONS, messages: secretInOutputsOrMetadataMessages }, (ctx) => {
  const r = ctx.resource;
  for (const [key, value] of Object.entries(r.metadata)) {
    if (TOOL_METADATA.has(key)) continue;
    const hit = noEchoRefs(ctx.graph, value, [...r.path, 'Metadata', key])[0];
    if (hit) {
      ctx.report({ messageId: 'exposed', path: hit.path, data: { parameter: hit.name, where: 'Metadata' } });
      break;
    }
  }
  // Outputs belong to no resource: they are judged once (while visiting the first resource) and
  // reported under the output's own name, so the finding does not depend on resource order.
  if (firstResource(ctx.graph)?.logicalId !== r.logicalId) return;
  for (const [name, out] of Object.entries(ctx.graph.outputs)) {
    if (!isObj(out)) continue;
    const hit = noEchoRefs(ctx.graph, out['Value'], ['Outputs', name, 'Value'])[0];
    if (hit) ctx.report({ messageId: 'exposed', path: hit.path, logicalId: name, resourceType: 'Output', data: { parameter: hit.name, where: `Outputs.${name}` } });
  }
});

const FIRST_RESOURCE = new MemoSlot<Resource | undefined>('first resource');
function firstResource(graph: ResourceGraph): Resource | undefined {
  return memoized(graph.resolver, FIRST_RESOURCE, () => graph.resources.values().next().value);
}

/** Values that name a secret rather than hold one. */
const REFERENCE_VALUE = /^(arn:|\/|\{\{resolve:|https?:\/\/|s3:\/\/)/;

const secretsInEnvironmentMessages = { clearText: '{variable} holds a secret in clear text ({exposure})' };

/** What the environment helpers below report with. */
type EnvironmentContext = CheckContext<unknown, keyof typeof secretsInEnvironmentMessages>;

/**
 * Judge one variable: a secret-looking name with a literal (or parameter-default / plain SSM)
 * value, or any literal whose shape is a credential (AKIA…, a private key block).
 */
function judgeVariable(ctx: EnvironmentContext, name: string, value: unknown, path: KeyPath): void {
  if (typeof value === 'string') {
    const shape = credentialShape(value);
    if (shape) {
      ctx.report({ messageId: 'clearText', path, data: { variable: name, exposure: shape } });
      return;
    }
    if (!isSecretName(name) || value.trim().length < 4 || REFERENCE_VALUE.test(value.trim())) return;
  } else if (typeof value === 'number' || typeof value === 'boolean') return;
  else if (!isSecretName(name)) {
    // Whatever the variable is called, a parameter whose default is a secret carries that secret into it.
    const carried = textOf(value, path).refs.find((r) => secretDefault(ctx.graph, r.name));
    if (carried) ctx.report({ messageId: 'clearText', path, data: { variable: name, exposure: 'parameter-default', parameter: carried.name } });
    return;
  }
  const verdicts = secretExposures(ctx.graph, value).filter((v) => v.kind !== 'exposed' || v.exposure !== 'parameter-echoed');
  reportVerdicts(ctx, 'clearText', verdicts, path, { variable: name });
}

function judgeVariableMap(ctx: EnvironmentContext, vars: unknown, base: KeyPath, skip: ReadonlySet<string> = new Set()): void {
  if (!isObj(vars)) return;
  for (const [name, value] of Object.entries(vars)) if (!skip.has(name)) judgeVariable(ctx, name, value, [...base, name]);
}

function judgeNameValueList(ctx: EnvironmentContext, list: unknown, base: KeyPath, plaintextOnly: boolean): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    if (!isObj(item) || typeof item['Name'] !== 'string') return;
    // CodeBuild PARAMETER_STORE / SECRETS_MANAGER variables hold a reference, not the value.
    if (plaintextOnly && item['Type'] !== undefined && String(item['Type']).toUpperCase() !== 'PLAINTEXT') return;
    judgeVariable(ctx, item['Name'], item['Value'], [...base, i, 'Value']);
  });
}

const secretsInEnvironment = defineCheck({ name: 'secretsInEnvironment', options: NO_OPTIONS, messages: secretsInEnvironmentMessages }, (ctx) => {
  const r = ctx.resource;
  const p = r.properties;
  const props: KeyPath = [...r.path, 'Properties'];
  switch (r.type) {
    case 'AWS::Lambda::Function':
    case 'AWS::Serverless::Function': {
      const env = p['Environment'];
      const own = isObj(env) && isObj(env['Variables']) ? env['Variables'] : {};
      judgeVariableMap(ctx, own, [...props, 'Environment', 'Variables']);
      if (r.type === 'AWS::Serverless::Function' && ctx.graph.isSam) {
        // SAM merges Globals.Function.Environment.Variables into each function; the function's own keys win.
        const genv = globalsFor(ctx.graph, r)['Environment'];
        if (isObj(genv)) judgeVariableMap(ctx, genv['Variables'], ['Globals', 'Function', 'Environment', 'Variables'], new Set(Object.keys(own)));
      }
      return;
    }
    case 'AWS::ECS::TaskDefinition': {
      const defs = p['ContainerDefinitions'];
      if (!Array.isArray(defs)) return;
      defs.forEach((d, i) => {
        if (isObj(d)) judgeNameValueList(ctx, d['Environment'], [...props, 'ContainerDefinitions', i, 'Environment'], false);
      });
      return;
    }
    case 'AWS::Batch::JobDefinition': {
      // Single-container, ECS-properties (one or more task containers) and multi-node job definitions.
      judgeNameValueList(ctx, isObj(p['ContainerProperties']) ? p['ContainerProperties']['Environment'] : undefined, [...props, 'ContainerProperties', 'Environment'], false);
      for (const found of valuesAt(p, ['EcsProperties', 'TaskProperties', '*', 'Containers', '*'], props)) if (isObj(found.value)) judgeNameValueList(ctx, found.value['Environment'], [...found.path, 'Environment'], false);
      for (const found of valuesAt(p, ['NodeProperties', 'NodeRangeProperties', '*', 'Container'], props)) if (isObj(found.value)) judgeNameValueList(ctx, found.value['Environment'], [...found.path, 'Environment'], false);
      return;
    }
    case 'AWS::AppRunner::Service': {
      // RuntimeEnvironmentSecrets hold references; RuntimeEnvironmentVariables hold values.
      const source: KeyPath = [...props, 'SourceConfiguration'];
      for (const keys of [['CodeRepository', 'CodeConfiguration', 'CodeConfigurationValues'], ['ImageRepository', 'ImageConfiguration']])
        for (const found of valuesAt(p['SourceConfiguration'], keys, source)) if (isObj(found.value)) judgeNameValueList(ctx, found.value['RuntimeEnvironmentVariables'], [...found.path, 'RuntimeEnvironmentVariables'], false);
      return;
    }
    case 'AWS::CodeBuild::Project': {
      const env = p['Environment'];
      if (isObj(env)) judgeNameValueList(ctx, env['EnvironmentVariables'], [...props, 'Environment', 'EnvironmentVariables'], true);
      return;
    }
    case 'AWS::SSM::Parameter': {
      const name = p['Name'];
      const last = typeof name === 'string' ? name.split('/').filter(Boolean).pop() ?? name : '';
      judgeVariable(ctx, last, p['Value'], [...props, 'Value']);
      return;
    }
  }
});

export const secretChecks: readonly CheckDefinition[] = [
  plaintextSecret,
  secretInOutputsOrMetadata,
  secretsInEnvironment,
];
