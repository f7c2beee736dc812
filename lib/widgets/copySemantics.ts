import { z } from 'zod';
import { defineComponent } from './spec';

export const copySemanticsSpec = defineComponent({
  name: 'CopySemantics',
  kind: 'widget',
  summary: 'Which of torch.tensor, as_tensor, from_numpy, clone, detach, requires_grad_ and .data make a new object, share memory, require grad and keep autograd tracking, each cell computed by running the statements.',
  props: z.object({}),
  example: '<CopySemantics />',
});
