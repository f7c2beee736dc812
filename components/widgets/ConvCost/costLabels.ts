import type { OutputNameOf } from '@/components/widget/Output';
import type { ConvType } from '@/lib/pytorch/conv/costs';

/** The kebab form of a type, used in output names (`params-depthwise-separable`). */
export const typeKebab = <T extends ConvType>(type: T) =>
  type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase() as OutputNameOf<T>;

/** ConvCost's `<output>` names: each type's parameters, MACs and ratio to standard. */
export type CostOutputName = `${'params' | 'macs' | 'ratio'}-${OutputNameOf<ConvType>}`;
