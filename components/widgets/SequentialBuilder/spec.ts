import { z } from 'zod';
import {
  sequentialTrainConfig,
  type SequentialTrainConfig,
} from '@/lib/experiments/sequentialTrain/sequentialTrainConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const sequentialBuilderSpec = defineWidget({
  name: 'SequentialBuilder',
  title: 'Build an nn.Sequential, then train it on digits',
  height: 1100,
  experiment: experiments.SequentialBuilder,
  summary:
    'Build an nn.Sequential from Linear, ReLU, Tanh, Identity and Flatten; see its exact repr, indexing, slicing, errors and shapes, then train it on the digits.',
  props: sequentialTrainConfig
    .pick({ optimizer: true, learningRate: true, batchSize: true, steps: true })
    .extend({
      layers: z
        .string()
        .regex(/^[a-z0-9:,\- ]*$/i)
        .max(200)
        .default('linear:64:32, relu, linear:32:10')
        .describe(
          'Layers, comma-separated: linear:IN:OUT (add :nobias for bias=False), relu, tanh, identity, flatten.',
        ),
      named: z
        .boolean()
        .default(false)
        .describe('Build it from an OrderedDict of names instead of positionally.'),
      seed: seedProp(0, 'Seed of the initial weights, the split and the batches.'),
    }),
  config: (props) => sequentialTrainConfigFrom(props),
  example: '<SequentialBuilder layers="linear:64:64, tanh, linear:64:10" named />',
});

/** One layer as the builder writes it: `linear:64:32`, `linear:32:10:nobias`, `relu`, `tanh`, `identity`, `flatten`. */
export type BuilderLayer =
  | { kind: 'linear'; inFeatures: number; outFeatures: number; bias: boolean }
  | { kind: 'relu' | 'tanh' | 'identity' | 'flatten' };

/** Parses the `layers` prop; unknown tokens are reported, not dropped. */
export function parseLayerList(text: string): { layers: BuilderLayer[]; problems: string[] } {
  const layers: BuilderLayer[] = [];
  const problems: string[] = [];
  for (const token of text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    const [kind, ...rest] = token.split(':');
    if (kind === 'linear') {
      const [i, o] = rest.map(Number);
      if (Number.isInteger(i) && Number.isInteger(o) && i >= 1 && o >= 1 && i <= 512 && o <= 512) {
        layers.push({ kind, inFeatures: i, outFeatures: o, bias: rest[2] !== 'nobias' });
      } else problems.push(`"${token}": write linear:IN:OUT with sizes 1 to 512`);
    } else if (kind === 'relu' || kind === 'tanh' || kind === 'identity' || kind === 'flatten')
      layers.push({ kind });
    else problems.push(`"${token}" is not one of linear, relu, tanh, identity, flatten`);
  }
  return { layers, problems };
}

/** The layers back as the prop's text. */
export const layerListText = (layers: readonly BuilderLayer[]): string =>
  layers
    .map((l) =>
      l.kind === 'linear'
        ? `linear:${l.inFeatures}:${l.outFeatures}${l.bias ? '' : ':nobias'}`
        : l.kind,
    )
    .join(', ');

/** OrderedDict names: fc1, relu1, fc2, ... (per-kind counters). */
export function orderedDictNames(layers: readonly BuilderLayer[]): string[] {
  const counts: Record<string, number> = {};
  const prefix = {
    linear: 'fc',
    relu: 'relu',
    tanh: 'tanh',
    identity: 'id',
    flatten: 'flatten',
  } as const;
  return layers.map((l) => {
    counts[l.kind] = (counts[l.kind] ?? 0) + 1;
    return `${prefix[l.kind]}${counts[l.kind]}`;
  });
}

/** The run for these settings, or null when the layer list has a token that does not parse. */
export function sequentialTrainConfigFrom(settings: {
  layers: string;
  optimizer: SequentialTrainConfig['optimizer'];
  learningRate: number;
  batchSize: number;
  steps: number;
}): SequentialTrainConfig | null {
  const { layers, problems } = parseLayerList(settings.layers);
  if (problems.length) return null;
  return {
    layers,
    optimizer: settings.optimizer,
    learningRate: settings.learningRate,
    batchSize: settings.batchSize,
    steps: settings.steps,
  };
}
