/**
 * The CloudFormation Lambda Hook (`AWS::CloudFormation::LambdaHook`): CloudFormation calls it before
 * stack, change-set and resource operations and blocks the operation on FAILED. Thin: read the
 * request, get the template (presigned URL or inline; one resource for resource operations), run the
 * shared audit with the configured policy, and answer. It always returns a response and never
 * throws: any problem is FAILED with InternalFailure. It never logs the request (the payload URL is
 * signed) and logs one line per invocation.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuleMeta } from '../types/types.js';
import { VERSION } from '../types/version.js';
import { builtinChecks } from '../rules/checks/index.js';
import type { CheckFn } from '../rules/engine.js';
import { hookResponse, internalFailure, nothingToAudit, type HookResponse } from '../report/hook.js';
import { mask } from './codepipeline/result.js';
import { HookInputError } from './hook/errors.js';
import { DEFAULT_PAYLOAD_LIMITS, fetchPayload, isAwsHttpsUrl, parsePayloadText, readPayload, type PayloadLimits } from './hook/payload.js';
import { parseHookRequest, tokenOf, type HookRequest } from './hook/request.js';
import { checkHookConfig, configLoader, readSettings, s3GetObject, type Env, type GetObject, type HookSettings } from './hook/settings.js';
import { singleResourceChecks, singleResourceTemplate } from './hook/single-resource.js';
import { runAudit, UsageError, type RunOutcome, type RunRequest } from './run.js';

export interface HookDeps {
  /** The audit itself; a seam for tests (a crash must still produce a response). */
  readonly audit?: (request: RunRequest) => Promise<RunOutcome>;
  readonly env?: Env;
  readonly getObject?: GetObject;
  /** Which payload URLs may be fetched (default: https on an AWS host). */
  readonly allowUrl?: (url: URL) => boolean;
  readonly limits?: Partial<PayloadLimits>;
  /** How long an S3 config is reused by a warm instance. */
  readonly configTtlMs?: number;
  readonly log?: (line: string) => void;
}

export interface HookContext {
  readonly awsRequestId?: string;
  getRemainingTimeInMillis?(): number;
}

export type HookHandler = (event: unknown, context?: HookContext) => Promise<HookResponse>;

/** CloudFormation waits 30 s for the function; the download gets what is left after a margin for the audit. */
const AUDIT_MARGIN_MS = 8_000;

const CONFIG_FILE = '.cfn-audit.yml';

/** Rule documentation: CFN_AUDIT_RULE_DOCS_URL, else the built-in rule's page in the published package, else the rule's first https reference. */
function ruleLinker(settings: HookSettings): (rule: RuleMeta | undefined, ruleId: string) => string | null {
  return (rule, ruleId) => {
    if (settings.ruleDocsUrl) return settings.ruleDocsUrl.split('{rule}').join(encodeURIComponent(ruleId));
    if (rule?.source === 'builtin') return `https://unpkg.com/cfn-audit@${VERSION}/docs/rules/${encodeURIComponent(ruleId)}.md`;
    return rule?.references.find((r) => r.startsWith('https://')) ?? null;
  };
}

function describeTarget(req: HookRequest): string {
  switch (req.target.kind) {
    case 'stack':
      return `stack ${req.stackName}`;
    case 'change-set':
      return `change set ${req.changeSetName ?? '(unnamed)'} of stack ${req.stackName}`;
    case 'resource':
      return `resource ${req.target.logicalId} (${req.target.resourceType})${req.cloudControl ? '' : ` of stack ${req.stackName}`}`;
    default: {
      const unreachable: never = req.target;
      throw new Error(`unknown target ${String(unreachable)}`);
    }
  }
}

/** Text that must never leave the function: the payload URL and the signature/token in its query. */
function secretsOf(req: HookRequest | null): string[] {
  if (req?.target.kind !== 'stack' && req?.target.kind !== 'change-set') return [];
  if (req.target.source.kind !== 'url') return [];
  const url = req.target.source.url;
  const out = [url];
  try {
    for (const v of new URL(url).searchParams.values()) if (v.length >= 8) out.push(v);
  } catch {
    // not a URL: the whole string is masked
  }
  return out;
}

