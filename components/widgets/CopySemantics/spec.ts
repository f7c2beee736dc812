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
  ko: {
    title: '복사일까 공유일까? x에서 텐서를 얻는 여덟 가지 방법',
    summary:
      'torch.tensor, as_tensor, from_numpy, clone, detach, requires_grad_, .data 중 어느 것이 새 객체를 만들고, 메모리를 공유하고, 기울기를 요구하고, 자동 미분 추적을 유지하는지 보여 줍니다. 칸마다 실제로 문장을 실행해 계산합니다.',
    props: {},
  },
});
