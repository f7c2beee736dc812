import { z } from 'zod';
import { defineWidget } from '../spec';

export const autogradGraphSpec = defineWidget({
  name: 'AutogradGraph',
  title: 'The graph autograd recorded',
  height: 520,
  summary:
    "The autograd graph the page's PyTorch session built: named tensors, grad_fn nodes and AccumulateGrad, with the gradients of the last backward() stepped back along the edges.",
  props: z.object({
    setup: z
      .array(z.string())
      .default([])
      .describe("Statements run in the page's session before the graph is first drawn."),
  }),
  example:
    '<AutogradGraph setup={["x = torch.ones(2, 2, requires_grad=True)", "out = x.mean()", "out.backward()"]} />',
});
