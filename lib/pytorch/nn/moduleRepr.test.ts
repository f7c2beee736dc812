import { describe, expect, it } from 'vitest';
import { seededNn } from './factory';
import { Module } from './module';
import { moduleRepr } from './moduleRepr';
import { ModuleDict, ModuleList, ParameterDict, ParameterList } from './containers';
import { parameter, plainTensor } from './parameter';
import { Sequential } from './sequential';

const nn = seededNn(0);

describe('module repr as PyTorch 1.13 prints it', () => {
  it("reproduces the 'Build the Neural Network' tutorial's printed model (nested Sequential indented by 2)", () => {
    const model = new Module('NeuralNetwork');
    model.setAttr('flatten', nn.Flatten());
    model.setAttr(
      'linear_relu_stack',
      new Sequential(
        nn.Linear(784, 512),
        nn.ReLU(),
        nn.Linear(512, 512),
        nn.ReLU(),
        nn.Linear(512, 10),
      ),
    );
    expect(moduleRepr(model)).toBe(
      [
        'NeuralNetwork(',
        '  (flatten): Flatten(start_dim=1, end_dim=-1)',
        '  (linear_relu_stack): Sequential(',
        '    (0): Linear(in_features=784, out_features=512, bias=True)',
        '    (1): ReLU()',
        '    (2): Linear(in_features=512, out_features=512, bias=True)',
        '    (3): ReLU()',
        '    (4): Linear(in_features=512, out_features=10, bias=True)',
        '  )',
        ')',
      ].join('\n'),
    );
  });

  it('names children by their OrderedDict keys', () => {
    const model = new Sequential({
      orderedDict: [
        ['fc1', nn.Linear(64, 32)],
        ['act', nn.Tanh()],
        ['out', nn.Linear(32, 10, false)],
      ],
    });
    expect(moduleRepr(model)).toBe(
      'Sequential(\n  (fc1): Linear(in_features=64, out_features=32, bias=True)\n  (act): Tanh()\n  (out): Linear(in_features=32, out_features=10, bias=False)\n)',
    );
  });

  it('prints leaf modules with their extra_repr on one line, and empty containers as Name()', () => {
    expect(moduleRepr(nn.Identity())).toBe('Identity()');
    expect(moduleRepr(nn.Bilinear(20, 30, 40))).toBe(
      'Bilinear(in1_features=20, in2_features=30, out_features=40, bias=True)',
    );
    expect(moduleRepr(new Sequential())).toBe('Sequential()');
    expect(moduleRepr(new ModuleList())).toBe('ModuleList()');
  });

  it('ModuleList and ModuleDict print every child (1.13 has no repeat compression)', () => {
    const list = new ModuleList([nn.ReLU(), nn.ReLU()]);
    expect(moduleRepr(list)).toBe('ModuleList(\n  (0): ReLU()\n  (1): ReLU()\n)');
    const dict = new ModuleDict({
      dict: [
        ['act', nn.ReLU()],
        ['lin', nn.Linear(2, 3)],
      ],
    });
    expect(moduleRepr(dict)).toBe(
      'ModuleDict(\n  (act): ReLU()\n  (lin): Linear(in_features=2, out_features=3, bias=True)\n)',
    );
  });

  it('ParameterList lines carry two extra spaces; a single entry lands on the first line', () => {
    const two = new ParameterList([parameter([3, 3]), plainTensor([2])]);
    expect(moduleRepr(two)).toBe(
      'ParameterList(\n    (0): Parameter containing: [torch.float32 of size 3x3]\n    (1): Parameter containing: [torch.float32 of size 2]\n)',
    );
    expect(moduleRepr(new ParameterList([parameter([2, 2])]))).toBe(
      'ParameterList(  (0): Parameter containing: [torch.float32 of size 2x2])',
    );
  });

  it('ParameterDict sorts a plain dict by key and names the tensor type', () => {
    const d = new ParameterDict({
      dict: [
        ['right', parameter([5, 10])],
        ['left', plainTensor([5, 10])],
      ],
    });
    expect([...d._parameters.keys()]).toEqual(['left', 'right']);
    expect(moduleRepr(d)).toBe(
      'ParameterDict(\n    (left): Parameter containing: [torch.FloatTensor of size 5x10]\n    (right): Parameter containing: [torch.FloatTensor of size 5x10]\n)',
    );
  });
});
