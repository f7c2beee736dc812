// Writes out/sw.js after `next build`: the service worker that lets a reader reopen a lesson
// offline. Its version is a hash of the build's files, so a redeploy installs a new worker
// that drops the old caches; the base path is part of every cache name and of the scope, so
// nothing is cached or served across a base-path change.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' } } });
const dir = values.dir;
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

function files(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const hash = createHash('sha256');
for (const file of files(dir).sort()) {
  if (file.endsWith('sw.js')) continue;
  hash.update(relative(dir, file));
  hash.update(readFileSync(file));
}
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(new URL('./serviceWorker.template.js', import.meta.url), 'utf8');
const source = template
  .replace('__BASE__', JSON.stringify(base))
  .replace('__VERSION__', JSON.stringify(version));
writeFileSync(join(dir, 'sw.js'), source);
console.log(`service worker: ${join(dir, 'sw.js')} (version ${version}, base '${base || '/'}')`);
