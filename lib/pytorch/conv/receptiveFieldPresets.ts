import type { StackLayer } from './receptiveField';

export type StackPreset = 'stacked3x3' | 'dilated124' | 'strided';

const conv = (kernel: number, stride: number, padding: number, dilation = 1): StackLayer => ({
  type: 'conv',
  kernel,
  stride,
  padding,
  dilation,
});

/**
 * The lesson's example stacks, each keeping the map size up to its strides: three 3×3
 * convolutions (receptive field 7, like one 7×7); dilations 1, 2, 4 (Yu & Koltun 2016:
 * 3, 7, 15); and 3×3 convolutions with stride 2, whose jump doubles at every layer.
 */
export function presetStack(preset: StackPreset): StackLayer[] {
  switch (preset) {
    case 'stacked3x3':
      return [conv(3, 1, 1), conv(3, 1, 1), conv(3, 1, 1)];
    case 'dilated124':
      return [conv(3, 1, 1, 1), conv(3, 1, 2, 2), conv(3, 1, 4, 4)];
    case 'strided':
      return [conv(3, 2, 1), conv(3, 2, 1), conv(3, 1, 1)];
  }
}
