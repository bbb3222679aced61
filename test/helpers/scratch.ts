/** Scratch folders of small files, removed when the test (or, made outside a test, the file) ends. */
import { tempFiles } from './temp.js';

export function scratchFolders(prefix: string): (files: Readonly<Record<string, string | Buffer>>) => string {
  return (files) => tempFiles(files, prefix);
}
