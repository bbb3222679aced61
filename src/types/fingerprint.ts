import * as crypto from 'node:crypto';
import type { KeyPath } from './types.js';

/**
 * Stable identity of a finding: rule, stack (or file), logical id, the property path without list
 * positions, and the finding's data (why it is unknown, its cause, is not data). Positions and wording are left out so that reformatting,
 * key reordering and moved lines keep it.
 */
export function fingerprint(ruleId: string, scope: string, logicalId: string, path: KeyPath, data: Readonly<Record<string, unknown>>): string {
  const shape = path.map((p) => (typeof p === 'number' ? '#' : p)).join('/');
  const facts = Object.keys(data)
    .filter((k) => k !== 'count')
    .sort()
    .map((k) => `${k}=${String(data[k])}`)
    .join('&');
  return sha256Hex(`${ruleId}\u0000${scope}\u0000${logicalId}\u0000${shape}\u0000${facts}`).slice(0, 32);
}

/** Node 20.12+ hashes a string in one call, without a Hash object per finding; older Node 20 releases make one. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex = (text: string): string => (oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex'));
