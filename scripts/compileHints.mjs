// Marks the scripts a page loads at start with V8's explicit compile hint, after `next build`.
//
// A script's functions are compiled lazily, on the main thread, the first time each is
// called. The scripts a page loads at start (React DOM, the router, the page's own code) are
// called at once by hydration, so their compilation landed inside hydration's long task: on
// the tensors lesson, the main thread was blocked about 190 ms (median of 8 loads, Chromium at
// 4x CPU slowdown). A first line `//# allFunctionsCalledOnLoad` tells V8 to compile the whole
// file eagerly while it streams in, on a background thread
// (https://v8.dev/blog/explicit-compile-hints); the same loads then blocked about 80 ms.
// Browsers without the hint read it as a comment. Widget code, loaded later and only where a
// widget is, stays lazy.
//
// Usage: node scripts/compileHints.mjs [--dir out]   (the base path does not matter: a page's
// scripts are found by their path under /_next/)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const HINT = '//# allFunctionsCalledOnLoad';

/** The build's files under `_next/` that a page's HTML loads with a `<script src>`. */
export function initialScripts(html) {
  const found = new Set();
  for (const [, src] of html.matchAll(/<script\b[^>]*?\bsrc="([^"]+)"/g)) {
    const at = src.indexOf('/_next/');
    if (at < 0) continue;
    const path = src.slice(at + 1).split(/[?#]/)[0];
    if (path.endsWith('.js')) found.add(path);
  }
  return [...found];
}

/** The script with the hint as its first line (unchanged if it has it already). */
export function withCompileHint(source) {
  return source.startsWith(`${HINT}\n`) ? source : `${HINT}\n${source}`;
}

/** The pages of an exported site: every `.html` file under `dir`. */
const htmlFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));

/** Hints every script some page of `dir` loads at start; returns their paths. */
export function hintInitialScripts(dir) {
  const scripts = new Set(
    htmlFiles(dir).flatMap((file) => initialScripts(readFileSync(file, 'utf8'))),
  );
  for (const script of scripts) {
    const file = join(dir, script);
    const source = readFileSync(file, 'utf8');
    const hinted = withCompileHint(source);
    if (hinted !== source) writeFileSync(file, hinted);
  }
  return [...scripts].sort();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' } } });
  const hinted = hintInitialScripts(values.dir);
  if (hinted.length === 0) {
    console.error(`compile hints: no page in ${values.dir}/ loads a script from _next/`);
    process.exit(1);
  }
  console.log(`compile hints: ${hinted.length} scripts loaded at start in ${values.dir}/`);
}
