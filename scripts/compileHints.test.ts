import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { HINT, hintInitialScripts, initialScripts, withCompileHint } from './compileHints.mjs';

describe('initialScripts', () => {
  test("finds the build's scripts a page loads, at the root and under a base path", () => {
    const html =
      '<head><script src="/_next/static/chunks/a1.js" async=""></script>' +
      '<script src="/course/_next/static/chunks/b2.js?dpl=x"></script>' +
      '<script>self.__next_f.push([1,"<script src=\\"/_next/static/chunks/c3.js\\">"])</script>' +
      '<script type="module" src="https://example.org/x.js"></script>' +
      '<link rel="preload" href="/_next/static/chunks/d4.js" as="script"/></head>';
    expect(initialScripts(html)).toEqual([
      '_next/static/chunks/a1.js',
      '_next/static/chunks/b2.js',
    ]);
  });

  test('lists a script once however often the page loads it', () => {
    const tag = '<script src="/_next/static/chunks/a1.js"></script>';
    expect(initialScripts(tag + tag)).toEqual(['_next/static/chunks/a1.js']);
  });
});

describe('withCompileHint', () => {
  test('puts the hint on the first line once, and the script still compiles', () => {
    const source = '(globalThis.T||(globalThis.T=[])).push([1,(e)=>{e.x=1}]);';
    const hinted = withCompileHint(source);
    expect(hinted).toBe(`${HINT}\n${source}`);
    expect(withCompileHint(hinted)).toBe(hinted);
    expect(() => new Script(hinted)).not.toThrow();
  });
});

describe('hintInitialScripts', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('hints the scripts some page loads at start and leaves lazily loaded ones as they are', () => {
    dir = mkdtempSync(join(tmpdir(), 'hints-'));
    const chunks = join(dir, '_next', 'static', 'chunks');
    mkdirSync(chunks, { recursive: true });
    mkdirSync(join(dir, 'lessons', 'one'), { recursive: true });
    for (const name of ['shared', 'page', 'widget'])
      writeFileSync(join(chunks, `${name}.js`), `var ${name};`);
    writeFileSync(
      join(dir, 'index.html'),
      '<script src="/_next/static/chunks/shared.js" async=""></script>',
    );
    writeFileSync(
      join(dir, 'lessons', 'one', 'index.html'),
      '<script src="/_next/static/chunks/shared.js"></script><script src="/_next/static/chunks/page.js"></script>',
    );
    expect(hintInitialScripts(dir)).toEqual([
      '_next/static/chunks/page.js',
      '_next/static/chunks/shared.js',
    ]);
    const read = (name: string) => readFileSync(join(chunks, `${name}.js`), 'utf8');
    expect(read('shared')).toBe(`${HINT}\nvar shared;`);
    expect(read('page')).toBe(`${HINT}\nvar page;`);
    expect(read('widget')).toBe('var widget;');
    hintInitialScripts(dir);
    expect(read('shared')).toBe(`${HINT}\nvar shared;`);
  });
});
