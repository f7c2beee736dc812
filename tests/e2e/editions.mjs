// What search engines read about the two editions, checked from the served
// files (no browser needed): each page's hreflang alternates and the sitemap.
// Shared by korean.spec.mjs (at the root) and base-path.spec.mjs (under
// /course, built with SITE_URL, where every address is absolute).
import { readdirSync } from 'node:fs';
import { BASE, SITE } from './browser.mjs';

export const at = (path) => new URL(path.replace(/^\//, ''), SITE).href;
export const korean = (path) => `/ko${path}`;

/** Locale-free paths of the pages both editions have, from content/ (a `.ko.mdx` beside the English file). */
export function bothEditions() {
  const slugs = readdirSync('content')
    .filter((f) => f.endsWith('.ko.mdx'))
    .map((f) => f.slice(0, -'.ko.mdx'.length));
  return ['/', '/guide/', ...slugs.map((s) => `/lessons/${s}/`)];
}

/** An address without its origin (absolute when the build knew the site's host, else root-relative). */
const pathOf = (href) => href.replace(/^https?:\/\/[^/]+/, '');
export const originOf = (href) => /^https?:\/\/[^/]+/.exec(href)?.[0] ?? '';

/** `{ hreflang: href }` of a page's `<link rel="alternate" hreflang>` tags, from its HTML. */
export async function alternatesOf(path) {
  const response = await fetch(at(path));
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  const links = {};
  for (const [tag] of (await response.text()).matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="alternate"/.test(tag)) continue;
    const lang = /\bhreflang="([^"]+)"/i.exec(tag)?.[1];
    if (lang) links[lang] = /\bhref="([^"]+)"/.exec(tag)?.[1];
  }
  return links;
}

const same = (got, want) => JSON.stringify(got, Object.keys(want)) === JSON.stringify(want);

/**
 * Every page of both editions names both (en, ko) and x-default (English) as alternates, all on
 * one host (none: root-relative), and each alternate is served. Returns the host and the failures.
 */
export async function checkAlternates() {
  const failures = [];
  const origins = new Set();
  const targets = new Set();
  for (const path of bothEditions()) {
    const want = {
      en: `${BASE}${path}`,
      ko: `${BASE}${korean(path)}`,
      'x-default': `${BASE}${path}`,
    };
    for (const edition of [path, korean(path)]) {
      const links = await alternatesOf(edition);
      for (const href of Object.values(links)) {
        origins.add(originOf(href));
        targets.add(pathOf(href));
      }
      const got = Object.fromEntries(Object.entries(links).map(([l, h]) => [l, pathOf(h)]));
      if (!same(got, want)) failures.push(`${edition}: ${JSON.stringify(links)}`);
    }
  }
  if (origins.size !== 1) failures.push(`alternates on more than one host: ${[...origins]}`);
  for (const target of targets) {
    const status = (await fetch(new URL(target, SITE))).status;
    if (status !== 200) failures.push(`alternate ${target}: HTTP ${status}`);
  }
  return { origin: [...origins][0] ?? '', failures };
}

/** The sitemap's entries: each `<loc>` with its `xhtml:link` alternates. */
async function sitemap() {
  const response = await fetch(at('/sitemap.xml'));
  if (response.status !== 200) throw new Error(`sitemap.xml: HTTP ${response.status}`);
  const xml = await response.text();
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1],
    alternates: Object.fromEntries(
      [...body.matchAll(/<xhtml:link\b[^>]*hreflang="([^"]+)"[^>]*href="([^"]+)"/g)].map(
        ([, lang, href]) => [lang, href],
      ),
    ),
  }));
}

/**
 * The sitemap of a site on `origin` lists every page of both editions with its alternates;
 * built without a host (origin '') it lists nothing, as a sitemap holds absolute URLs only.
 */
export async function checkSitemap(origin) {
  const entries = await sitemap();
  if (!origin) return entries.length ? [`${entries.length} entries without a known host`] : [];
  const byLoc = new Map(entries.map((e) => [e.loc, e]));
  const failures = [];
  for (const path of bothEditions()) {
    const en = `${origin}${BASE}${path}`;
    const want = { en, ko: `${origin}${BASE}${korean(path)}`, 'x-default': en };
    for (const loc of [want.en, want.ko]) {
      const entry = byLoc.get(loc);
      if (!entry) failures.push(`${loc} not listed`);
      else if (!same(entry.alternates, want))
        failures.push(`${loc}: alternates ${JSON.stringify(entry.alternates)}`);
    }
  }
  return failures;
}
