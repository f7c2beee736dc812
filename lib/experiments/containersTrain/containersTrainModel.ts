import type { PyModule } from '../../pytorch/python/moduleObject';
import { PyList } from '../../pytorch/python/values';
import { nnSetup } from '../../pytorch/widgets/replLines';
import { sessionModule } from '../../pytorch/widgets/sessionModule';

/** The two ways of holding the hidden layers the pitfall compares. */
export type HiddenHolder = 'moduleList' | 'plainList';

export interface PitfallModel {
  /** The Module as PyTorch sees it: what `parameters()` returns comes from here. */
  module: PyModule;
  /** All three Linear layers in forward order, whether registered or not. */
  layers: PyModule[];
}

/**
 * `self.hidden = <holder>([nn.Linear(64, h), nn.Linear(h, h)]); self.out =
 * nn.Linear(h, 10)` after `torch.manual_seed(seed)`, built in a fresh session from the
 * code the widget shows. Both holders get the same initial weights; with a plain list
 * the hidden layers are ordinary attributes, so `model.parameters()` holds only
 * `out.weight` and `out.bias`.
 */
export function pitfallModel(holder: HiddenHolder, hidden: number, seed: number): PitfallModel {
  const { session, module } = sessionModule([
    ...nnSetup(seed),
    pitfallCode(holder, hidden) + '\n',
    'model = Net()',
    'layers = list(model.hidden) + [model.out]',
  ]);
  const layers = session.global('layers');
  if (!(layers instanceof PyList)) throw new Error('layers is not a list');
  return { module, layers: layers.items as PyModule[] };
}

/** Python source of the model, for the widget's code panel. */
export function pitfallCode(holder: HiddenHolder, hidden: number): string {
  const wrap = holder === 'moduleList' ? (s: string) => `nn.ModuleList(${s})` : (s: string) => s;
  return [
    'class Net(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    `        self.hidden = ${wrap(`[nn.Linear(64, ${hidden}), nn.Linear(${hidden}, ${hidden})]`)}`,
    `        self.out = nn.Linear(${hidden}, 10)`,
    '',
    '    def forward(self, x):',
    '        for layer in self.hidden:',
    '            x = torch.relu(layer(x))',
    '        return self.out(x)',
  ].join('\n');
}
