import { attempt, type PyFailure } from '../errors';
import type { Module } from './module';
import { moduleRepr } from './moduleRepr';

/** One child of a Sequential, the shape that enters it and what comes out (or the error it raises). */
export interface ShapeFlowRow {
  name: string;
  repr: string;
  input: number[];
  output: number[] | null;
  error: PyFailure | null;
}

/**
 * The shapes flowing through `Sequential.forward` (`for module in self: input
 * = module(input)`) for an input of `shape`, stopping at the first child that
 * raises, with PyTorch's message (e.g. `mat1 and mat2 shapes cannot be
 * multiplied (64x10 and 20x5)`).
 */
export function shapeFlow(container: Module, shape: readonly number[]): ShapeFlowRow[] {
  const rows: ShapeFlowRow[] = [];
  let x = [...shape];
  for (const [name, child] of container._modules) {
    const repr = child ? moduleRepr(child) : 'None';
    const result = child
      ? attempt(() => child.call(x))
      : {
          ok: false as const,
          errorType: 'TypeError' as const,
          error: "'NoneType' object is not callable",
        };
    if (!result.ok) {
      rows.push({ name, repr, input: x, output: null, error: result });
      break;
    }
    rows.push({ name, repr, input: x, output: result.value, error: null });
    x = result.value;
  }
  return rows;
}
