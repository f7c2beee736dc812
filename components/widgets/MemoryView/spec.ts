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
  ko: {
    title: '텐서와 그 저장소',
    summary:
      '페이지의 PyTorch 세션에 있는 모든 텐서와 numpy 배열을 자기 저장소(storage)를 가리키는 상자로 그립니다. 값을 쓰면 바뀐 저장소의 모든 뷰가 강조됩니다.',
    props: {
      setup: '그림을 처음 그리기 전에 페이지의 세션에서 실행할 문장들.',
    },
  },
});
