/**
 * The "Found a mistake?" link: a new issue on the site's repository, prefilled
 * with the lesson and its address. The repository is a build setting
 * (`REPOSITORY_URL`, e.g. https://github.com/owner/repo); without one, or with
 * one that is not an https address, there is no link.
 */
export function reportLink(
  repository: string | undefined,
  title: string,
  body: string,
): string | null {
  if (!repository) return null;
  let base: URL;
  try {
    base = new URL(repository.replace(/\/+$/, '') + '/issues/new');
  } catch {
    return null;
  }
  if (base.protocol !== 'https:') return null;
  base.searchParams.set('title', title);
  base.searchParams.set('body', body);
  return base.toString();
}
