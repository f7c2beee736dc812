import type { z } from 'zod';
import type { figureSpec } from './proseSpecs';
import { withBasePath } from '@/components/site/basePath';

export function Figure({ src, alt, caption, width, height }: z.input<typeof figureSpec.props>) {
  return (
    <figure className="figure">
      {/* A static export serves images as they are; next/image would need a loader. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={withBasePath(src)} alt={alt} width={width} height={height} loading="lazy" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
