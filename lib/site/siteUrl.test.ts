import { describe, expect, it } from 'vitest';
import { siteAddress, siteHref } from './siteUrl';

describe('site addresses', () => {
  it('joins SITE_URL, BASE_PATH and the page path, whatever trailing slashes the settings have', () => {
    const address = siteAddress({ SITE_URL: 'https://dl.example.org/', BASE_PATH: '/course/' });
    expect(siteHref(address, '/ko/lessons/a/')).toBe('https://dl.example.org/course/ko/lessons/a/');
  });

  it('without SITE_URL a link stays root-relative, with the base path', () => {
    expect(siteHref(siteAddress({ BASE_PATH: '/course' }), '/guide/')).toBe('/course/guide/');
    expect(siteHref(siteAddress({}), '/')).toBe('/');
  });
});
