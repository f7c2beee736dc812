#!/usr/bin/env node
/**
 * The import graph's rules, checked in the lint step:
 * - no cycle among the project's own modules;
 * - no module in lib/ imports from components/ or app/ (lib/ is pure and runs in Node and in the
 *   worker; its tests may read a widget's spec to check the two agree);
 * - no source file in lib/, components/ or app/ runs past 300 lines unless a comment in its first
 *   20 lines says why (`Longer than 300 lines: <reason>`).
 * Prints every problem with its file and exits 1 if there is one.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

const ROOTS = ['lib', 'components', 'app', 'mdx-components.tsx'];
const MAX_LINES = 300;
const EXTS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
// Static imports only: a lazy `import()` runs after both modules have loaded, so it closes no cycle.
const SPEC = /(?:from\s+|^import\s+)(['"])([^'"]+)\1/gm;

function walk(path, out) {
  if (!existsSync(path)) return out;
  if (statSync(path).isDirectory()) for (const e of readdirSync(path)) walk(join(path, e), out);
  else if (/\.tsx?$/.test(path) && !path.endsWith('.d.ts')) out.push(path.split('\\').join('/'));
  return out;
}

function resolve(spec, from) {
  let base;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = posix.normalize(posix.join(posix.dirname(from), spec));
  else return null;
  for (const e of EXTS) {
    const c = base + e;
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

const files = ROOTS.flatMap((r) => walk(r, []));
const problems = [];
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = [];
  for (const m of text.matchAll(SPEC)) {
    // `import type` creates no runtime edge, but lib/ still may not name components/ types.
    const target = resolve(m[2], file);
    if (!target) continue;
    if (file.startsWith('lib/') && !file.includes('.test.') && /^(components|app)\//.test(target)) {
      problems.push(`${file}: imports ${m[2]} (lib/ may not import from components/ or app/)`);
    }
    const typeOnly = /import\s+type\s/.test(
      text
        .slice(Math.max(0, m.index - 200), m.index + m[0].length)
        .split('\n')
        .pop() ?? '',
    );
    if (!typeOnly && !target.includes('.test.')) deps.push(target);
  }
  graph.set(file, deps);
  const lines = text.split('\n').length;
  if (
    lines > MAX_LINES &&
    !/Longer than 300 lines:/.test(text.split('\n').slice(0, 20).join('\n'))
  ) {
    problems.push(
      `${file}: ${lines} lines (split it, or say why in its header: "Longer than 300 lines: <reason>")`,
    );
  }
}

// Cycles: Tarjan's strongly connected components over runtime imports.
let index = 0;
const stack = [];
const info = new Map();
function strongConnect(v) {
  info.set(v, { index, low: index, on: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!graph.has(w)) continue;
    if (!info.has(w)) {
      strongConnect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).on) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
  }
  if (info.get(v).low === info.get(v).index) {
    const scc = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).on = false;
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1) problems.push(`import cycle: ${scc.sort().join(' -> ')}`);
  }
}
for (const v of graph.keys()) if (!info.has(v)) strongConnect(v);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} import-graph problem(s) in ${files.length} files`);
  process.exit(1);
}
console.log(
  `import graph: ${files.length} files, no cycle, lib/ imports nothing from components/ or app/`,
);
