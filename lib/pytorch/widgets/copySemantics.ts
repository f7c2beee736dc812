import { createSession } from '../session';
import type { StepResult } from '../session';

/** One way of making `y` from `x`, and what running it in the engine showed. */
export interface CopySemanticsRow {
  expression: string;
  /** How `x` is made before `y = <expression>`. */
  source: string;
  /** The statements that prove the four answers, in the order they ran. */
  statements: string[];
  newObject: boolean;
  sharesMemory: boolean;
  requiresGrad: boolean;
  /** Gradients flow from `y` back into `x.grad` (x itself, or through a grad_fn). */
  tracked: boolean;
}

const TENSOR_LEAF = 'x = torch.ones(2, 2, requires_grad=True)';
const PLAIN_TENSOR = 'x = torch.ones(2, 2)';
const NDARRAY = 'x = np.ones((2, 2))';

/** The lecture's list of ways to get a tensor from data, with the `x` each starts from. */
export const COPY_EXPRESSIONS: readonly { expression: string; source: string }[] = [
  { expression: 'torch.tensor(x)', source: TENSOR_LEAF },
  { expression: 'torch.as_tensor(x)', source: NDARRAY },
  { expression: 'torch.from_numpy(x)', source: NDARRAY },
  { expression: 'x.clone()', source: TENSOR_LEAF },
  { expression: 'x.detach()', source: TENSOR_LEAF },
  { expression: 'x.detach().requires_grad_()', source: TENSOR_LEAF },
  { expression: 'x.requires_grad_()', source: PLAIN_TENSOR },
  { expression: 'x.data', source: TENSOR_LEAF },
];

function truth(step: StepResult, statement: string): boolean {
  if (step.error) throw new Error(`${statement}: ${step.error}`);
  if (step.output !== 'True' && step.output !== 'False')
    throw new Error(`${statement} printed ${step.output}`);
  return step.output === 'True';
}

/**
 * Runs `y = <expression>` in a fresh session and asks the engine:
 * `id(y) != id(x)` (new object), `y.requires_grad`, whether
 * `y.sum().backward()` fills `x.grad` (tracked), and whether a write through y
 * under `torch.no_grad()` shows up in x (shared memory).
 */
export function copySemanticsRow(expression: string, source: string): CopySemanticsRow {
  const session = createSession();
  const statements: string[] = [];
  const run = (s: string) => {
    statements.push(s);
    return session.run(s);
  };
  const ask = (s: string) => truth(run(s), s);
  for (const s of ['import torch', 'import numpy as np', source, `y = ${expression}`]) {
    const r = run(s);
    if (r.error) throw new Error(`${s}: ${r.error}`);
  }
  const newObject = ask('id(y) != id(x)');
  const requiresGrad = ask('y.requires_grad');
  let tracked = false;
  if (requiresGrad && !source.startsWith('x = np.')) {
    run('y.sum().backward()');
    tracked = ask('x.grad is not None');
  }
  run('with torch.no_grad():\n    y[0, 0] = 5.\n');
  const sharesMemory = ask('float(x[0, 0]) == 5.');
  return { expression, source, statements, newObject, sharesMemory, requiresGrad, tracked };
}

/** The whole table, every cell computed by the engine. */
export function copySemanticsTable(): CopySemanticsRow[] {
  return COPY_EXPRESSIONS.map(({ expression, source }) => copySemanticsRow(expression, source));
}
