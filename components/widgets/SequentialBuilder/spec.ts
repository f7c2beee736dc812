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
  ko: {
    title: 'nn.Sequential을 만들고 숫자 데이터로 학습시키기',
    summary:
      'Linear, ReLU, Tanh, Identity, Flatten으로 nn.Sequential을 만들고, 그 repr, 인덱싱, 슬라이싱, 오류, 모양을 PyTorch가 출력하는 그대로 본 다음, 숫자 손글씨 데이터로 학습시킵니다.',
    props: {
      optimizer: '"숫자 데이터로 학습"에 쓰는 옵티마이저(optimizer).',
      learningRate: '학습률(learning rate).',
      batchSize: '미니배치 크기(보여 주는 입력 모양의 배치 크기이기도 합니다).',
      steps: '한 번의 전체 실행이 밟는 스텝 수.',
      layers:
        '쉼표로 구분한 층: linear:IN:OUT(bias=False이면 :nobias를 붙임), relu, tanh, identity, flatten.',
      named: '위치 인자 대신 이름을 붙인 OrderedDict로 만듭니다.',
      seed: '초기 가중치, 분할, 미니배치 순서의 시드.',
    },
  },
});

/** One layer as the builder writes it: `linear:64:32`, `linear:32:10:nobias`, `relu`, `tanh`, `identity`, `flatten`. */
export type BuilderLayer =
  | { kind: 'linear'; inFeatures: number; outFeatures: number; bias: boolean }
  | { kind: 'relu' | 'tanh' | 'identity' | 'flatten' };

/** A token of the layer list that does not parse: a linear with bad sizes, or an unknown layer. */
export interface LayerListProblem {
  token: string;
  kind: 'linear-sizes' | 'unknown-layer';
}

/** Parses the `layers` prop; unknown tokens are reported, not dropped. */
export function parseLayerList(text: string): {
  layers: BuilderLayer[];
  problems: LayerListProblem[];
} {
  const layers: BuilderLayer[] = [];
  const problems: LayerListProblem[] = [];
  for (const token of text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    const [kind, ...rest] = token.split(':');
    if (kind === 'linear') {
      const [i, o] = rest.map(Number);
      if (Number.isInteger(i) && Number.isInteger(o) && i >= 1 && o >= 1 && i <= 512 && o <= 512) {
        layers.push({ kind, inFeatures: i, outFeatures: o, bias: rest[2] !== 'nobias' });
      } else problems.push({ token, kind: 'linear-sizes' });
    } else if (kind === 'relu' || kind === 'tanh' || kind === 'identity' || kind === 'flatten')
      layers.push({ kind });
    else problems.push({ token, kind: 'unknown-layer' });
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
