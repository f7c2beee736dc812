// What follows `next build`, in order, for one exported site: the search index, the compile
// hints on the scripts a page loads at start, and the offline service worker (its version is a
// hash of the files, so it is written last). `npm run build`, `npm test`'s build stage and the
// build under /course all run this one list.
// Usage: node scripts/postbuild.mjs [--dir out]   (BASE_PATH from the environment, as the build)
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const STEPS = [
  'scripts/indexSearch.mjs',
  'scripts/compileHints.mjs',
  'scripts/writeServiceWorker.mjs',
];

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' } } });
for (const step of STEPS) {
  const { status } = spawnSync(process.execPath, [step, '--dir', values.dir], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
