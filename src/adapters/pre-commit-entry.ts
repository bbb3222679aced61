import { runPreCommit } from './pre-commit.js';

// Bundled next to dist/cli/main.js, which runs the CLI on process.argv when imported.
const main = new URL('./main.js', import.meta.url).href;
await runPreCommit(() => import(main));
