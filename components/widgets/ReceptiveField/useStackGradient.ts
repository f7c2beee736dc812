'use client';
import { useEffect, useState } from 'react';
import { pageTf } from '@/components/widget/pageTf';
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
 * Builds the stack's gradient function once per stack with the page's tfjs (with its gradient
 * kernels); the previous one's tensors are freed when the stack changes.
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
        const tf = await pageTf({ gradients: true });
        const backend = tf.getBackend() as Backend;
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
