/** Compile rules/**\/*.yaml into the catalogue the tests import, so `npx vitest` works without a build. */
import { join } from 'node:path';
// @ts-expect-error plain ESM build script without type declarations
import { compileCatalogue } from '../scripts/catalogue.mjs';

export default async function setup(): Promise<void> {
  await compileCatalogue(join(import.meta.dirname, '..'));
}
