/**
 * The hook's settings, from the function's environment (set by deploy/hook/cfn-audit-hook.yaml):
 *
 *   CFN_AUDIT_CONFIG              the `.cfn-audit.yml` text itself
 *   CFN_AUDIT_CONFIG_S3           or s3://bucket/key of that file (read with the function's role)
 *   CFN_AUDIT_PROFILE             profile to use (else the config's `profile`, else `default`)
 *   CFN_AUDIT_ON_MANUAL_APPROVAL  fail (default: block the operation) | warn (let it proceed, findings as warnings)
 *   CFN_AUDIT_RULE_DOCS_URL       link for each finding's rule, `{rule}` replaced by the rule id
 */
import { parse as parseYaml } from 'yaml';
import { HookInputError } from './errors.js';

/** Every variable the hook reads (the deploy template sets exactly these). */
export const HOOK_ENV_NAMES: readonly string[] = ['CFN_AUDIT_CONFIG', 'CFN_AUDIT_CONFIG_S3', 'CFN_AUDIT_PROFILE', 'CFN_AUDIT_ON_MANUAL_APPROVAL', 'CFN_AUDIT_RULE_DOCS_URL'];

export type ManualApprovalOutcome = 'fail' | 'warn';

export type ConfigRef = { readonly kind: 'inline'; readonly text: string } | { readonly kind: 's3'; readonly bucket: string; readonly key: string };

export interface HookSettings {
  readonly config: ConfigRef | null;
  readonly profile: string | null;
  readonly onManualApproval: ManualApprovalOutcome;
  readonly ruleDocsUrl: string | null;
}

export type Env = Readonly<Record<string, string | undefined>>;

const nonEmpty = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v);

export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(uri.trim());
  if (!m) throw new HookInputError('CFN_AUDIT_CONFIG_S3 must be s3://bucket/key');
  return { bucket: m[1]!, key: m[2]! };
}

export function readSettings(env: Env): HookSettings {
  const inline = nonEmpty(env['CFN_AUDIT_CONFIG']);
  const s3 = nonEmpty(env['CFN_AUDIT_CONFIG_S3']);
  if (inline !== null && s3 !== null) throw new HookInputError('set CFN_AUDIT_CONFIG or CFN_AUDIT_CONFIG_S3, not both');
  const approval = (nonEmpty(env['CFN_AUDIT_ON_MANUAL_APPROVAL']) ?? 'fail').trim().toLowerCase();
  if (approval !== 'fail' && approval !== 'warn') throw new HookInputError(`CFN_AUDIT_ON_MANUAL_APPROVAL must be fail or warn (got ${JSON.stringify(approval.slice(0, 40))})`);
  const docs = nonEmpty(env['CFN_AUDIT_RULE_DOCS_URL']);
  if (docs !== null && !/^https:\/\//.test(docs.trim())) throw new HookInputError('CFN_AUDIT_RULE_DOCS_URL must be an https URL');
  return {
    config: inline !== null ? { kind: 'inline', text: inline } : s3 !== null ? { kind: 's3', ...parseS3Uri(s3) } : null,
    profile: nonEmpty(env['CFN_AUDIT_PROFILE'])?.trim() ?? null,
    onManualApproval: approval,
    ruleDocsUrl: docs?.trim() ?? null,
  };
}

/**
 * The hook has no file tree: a config's `rulePaths` would name files of the function's own file
 * system (and a rule file's parse error quotes its text back), so they are refused.
 */
export function checkHookConfig(text: string): void {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return; // the audit reports a config it cannot parse, with line and column
  }
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc) && Object.hasOwn(doc, 'rulePaths')) {
    throw new HookInputError('config: rulePaths is not supported by the hook (it has no rule files); use the built-in rules with profiles, overrides and exceptions');
  }
}

export type GetObject = (bucket: string, key: string) => Promise<string>;

/** The default S3 reader, with the function's own role. Imported lazily: only S3-configured hooks pay for the SDK. */
export const s3GetObject: GetObject = async (bucket, key) => {
  const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({ region: process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1', followRegionRedirects: true, maxAttempts: 2 });
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return (await out.Body?.transformToString('utf8')) ?? '';
  } finally {
    client.destroy();
  }
};

/**
 * The config text for a run. An S3 config is kept for `ttlMs` per warm function instance, so an
 * account's hook does not read S3 on every resource operation; a changed file applies within that time.
 */
export function configLoader(getObject: GetObject, ttlMs: number, now: () => number = Date.now): (ref: ConfigRef | null) => Promise<string | null> {
  let cached: { readonly id: string; readonly text: string; readonly at: number } | null = null;
  return async (ref) => {
    if (ref === null) return null;
    if (ref.kind === 'inline') return ref.text;
    const id = `${ref.bucket}/${ref.key}`;
    if (cached && cached.id === id && now() - cached.at < ttlMs) return cached.text;
    let text: string;
    try {
      text = await getObject(ref.bucket, ref.key);
    } catch (e) {
      const name = e instanceof Error ? e.name : 'Error';
      throw new HookInputError(`could not read the config s3://${ref.bucket}/${ref.key} (${name})`);
    }
    cached = { id, text, at: now() };
    return text;
  };
}
