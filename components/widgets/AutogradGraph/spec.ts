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
  ko: {
    title: '자동 미분이 기록한 그래프',
    summary:
      '페이지의 PyTorch 세션이 만든 자동 미분(autograd) 그래프: 이름 붙은 텐서, grad_fn 노드, AccumulateGrad를 보여 주고, 마지막 backward()의 기울기를 간선을 따라 한 단계씩 거꾸로 보냅니다.',
    props: {
      setup: '그래프를 처음 그리기 전에 페이지의 세션에서 실행할 문장들.',
    },
  },
});
