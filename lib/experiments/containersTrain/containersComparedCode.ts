import { digitsSplitCode } from '../digitsSplitCode';
import type { ContainersTrainConfig } from './containersTrainConfig';
import { pitfallCode, type HiddenHolder } from './containersTrainModel';

const CLASS_NAME: Record<HiddenHolder, string> = {
  moduleList: 'WithModuleList',
  plainList: 'WithPlainList',
};

/**
 * The ContainersCompared widget's program: the same network twice, its hidden layers held in
 * `nn.ModuleList` and in a plain Python list, with the same initial weights, each trained by
 * `optim.SGD(model.parameters())` on the same digit minibatches (a fifth held out). It prints
 * both parameter counts, then the losses, the held-out accuracies and how far each hidden
 * weight moved: the list-held layers never do, because the optimiser never saw them.
 */
export function containersComparedCode(config: ContainersTrainConfig, seed: number): string {
  const model = (holder: HiddenHolder) =>
    pitfallCode(holder, config.hidden).replace('class Net(', `class ${CLASS_NAME[holder]}(`);
  return [
    'import torch',
    'from torch import nn',
    'from sklearn.datasets import load_digits',
    '',
    `LEARNING_RATE = ${config.learningRate}`,
    `BATCH_SIZE = ${config.batchSize}`,
    `STEPS = ${config.steps}`,
    '',
    ...digitsSplitCode(0.2, seed),
    '',
    '',
    model('moduleList'),
    '',
    '',
    '# the pitfall: the hidden layers in a plain list are not registered',
    model('plainList'),
    '',
    '',
    `torch.manual_seed(${seed})`,
    'models = {"ModuleList": WithModuleList(), "plain list": WithPlainList()}',
    '# the same initial weights in both',
    'for mine, theirs in zip(models["plain list"].hidden, models["ModuleList"].hidden):',
    '    mine.load_state_dict(theirs.state_dict())',
    'models["plain list"].out.load_state_dict(models["ModuleList"].out.state_dict())',
    'initial = {name: [layer.weight.detach().clone() for layer in m.hidden] for name, m in models.items()}',
    'for name, m in models.items():',
    '    print(name, "parameters:", sum(p.numel() for p in m.parameters()))',
    '',
    'optimizers = {name: torch.optim.SGD(m.parameters(), lr=LEARNING_RATE) for name, m in models.items()}',
    'loss_fn = nn.CrossEntropyLoss()',
    'batches = minibatches(len(x_train), min(BATCH_SIZE, len(x_train)))',
    'for step in range(1, STEPS + 1):',
    '    rows = next(batches)',
    '    for name, m in models.items():',
    '        optimizers[name].zero_grad()',
    '        loss = loss_fn(m(x_train[rows]), y_train[rows])',
    '        loss.backward()',
    '        optimizers[name].step()',
    '        if step % 100 == 0 or step == STEPS:',
    '            with torch.no_grad():',
    '                accuracy = (m(x_test).argmax(1) == y_test).float().mean().item()',
    '                moved = [round((layer.weight - w0).norm().item(), 4) for layer, w0 in zip(m.hidden, initial[name])]',
    "            print(f'step {step}  {name:10s}  loss {loss.item():.4f}  accuracy {accuracy:.3f}  hidden weights moved {moved}')",
  ].join('\n');
}
