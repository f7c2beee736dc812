import { defineMessages } from '@/lib/site/localized';

const en = {
  description:
    'Every operation on a tensor that requires grad adds a node (its grad_fn); leaves end in AccumulateGrad, which adds into .grad. After backward(), press Step to send the gradient back one layer at a time.',
  showAll: 'Show all',
  nodes: 'nodes',
  graph: (nodes: number, layers: number, list: string) =>
    `The graph has ${nodes} nodes in ${layers} layers: ${list}.`,
  /** `leaves`: "x.grad = …; y.grad = …", or empty. */
  gradients: (shown: number, layers: number, leaves: string) =>
    `The last backward() sent ${shown >= layers ? 'gradients to every layer' : `gradients through ${shown} of ${layers} layers`}${leaves ? `; ${leaves}` : ''}.`,
  noBackward: 'backward() has not run on it yet.',
  empty: 'No graph yet: make a tensor with requires_grad=True and compute with it.',
  starting: 'The session is starting…',
  tableCaption: 'Nodes of the graph and the gradient that reached each in the last backward()',
  columns: ['node', 'tensors', 'layer', 'gradient in', 'freed'] as [
    string,
    string,
    string,
    string,
    string,
  ],
  yes: 'yes',
  no: 'no',
  unnamedLeaf: '→ (unnamed leaf)',
  buffersFreed: 'buffers freed',
  script: 'The statements behind this picture, as a script',
};

export const messages = defineMessages(en, {
  description:
    'requires_grad인 텐서에 연산을 할 때마다 노드(그 텐서의 grad_fn)가 하나 생깁니다. 리프(leaf)는 AccumulateGrad로 끝나고, 이 노드가 .grad에 기울기를 더합니다. backward()를 실행한 뒤 한 단계를 누르면 기울기가 한 층씩 거꾸로 전달됩니다.',
  showAll: '모두 보기',
  nodes: '노드',
  graph: (nodes, layers, list) =>
    `그래프에는 노드 ${nodes}개가 ${layers}개 층에 있습니다: ${list}.`,
  gradients: (shown, layers, leaves) =>
    `${shown >= layers ? '마지막 backward()의 기울기가 모든 층에 전달되었습니다' : `마지막 backward()의 기울기가 ${layers}개 층 중 ${shown}개 층을 지났습니다`}${leaves ? `. ${leaves}` : ''}.`,
  noBackward: '아직 이 그래프로 backward()를 실행하지 않았습니다.',
  empty: '아직 그래프가 없습니다. requires_grad=True인 텐서를 만들고 그것으로 계산해 보세요.',
  starting: '세션을 시작하는 중입니다…',
  tableCaption: '그래프의 노드와, 마지막 backward()에서 각 노드에 도착한 기울기',
  columns: ['노드', '텐서', '층', '들어온 기울기', '해제됨'],
  yes: '예',
  no: '아니요',
  unnamedLeaf: '→ (이름 없는 리프)',
  buffersFreed: '버퍼 해제됨',
  script: '이 그림을 만든 문장들을 스크립트로',
});
