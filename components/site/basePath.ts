/** The path the site is served under ('' at the root, '/course' under a sub-path). */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Prefixes a site-absolute path with the base path. */
export function withBasePath(path: string): string {
  return path.startsWith('/') ? `${basePath}${path}` : path;
}

/** The site's root as an absolute URL, for code that has no document (workers). */
export function siteBaseUrl(): string {
  return new URL(`${basePath}/`, window.location.origin).href;
}
