import {
  buildSequential,
  digitsFlow,
  sequentialStatement,
  type DigitsProblem,
  type LayerSpec,
} from '@/lib/experiments/sequentialTrain/sequentialTrainModel';
import type { TorchSession } from '@/lib/pytorch/session';
import { replLine, type ReplLine } from '@/lib/pytorch/widgets/replLines';
import type { FlowRow } from '@/lib/pytorch/widgets/shapeFlow';

export type { FlowRow };

/** What the builder shows for one network, all of it printed by the in-page session. */
export interface SessionModel {
  /** The statement that builds `model`, on one line. */
  statement: string;
  facts: ReplLine[];
  flow: FlowRow[];
  params: number;
  /** Why it cannot train on digits, or null. */
  problem: DigitsProblem | null;
}

/** The REPL questions of the lecture: repr, len, indexing, a slice, one index too far, the registries. */
function facts(session: TorchSession, n: number): ReplLine[] {
  const inputs = [
    'model',
    'len(model)',
    ...(n > 0 ? ['model[0]', 'model[-1]'] : []),
    'model[1:]',
    `model[${n}]`,
    'model._modules.keys()',
    'model._parameters.keys()',
    '[(name, tuple(p.shape)) for name, p in model.named_parameters()]',
    'nn.Sequential(1)',
  ];
  return inputs.map((input) => replLine(session, input));
}

/**
 * `torch.manual_seed(seed)`, the network built in a fresh session, then its facts, the shapes
 * through forward on a `[batch, 64]` input, its parameter count and whether it fits the digits.
 */
export function sessionModel(
  layers: readonly LayerSpec[],
  seed: number,
  batch: number,
  names?: readonly string[],
): SessionModel {
  const built = buildSequential(layers, seed, names);
  const { session } = built;
  const { rows, problem } = digitsFlow(built, batch);
  return {
    statement: sequentialStatement(layers, names),
    facts: facts(session, layers.length),
    flow: rows,
    params: Number(replLine(session, 'sum(p.numel() for p in model.parameters())').output),
    problem,
  };
}
