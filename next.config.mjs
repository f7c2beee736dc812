import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';

/** Serve under a sub-path (e.g. /course) by building with BASE_PATH=/course. */
const basePath = process.env.BASE_PATH ? process.env.BASE_PATH.replace(/\/$/, '') : '';

const withMDX = createMDX({
  options: {
    // Plugins are given by name: Turbopack passes loader options across threads,
    // and plugin functions are not serialisable.
    remarkPlugins: [
      ['remark-frontmatter', ['yaml']],
      ['remark-gfm', {}],
      ['remark-math', {}],
    ],
    rehypePlugins: [
      ['rehype-slug', {}],
      // A Korean file's heading ids from its English counterpart, and its internal links to /ko/.
      // An absolute path: the loader resolves plugin names from its own directory.
      [fileURLToPath(new URL('./scripts/mdx/rehypeCounterpartIds.mjs', import.meta.url)), {}],
      // In a Korean file, a particle stays on the line of the code, formula or bracket before it.
      [fileURLToPath(new URL('./scripts/mdx/rehypeKoreanBreaks.mjs', import.meta.url)), {}],
      // rehype-katex's rendering, each formula one element for React (see the plugin's header).
      [
        fileURLToPath(new URL('./scripts/mdx/rehypeKatexIslands.mjs', import.meta.url)),
        { output: 'htmlAndMathml', strict: false },
      ],
      ['rehype-highlight', { detect: false, ignoreMissing: true }],
      // Each highlighted block's code, one element for React (see the plugin's header).
      [fileURLToPath(new URL('./scripts/mdx/rehypeCodeIslands.mjs', import.meta.url)), {}],
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  // A page that takes over a minute to render is a loaded machine, not a hung one
  // (the default, 60 s, failed builds on a busy 2-core machine).
  staticPageGenerationTimeout: 600,
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` before it builds and sets TYPES_CHECKED=1 so the
  // build does not check the same types again; a plain `npm run build` always checks.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
  // NEXT_BUILD_CACHE=0 skips writing Turbopack's build cache, which a one-off build never reads.
  experimental: {
    turbopackFileSystemCacheForBuild: process.env.NEXT_BUILD_CACHE !== '0',
    // Each edition has its own root layout (for <html lang>); the 404 page is global to both.
    globalNotFound: true,
  },
};

export default withMDX(nextConfig);
