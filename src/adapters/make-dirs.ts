import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** mkdir -p one level at a time: Node's recursive mkdir never returns for some paths (e.g. under /proc). */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
