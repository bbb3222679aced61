/** Every built-in check, by the name rule files use in `check:`. */
import type { CheckFn } from '../engine.js';
import { securityGroupChecks } from './security-groups.js';

export const builtinChecks: Readonly<Record<string, CheckFn>> = {
  ...securityGroupChecks,
};
