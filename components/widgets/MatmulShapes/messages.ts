import type { AddmmStep } from '@/lib/pytorch/linalg/addmmShape';
import type { MatmulRuleStep } from '@/lib/pytorch/linalg/matmulRules';
import { formatDims as dims } from '@/lib/pytorch/formatShape';
import { defineMessages } from '@/lib/site/localized';
import type { MatmulPresetId } from './presets';

const matrices = (left: readonly number[], right: readonly number[]) =>
  `(${left[0]} x ${left[1]}) @ (${right[0]} x ${right[1]})`;

const en = {
  description:
    "Type two shapes or pick a preset. The rule below is the documentation's; the error text is PyTorch's own, which names the shapes its kernels saw after reshaping.",
  preset: 'preset',
  yourOwn: 'your own',
  presets: {
    dot: 'vector · vector (dot)',
    matrixVector: 'matrix · vector',
    vectorMatrix: 'vector · matrix',
    matrixMatrix: 'matrix · matrix',
    batchedMatrix: 'batched · matrix',
    broadcastBatch: 'broadcast batch dims',
    linearMismatch: 'mismatch (nn.Linear(20, 5) on 64x10)',
    batchClash: 'batch dims clash',
  } as Record<MatmulPresetId, string>,
  shapeA: 'a (input / mat1)',
  shapeB: 'b (other / mat2)',
  shapeBias: 'bias (addmm)',
  seed: 'seed',
  invalidShape: 'sizes separated by commas, 1 to 4 dims',
  tooManyElements: 'too many elements to multiply here',
  summaryMatmul: (a: string, b: string, result: string, ok: boolean) =>
    `torch.matmul of ${a} and ${b}: ${ok ? `result shape ${result}` : `error, ${result}`}.`,
  summaryAddmm: (bias: string, result: string) => `torch.addmm with bias ${bias}: ${result}.`,
  summaryTf: (result: string, ok: boolean) =>
    `tfjs multiplied random tensors of these shapes: ${ok ? `result shape ${result}` : `it refused (${result})`}.`,
  matmulSteps: 'The matmul rule, step by step',
  addmmSteps: "The addmm checks, in PyTorch's order",
  pytorch: 'PyTorch:',
  /** Text before and after the kernel's name. */
  insideCall: (
    left: string,
    right: string,
    folded: boolean,
    transposed: boolean,
  ): [string, string] => [
    'Inside, PyTorch calls ',
    ` on ${left} and ${right}${folded ? ', the leading dims folded into rows' : ''}${transposed ? ', with the operands swapped and transposed' : ''}.`,
  ],
  /** Text before and after `tf.matMul`. */
  tfjsLine: ['tfjs ', ' on random tensors: '] as [string, string],
  pressRun: 'press Run',
  sameAsRule: ' — the same as the rule',
  differsFromPyTorch: ' — differs from PyTorch',
  ruleStep: (s: MatmulRuleStep): string => {
    switch (s.rule) {
      case 'prepend-one':
        return `a is 1-D: treat ${dims(s.before)} as the row ${dims(s.after)}`;
      case 'append-one':
        return `b is 1-D: treat ${dims(s.before)} as the column ${dims(s.after)}`;
      case 'line-up-batch':
        return `batch dims ${dims(s.batchA)} and ${dims(s.batchB)}, lined up on the right: ${dims(s.alignedA)} and ${dims(s.alignedB)}`;
      case 'broadcast':
        return s.clash
          ? `batch dim ${s.clash.dim}: ${s.clash.sizeA} and ${s.clash.sizeB} differ and neither is 1, so they cannot broadcast`
          : `batch dims broadcast to ${dims(s.batch ?? [])}`;
      case 'multiply':
        return s.product
          ? `${matrices(s.left, s.right)} = (${s.product[0]} x ${s.product[1]})`
          : `${matrices(s.left, s.right)}: inner sizes ${s.left[1]} and ${s.right[0]} differ`;
      case 'remove-one':
        return `remove the 1 added to ${s.operand}: ${dims(s.after)}`;
    }
  },
  addmmStep: (s: AddmmStep): string => {
    switch (s.check) {
      case 'mat1-is-matrix':
      case 'mat2-is-matrix': {
        const name = s.check.slice(0, 4);
        return s.ok
          ? `${name} is a ${s.shape[0]} x ${s.shape[1]} matrix`
          : `${name} is ${s.shape.length}-D, not a matrix`;
      }
      case 'inner-sizes':
        return s.ok
          ? `${matrices(s.left, s.right)} = (${s.left[0]} x ${s.right[1]})`
          : `inner sizes ${s.left[1]} and ${s.right[0]} differ`;
      case 'bias-broadcast':
        return s.ok
          ? `bias ${dims(s.bias)} expands to ${dims(s.target)}`
          : `bias ${dims(s.bias)} cannot be expanded to ${dims(s.target)}`;
    }
  },
};

