import type { ConvType } from '@/lib/pytorch/conv/costs';

/** How the lesson names each type, and the kebab form used in output names. */
export const TYPE_LABEL: Record<ConvType, string> = {
  standard: 'standard',
  dilated: 'dilated',
  grouped: 'grouped',
  pointwise: 'pointwise (1×1)',
  depthwise: 'depthwise',
  depthwiseSeparable: 'depthwise separable',
  spatiallySeparable: 'spatially separable',
  transposed: 'transposed',
};

export const typeKebab = (type: ConvType) => type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
