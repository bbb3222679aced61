/** Where ../shared/corpus is: beside the checkout (CI, /work/main), or where CFN_AUDIT_CORPUS points. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const candidates = [join(import.meta.dirname, '../../../shared/corpus'), process.env['CFN_AUDIT_CORPUS'] ?? ''].filter((p) => p !== '');

export const corpusDir: string | null = candidates.map((p) => resolve(p)).find((p) => existsSync(join(p, 'README.md'))) ?? null;
