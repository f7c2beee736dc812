import { torchManualSeed } from '@/lib/random/torchUniform';
import { Bilinear, Flatten, Linear, identity, relu, tanh } from './layers';

/**
 * `torch.manual_seed(seed)` and then `nn.*` constructors that draw their
 * initial values from that one generator in call order, as PyTorch's layers
 * draw from the default generator: `nn.Linear(3, 2)` right after
 * `manual_seed(0)` gets the same weight here as in PyTorch.
 */
export function seededNn(seed: number) {
  const rng = torchManualSeed(seed);
  return {
    Linear: (inFeatures: number, outFeatures: number, bias = true) =>
      new Linear(inFeatures, outFeatures, bias, rng),
    Bilinear: (in1: number, in2: number, out: number, bias = true) =>
      new Bilinear(in1, in2, out, bias, rng),
    ReLU: relu,
    Tanh: tanh,
    Identity: identity,
    Flatten: (startDim = 1, endDim = -1) => new Flatten(startDim, endDim),
  };
}

export type SeededNn = ReturnType<typeof seededNn>;
