import { createHash } from 'node:crypto';
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
  return createHash('sha256').update(`${ruleId}\u0000${scope}\u0000${logicalId}\u0000${shape}\u0000${facts}`).digest('hex').slice(0, 32);
}
