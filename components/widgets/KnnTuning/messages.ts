import { defineMessages } from '@/lib/site/localized';

/** The numbers of a finished search, percentages already written out. */
export interface KnnSummary {
  name: string;
  trainSize: number | undefined;
  trapK1: string;
  holdoutSize: number | undefined;
  holdoutK: number | undefined;
  holdoutAccuracy: string;
  folds: number;
  chosenK: number;
  cvAccuracy: string;
  cvSd: string;
  testAccuracy: string;
  testSize: number;
}

const en = {
  description:
    "Step through the lecture's path: grade on the training data (the trap), on a hold-out set, then by K-fold cross-validation; the chosen K meets the test set once. Repeat with another shuffle to see how much the estimate moves.",
  summaryDone: (d: KnnSummary) =>
    `On the ${d.trainSize} training samples of ${d.name}, K=1 scores ${d.trapK1} when graded on the training data itself. A hold-out set of ${d.holdoutSize} samples picks K=${d.holdoutK} (${d.holdoutAccuracy}). ${d.folds}-fold cross-validation picks K=${d.chosenK} with a mean validation accuracy of ${d.cvAccuracy} ± ${d.cvSd}; refitted on all training data, it scores ${d.testAccuracy} on the ${d.testSize} test samples, touched once.`,
  summaryTrap: (k1: string) => `Scored on its own training data, KNN with K=1 gets ${k1}.`,
  summaryHoldout: (k: number, accuracy: string) => `A hold-out set picks K=${k} (${accuracy}).`,
  summaryFolds: (done: number, folds: number) => `${done} of ${folds} folds scored.`,
  summaryIdle: (name: string) =>
    `Press Train (or Step, one stage at a time) to score KNN on ${name}: first on the training data, then on a hold-out set, then fold by fold.`,
  stageDone:
    'Done: the K with the best mean over folds was refitted on all training data and scored once on the test set.',
  stageFold: (done: number, folds: number) =>
    `Cross-validation: fold ${done} of ${folds} scored every K on the part it left out.`,
  stageHoldout:
    'Hold-out: a quarter of the training data scored every K. A different quarter would give a different curve.',
  stageTrap: 'The trap: every training point is its own nearest neighbour, so K=1 looks perfect.',
  dataset: 'data set',
  iris: 'iris (150)',
  digits: 'digits (1,797)',
  folds: 'folds',
  largestK: 'largest K',
  repeat: 'Repeat with another shuffle',
  trainK1: 'K=1 on training data',
  holdoutK: 'hold-out picks K',
  chosenK: 'CV picks K',
  cvAccuracy: 'CV accuracy (mean)',
  testAccuracy: 'test accuracy (once)',
  tableCaption:
    'Accuracy for each K: on the training data, on the hold-out set, in each fold, and the mean and sd over folds',
  trainingData: 'training data',
  holdout: 'hold-out',
  foldN: (f: number) => `fold ${f}`,
  mean: 'mean',
  sd: 'sd',
  code: 'The same search in scikit-learn',
  repeatChart: 'Mean cross-validation accuracy over K, one line per repeat with another shuffle',
  shuffleN: (seed: number) => `shuffle ${seed}`,
  meanCvAccuracy: 'mean CV accuracy',
  wobble: (folds: number, runs: number, chosen: string, lo: string, hi: string, sd: string) =>
    `${folds}-fold: ${runs} run${runs > 1 ? 's' : ''}, chosen K ${chosen}, estimate ${lo}–${hi} (sd ${sd})`,
  runsCaption:
    'Every finished run: folds, shuffle, chosen K, cross-validation estimate and test accuracy',
  run: 'run',
  shuffleState: 'shuffle random_state',
  chosenKColumn: 'chosen K',
  cvAccuracyColumn: 'CV accuracy',
  testAccuracyColumn: 'test accuracy',
  chartLabel:
    'Accuracy of KNN for each K: on the training data, on a hold-out set, and in each cross-validation fold with the mean and spread',
  onTrainingData: 'on the training data',
  eachFold: 'each fold',
  meanSd: 'mean ± sd over folds',
  neighbours: 'K (neighbours)',
  accuracy: 'accuracy',
  chosenKMark: (k: number) => `chosen K = ${k}`,
};

