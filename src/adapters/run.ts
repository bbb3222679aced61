/** The audit run on the real machine: the app layer's `runAudit` with the Node ports, for the adapters. */
import { runAudit as runWith, type RunOutcome, type RunRequest } from '../app/run.js';
import { loadUserRules as loadWith } from '../app/inputs.js';
import type { RuleSpec } from '../rules/schema.js';
import { nodeFs, nodePorts } from './node-ports.js';

export { UsageError, NO_TEMPLATE_MESSAGE } from '../app/errors.js';
export { mergeCatalogue } from '../app/inputs.js';
export type { RunOutcome, RunRequest } from '../app/run.js';

export function runAudit(req: RunRequest): Promise<RunOutcome> {
  return runWith(req, nodePorts);
}

export function loadUserRules(paths: readonly string[], cwd: string): Promise<RuleSpec[]> {
  return loadWith(nodeFs, paths, cwd);
}
