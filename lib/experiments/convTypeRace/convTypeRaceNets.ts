import { conv2dShape } from '../../pytorch/conv/conv2dShape';

/** One convolution of a race network: PyTorch `nn.Conv2d(inC, outC, k, padding='same', dilation, groups)`. */
export interface RaceConv {
  inC: number;
  outC: number;
  k: number;
  dilation: number;
  groups: number;
  /**
   * ReLU after this convolution (none between a depthwise and its pointwise, as in Chollet 2017,
   * nor after a bottleneck's squeeze, as in Sandler et al. 2018).
   */
  relu: boolean;
}

export type RaceNetId = 'standard' | 'dilated' | 'grouped' | 'depthwise-separable' | 'bottleneck';

export const RACE_NET_IDS: readonly RaceNetId[] = [
  'standard',
  'dilated',
  'grouped',
  'depthwise-separable',
  'bottleneck',
];

/** Cells of the pooled map the head reads: AvgPool2d(4) turns 8×8 into 2×2. */
export const HEAD_CELLS = 4;

export interface RaceNet {
  id: RaceNetId;
  /** The convolutions in order; each network has the same stem and the same number of 3×3 stages. */
  convs: RaceConv[];
  /** Channels into the head: AvgPool2d(4) on the 8×8 map, then Linear(4 · width, 10). */
  width: number;
}

export interface RaceNetsConfig {
  /** Channels of every 3×3 stage. */
  width: number;
  /** Groups of the grouped network (divides width). */
  groups: number;
  /** 3×3 stages after the shared stem. */
  blocks: number;
}

/** Channels the pointwise bottleneck squeezes a `width`-channel map to: a quarter, at least 1. */
export function bottleneckWidth(width: number): number {
  return Math.max(1, Math.floor(width / 4));
}

const conv = (inC: number, outC: number, k: number, extra: Partial<RaceConv> = {}): RaceConv => ({
  inC,
  outC,
  k,
  dilation: 1,
  groups: 1,
  relu: true,
  ...extra,
});

/**
 * The five networks the lesson races on 8×8 digits. Each is a shared stem (3×3, 1 → width),
 * `blocks` stages of its own type, then `AvgPool2d(4)` (a 2×2 map) and `Linear(4 · width, 10)`.
 * Stages: standard 3×3; dilated 3×3 (d = 2); grouped 3×3 (g groups); depthwise-separable
 * (depthwise 3×3, then pointwise 1×1); pointwise bottleneck (1×1 to width/4, then 3×3 back).
 * The squeeze is linear, as in MobileNetV2 (Sandler et al. 2018): with width 8 it leaves two
 * channels, and a ReLU there can switch both off for every image, after which the network
 * outputs one class and never learns (seeds 1 and 3 of the lesson's settings did, in PyTorch
 * as in tfjs).
 */
export function raceNets({ width, groups, blocks }: RaceNetsConfig): RaceNet[] {
  const stem = conv(1, width, 3);
  const squeezed = bottleneckWidth(width);
  const stage: Record<RaceNetId, () => RaceConv[]> = {
    standard: () => [conv(width, width, 3)],
    dilated: () => [conv(width, width, 3, { dilation: 2 })],
    grouped: () => [conv(width, width, 3, { groups })],
    'depthwise-separable': () => [
      conv(width, width, 3, { groups: width, relu: false }),
      conv(width, width, 1),
    ],
    bottleneck: () => [conv(width, squeezed, 1, { relu: false }), conv(squeezed, width, 3)],
  };
  return RACE_NET_IDS.map((id) => ({
    id,
    convs: [stem, ...Array.from({ length: blocks }, stage[id]).flat()],
    width,
  }));
}

export interface RaceNetCost {
  /** Weights and biases of every layer, as `sum(p.numel() for p in net.parameters())`. */
  params: number;
  /** Multiply-accumulates per 8×8 image (convolutions and the Linear head). */
  macs: number;
}

/** Parameters and MACs of a race network, from `conv2dShape` (PyTorch's rules) for each convolution. */
export function raceNetCost(net: RaceNet, size = 8): RaceNetCost {
  let params = 0;
  let macs = 0;
  for (const c of net.convs) {
    const r = conv2dShape(
      {
        inChannels: c.inC,
        outChannels: c.outC,
        kernelSize: c.k,
        padding: 'same',
        dilation: c.dilation,
        groups: c.groups,
      },
      [1, c.inC, size, size],
    );
    if (!r.ok) throw new Error(`race network ${net.id}: ${r.error}`);
    params += r.params!;
    macs += r.macsPerSample!;
  }
  params += net.width * HEAD_CELLS * 10 + 10;
  macs += net.width * HEAD_CELLS * 10;
  return { params, macs };
}
