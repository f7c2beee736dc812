// Writes the full-text search index of a built site into <dir>/pagefind/ (pagefind, after
// `next build`): one index per language, from each page's <html lang>. Only lesson articles
// are indexed (they carry data-pagefind-body); within them, what a reader would not search
// for, or would find twice, is left out (see EXCLUDED).
//   node scripts/indexSearch.mjs [--dir out]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';

/**
 * Left out of the index. KaTeX writes every formula twice, as MathML (with the TeX source as
 * an annotation) and as HTML: the HTML copy is what a reader sees, so the MathML is left out.
 * Code blocks are the same bytes in both editions and would match English words on Korean
 * pages; widgets and the lesson's own contents list repeat the headings and controls.
 */
export const EXCLUDED = [
  '.katex-mathml',
  '.code-block',
  'figure[data-widget]',
  'nav',
  '.lesson-meta',
  '.lesson-footer',
];

/**
 * Indexes `dir` into `dir/pagefind/`; resolves to the number of pages indexed per language
 * (`{ en: 9, ko: 9 }`), or throws, also when no page was indexed.
 */
export async function indexSite(dir) {
  try {
    const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await close();
  }
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const pages = Object.fromEntries(
    Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]),
  );
  if (!Object.values(pages).some(Boolean))
    throw new Error(`no page of ${dir} has data-pagefind-body`);
  return pages;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' } } });
  try {
    const pages = Object.entries(await indexSite(values.dir));
    const counts = pages.map(([lang, count]) => `${count} ${lang}`).join(', ');
    console.log(`search index: ${counts} pages in ${join(values.dir, 'pagefind')}`);
  } catch (error) {
    console.error(`search index: ${error.message}`);
    process.exitCode = 1;
  }
}
