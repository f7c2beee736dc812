import type { RaceNetId } from '@/lib/experiments/convTypeRace/convTypeRaceNets';
import { formatNumber } from '@/lib/site/format';
import { defineMessages } from '@/lib/site/localized';

/** A network's sizes, as its name shows them. */
export interface RaceNetSizes {
  groups: number;
  width: number;
  /** Channels the bottleneck squeezes to. */
  squeezed: number;
}

/** One network in the summary, best test accuracy first. */
export interface RankedNet {
  name: string;
  accuracy: number;
  params: number;
}

const en = {
  netName: (id: RaceNetId, s: RaceNetSizes): string =>
    ({
      standard: 'standard',
      dilated: 'dilated (d = 2)',
      grouped: `grouped (g = ${s.groups})`,
      'depthwise-separable': 'depthwise-separable',
      bottleneck: `pointwise bottleneck (${s.width}→${s.squeezed}→${s.width})`,
    })[id],
  summaryDone: (step: number, ranked: readonly RankedNet[]) =>
    `After ${step} steps, test accuracy: ${ranked.map((r) => `${r.name} ${formatNumber(r.accuracy * 100, 3, 'en')}% with ${formatNumber(r.params, 4, 'en')} parameters`).join('; ')}. Chance is 10%.`,
  summaryIdle: (blocks: number, minParams: number, maxParams: number) =>
    `Five networks with the same stem and ${blocks} stage${blocks > 1 ? 's' : ''} each; their parameters range from ${formatNumber(minParams, 4, 'en')} to ${formatNumber(maxParams, 4, 'en')}. Press Train to train all five on the same minibatches.`,
  description:
    'Every network has the same 3×3 stem and the same number of 3×3 stages, then a 4×4 average pool and a linear layer. They see the same minibatches of the 8×8 digits; accuracy is on held-out test images.',
  width: 'channels per stage',
  groups: 'groups g (grouped net)',
  blocks: '3×3 stages',
  learningRate: 'learning rate (Adam)',
  seed: 'seed',
  steps: 'steps',
  tableCaption: (every: number) => `Test accuracy of each network, every ${every} steps`,
  step: 'step',
  chartLabel: 'Test accuracy of the five networks over the training steps',
  testAccuracy: 'test accuracy',
  diverged: 'diverged',
  costRegion: 'Cost and accuracy of each network',
  costCaption: 'Cost per 8×8 image and latest test accuracy',
  network: 'network',
  parameters: 'parameters',
  perStandard: '÷ standard',
  macs: 'MACs',
};

export const messages = defineMessages(en, {
  netName: (id, s) =>
    ({
      standard: '표준',
      dilated: '팽창(d = 2)',
      grouped: `그룹(g = ${s.groups})`,
      'depthwise-separable': '깊이별 분리',
      bottleneck: `점별 병목(${s.width}→${s.squeezed}→${s.width})`,
    })[id],
  summaryDone: (step, ranked) =>
    `${step} 스텝 뒤 테스트 정확도: ${ranked.map((r) => `${r.name} ${formatNumber(r.accuracy * 100, 3, 'ko')}%(파라미터 ${formatNumber(r.params, 4, 'ko')}개)`).join('; ')}. 무작위 추측은 10%입니다.`,
  summaryIdle: (blocks, minParams, maxParams) =>
    `다섯 네트워크 모두 같은 줄기(stem) 뒤에 3×3 단계를 ${blocks}개씩 둡니다. 파라미터 수는 ${formatNumber(minParams, 4, 'ko')}개에서 ${formatNumber(maxParams, 4, 'ko')}개까지입니다. 학습을 누르면 다섯 네트워크를 같은 미니배치로 학습시킵니다.`,
  description:
    '모든 네트워크는 같은 3×3 줄기(stem)와 같은 수의 3×3 단계(stage)를 가지며, 그 뒤에 4×4 평균 풀링과 선형 층이 옵니다. 모두 8×8 숫자의 같은 미니배치를 보고, 정확도는 따로 떼어 둔 테스트 이미지에서 잽니다.',
  width: '단계별 채널 수',
  groups: '그룹 수 g(그룹 네트워크)',
  blocks: '3×3 단계 수',
  learningRate: '학습률(Adam)',
  seed: '시드',
  steps: '스텝',
  tableCaption: (every) => `네트워크별 테스트 정확도, ${every} 스텝마다`,
  step: '스텝',
  chartLabel: '학습 스텝에 따른 다섯 네트워크의 테스트 정확도',
  testAccuracy: '테스트 정확도',
  diverged: '발산',
  costRegion: '네트워크별 비용과 정확도',
  costCaption: '8×8 이미지 한 장당 비용과 최근 테스트 정확도',
  network: '네트워크',
  parameters: '파라미터 수',
  perStandard: '÷ 표준',
  macs: 'MACs',
});
