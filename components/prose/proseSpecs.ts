import { z } from 'zod';
import { proseNumberNames } from '@/lib/content/proseNumberNames';
import { defineComponent } from '@/lib/content/componentSpec';
import { strings } from '@/lib/site/strings';

/** The Korean edition's words for the headings these components default to. */
const ko = strings('ko').prose;

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
  ko: {
    summary: '상자에 담긴 곁다리 설명: 팁, 경고, 또는 본문이 건너뛰어도 되는 더 깊은 내용.',
    props: {
      kind: '어떤 종류의 설명인지. 라벨과 색을 정합니다.',
      title: '설명의 제목. 없으면 종류의 라벨(참고, 팁, 주의, 더 깊이)이 제목이 됩니다.',
    },
    example:
      '<Aside kind="tip" title="해 보기">손실이 튈 때까지 학습률(learning rate)을 올려 보세요.</Aside>',
  },
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
  ko: {
    summary: '강의 노트의 실수를 표시합니다. 노트에 적힌 내용을 보여 준 다음 올바른 내용을 씁니다.',
    props: {
      notes: '강의 노트에 적힌 내용(인용하거나 풀어 씀).',
      title: '상자의 제목.',
    },
    defaults: { title: ko.correctionTitle },
    example:
      '<Correction notes="σ² = Σ (xᵢ − μ)²">배치 분산은 m으로 나눕니다: $\\sigma_B^2 = \\frac{1}{m}\\sum_i (x_i-\\mu_B)^2$.</Correction>',
  },
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
  ko: {
    summary: 'public/에 있는 이미지와 대체 텍스트(alt), 캡션.',
    props: {
      src: 'public/ 아래 이미지의 경로. 예: /images/bn.svg.',
      alt: '이미지가 보여 주는 것. 화면 낭독기가 읽습니다.',
      caption: '이미지 아래의 캡션.',
      width: '원래 너비(픽셀).',
      height: '원래 높이(픽셀).',
    },
    example:
      '<Figure src="/favicon.svg" alt="사이트 로고: 작은 네트워크" caption="캡션입니다." width={64} height={64} />',
  },
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
  ko: {
    summary: '강의 끝의 번호 붙은 참고 문헌 목록. 안에 Markdown 목록을 넣습니다.',
    props: {
      title: '목록의 제목.',
    },
    defaults: { title: ko.references },
  },
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
  ko: {
    summary:
      '강의를 마무리하는 질문들. 안에 Question 컴포넌트를 넣습니다. 채점하거나 저장하는 것은 없습니다.',
    props: {
      title: '상자의 제목.',
    },
    defaults: { title: ko.checkYourself },
    example:
      '<CheckYourself>\n<Question q="backward()를 호출하기 전에 x.grad에는 무엇이 들어 있을까요?">`None`입니다.</Question>\n</CheckYourself>',
  },
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
  ko: {
    summary: '질문 하나와, 클릭해야 보이는 답(details 요소). 답은 자식 요소입니다.',
    props: {
      q: '질문(일반 텍스트).',
    },
    example:
      '<Question q="nn.Conv2d(3, 8, 3)의 파라미터 수는 몇 개일까요?">가중치 3·9·8개와 편향 8개, 모두 224개입니다.</Question>',
  },
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
  ko: {
    summary: '본문이 위젯에 대해 인용하는 숫자. 위젯과 같은 lib 함수로 빌드할 때 계산합니다.',
    props: {
      of: '계산할 숫자의 이름.',
      digits: '소수점 아래 자릿수.',
    },
  },
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
