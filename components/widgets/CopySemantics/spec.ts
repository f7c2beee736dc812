import { z } from 'zod';
import { defineWidget } from '../spec';

export const copySemanticsSpec = defineWidget({
  name: 'CopySemantics',
  title: 'Copy or share? Eight ways to get a tensor from x',
  height: 560,
  summary:
    'Which of torch.tensor, as_tensor, from_numpy, clone, detach, requires_grad_ and .data make a new object, share memory, require grad and keep autograd tracking, each cell computed by running the statements.',
  props: z.object({}),
  example: '<CopySemantics />',
});
