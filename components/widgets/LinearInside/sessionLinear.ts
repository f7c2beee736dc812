import { nnSetup, preparedSession, replLine, type ReplLine } from '@/lib/pytorch/widgets/replLines';

/** The kernel `F.linear` ended in, read from the output's grad_fn, and how at::linear got there. */
export interface LinearRoute {
  kernel: 'addmm' | 'matmul';
  /** one addmm (2-D input), addmm on the input viewed as 2-D (3-D input), or matmul then `+ bias` */
  route: 'addmm-2d' | 'addmm-3d' | 'matmul';
}

/** An `nn.Linear` built and called in the session: its parameter values and one forward pass. */
export interface SessionLinear {
  /** row-major float32 values (widened), as `layer.weight.tolist()` gives them */
  weight: number[];
  bias: number[] | null;
  /** `layer(torch.zeros(inputShape)).shape`, or the error it raises */
  call: ReplLine;
  /** the class of the output's grad_fn, e.g. `AddmmBackward0` */
  gradFn: string | null;
}

/**
 * PyTorch 1.13's `at::linear` routes, told apart by the grad_fn they leave: a 2-D input with
 * a bias is one addmm; a contiguous 3-D input with a bias is an addmm on the input viewed
 * as 2-D, viewed back; otherwise a matmul (its mm, mv or batched form), then `+ bias`.
 */
export function linearRoute(gradFn: string): LinearRoute {
  if (gradFn === 'AddmmBackward0') return { kernel: 'addmm', route: 'addmm-2d' };
  if (gradFn === 'ViewBackward0') return { kernel: 'addmm', route: 'addmm-3d' };
  return { kernel: 'matmul', route: 'matmul' };
}

/** `torch.manual_seed(seed); layer = nn.Linear(...)` in a fresh session, then `layer(torch.zeros(inputShape))`. */
export function sessionLinear(
  inFeatures: number,
  outFeatures: number,
  bias: boolean,
  seed: number,
  inputShape: readonly number[],
): SessionLinear {
  const session = preparedSession([
    ...nnSetup(seed),
    `layer = nn.Linear(${inFeatures}, ${outFeatures}, bias=${bias ? 'True' : 'False'})`,
    'w = layer.weight',
    'b = layer.bias',
  ]);
  const snapshot = session.snapshot();
  const values = (name: string) => {
    const t = snapshot.tensors.find((x) => x.name === name);
    return t ? snapshot.storages.find((s) => s.id === t.storageId)!.values : null;
  };
  const call = replLine(session, `y = layer(torch.zeros(${inputShape.join(', ')}))`);
  return {
    weight: values('w') ?? [],
    bias: values('b'),
    call: call.error ? call : replLine(session, 'y.shape'),
    gradFn: call.error
      ? null
      : (/^<(\w+)/.exec(replLine(session, 'y.grad_fn').output)?.[1] ?? null),
  };
}
