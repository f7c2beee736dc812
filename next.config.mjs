import createMDX from '@next/mdx';

/** Serve under a sub-path (e.g. /course) by building with BASE_PATH=/course. */
const basePath = process.env.BASE_PATH ? process.env.BASE_PATH.replace(/\/$/, '') : '';

const withMDX = createMDX({
  options: {
    // Plugins are given by name: Turbopack passes loader options across threads,
    // and plugin functions are not serialisable.
    remarkPlugins: [['remark-frontmatter', ['yaml']], ['remark-gfm', {}], ['remark-math', {}]],
    rehypePlugins: [
      ['rehype-slug', {}],
      ['rehype-katex', { output: 'htmlAndMathml', strict: false }],
      ['rehype-highlight', { detect: false, ignoreMissing: true }],
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
  poweredByHeader: false,
};

export default withMDX(nextConfig);
