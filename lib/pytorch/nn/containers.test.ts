import { describe, expect, it } from 'vitest';
import { attempt, failureLine } from '../errors';
import { seededNn } from './factory';
import { ModuleDict, ModuleList, ParameterList } from './containers';
import { Module } from './module';
import { parameter, plainTensor } from './parameter';
import { namedParameters, parameterCount } from './parameters';

const nn = seededNn(1);
const errorText = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};

describe('registration by assignment (Module.__setattr__)', () => {
  it('a Parameter attribute is registered, a plain tensor is not', () => {
    const m = new Module('Net');
    m.setAttr('scale', parameter([3]));
    m.setAttr('cache', plainTensor([3]));
    expect([...m._parameters.keys()]).toEqual(['scale']);
    expect(m.plainAttributes.has('cache')).toBe(true);
    expect(errorText(() => m.setAttr('scale', plainTensor([3])))).toBe(
      "TypeError: cannot assign 'torch.FloatTensor' as parameter 'scale' (torch.nn.Parameter or None expected)",
    );
  });

  it('layers in a plain Python list are invisible to parameters(); in a ModuleList they count', () => {
    const plain = new Module('Net');
    plain.setAttr('layers', [nn.Linear(64, 32), nn.Linear(32, 32)]);
    plain.setAttr('out', nn.Linear(32, 10));
    const listed = new Module('Net');
    listed.setAttr('layers', new ModuleList([nn.Linear(64, 32), nn.Linear(32, 32)]));
    listed.setAttr('out', nn.Linear(32, 10));
    expect(namedParameters(plain).map(([n]) => n)).toEqual(['out.weight', 'out.bias']);
    expect(parameterCount(plain)).toBe(330);
    expect(namedParameters(listed).map(([n]) => n)).toEqual([
      'layers.0.weight',
      'layers.0.bias',
      'layers.1.weight',
      'layers.1.bias',
      'out.weight',
      'out.bias',
    ]);
    expect(parameterCount(listed)).toBe(64 * 32 + 32 + 32 * 32 + 32 + 330);
  });

  it('ModuleList and ModuleDict have no forward; the parameter containers refuse to be called', () => {
    expect(errorText(() => new ModuleList([nn.ReLU()]).call([2]))).toBe(
      'NotImplementedError: Module [ModuleList] is missing the required "forward" function',
    );
    expect(errorText(() => new ModuleDict().call([2]))).toBe(
      'NotImplementedError: Module [ModuleDict] is missing the required "forward" function',
    );
    expect(errorText(() => new ParameterList().call())).toBe(
      'RuntimeError: ParameterList should not be called.',
    );
  });

  it('ParameterList wraps tensors as Parameters named by position', () => {
    const pl = new ParameterList([plainTensor([2, 2]), parameter([3])]);
    expect(namedParameters(pl).map(([n, p]) => [n, p.kind])).toEqual([
      ['0', 'parameter'],
      ['1', 'parameter'],
    ]);
  });

  it('a parameter shared by two children is counted once', () => {
    const shared = nn.Linear(4, 4);
    const m = new Module('Tied');
    m.setAttr('a', shared);
    m.setAttr('b', shared);
    expect(parameterCount(m)).toBe(20);
  });
});
