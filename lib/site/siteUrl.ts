/**
 * Absolute addresses for metadata that needs them (hreflang alternates, the
 * sitemap, Open Graph). The public URL is a build setting, `SITE_URL`
 * (e.g. https://example.org); `BASE_PATH` is added to it. Without SITE_URL the
 * site does not know its host: alternates stay root-relative and no sitemap is
 * written (a sitemap must hold absolute URLs).
 */
export interface SiteAddress {
  /** `https://example.org`, no trailing slash; '' when SITE_URL is not set. */
  origin: string;
  /** `/course`, or '' at the root. */
  basePath: string;
}

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const origin = (env.SITE_URL ?? '').trim().replace(/\/+$/, '');
  const basePath = (env.BASE_PATH ?? env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');
  return { origin, basePath };
}

/** A site path as the link a page should carry: absolute when the host is known. */
export function siteHref(address: SiteAddress, path: string): string {
  return `${address.origin}${address.basePath}${path}`;
}
