/**
 * From an extracted artifact folder and the UserParameters to a RunRequest, and from the run's
 * outcome to the problems that are the pipeline author's to fix (ConfigurationError).
 */
import { access, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AuditReport } from '../../types/types.js';
import { NO_TEMPLATE_MESSAGE, type RunRequest } from '../run.js';
import { configError, type JobError } from './errors.js';
import type { UserParameters } from './user-parameters.js';

export const DEFAULT_CONFIG_FILES: readonly string[] = ['.cfn-audit.yml', '.cfn-audit.yaml'];

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );

export interface Workspace {
  readonly request: RunRequest;
  /** The config file that applies (named or found), relative to the artifact root. */
  readonly config: string | null;
  readonly profile: string | null;
}

export async function prepareRun(dir: string, params: UserParameters): Promise<Workspace> {
  let config: string | null = null;
  if (params.config !== null) {
    if (!(await exists(join(dir, params.config)))) throw configError(`UserParameters "config": ${params.config} is not in the artifact`);
    config = params.config;
  } else {
    for (const name of DEFAULT_CONFIG_FILES) if (await exists(join(dir, name))) config ??= name;
  }
  if (config !== null) await checkRulePaths(dir, config);
  if (params.parameters !== null && !(await exists(join(dir, params.parameters)))) {
    throw configError(`UserParameters "parameters": ${params.parameters} is not in the artifact`);
  }
  const request: RunRequest = {
    inputs: params.templates.length ? params.templates : ['.'],
    cwd: dir,
    parametersFile: params.parameters,
    ...policyFields(config, params.profile),
  };
  return { request, config, profile: params.profile };
}

/**
 * A config's `rulePaths` must stay inside the artifact: rule files are read and their parse errors
 * quoted back, so a path such as /proc/self/environ would otherwise leak the function's own
 * environment into the job's failure message. (The artifact itself has no symlinks: unzip refuses them.)
 */
async function checkRulePaths(dir: string, config: string): Promise<void> {
  let doc: unknown;
  try {
    doc = parseYaml(await readFile(join(dir, config), 'utf8'));
  } catch {
    return; // runAudit reports a config it cannot parse, with its line and column
  }
  const paths = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>)['rulePaths'] : undefined;
  if (!Array.isArray(paths)) return;
  const root = resolve(dir);
  for (const p of paths) {
    if (typeof p !== 'string') continue;
    const rel = relative(root, resolve(root, dirname(config), p));
    if (rel.startsWith('..') || isAbsolute(rel)) throw configError(`${config}: rulePaths entry "${p}" is outside the artifact`);
  }
}

/**
 * Config and profile for runAudit. The config is only ever the artifact's own: looking in the
 * folders above the extraction folder (runAudit's default) would pick up whatever lies in /tmp.
 */
function policyFields(config: string | null, profile: string | null): Partial<RunRequest> {
  return { configFile: config, discoverConfig: false, profile };
}

const NOT_FOUND = new Set(['the pattern matches no file', 'no such file or directory']);

/** A run that found nothing to audit, or a named template that is not there, is the author's to fix. */
export function configProblem(report: AuditReport, request: RunRequest): JobError | null {
  const missing = report.errors.filter((e) => request.inputs.includes(e.file) && NOT_FOUND.has(e.message));
  if (missing.length) return configError(`UserParameters "templates": ${missing.map((e) => `${e.file} (${e.message})`).join('; ')}`);
  if (report.stacks.length === 0 && report.errors.every((e) => e.message.startsWith(NO_TEMPLATE_MESSAGE))) {
    const skipped = report.skipped ? ` (${report.skipped} file${report.skipped === 1 ? '' : 's'} looked at, none is a template)` : '';
    return configError(`no CloudFormation template or cdk.out found in ${request.inputs.join(', ')}${skipped}; name them with UserParameters {"templates": ["path/*.yaml"]}`);
  }
  return null;
}
