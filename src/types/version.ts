/** Kept equal to package.json's version by test/cli.test.ts (`--version` prints package.json's). */
export const VERSION = '0.1.0';
