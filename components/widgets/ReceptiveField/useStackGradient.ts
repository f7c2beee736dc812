'use client';
import { useEffect, useState } from 'react';
import type { Backend } from '@/lib/training/protocol';
import type { StackLayer } from '@/lib/pytorch/conv/receptiveField';
import {
  tfStackGradient,
  type StackWeights,
  type TfStackGradient,
} from '@/lib/pytorch/conv/tfStackGradient';

export interface StackGradientState {
  /** The tfjs stack for the current layers, or null while tfjs loads or when the stack is invalid. */
  stack: TfStackGradient | null;
  backend: Backend | null;
  error: string | null;
}

/**
 * Loads tfjs (core, cpu kernels, gradients) on first use, never in the page's initial code, and builds the stack's gradient
 * function once per stack; the previous one's tensors are freed when the stack changes.
 */
export function useStackGradient(
  layers: readonly StackLayer[],
  inputHW: readonly [number, number],
  weights: StackWeights | undefined,
  valid: boolean,
): StackGradientState {
  const [state, setState] = useState<StackGradientState & { key: string }>({
    stack: null,
    backend: null,
    error: null,
    key: '',
  });
  const key = JSON.stringify([layers, inputHW, weights ?? null]);
  useEffect(() => {
    if (!valid) return;
    let cancelled = false;
    let built: TfStackGradient | null = null;
    (async () => {
      try {
        const tf = await import('@tensorflow/tfjs-core');
        await import('@tensorflow/tfjs-backend-cpu');
        await import('@tensorflow/tfjs-core/dist/register_all_gradients');
        // The page's other figures compute on the cpu backend too: one backend, no tensors stranded on another.
        await tf.setBackend('cpu');
        await tf.ready();
        const backend: Backend = 'cpu';
        if (cancelled) return;
        const [l, hw, w] = JSON.parse(key) as [StackLayer[], [number, number], StackWeights | null];
        built = tfStackGradient(tf, l, hw, w ?? undefined);
        setState({ stack: built, backend, error: null, key });
      } catch (error) {
        if (!cancelled)
          setState((s) => ({
            ...s,
            stack: null,
            error: error instanceof Error ? error.message : String(error),
          }));
      }
    })();
    return () => {
      cancelled = true;
      built?.dispose();
    };
  }, [key, valid]);
  // A stack built for other layers has been disposed: never hand it out.
  return {
    stack: valid && state.key === key ? state.stack : null,
    backend: state.backend,
    error: state.error,
  };
}
