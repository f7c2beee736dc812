import { z } from 'zod';
import { proseNumberNames } from '@/lib/content/proseNumberNames';
import { defineComponent } from '@/lib/content/componentSpec';

export const asideSpec = defineComponent({
  name: 'Aside',
  kind: 'prose',
  summary: 'A boxed side note: a tip, a warning or a deeper detail the main text can skip.',
  props: z.object({
    kind: z
      .enum(['note', 'tip', 'warning', 'deep-dive'])
      .default('note')
      .describe('What sort of note it is; sets the label and colour.'),
    title: z.string().min(1).optional().describe('A heading for the note.'),
  }),
  example: '<Aside kind="tip" title="Try it">Raise the learning rate until the loss jumps.</Aside>',
});

export const correctionSpec = defineComponent({
  name: 'Correction',
  kind: 'prose',
  summary: 'Marks a slip in the lecture notes: what the notes say, then the correct version.',
  props: z.object({
    notes: z.string().min(1).describe('What the lecture notes say (quoted or paraphrased).'),
    title: z.string().min(1).default('A correction to the notes').describe('Heading of the box.'),
  }),
  example:
    '<Correction notes="σ² = Σ (xᵢ − μ)²">The batch variance divides by m: $\\sigma_B^2 = \\frac{1}{m}\\sum_i (x_i-\\mu_B)^2$.</Correction>',
});

export const figureSpec = defineComponent({
  name: 'Figure',
  kind: 'prose',
  summary: 'An image from public/ with alt text and a caption.',
  props: z.object({
    src: z
      .string()
      .regex(/^\//, 'must start with / (a file in public/)')
      .describe('Path of the image under public/, e.g. /images/bn.svg.'),
    alt: z
      .string()
      .min(1, 'alt text is required')
      .describe('What the image shows, for screen readers.'),
    caption: z.string().optional().describe('Caption under the image.'),
    width: z.number().int().positive().optional().describe('Intrinsic width in pixels.'),
    height: z.number().int().positive().optional().describe('Intrinsic height in pixels.'),
  }),
  example:
    '<Figure src="/favicon.svg" alt="The site logo: a small network" caption="A caption." width={64} height={64} />',
});

export const referencesSpec = defineComponent({
  name: 'References',
  kind: 'prose',
  summary: 'The numbered references list at the end of a lesson; put a Markdown list inside.',
  props: z.object({
    title: z.string().default('References').describe('Heading of the list.'),
  }),
  example:
    '<References>\n\n1. S. Ioffe, C. Szegedy. Batch Normalization. ICML 2015.\n\n</References>',
});

export const checkYourselfSpec = defineComponent({
  name: 'CheckYourself',
  kind: 'prose',
  summary:
    'The questions that close a lesson; put Question components inside. Nothing is graded or stored.',
  props: z.object({
    title: z.string().min(1).default('Check yourself').describe('Heading of the box.'),
  }),
  example:
    '<CheckYourself>\n<Question q="What does x.grad hold before backward()?">`None`.</Question>\n</CheckYourself>',
});

export const questionSpec = defineComponent({
  name: 'Question',
  kind: 'prose',
  summary:
    'One question with its answer hidden behind a click (a details element); the answer is the children.',
  props: z.object({
    q: z.string().min(1).describe('The question, as plain text.'),
  }),
  example:
    '<Question q="How many parameters has nn.Conv2d(3, 8, 3)?">3·9·8 weights and 8 biases: 224.</Question>',
});

export const proseNumberSpec = defineComponent({
  name: 'ProseNumber',
  kind: 'prose',
  summary:
    'A number the prose quotes about a widget, computed at build time by the same lib function as the widget.',
  props: z.object({
    of: z.enum(proseNumberNames).describe('Which computed number.'),
    digits: z.number().int().min(0).max(6).default(2).describe('Digits after the decimal point.'),
  }),
  example: '<ProseNumber of="sgdStabilityThreshold" />',
});

export const channelWiringSpec = defineComponent({
  name: 'ChannelWiring',
  kind: 'prose',
  summary:
    'A static figure of how channels are wired in standard, grouped, depthwise and pointwise convolution.',
  props: z.object({}),
  example: '<ChannelWiring />',
  ko: {
    summary:
      '표준, 그룹, 깊이별, 점별 합성곱에서 채널이 어떻게 연결되는지 보여 주는 정적인 그림입니다.',
    props: {},
  },
});

export const proseSpecs = [
  asideSpec,
  correctionSpec,
  figureSpec,
  referencesSpec,
  checkYourselfSpec,
  questionSpec,
  proseNumberSpec,
  channelWiringSpec,
];
