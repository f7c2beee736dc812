import { z } from 'zod';
import { defineWidget } from '../spec';

export const torchSessionSpec = defineWidget({
  name: 'TorchSession',
  title: 'A PyTorch prompt',
  height: 520,
  summary:
    'A Python prompt in the page that answers as PyTorch 1.13 does: outputs, warnings and tracebacks, shared with the memory and graph figures of the same page.',
  props: z.object({
    setup: z
      .array(z.string())
      .default([])
      .describe(
        'Statements run before the reader types (after import torch, torch.nn as nn, numpy as np).',
      ),
    examples: z
      .array(z.string())
      .default([])
      .describe('Statements offered as one-click fill-ins for the prompt.'),
    snippets: z
      .array(z.object({ label: z.string(), code: z.string() }))
      .default([])
      .describe(
        '"Run in session" buttons: each runs its code (one statement per line; indented lines continue a block) in the page\'s session.',
      ),
    title: z.string().default('A PyTorch prompt').describe('Caption of the figure.'),
  }),
  example:
    '<TorchSession setup={["x = torch.ones(2, 2, requires_grad=True)"]} examples={["x.mean()"]} />',
});
