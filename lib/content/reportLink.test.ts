import { describe, expect, it } from 'vitest';
import { reportLink } from './reportLink';

describe('reportLink', () => {
  it('opens a new issue on the repository with the title and body filled in, encoded', () => {
    const link = reportLink('https://github.com/course/notes/', 'Slip in "Batch norm"', 'Page: /lessons/x/\n\nWhat & why');
    const url = new URL(link!);
    expect(url.origin + url.pathname).toBe('https://github.com/course/notes/issues/new');
    expect(url.searchParams.get('title')).toBe('Slip in "Batch norm"');
    expect(url.searchParams.get('body')).toBe('Page: /lessons/x/\n\nWhat & why');
  });

  it('gives no link without a repository, or with one that is not an https address', () => {
    expect(reportLink(undefined, 't', 'b')).toBeNull();
    expect(reportLink('', 't', 'b')).toBeNull();
    expect(reportLink('not a url', 't', 'b')).toBeNull();
    expect(reportLink('http://example.org/repo', 't', 'b')).toBeNull();
  });
});
