import { nestedCvConfig } from '@/lib/experiments/nestedCv/nestedCvConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const nestedCvSpec = defineWidget({
  name: 'NestedCv',
  title: 'Nested cross-validation: tuning K inside every outer fold',
  height: 900,
  experiment: experiments.NestedCv,
  summary:
    'Nested cross-validation of the K of a nearest-neighbour classifier: an inner search inside every outer fold, the outer scores, and the optimistic non-nested score beside the nested one.',
  props: nestedCvConfig,
  config: (props) => props,
  example: '<NestedCv outerFolds={4} innerFolds={3} />',
});
