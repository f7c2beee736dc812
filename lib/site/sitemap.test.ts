import { describe, expect, it } from 'vitest';
import { robotsRules, sitemapEntries } from './sitemap';

const host = { origin: 'https://dl.example.org', basePath: '/course' };
const pages = [
  { path: '/', locales: ['en', 'ko'] as const },
  { path: '/lessons/a/', locales: ['en'] as const, updated: '2026-11-30' },
];

describe('sitemap and robots.txt', () => {
  it('lists each edition of a page with its hreflang alternates, under the base path', () => {
    const languages = {
      en: 'https://dl.example.org/course/',
      ko: 'https://dl.example.org/course/ko/',
      'x-default': 'https://dl.example.org/course/',
    };
    expect(sitemapEntries(host, pages)).toEqual([
      { url: 'https://dl.example.org/course/', alternates: { languages } },
      { url: 'https://dl.example.org/course/ko/', alternates: { languages } },
      { url: 'https://dl.example.org/course/lessons/a/', lastModified: '2026-11-30' },
    ]);
  });

  it('is empty without SITE_URL, and robots.txt then names no sitemap', () => {
    expect(sitemapEntries({ origin: '', basePath: '' }, pages)).toEqual([]);
    expect(robotsRules({ origin: '', basePath: '' })).toEqual({
      rules: { userAgent: '*', allow: '/' },
    });
    expect(robotsRules(host).sitemap).toBe('https://dl.example.org/course/sitemap.xml');
  });
});
