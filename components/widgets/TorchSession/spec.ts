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
    title: z
      .string()
      .optional()
      .describe(
        "Caption of the figure (without it, the widget's own title in the page's language).",
      ),
  }),
  example:
    '<TorchSession setup={["x = torch.ones(2, 2, requires_grad=True)"]} examples={["x.mean()"]} />',
  ko: {
    title: 'PyTorch 프롬프트',
    summary:
      '페이지 안에서 PyTorch 1.13처럼 답하는 파이썬 프롬프트입니다. 출력, 경고, 트레이스백을 그대로 보여 주며, 같은 페이지의 메모리 그림·그래프 그림과 세션을 공유합니다.',
    props: {
      setup:
        '읽는 사람이 입력하기 전에 실행할 문장들(import torch, torch.nn as nn, numpy as np 다음에 실행).',
      examples: '클릭 한 번으로 프롬프트에 채워 넣을 문장들.',
      snippets:
        '"세션에서 실행" 버튼들: 버튼마다 자기 코드(한 줄에 한 문장, 들여쓴 줄은 블록을 이어 감)를 페이지의 세션에서 실행합니다.',
      title: '그림의 제목(없으면 페이지 언어로 된 위젯 제목).',
    },
  },
});
