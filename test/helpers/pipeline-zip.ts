/** Zips for the CodePipeline tests: a folder as an artifact, or hand-made entries (unsafe ones too). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';

export interface ZipEntry {
  readonly name: string;
  readonly data: string | Buffer;
  /** Unix mode including the file type bits, e.g. 0o120777 for a symlink. */
  readonly mode?: number;
  readonly compress?: boolean;
}

const MTIME = new Date('2020-01-01T00:00:00Z');

export function zipEntries(entries: readonly ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data), e.name, { mtime: MTIME, mode: e.mode ?? 0o100644, compress: e.compress ?? true });
  }
  zip.end();
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => ok(Buffer.concat(chunks)));
    zip.outputStream.on('error', fail);
  });
}

/** Every file under `dir`, named `prefix` + its relative path. */
export function zipDir(dir: string, prefix = ''): Promise<Buffer> {
  const entries: ZipEntry[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else entries.push({ name: `${prefix}${rel}${name}`, data: readFileSync(p) });
    }
  };
  walk(dir, '');
  return zipEntries(entries);
}

/**
 * yazl refuses unsafe names, as it should; tests need them anyway. The entry is written under a
 * placeholder name of the same length, which is then replaced in the local header and the central
 * directory (names are not covered by the CRC).
 */
export async function zipWithRawName(rawName: string, data: string): Promise<Buffer> {
  const placeholder = 'Q'.repeat(rawName.length);
  const buf = await zipEntries([{ name: placeholder, data }]);
  const from = Buffer.from(placeholder);
  const to = Buffer.from(rawName);
  if (to.length !== from.length) throw new Error('raw name must be ASCII');
  let at = buf.indexOf(from);
  while (at >= 0) {
    to.copy(buf, at);
    at = buf.indexOf(from, at + 1);
  }
  return buf;
}
