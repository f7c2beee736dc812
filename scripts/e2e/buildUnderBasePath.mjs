// Builds the site under the base path /course into out-course/, leaving out/
// (the root build) in place: `next build` always writes out/, so out/ is set
// aside while it runs. Run directly: node scripts/e2e/buildUnderBasePath.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const COURSE_DIR = 'out-course';

/** Returns true when the build succeeded. Extra environment (e.g. TYPES_CHECKED=1) is passed to `next build`. */
export function buildUnderBasePath(env = {}) {
  rmSync('out-root', { recursive: true, force: true });
  rmSync(COURSE_DIR, { recursive: true, force: true });
  const hadRoot = existsSync('out');
  if (hadRoot) renameSync('out', 'out-root');
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    // A host as a deployment has one: the sitemap and hreflang alternates then hold absolute URLs.
    env: { SITE_URL: 'https://course.example.org', ...process.env, ...env, BASE_PATH: '/course' },
  });
  if (existsSync('out')) renameSync('out', COURSE_DIR);
  if (hadRoot) renameSync('out-root', 'out');
  if (build.status !== 0) return false;
  // What `npm run build`'s postbuild does for out/ (search index, compile hints, service worker).
  const post = spawnSync(process.execPath, ['scripts/postbuild.mjs', '--dir', COURSE_DIR], {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: '/course' },
  });
  return post.status === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!buildUnderBasePath()) {
    console.error('the base-path build failed');
    process.exit(1);
  }
}
