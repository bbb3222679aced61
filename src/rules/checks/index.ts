/** Every built-in check, by the name rule files use in `check:`. */
import type { CheckFn } from '../engine.js';
import { securityGroupChecks } from './security-groups.js';
import { iamChecks } from './iam.js';
import { s3Checks } from './s3.js';
import { computeChecks } from './compute.js';
import { resourcePolicyChecks } from './resource-policies.js';
import { dataChecks } from './data.js';
import { serviceChecks } from './services.js';
import { samChecks } from './sam.js';
import { secretChecks } from './secrets.js';

export const builtinChecks: Readonly<Record<string, CheckFn>> = {
  ...securityGroupChecks,
  ...iamChecks,
  ...s3Checks,
  ...computeChecks,
  ...resourcePolicyChecks,
  ...dataChecks,
  ...serviceChecks,
  ...samChecks,
  ...secretChecks,
};
