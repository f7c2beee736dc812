import { describe, expectTypeOf, it } from 'vitest';
import type { deformableSampling } from '@/lib/experiments/deformableSampling/deformableSampling';
import type { batchSizeNoise } from '@/lib/experiments/batchSizeNoise/batchSizeNoise';
import type { metricOutput, OutputNameOf } from './Output';

/** The `name` a widget's `MetricOutput` accepts. */
type NameOf<E, Extra extends string = never> = Parameters<
  ReturnType<typeof metricOutput<E, Extra>>
>[0]['name'];

// Checked by `tsc --noEmit`: an `@ts-expect-error` that no longer errors fails the type check.
describe('output names typed by the experiment’s declared metrics', () => {
  it('spells a camelCase metric in kebab case, as the rendered <output name> is', () => {
    expectTypeOf<OutputNameOf<'chosenK'>>().toEqualTypeOf<'chosen-k'>();
    expectTypeOf<OutputNameOf<'trainAccuracyK1'>>().toEqualTypeOf<'train-accuracy-k1'>();
    expectTypeOf<OutputNameOf<'loss'>>().toEqualTypeOf<'loss'>();
  });

  it('keeps a metric family open where its * stands', () => {
    expectTypeOf<'gap-small-batch'>().toMatchTypeOf<NameOf<typeof batchSizeNoise>>();
    expectTypeOf<'spread-mean-m128'>().toMatchTypeOf<NameOf<typeof batchSizeNoise>>();
  });

  it('accepts the declared names and the extras, and refuses a misspelt one', () => {
    expectTypeOf<'mean-offset'>().toMatchTypeOf<NameOf<typeof deformableSampling>>();
    expectTypeOf<'step'>().toMatchTypeOf<NameOf<typeof deformableSampling, 'step'>>();
    // @ts-expect-error `meanOffset` is shown as `mean-offset`
    expectTypeOf<'meanOffset'>().toMatchTypeOf<NameOf<typeof deformableSampling>>();
    // @ts-expect-error a misspelt metric
    expectTypeOf<'acuracy'>().toMatchTypeOf<NameOf<typeof deformableSampling>>();
    // @ts-expect-error 'step' is not a metric unless the widget lists it
    expectTypeOf<'step'>().toMatchTypeOf<NameOf<typeof deformableSampling>>();
  });
});
