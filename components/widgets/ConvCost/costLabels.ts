import type { ConvType } from '@/lib/pytorch/conv/costs';

/** The kebab form of a type, used in output names (`params-depthwise-separable`). */
export const typeKebab = (type: ConvType) => type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
