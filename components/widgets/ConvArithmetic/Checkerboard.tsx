'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { Heatmap } from '@/components/charts/Heatmap';
import type { PageTf as Tf } from '@/components/widget/pageTf';
import { checkerboard } from './tfjsConv';

const N = 5;
const K = 3;
const S = 2;

/**
 * The checkerboard of Odena et al. (2016): ConvTranspose2d(k=3, s=2) of all-ones on all-ones.
 * Each output pixel is the number of kernel copies that land on it, so where k is not a multiple
 * of s the copies overlap unevenly.
 */
export function Checkerboard({ tf }: { tf: Tf | null }) {
  const svg = useRef<SVGSVGElement>(null);
  const matrix = useMemo(() => (tf ? checkerboard(tf, N, K, S) : null), [tf]);
  if (!matrix) return null;
  const inner = matrix.slice(2, -2).flatMap((r) => r.slice(2, -2));
  const counts = [...new Set(inner)].sort((a, b) => a - b);
  return (
    <details className="widget-code" open>
      <summary>The checkerboard a strided transposed convolution leaves</summary>
      <p style={{ fontSize: '0.9rem' }}>
        ConvTranspose2d(k={K}, s={S}) of an all-ones {N}×{N} input with an all-ones kernel, computed
        by tfjs: {matrix.length}×{matrix.length}. Every input pixel stamps a {K}×{K} copy of the
        kernel, {S} pixels from the last. Because {K} is not a multiple of {S}, the copies overlap
        unevenly: away from the border the output takes the values {counts.join(', ')}, in a
        checkerboard, though the input and the kernel are flat. Generators that upsample this way
        paint the pattern into their images; a kernel size divisible by the stride, or
        resize-then-convolve, avoids it.
      </p>
      <Heatmap
        ref={svg}
        matrix={matrix}
        label={`Output of the transposed convolution, ${matrix.length} by ${matrix.length}: values ${counts.join(', ')} in a checkerboard`}
        cellLabels
        maxCellSize={30}
      />
      <ChartActions svgRef={svg} filename="transposed-checkerboard" />
    </details>
  );
}
