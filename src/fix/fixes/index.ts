/** Every fix, by the name rule files use in `fix:`. Each fixes one rule's findings and lives beside its kind. */
import type { FixFn } from '../types.js';
import { s3Fixes } from './s3.js';
import { encryptionFixes } from './encryption.js';
import { networkFixes } from './network.js';

export const builtinFixes: Readonly<Record<string, FixFn>> = Object.assign(Object.create(null) as Record<string, FixFn>, s3Fixes, encryptionFixes, networkFixes);
