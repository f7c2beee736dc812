import { attempt, failureLine } from '@/lib/torch/errors';
import { moduleRepr, ModuleDict, ModuleList, namedParameters, parameter, ParameterDict, ParameterList, plainTensor, Sequential, seededNn, type Module } from '@/lib/torch/nn';
import { formatDims } from '@/lib/torch/formatShape';

export interface ContainerRow {
  code: string;
  repr: string;
  registered: string;
  call: string;
}

/** Each container built from two small entries, with what it registers and what calling it does. */
export function containerRows(): ContainerRow[] {
  const nn = seededNn(0);
  const built: [string, Module][] = [
    ['nn.Sequential(nn.Linear(2, 3), nn.ReLU())', new Sequential(nn.Linear(2, 3), nn.ReLU())],
    ['nn.ModuleList([nn.Linear(2, 3), nn.ReLU()])', new ModuleList([nn.Linear(2, 3), nn.ReLU()])],
    ["nn.ModuleDict({'lin': nn.Linear(2, 3), 'act': nn.ReLU()})", new ModuleDict({ dict: [['lin', nn.Linear(2, 3)], ['act', nn.ReLU()]] })],
    ['nn.ParameterList([nn.Parameter(torch.zeros(3)), torch.zeros(2, 2)])', new ParameterList([parameter([3]), plainTensor([2, 2])])],
    ["nn.ParameterDict({'scale': torch.ones(3), 'shift': torch.zeros(3)})", new ParameterDict({ dict: [['scale', plainTensor([3])], ['shift', plainTensor([3])]] })],
  ];
  return built.map(([code, m]) => {
    const names = namedParameters(m).map(([n, p]) => `${n} ${formatDims(p.shape)}`);
    const called = attempt(() => m.call([4, 2]));
    return {
      code,
      repr: moduleRepr(m),
      registered: `${m._modules.size ? `_modules: ${[...m._modules.keys()].join(', ')}; ` : ''}parameters: ${names.join(', ') || 'none'}`,
      call: called.ok ? `→ ${formatDims(called.value)}` : failureLine(called),
    };
  });
}
