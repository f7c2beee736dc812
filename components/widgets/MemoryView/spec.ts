import { z } from 'zod';
import { defineWidget } from '../spec';

export const memoryViewSpec = defineWidget({
  name: 'MemoryView',
  title: 'Tensors and their storage',
  height: 480,
  summary:
    "Every tensor and numpy array of the page's PyTorch session as a box pointing at its storage; a write lights up every view of the storage it changed.",
  props: z.object({
    setup: z
      .array(z.string())
      .default([])
      .describe("Statements run in the page's session before the diagram is first drawn."),
  }),
  example: '<MemoryView setup={["a = torch.ones(2, 2)", "c = a.detach()"]} />',
});
