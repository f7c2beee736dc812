import { defineMessages } from '@/lib/site/localized';

/** The numbers of a finished nested run, percentages already written out. */
export interface NestedSummary {
  outerFolds: number;
  innerFolds: number;
  chosenKs: string;
  outerScores: string;
  nested: string;
  nonNestedK: number;
  nonNested: string;
  higher: boolean;
  shuffles: number;
  meanNested: string;
  meanNonNested: string;
}

const en = {
  description:
    'The outer loop splits the data; in each outer training part an inner cross-validation picks K; the pick is scored once on the outer test part it never saw.',
  summaryDone: (d: NestedSummary) =>
    `Nested: each of ${d.outerFolds} outer folds chose K by ${d.innerFolds}-fold CV on its own training part (K = ${d.chosenKs}) and scored ${d.outerScores} on its unseen test part; mean ${d.nested}. Non-nested: ${d.innerFolds}-fold CV over all the data picks K=${d.nonNestedK} and reports its own best mean, ${d.nonNested}, ${d.higher ? 'higher than' : 'not above'} the nested estimate on this shuffle. Over ${d.shuffles} shuffle${d.shuffles > 1 ? 's' : ''} the means are ${d.meanNested} nested and ${d.meanNonNested} non-nested.`,
  summaryFold: (fold: number, folds: number, k: number, inner: string, outer: string) =>
    `Outer fold ${fold} of ${folds}: the inner search picked K=${k} (inner mean ${inner}), which scored ${outer} on the outer test fold.`,
  summaryIdle:
    'Press Step to run one outer fold at a time, or Train to run them all, then the non-nested search.',
  dataset: 'data set',
  iris: 'iris (150)',
  digits: 'digits (1,797)',
  outerFolds: 'outer folds',
  innerFolds: 'inner folds',
  outerShuffle: 'outer shuffle',
  nestedHonest: 'nested (honest)',
  nonNestedOptimistic: 'non-nested (optimistic)',
  nonNestedK: 'non-nested picks K',
  nestedMean: (shuffles: number) => `nested, mean of ${shuffles} shuffles`,
  nonNestedMean: (shuffles: number) => `non-nested, mean of ${shuffles} shuffles`,
  innerTable: 'Inner mean accuracy of every K in each outer fold',
  outerFoldN: (f: number) => `outer fold ${f}`,
  code: 'The same in scikit-learn',
  outerRow: (f: number) => `outer ${f}`,
  innerRow: (i: number) => `inner ${i}`,
  outerTrain: 'outer train',
  outerTest: 'outer test',
  innerTrain: 'inner train',
  innerValidation: 'inner validation',
  outerTestUnseen: 'outer test (unseen)',
  outerGrid: 'Outer loop: which samples each outer fold trains and tests on',
  innerGrid: (fold: number) =>
    `Inner loop of outer fold ${fold}: the search for K sees only the outer training part`,
  sampleIndex: 'sample index',
  curvesChart: 'Inner mean accuracy over K in each outer fold',
  innerMeanAccuracy: 'inner mean accuracy',
  foldsCaption: 'Each outer fold',
  outerFold: 'outer fold',
  chosenK: 'chosen K',
  innerMean: 'inner mean',
  outerScore: 'outer score',
  nonNested: 'non-nested',
  none: '(none)',
  trialsCaption: 'Each shuffle (random_state + t): the nested and the non-nested estimate',
  shuffleT: 'shuffle t',
  nested: 'nested',
  gap: 'gap',
  points: (difference: string) => `${difference} pts`,
};

export const messages = defineMessages(en, {
  description:
    '바깥 루프가 데이터를 나누고, 각 바깥 학습 부분 안에서 안쪽 교차 검증이 K를 고릅니다. 고른 K는 한 번도 보지 못한 바깥 테스트 부분에서 한 번 채점받습니다.',
  summaryDone: (d) =>
    `중첩: 바깥 폴드 ${d.outerFolds}개가 각자 자기 학습 부분에서 ${d.innerFolds}-겹 교차 검증으로 K를 고르고(K = ${d.chosenKs}), 보지 못한 테스트 부분에서 ${d.outerScores}를 받았습니다. 평균은 ${d.nested}입니다. 중첩하지 않은 탐색: 전체 데이터에 대한 ${d.innerFolds}-겹 교차 검증이 고른 K는 ${d.nonNestedK}이고, 그 자신의 최고 평균 ${d.nonNested}를 보고합니다. 이 셔플에서는 중첩 추정값보다 ${d.higher ? '높습니다' : '높지 않습니다'}. 셔플 ${d.shuffles}번의 평균은 중첩 ${d.meanNested}, 비중첩 ${d.meanNonNested}입니다.`,
  summaryFold: (fold, folds, k, inner, outer) =>
    `바깥 폴드 ${folds}개 중 ${fold}번째: 안쪽 탐색이 고른 K는 ${k}이고(안쪽 평균 ${inner}), 바깥 테스트 폴드에서 ${outer}를 받았습니다.`,
  summaryIdle:
    '한 단계를 누르면 바깥 폴드를 하나씩 실행하고, 학습을 누르면 모두 실행한 다음 중첩하지 않은 탐색까지 실행합니다.',
  dataset: '데이터셋',
  iris: 'iris(150개)',
  digits: 'digits(1,797개)',
  outerFolds: '바깥 폴드 수',
  innerFolds: '안쪽 폴드 수',
  outerShuffle: '바깥 셔플',
  nestedHonest: '중첩(정직한 추정)',
  nonNestedOptimistic: '비중첩(낙관적)',
  nonNestedK: '비중첩이 고른 K',
  nestedMean: (shuffles) => `중첩, 셔플 ${shuffles}번 평균`,
  nonNestedMean: (shuffles) => `비중첩, 셔플 ${shuffles}번 평균`,
  innerTable: '바깥 폴드마다 모든 K의 안쪽 평균 정확도',
  outerFoldN: (f) => `바깥 폴드 ${f}`,
  code: '같은 절차를 scikit-learn으로',
  outerRow: (f) => `바깥 ${f}`,
  innerRow: (i) => `안쪽 ${i}`,
  outerTrain: '바깥 학습',
  outerTest: '바깥 테스트',
  innerTrain: '안쪽 학습',
  innerValidation: '안쪽 검증',
  outerTestUnseen: '바깥 테스트(보지 않음)',
  outerGrid: '바깥 루프: 바깥 폴드마다 학습하는 샘플과 테스트하는 샘플',
  innerGrid: (fold) => `바깥 폴드 ${fold}의 안쪽 루프: K 탐색은 바깥 학습 부분만 봅니다`,
  sampleIndex: '샘플 인덱스',
  curvesChart: '바깥 폴드마다 K에 따른 안쪽 평균 정확도',
  innerMeanAccuracy: '안쪽 평균 정확도',
  foldsCaption: '바깥 폴드별 결과',
  outerFold: '바깥 폴드',
  chosenK: '선택된 K',
  innerMean: '안쪽 평균',
  outerScore: '바깥 점수',
  nonNested: '비중첩',
  none: '(없음)',
  trialsCaption: '셔플별(random_state + t) 중첩 추정값과 비중첩 추정값',
  shuffleT: '셔플 t',
  nested: '중첩',
  gap: '차이',
  points: (difference) => `${difference}%p`,
});
