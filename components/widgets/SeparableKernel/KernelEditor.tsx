'use client';
import type { CSSProperties } from 'react';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './SeparableKernel.module.css';

/** A 3×3 grid of labelled number inputs: the kernel, row by row. */
export function KernelEditor({
  kernel,
  onChange,
}: {
  kernel: readonly (readonly number[])[];
  onChange(kernel: number[][]): void;
}) {
  const m = useMessages(messages);
  return (
    <fieldset className={styles.kernel}>
      <legend>{m.kernelLegend}</legend>
      <div className={styles.grid} style={{ '--columns': kernel.length } as CSSProperties}>
        {kernel.map((row, i) =>
          row.map((v, j) => (
            <span key={`${i}-${j}`}>
              <label htmlFor={`sk-${i}-${j}`} className="visually-hidden">
                {m.cell(i + 1, j + 1)}
              </label>
              <input
                id={`sk-${i}-${j}`}
                type="number"
                step={0.1}
                value={Number(v.toPrecision(4))}
                onChange={(e) => {
                  const x = Number(e.target.value);
                  if (e.target.value === '' || !Number.isFinite(x)) return;
                  onChange(kernel.map((r, a) => r.map((w, b) => (a === i && b === j ? x : w))));
                }}
              />
            </span>
          )),
        )}
      </div>
    </fieldset>
  );
}
