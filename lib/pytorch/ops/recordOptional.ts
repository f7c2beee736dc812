import type { Grad } from '../autograd';
import { edgeOf, Node } from '../autograd';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';

/**
 * `record` for ops whose optional tensor inputs (a conv's bias, batch norm's
 * weight and bias) keep their slot when absent: ATen's node still lists them,
 * so `next_functions` shows `(None, 0)` there. `backward` returns one entry per slot.
 */
export function recordOptional(
  rt: Runtime,
  name: string,
  inputs: readonly (Tensor | null)[],
  out: Tensor,
  backward: (grad: Grad) => (Grad | null)[],
  saved: readonly Tensor[],
): Tensor {
  if (!rt.gradEnabled || !inputs.some((t) => t?.needsGrad)) return out;
  const savedTensors = saved.map((tensor) => ({ tensor, version: tensor.version.value }));
  out.gradFn = new Node(
    name,
    inputs.map((t) => (t ? edgeOf(t) : null)),
    backward,
    savedTensors,
    null,
    out.shape.slice(),
  );
  return out;
}
