import {
  digitsFlowProblem,
  layerCode,
  type LayerSpec,
} from '@/lib/experiments/sequentialTrain/sequentialTrainModel';
import type { TorchSession } from '@/lib/pytorch/session';
import { nnSetup, preparedSession, replLine, type ReplLine } from '@/lib/pytorch/widgets/replLines';

/** One child of the Sequential in the forward pass: the shape entering it and what leaves it. */
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

/** What the builder shows for one network, all of it printed by the in-page session. */
export interface SessionModel {
  /** The statement that builds `model`, on one line. */
  statement: string;
  facts: ReplLine[];
  flow: FlowRow[];
  params: number;
  /** Why it cannot train on digits, or null. */
  problem: string | null;
}

/** `model = nn.Sequential(...)`, positional or with an OrderedDict of `names`. */
export function sequentialStatement(
  layers: readonly LayerSpec[],
  names?: readonly string[],
): string {
  const codes = layers.map(layerCode);
  return names
    ? `model = nn.Sequential(OrderedDict([${codes.map((c, i) => `('${names[i]}', ${c})`).join(', ')}]))`
    : `model = nn.Sequential(${codes.join(', ')})`;
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

/** `x = child(x)` for each child on a zero batch, stopping at the first that raises. */
function flow(
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
  const statement = sequentialStatement(layers, names);
  const session = preparedSession([
    ...nnSetup(seed),
    'from collections import OrderedDict',
    statement,
  ]);
  const childNames = names ? [...names] : layers.map((_, i) => String(i));
  const rows = flow(session, childNames, batch, 64);
  const failed = rows.find((r) => r.error);
  const out = rows.length
    ? (JSON.parse(rows[rows.length - 1].output ?? '[]') as number[])
    : [batch, 64];
  return {
    statement,
    facts: facts(session, layers.length),
    flow: rows,
    params: Number(replLine(session, 'sum(p.numel() for p in model.parameters())').output),
    problem: digitsFlowProblem(failed ? { name: failed.name, error: failed.error! } : null, out),
  };
}