export const messages = defineMessages(en, {
  description:
    '강의의 순서를 한 단계씩 따라가 보세요. 학습 데이터로 채점하고(함정), 홀드아웃 세트로 채점한 다음, K-겹 교차 검증으로 채점합니다. 고른 K는 테스트 세트를 딱 한 번 만납니다. 다른 셔플로 반복하면 추정값이 얼마나 움직이는지 볼 수 있습니다.',
  summaryDone: (d) =>
    `${d.name}의 학습 샘플 ${d.trainSize}개를 학습 데이터 자체로 채점하면 K=1이 ${d.trapK1}를 받습니다. 샘플 ${d.holdoutSize}개짜리 홀드아웃 세트가 고른 K는 ${d.holdoutK}입니다(${d.holdoutAccuracy}). ${d.folds}-겹 교차 검증이 고른 K는 ${d.chosenK}이고 평균 검증 정확도는 ${d.cvAccuracy} ± ${d.cvSd}입니다. 학습 데이터 전체로 다시 학습한 모델은 한 번만 쓰는 테스트 샘플 ${d.testSize}개에서 ${d.testAccuracy}를 받습니다.`,
  summaryTrap: (k1) => `자기 학습 데이터로 채점하면 K=1인 KNN은 ${k1}를 받습니다.`,
  summaryHoldout: (k, accuracy) => `홀드아웃 세트가 고른 K는 ${k}입니다(${accuracy}).`,
  summaryFolds: (done, folds) => `폴드 ${folds}개 중 ${done}개를 채점했습니다.`,
  summaryIdle: (name) =>
    `학습(한 단계씩 보려면 한 단계)을 누르면 ${name}에서 KNN을 채점합니다. 먼저 학습 데이터에서, 다음은 홀드아웃 세트에서, 그다음 폴드별로 채점합니다.`,
  stageDone:
    '완료: 폴드 평균이 가장 좋은 K를 학습 데이터 전체로 다시 학습해 테스트 세트에서 한 번 채점했습니다.',
  stageFold: (done, folds) =>
    `교차 검증: 폴드 ${folds}개 중 ${done}번째 폴드가 떼어 둔 부분에서 모든 K를 채점했습니다.`,
  stageHoldout:
    '홀드아웃: 학습 데이터의 4분의 1로 모든 K를 채점했습니다. 다른 4분의 1이었다면 곡선도 달라집니다.',
  stageTrap: '함정: 모든 학습 점은 자기 자신이 최근접 이웃이므로 K=1이 완벽해 보입니다.',
  dataset: '데이터셋',
  iris: 'iris(150개)',
  digits: 'digits(1,797개)',
  folds: '폴드 수',
  largestK: '최대 K',
  repeat: '다른 셔플로 반복',
  trainK1: '학습 데이터에서 K=1',
  holdoutK: '홀드아웃이 고른 K',
  chosenK: '교차 검증이 고른 K',
  cvAccuracy: '교차 검증 정확도(평균)',
  testAccuracy: '테스트 정확도(한 번)',
  tableCaption: 'K별 정확도: 학습 데이터, 홀드아웃 세트, 각 폴드, 폴드 평균과 표준편차',
  trainingData: '학습 데이터',
  holdout: '홀드아웃',
  foldN: (f) => `폴드 ${f}`,
  mean: '평균',
  sd: '표준편차',
  code: '같은 탐색을 scikit-learn으로',
  repeatChart: 'K에 따른 평균 교차 검증 정확도. 다른 셔플로 반복할 때마다 선이 하나씩 늘어납니다',
  shuffleN: (seed) => `셔플 ${seed}`,
  meanCvAccuracy: '평균 교차 검증 정확도',
  wobble: (folds, runs, chosen, lo, hi, sd) =>
    `${folds}-겹: ${runs}회 실행, 선택된 K ${chosen}, 추정값 ${lo}–${hi}(표준편차 ${sd})`,
  runsCaption: '끝난 모든 실행: 폴드 수, 셔플, 선택된 K, 교차 검증 추정값, 테스트 정확도',
  run: '실행',
  shuffleState: '셔플 random_state',
  chosenKColumn: '선택된 K',
  cvAccuracyColumn: '교차 검증 정확도',
  testAccuracyColumn: '테스트 정확도',
  chartLabel:
    'K마다 KNN의 정확도: 학습 데이터에서, 홀드아웃 세트에서, 교차 검증의 각 폴드에서(평균과 퍼짐 포함)',
  onTrainingData: '학습 데이터에서',
  eachFold: '폴드별',
  meanSd: '폴드 평균 ± 표준편차',
  neighbours: 'K(이웃 수)',
  accuracy: '정확도',
  chosenKMark: (k) => `선택된 K = ${k}`,
});