export const messages = defineMessages(en, {
  description:
    '두 모양(shape)을 입력하거나 예시를 고르세요. 아래 규칙은 문서에 적힌 규칙이고, 오류 메시지는 PyTorch가 실제로 내는 것입니다. 오류 메시지에는 커널이 모양을 바꾼 뒤에 본 모양이 나옵니다.',
  preset: '예시',
  yourOwn: '직접 입력',
  presets: {
    dot: '벡터 · 벡터 (내적)',
    matrixVector: '행렬 · 벡터',
    vectorMatrix: '벡터 · 행렬',
    matrixMatrix: '행렬 · 행렬',
    batchedMatrix: '배치 · 행렬',
    broadcastBatch: '배치 차원 브로드캐스팅',
    linearMismatch: '모양 불일치 (64x10, 20x5)',
    batchClash: '배치 차원 충돌',
  },
  shapeA: 'a (input / mat1)',
  shapeB: 'b (other / mat2)',
  shapeBias: '편향 (addmm의 bias)',
  seed: '시드',
  invalidShape: '쉼표로 구분한 크기, 1~4차원',
  tooManyElements: '여기서 곱하기에는 원소가 너무 많습니다',
  summaryMatmul: (a, b, result, ok) =>
    `torch.matmul, a ${a} · b ${b}: ${ok ? `결과 모양 ${result}` : `오류, ${result}`}.`,
  summaryAddmm: (bias, result) => `torch.addmm, 편향 ${bias}: ${result}.`,
  summaryTf: (result, ok) =>
    `이 모양의 무작위 텐서를 tfjs로 곱한 결과: ${ok ? `모양 ${result}` : `거부됨 (${result})`}.`,
  matmulSteps: 'matmul 규칙, 단계별',
  addmmSteps: 'addmm의 검사, PyTorch가 하는 순서대로',
  pytorch: 'PyTorch:',
  insideCall: (left, right, folded, transposed) => {
    const notes = [
      folded ? '앞쪽 차원들을 행으로 접음' : '',
      transposed ? '두 피연산자를 바꿔 전치함' : '',
    ].filter(Boolean);
    return [
      `내부에서 PyTorch는 ${left}, ${right} 모양으로 `,
      ` 커널을 호출합니다${notes.length ? ` (${notes.join(', ')})` : ''}.`,
    ];
  },
  tfjsLine: ['무작위 텐서로 실행한 tfjs ', ': '],
  pressRun: '실행을 누르세요',
  sameAsRule: ' — 규칙과 같습니다',
  differsFromPyTorch: ' — PyTorch와 다릅니다',
  ruleStep: (s) => {
    switch (s.rule) {
      case 'prepend-one':
        return `a가 1차원입니다. ${dims(s.before)} → 행 ${dims(s.after)}`;
      case 'append-one':
        return `b가 1차원입니다. ${dims(s.before)} → 열 ${dims(s.after)}`;
      case 'line-up-batch':
        return `배치 차원 ${dims(s.batchA)}, ${dims(s.batchB)} → 오른쪽 끝을 맞추면 ${dims(s.alignedA)}, ${dims(s.alignedB)}`;
      case 'broadcast':
        return s.clash
          ? `배치 차원 ${s.clash.dim}: 크기가 ${s.clash.sizeA} 대 ${s.clash.sizeB}로 다르고 어느 쪽도 1이 아니어서 브로드캐스트할 수 없습니다`
          : `배치 차원을 브로드캐스트하면 ${dims(s.batch ?? [])}`;
      case 'multiply':
        return s.product
          ? `${matrices(s.left, s.right)} = (${s.product[0]} x ${s.product[1]})`
          : `${matrices(s.left, s.right)}: 안쪽 크기가 다릅니다 (${s.left[1]} 대 ${s.right[0]})`;
      case 'remove-one':
        return `${s.operand}에 덧붙였던 1을 없애면 ${dims(s.after)}`;
    }
  },
  addmmStep: (s) => {
    switch (s.check) {
      case 'mat1-is-matrix':
      case 'mat2-is-matrix': {
        const name = s.check.slice(0, 4);
        return s.ok
          ? `${name}: ${s.shape[0]} x ${s.shape[1]} 행렬`
          : `${name}: ${s.shape.length}차원이라 행렬이 아닙니다`;
      }
      case 'inner-sizes':
        return s.ok
          ? `${matrices(s.left, s.right)} = (${s.left[0]} x ${s.right[1]})`
          : `안쪽 크기가 다릅니다 (${s.left[1]} 대 ${s.right[0]})`;
      case 'bias-broadcast':
        return s.ok
          ? `편향 ${dims(s.bias)} → ${dims(s.target)} 모양으로 확장됩니다`
          : `편향 ${dims(s.bias)}: ${dims(s.target)} 모양으로 확장할 수 없습니다`;
    }
  },
});
