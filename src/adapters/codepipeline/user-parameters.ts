/**
 * The action's `UserParameters` string. A JSON object configures the run; any other text is one
 * template glob (so `templates/*.yaml` works without JSON quoting). Text that starts with `{` but
 * is not valid JSON is a mistake, never a glob.
 */
import { configError } from './errors.js';

export type OnManualApproval = 'succeed' | 'fail';

export interface UserParameters {
  /** Globs or paths inside the artifact; empty means the whole artifact. */
  readonly templates: readonly string[];
  readonly profile: string | null;
  /** Config file inside the artifact; null means `.cfn-audit.yml` when the artifact has one. */
  readonly config: string | null;
  /** Parameter-values file inside the artifact. */
  readonly parameters: string | null;
  /** Input artifact name; null means the first input artifact. */
  readonly artifact: string | null;
  readonly onManualApproval: OnManualApproval;
}

export const DEFAULT_USER_PARAMETERS: UserParameters = {
  templates: [],
  profile: null,
  config: null,
  parameters: null,
  artifact: null,
  onManualApproval: 'succeed',
};

const KEYS = ['templates', 'profile', 'config', 'parameters', 'artifact', 'onManualApproval'] as const;
type Key = (typeof KEYS)[number];
const isKey = (k: string): k is Key => (KEYS as readonly string[]).includes(k);

/** A path inside the artifact must stay inside it. */
export function checkArtifactPath(field: string, p: string): string {
  const t = p.trim();
  if (t === '') throw configError(`UserParameters "${field}" is empty`);
  if (t.startsWith('/') || t.startsWith('\\') || /^[A-Za-z]:/.test(t) || t.split(/[\\/]/).includes('..')) {
    throw configError(`UserParameters "${field}": "${t}" must be a relative path inside the artifact (no leading /, drive letter or ..)`);
  }
  return t.replace(/^\.\//, '');
}

function optionalString(obj: Record<string, unknown>, key: Key): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || v.trim() === '') throw configError(`UserParameters "${key}" must be a non-empty string`);
  return v.trim();
}

export function parseUserParameters(text: string | null): UserParameters {
  const t = (text ?? '').trim();
  if (t === '') return DEFAULT_USER_PARAMETERS;
  if (!t.startsWith('{')) {
    if (t.startsWith('[') || t.startsWith('"')) throw configError('UserParameters must be a JSON object ({"templates": [...]}) or one template glob');
    return { ...DEFAULT_USER_PARAMETERS, templates: [checkArtifactPath('templates', t)] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch (e) {
    throw configError(`UserParameters is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw configError('UserParameters must be a JSON object');
  const obj = parsed as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !isKey(k));
  if (unknown.length) throw configError(`UserParameters has unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; allowed: ${KEYS.join(', ')}`);

  const rawTemplates = obj['templates'];
  let templates: string[] = [];
  if (typeof rawTemplates === 'string') templates = [checkArtifactPath('templates', rawTemplates)];
  else if (Array.isArray(rawTemplates)) {
    templates = rawTemplates.map((g) => {
      if (typeof g !== 'string') throw configError('UserParameters "templates" must be a list of globs (strings)');
      return checkArtifactPath('templates', g);
    });
  } else if (rawTemplates !== undefined && rawTemplates !== null) throw configError('UserParameters "templates" must be a list of globs');

  const approval = obj['onManualApproval'] ?? 'succeed';
  if (approval !== 'succeed' && approval !== 'fail') throw configError(`UserParameters "onManualApproval" must be "succeed" or "fail" (got ${JSON.stringify(approval)})`);

  const config = optionalString(obj, 'config');
  const parameters = optionalString(obj, 'parameters');
  return {
    templates,
    profile: optionalString(obj, 'profile'),
    config: config === null ? null : checkArtifactPath('config', config),
    parameters: parameters === null ? null : checkArtifactPath('parameters', parameters),
    artifact: optionalString(obj, 'artifact'),
    onManualApproval: approval,
  };
}
