/**
 * Reading one input file safely: only regular files (a device, pipe or socket is refused before it
 * is opened, and checked again on the open descriptor), a byte limit enforced while reading (the
 * size a file declares is not trusted), optionally only when the file really lies under a root
 * folder, and a strict UTF-8 decode that tells an invalid byte from a valid U+FFFD character.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';

/** Files larger than this are refused: CloudFormation's own limit is 1 MB (51,200 bytes inline). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

export const isUnder = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * `what` names the thing refused in messages ("file", "template of stack X"). The calls are
 * synchronous: for the many small files of a repository, a promise and a thread-pool round trip per
 * system call cost more than the reads themselves (files are read one after the other anyway).
 */
export function readBounded(path: string, opts: { readonly limit?: number; readonly root?: string | undefined } = {}): Promise<ReadResult> {
  return Promise.resolve(readBoundedSync(path, opts));
}

function readBoundedSync(path: string, opts: { readonly limit?: number; readonly root?: string | undefined }): ReadResult {
  const limit = opts.limit ?? MAX_FILE_BYTES;
  try {
    if (opts.root !== undefined) {
      const real = realpathSync.native(path);
      const root = realpathSync.native(opts.root);
      if (!isUnder(root, real)) return { ok: false, message: 'it is a symbolic link to a file outside the folder being audited; not followed' };
    }
    if (!statSync(path).isFile()) return { ok: false, message: 'not a regular file (a folder, device, pipe or socket); only regular files are read' };
    // O_NONBLOCK: if the path was swapped for a pipe since the check above, opening it must not wait for a writer.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) return { ok: false, message: 'not a regular file (a folder, device, pipe or socket); only regular files are read' };
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
        const bytesRead = readSync(fd, buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        chunks.push(buf.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) return { ok: false, message: `the file is larger than ${limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit} bytes`}` };
      }
      return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { ok: false, message: `cannot read the file: ${code(e)}` };
  }
}

export type Decoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly text: string; readonly line: number; readonly column: number; readonly message: string };

/**
 * Bytes to text. Valid UTF-8 (a U+FFFD character included) decodes as is; an invalid sequence or a
 * UTF-16 file is an error with its position, and `text` is then a lossy decode, good enough to
 * decide whether the file was meant to be a template.
 */
export function decodeUtf8(bytes: Buffer): Decoded {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { ok: false, text, line: 1, column: 1, message: 'the file is UTF-16; CloudFormation templates must be UTF-8 (save it as UTF-8)' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    // The first byte where a lossy round trip differs is the first invalid one.
    const again = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < bytes.length && off < again.length && bytes[off] === again[off]) off++;
    const lineStart = off === 0 ? 0 : bytes.lastIndexOf(0x0a, off - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < off; i = bytes.indexOf(0x0a, i + 1)) line++;
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, off)).length + 1;
    return { ok: false, text, line, column, message: 'the file is not valid UTF-8 (CloudFormation templates must be UTF-8)' };
  }
}
