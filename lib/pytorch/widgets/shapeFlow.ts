import type { TorchSession } from '../session';
import { replLine } from './replLines';

/** One child of a Sequential in the forward pass: the shape entering it and what leaves it. */
export interface FlowRow {
  name: string;
  /** First line of the child's repr. */
  repr: string;
  /** `list(x.shape)` before and after the child, as Python prints it. */
  input: string;
  output: string | null;
  /** The traceback's last line when the child raises. */
  error: string | null;
}

/**
 * `Sequential.forward` unrolled in the session (`x = model[i](x)` for each child) on a zero
 * batch of `[batch, features]`, stopping at the first child that raises with PyTorch's
 * message (e.g. `mat1 and mat2 shapes cannot be multiplied (64x10 and 20x5)`).
 */
export function shapeFlow(
  session: TorchSession,
  names: readonly string[],
  batch: number,
  features: number,
): FlowRow[] {
  replLine(session, `x = torch.zeros(${batch}, ${features})`);
  const rows: FlowRow[] = [];
  for (let i = 0; i < names.length; i++) {
    const input = replLine(session, 'list(x.shape)').output;
    const repr = replLine(session, `model[${i}]`).output.split('\n')[0];
    const step = replLine(session, `x = model[${i}](x)`);
    rows.push({
      name: names[i],
      repr,
      input,
      output: step.error ? null : replLine(session, 'list(x.shape)').output,
      error: step.error ? step.output : null,
    });
    if (step.error) break;
  }
  return rows;
}

/** The shape leaving the last row (`[batch, features]` for an empty network), as numbers. */
export const flowOutput = (rows: readonly FlowRow[], input: readonly number[]): number[] =>
  rows.length ? (JSON.parse(rows[rows.length - 1].output ?? '[]') as number[]) : [...input];
