'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { Heatmap } from '@/components/charts/Heatmap';
import type { PageTf as Tf } from '@/components/widget/pageTf';
import { useMessages } from '@/components/site/LocaleProvider';
import { checkerboard } from './tfjsConv';
import { messages } from './messages';
import styles from './ConvArithmetic.module.css';

const N = 5;
const K = 3;
const S = 2;

/**
 * The checkerboard of Odena et al. (2016): ConvTranspose2d(k=3, s=2) of all-ones on all-ones.
 * Each output pixel is the number of kernel copies that land on it, so where k is not a multiple
 * of s the copies overlap unevenly.
 */
export function Checkerboard({ tf }: { tf: Tf | null }) {
  const m = useMessages(messages);
  const svg = useRef<SVGSVGElement>(null);
  const matrix = useMemo(() => (tf ? checkerboard(tf, N, K, S) : null), [tf]);
  if (!matrix) return null;
  const inner = matrix.slice(2, -2).flatMap((r) => r.slice(2, -2));
  const counts = [...new Set(inner)].sort((a, b) => a - b);
  return (
    <details className="widget-code" open>
      <summary>{m.checkerboardTitle}</summary>
      <p className={styles.checkerboardNote}>
        {m.checkerboard(N, K, S, matrix.length, counts.join(', '))}
      </p>
      <Heatmap
        ref={svg}
        matrix={matrix}
        label={m.checkerboardLabel(matrix.length, counts.join(', '))}
        cellLabels
        maxCellSize={30}
      />
      <ChartActions svgRef={svg} filename="transposed-checkerboard" />
    </details>
  );
}
