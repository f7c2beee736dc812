import { nnSetup, preparedSession, replLine } from '@/lib/pytorch/widgets/replLines';

export interface ContainerRow {
  code: string;
  repr: string;
  modules: string;
  parameters: string;
  call: string;
  callFailed: boolean;
}

const CONTAINERS = [
  'nn.Sequential(nn.Linear(2, 3), nn.ReLU())',
  'nn.ModuleList([nn.Linear(2, 3), nn.ReLU()])',
  "nn.ModuleDict({'lin': nn.Linear(2, 3), 'act': nn.ReLU()})",
  'nn.ParameterList([nn.Parameter(torch.zeros(3)), torch.zeros(2, 2)])',
  "nn.ParameterDict({'scale': torch.ones(3), 'shift': torch.zeros(3)})",
];

/**
 * Each container built from two small entries in the in-page session, with what it
 * registers and what calling it on a [4, 2] input does, as PyTorch prints them.
 */
export function containerRows(): ContainerRow[] {
  const session = preparedSession(nnSetup(0));
  return CONTAINERS.map((code) => {
    const built = replLine(session, `m = ${code}`);
    if (built.error) throw new Error(`${code}: ${built.output}`);
    const call = replLine(session, 'm(torch.zeros(4, 2)).shape');
    return {
      code,
      repr: replLine(session, 'm').output,
      modules: replLine(session, 'list(m._modules)').output,
      parameters: replLine(session, '[(name, tuple(p.shape)) for name, p in m.named_parameters()]')
        .output,
      call: call.output,
      callFailed: call.error,
    };
  });
}

/**
 * `sum(p.numel() for p in model.parameters())` in the session for the pitfall's model: the two
 * hidden layers in an `nn.ModuleList` or in a plain list, then `out`, assigned to an nn.Module.
 */
export function pitfallParameterCount(holder: 'moduleList' | 'plainList', hidden: number): number {
  const layers = `[nn.Linear(64, ${hidden}), nn.Linear(${hidden}, ${hidden})]`;
  const session = preparedSession([
    ...nnSetup(0),
    'model = nn.Module()',
    `model.hidden = ${holder === 'moduleList' ? `nn.ModuleList(${layers})` : layers}`,
    `model.out = nn.Linear(${hidden}, 10)`,
  ]);
  return Number(replLine(session, 'sum(p.numel() for p in model.parameters())').output);
}
