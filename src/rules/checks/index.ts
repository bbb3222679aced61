/** Every built-in check, declared once in its module (./define.ts): the rule schema and the engine's registry come from this list. */
import type { CheckFn } from '../engine.js';
import type { CheckDefinition } from './define.js';
import { securityGroupChecks } from './security-groups.js';
import { iamChecks } from './iam.js';
import { s3Checks } from './s3.js';
import { computeChecks } from './compute.js';
import { resourcePolicyChecks } from './resource-policies.js';
import { dataChecks } from './data.js';
import { serviceChecks } from './services.js';
import { samChecks } from './sam.js';
import { secretChecks } from './secrets.js';

export const CHECK_DEFINITIONS: readonly CheckDefinition[] = [
  ...securityGroupChecks,
  ...iamChecks,
  ...s3Checks,
  ...computeChecks,
  ...resourcePolicyChecks,
  ...dataChecks,
  ...serviceChecks,
  ...samChecks,
  ...secretChecks,
];

/** The check functions by the name rule files use in `check:`. */
export const builtinChecks: Readonly<Record<string, CheckFn>> = Object.fromEntries(CHECK_DEFINITIONS.map((d) => [d.name, d.run]));
