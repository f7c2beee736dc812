// The search index of a small site shaped like the built one, searched with pagefind's own
// browser script (run here in Node): what the lessons rely on pagefind for, pinned on its
// real behaviour rather than on our reading of its documentation.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { searchTerm } from '../lib/site/searchQuery';
// @ts-expect-error a plain .mjs script without types
import { indexSite } from './indexSearch.mjs';

const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>` +
  `<nav>navword 정규화</nav><main><article class="prose" data-pagefind-body>${body}</article></main></body></html>`;

// KaTeX's two copies of one formula: MathML with the TeX source, and the HTML readers see.
const formula =
  '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>zetaword</mi></mrow>' +
  '<annotation encoding="application/x-tex">\\texttt{zetaword}</annotation></semantics></math></span>' +
  '<span class="katex-html" aria-hidden="true"><span class="mord">zetaword</span></span></span>';

const PAGES: Record<string, string> = {
  'index.html': page('en', '').replace(' data-pagefind-body', ''),
  'lessons/batch-normalization/index.html': page(
    'en',
    `<h1>Batch normalization</h1><p>Normalizing each batch ${formula} helps.</p>` +
      '<div class="code-block"><pre><code>codeonlyword = nn.BatchNorm2d(3)</code></pre></div>' +
      '<figure data-widget="batch-norm-race"><button>widgetchrome</button></figure>' +
      '<h2 id="the-smoothing-effect">The smoothing effect</h2><p>A smoother loss landscape.</p>',
  ),
  'ko/lessons/batch-normalization/index.html': page(
    'ko',
    '<h1>배치 정규화</h1><p>배치 정규화는 학습을 빠르게 합니다.</p>' +
      '<h2 id="the-smoothing-effect">매끄러워지는 손실 지형</h2><p>정규화를 하면 손실 지형이 부드러워집니다.</p>',
  ),
  'ko/lessons/cross-validation/index.html': page(
    'ko',
    '<h1>교차 검증</h1><p>데이터를 나누어 모델을 평가합니다.</p>' +
      '<h2 id="k-fold">K-겹 교차 검증</h2><p>K-겹 교차 검증에서 각 겹이 한 번씩 검증 집합이 됩니다.</p>',
  ),
};

interface Found {
  url: string;
  sub_results: { url: string; title: string; locations: number[] }[];
}
type Search = (query: string) => Promise<Found[]>;

let site: string;
const searchers: Record<string, Search> = {};

/** pagefind.js as a page of `lang` loads it (a fresh module per language: it keeps one instance). */
async function pagefindFor(lang: string): Promise<Search> {
  vi.stubGlobal('document', {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => lang }),
  });
  const url = `${pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href}?lang=${lang}`;
  const pagefind = await import(/* @vite-ignore */ url);
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init();
  return async (query) => {
    const { results } = await pagefind.search(query);
    return Promise.all(results.map((r: { data(): Promise<Found> }) => r.data()));
  };
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [path, html] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  expect(await indexSite(site)).toEqual({ en: 1, ko: 2 });
  // pagefind.js fetches its index next to itself; here that is a file: URL.
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string) =>
    String(input).startsWith('file:')
      ? new Response(readFileSync(fileURLToPath(String(input).split('?')[0])))
      : realFetch(input),
  );
  searchers.en = await pagefindFor('en');
  searchers.ko = await pagefindFor('ko');
}, 60_000);

afterAll(() => {
  vi.unstubAllGlobals();
  if (site) rmSync(site, { recursive: true, force: true });
});

const urls = (found: Found[]) => found.map((f) => f.url).sort();

describe('the search index (pagefind)', () => {
  it('indexes only lesson articles, one index per <html lang>: a Korean page finds Korean lessons only', async () => {
    expect(urls(await searchers.ko('정규화'))).toEqual(['/ko/lessons/batch-normalization/']);
    expect(urls(await searchers.en('normalization'))).toEqual(['/lessons/batch-normalization/']);
    expect(await searchers.en('정규화')).toEqual([]);
  });

  it('a bare Korean word finds it with particles attached (정규화 → 정규화는, 정규화를)', async () => {
    const [hit] = await searchers.ko('정규화');
    const sections = hit.sub_results.map((s) => [s.url, s.locations.length]);
    expect(sections).toEqual([
      ['/ko/lessons/batch-normalization/', 2],
      ['/ko/lessons/batch-normalization/#the-smoothing-effect', 1],
    ]);
  });

  it('"교차 검증" finds the cross-validation lesson, with 검증에서 among the matches, and links its section', async () => {
    const [hit, ...rest] = await searchers.ko(searchTerm('교차 검증', 'ko'));
    expect(rest).toEqual([]);
    expect(hit.url).toBe('/ko/lessons/cross-validation/');
    expect(hit.sub_results.map((s) => s.url)).toContain('/ko/lessons/cross-validation/#k-fold');
    const kFold = hit.sub_results.find((s) => s.url.endsWith('#k-fold'))!;
    expect(kFold.locations.length).toBeGreaterThanOrEqual(5);
  });

  it('a query word with a particle finds the other forms once the particle is dropped', async () => {
    const matches = (found: Found[]) =>
      found.flatMap((f) => f.sub_results.flatMap((s) => s.locations));
    // As typed, pagefind finds at most the bare word (it has some tolerance), not 정규화는, 정규화를.
    expect(matches(await searchers.ko('정규화가')).length).toBeLessThan(2);
    expect(matches(await searchers.ko(searchTerm('정규화가', 'ko')))).toHaveLength(3);
  });

  it("KaTeX's formula is indexed once (the HTML copy, not the MathML), code and widget chrome not at all", async () => {
    const [hit] = await searchers.en('zetaword');
    expect(hit.sub_results.flatMap((s) => s.locations)).toHaveLength(1);
    expect(await searchers.en('texttt')).toEqual([]);
    expect(await searchers.en('codeonlyword')).toEqual([]);
    expect(await searchers.en('widgetchrome')).toEqual([]);
    expect(await searchers.en('navword')).toEqual([]);
  });
});
