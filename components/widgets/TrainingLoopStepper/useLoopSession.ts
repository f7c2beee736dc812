'use client';
import { PARAMETER_ALIASES } from '@/lib/experiments/trainingLoop/trainingLoopCode';
import { useCallback, useRef, useState } from 'react';
import { createSession, type StepResult, type TorchSession } from '@/lib/pytorch/session';
import type { SessionSnapshot } from '@/lib/pytorch/snapshot';
import {
  TRAINING_LOOP_LINES,
  trainingLoopSetup,
} from '@/lib/experiments/trainingLoop/trainingLoopData';

/** Weight, bias, their .grad and the loss, read from the session after a line ran. */
export interface LoopState {
  line: string;
  iteration: number;
  weight: number;
  bias: number;
  weightGrad: number | null;
  biasGrad: number | null;
  loss: number | null;
  output: string | null;
}

function read(snapshot: SessionSnapshot, name: string) {
  const t = snapshot.tensors.find((x) => x.name === name);
  if (!t) return null;
  const s = snapshot.storages.find((x) => x.id === t.storageId)!;
  return { value: s.values[t.offset], grad: t.grad ? t.grad[0] : null };
}

/**
 * A private PyTorch session running the lecture's loop one line at a time.
 * `next` is the index of the line the Step button runs.
 */
export function useLoopSession(seed: number, learningRate: number) {
  const sessionRef = useRef<TorchSession | null>(null);
  const [log, setLog] = useState<LoopState[]>([]);
  const [next, setNext] = useState(0);
  const [iteration, setIteration] = useState(1);

  const session = useCallback(() => {
    if (!sessionRef.current) {
      const s = createSession();
      for (const line of [...trainingLoopSetup(seed, learningRate), ...PARAMETER_ALIASES])
        s.run(line);
      sessionRef.current = s;
    }
    return sessionRef.current;
  }, [seed, learningRate]);

  const record = (line: string, it: number, result: StepResult | null): LoopState => {
    const snap = session().snapshot();
    const w = read(snap, 'w')!;
    const b = read(snap, 'b')!;
    return {
      line,
      iteration: it,
      weight: w.value,
      bias: b.value,
      weightGrad: w.grad,
      biasGrad: b.grad,
      loss: read(snap, 'loss')?.value ?? null,
      output: result?.error ?? result?.output ?? null,
    };
  };

  const initial = useCallback(() => record('(start)', 0, null), [session]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Runs the current line (skipping zero_grad when asked) and moves on. */
  const step = (skipZeroGrad: boolean) => {
    let index = next;
    if (skipZeroGrad && TRAINING_LOOP_LINES[index] === 'optimizer.zero_grad()') index++;
    const line = TRAINING_LOOP_LINES[index];
    const result = session().run(line);
    setLog((l) => [...l, record(line, iteration, result)]);
    if (index + 1 >= TRAINING_LOOP_LINES.length) {
      setNext(skipZeroGrad ? 1 : 0);
      setIteration((i) => i + 1);
    } else setNext(index + 1);
  };

  const reset = () => {
    sessionRef.current = null;
    setLog([]);
    setNext(0);
    setIteration(1);
  };

  return { log, next, iteration, step, reset, initial };
}