export function createHookHandler(deps: HookDeps = {}): HookHandler {
  const audit = deps.audit ?? runAudit;
  const log = deps.log ?? ((line: string) => console.log(line));
  const loadConfig = configLoader(deps.getObject ?? s3GetObject, deps.configTtlMs ?? 300_000);
  return async (event, context) => {
    const started = Date.now();
    const token = tokenOf(event);
    let req: HookRequest | null = null;
    let dir: string | null = null;
    let response: HookResponse;
    const fields: Record<string, unknown> = {};
    try {
      req = parseHookRequest(event);
      Object.assign(fields, { target: req.target.kind, stack: req.stackName, point: req.invocationPoint });
      const settings = readSettings(deps.env ?? process.env);
      const remaining = context?.getRemainingTimeInMillis?.() ?? 30_000;
      const limits: PayloadLimits = { ...DEFAULT_PAYLOAD_LIMITS, ...deps.limits };
      const timeoutMs = Math.max(1_000, Math.min(limits.timeoutMs, remaining - AUDIT_MARGIN_MS));

      let template: string | null;
      let fileName: string;
      let checks: Readonly<Record<string, CheckFn>> | undefined;
      const notRun = new Set<string>();
      if (req.target.kind === 'resource') {
        const { properties, logicalId, resourceType } = req.target;
        template = properties === null ? null : singleResourceTemplate(logicalId, resourceType, properties);
        if (template !== null && template.length > limits.maxTemplateChars)
          throw new HookInputError(`the resource's properties are over the ${limits.maxTemplateChars} characters the hook audits`);
        fileName = `${req.stackName}.json`;
        checks = singleResourceChecks(builtinChecks, (id) => notRun.add(id));
      } else {
        const source = req.target.source;
        const payload = source.kind === 'url' ? parsePayloadText(await fetchPayload(source.url, { ...limits, timeoutMs }, deps.allowUrl ?? isAwsHttpsUrl)) : source.payload;
        const read = readPayload(payload, limits.maxTemplateChars);
        template = read.template;
        if (read.changedResources !== null) fields['changedResources'] = read.changedResources;
        if (template === null && req.invocationPoint !== 'DELETE_PRE_PROVISION') throw new HookInputError('the payload holds no template');
        fileName = `${req.stackName}.${/^\s*[{[]/.test(template ?? '') ? 'json' : 'yaml'}`;
      }
      if (template === null) {
        response = nothingToAudit(req.token, `${describeTarget(req)} is being deleted`);
      } else {
        const configText = await loadConfig(settings.config);
        if (configText !== null) checkHookConfig(configText);
        dir = await mkdtemp(join(tmpdir(), 'cfn-audit-hook-'));
        await writeFile(join(dir, fileName), template);
        if (configText !== null) await writeFile(join(dir, CONFIG_FILE), configText);
        const { report, catalogue } = await audit({
          inputs: [fileName],
          cwd: dir,
          configFile: configText !== null ? CONFIG_FILE : null,
          discoverConfig: false,
          profile: settings.profile,
          ...(checks ? { checks } : {}),
        });
        const rules = new Map<string, RuleMeta>(catalogue.map((r) => [r.id, r]));
        response = hookResponse(report, {
          token: req.token,
          target: describeTarget(req),
          onManualApproval: settings.onManualApproval,
          rules,
          cloudControl: req.cloudControl,
          notRun: [...notRun].sort(),
          ruleLink: ruleLinker(settings),
        });
        Object.assign(fields, {
          decision: report.decision,
          score: report.stacks.reduce((m, s) => Math.max(m, s.score), 0),
          findings: report.stacks.flatMap((s) => s.findings.map((f) => ({ rule: f.ruleId, risk: f.risk, status: f.status, logicalId: f.logicalId, line: f.line }))),
          errors: report.errors,
          notRun: [...notRun],
        });
      }
    } catch (e) {
      if (e instanceof HookInputError || e instanceof UsageError) {
        response = internalFailure(token, e.message, req?.cloudControl ?? false);
      } else {
        fields['error'] = e instanceof Error ? (e.stack ?? e.message) : String(e);
        response = internalFailure(token, `internal error (${e instanceof Error ? e.name : 'Error'}); the function's log has the details`, req?.cloudControl ?? false);
      }
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
    const secrets = secretsOf(req);
    const safe: HookResponse = { ...response, message: mask(response.message, secrets) };
    const line = {
      level: safe.errorCode === 'InternalFailure' ? 'error' : 'info',
      requestId: context?.awsRequestId ?? null,
      hookStatus: safe.hookStatus,
      errorCode: safe.errorCode ?? null,
      ms: Date.now() - started,
      ...fields,
      message: safe.message,
    };
    log(mask(JSON.stringify(line), secrets));
    return safe;
  };
}

export const handler: HookHandler = createHookHandler();
