import { z } from 'zod';
import { defineWidget } from '../spec';

const shapeText = z
  .string()
  .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/)
  .max(40);

export const matmulShapesSpec = defineWidget({
  name: 'MatmulShapes',
  title: 'torch.matmul and torch.addmm: which shapes multiply',
  height: 560,
  summary:
    'torch.matmul and torch.addmm shapes: the rule step by step, PyTorch’s exact error, and tfjs multiplying tensors of those shapes.',
  props: z.object({
    a: shapeText
      .default('5,2,3')
      .describe('Shape of the first operand, comma-separated (e.g. "5,2,3").'),
    b: shapeText.default('3,4').describe('Shape of the second operand.'),
    bias: shapeText.default('4').describe('Shape of the bias for torch.addmm(bias, m1, m2).'),
    seed: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Seed of the random tensors multiplied by Run.'),
  }),
  example: '<MatmulShapes a="2,1,3,4" b="5,4,2" />',
  ko: {
    title: 'torch.matmul과 torch.addmm: 어떤 모양끼리 곱해지는가',
    summary:
      'torch.matmul과 torch.addmm의 모양(shape): 규칙을 단계별로, PyTorch의 오류 메시지를 그대로 보여 주고, 같은 모양의 텐서를 tfjs로 곱해 봅니다.',
    props: {
      a: '첫 번째 피연산자의 모양, 쉼표로 구분(예: "5,2,3").',
      b: '두 번째 피연산자의 모양.',
      bias: 'torch.addmm(bias, m1, m2)의 편향(bias) 모양.',
      seed: '실행 버튼이 곱하는 무작위 텐서의 시드.',
    },
  },
});
