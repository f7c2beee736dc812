import { defineMessages } from '@/lib/site/localized';
import type { SchemeName } from '@/lib/experiments/timeSeriesCv/timeSeriesCvFolds';

type SchemeNames = Record<SchemeName, { label: string; short: string }>;

const en = {
  description:
    "A ridge regression forecasts each hour's activity from the hours before. Every scheme estimates its error on the development days; the held-out future tells the truth. Raise or lower the drift and see whose estimate follows.",
  /** How the lesson names each scheme (`label`) and its headline output (`short`). */
  schemes: {
    kFoldShuffled: { label: 'Shuffled K-fold', short: 'K-fold (shuffled)' },
    predictSecondHalf: { label: 'Regular predict second half', short: 'Predict 2nd half' },
    populationInformedPredictSecondHalf: {
      label: 'Population-informed predict second half',
      short: 'Pop. 2nd half',
    },
    dayForwardChaining: { label: 'Regular day forward-chaining', short: 'Forward-chaining' },
    populationInformedDayForwardChaining: {
      label: 'Population-informed day forward-chaining',
      short: 'Pop. forward-chaining',
    },
    future: { label: 'Held-out future (the truth)', short: 'Held-out future' },
  } as SchemeNames,
  /** `higherBy`: how much higher the future's error is, in percent, or null when it is not higher. */
  summaryDone: (
    kFolds: number,
    kFoldMse: string,
    futureDays: number,
    futureMse: string,
    higherBy: string | null,
  ) =>
    `Shuffled ${kFolds}-fold estimates a mean squared error of ${kFoldMse}; the model's error on the ${futureDays} held-out future days is ${futureMse}, ${higherBy !== null ? `${higherBy}% higher: K-fold was optimistic` : 'no higher: on these settings K-fold was not optimistic'}.`,
  schemeEstimate: (scheme: string, mse: string, splits: number) =>
    `${scheme}: ${mse} over ${splits} split(s)`,
  summaryFold: (
    done: number,
    total: number,
    scheme: string,
    fold: number,
    lambda: number,
    mse: string,
  ) =>
    `Fitted ${done} of ${total} folds; the latest, ${scheme} fold ${fold}, chose λ = ${lambda} and scored a test MSE of ${mse}.`,
  summaryIdle: (participants: number, days: number, futureDays: number, fits: number) =>
    `${participants} participants, ${days} days of hourly activity each; the last ${futureDays} days are held out as the future. Press Train to fit ${fits} ridge regressions, one per fold of every scheme.`,
  optimism: 'Future − K-fold',
  foldsCaption: 'Every fold fitted: scheme, fold, chosen penalty, sizes and test error',
  step: 'step',
  scheme: 'scheme',
  fold: 'fold',
  lambdaChosen: 'λ chosen',
  trainHours: 'train + validation hours',
  testHours: 'test hours',
  testMse: 'test MSE',
  barsLabel: 'Mean test MSE each scheme estimates, and the error on the held-out future',
  meanSquaredError: 'mean squared error',
  code: 'The same in NumPy and scikit-learn',
  // Controls
  participants: 'Participants',
  daysRecorded: 'Days recorded',
  futureDays: 'Held-out future days',
  noiseCorrelation: 'Hour-to-hour noise correlation',
  drift: 'Day-to-day drift of habits',
  kFolds: 'K of the shuffled K-fold',
  others: 'Other participants train on',
  othersAll: 'all their days (Cochrane)',
  othersPast: 'only their past',
  // Activity chart
  activityLabel: (shown: number, days: number) =>
    `Hourly activity of the first ${shown} participants over ${days} days; near zero while asleep`,
  participantN: (p: number) => `participant ${p}`,
  day: 'day',
  activity: 'activity',
  heldOutFutureMark: 'held-out future →',
  dayHour: (day: number, hour: number | null) => `${day}${hour === null ? '' : ` ${hour}h`}`,
  // Splits on the time axis
  train: 'train',
  validation: 'validation (inner loop)',
  test: 'test',
  mixed: 'hours in train and test',
  unused: 'unused',
  heldOutFuture: 'held-out future',
  everyParticipant: 'every participant',
  schemeToDraw: 'Scheme to draw',
  foldOf: (folds: number) => `Fold (of ${folds})`,
  gridLabel: (scheme: string, fold: number, folds: number, who: string) =>
    `${scheme}, fold ${fold} of ${folds}: each participant's days as train, validation or test; testing ${who}`,
  // Comparison table
  tableCaption: (p: number, d: number) =>
    `Splits of each scheme, counted from its folds, for p = ${p} participants and d = ${d} development days, and its mean test error`,
  splits: 'splits',
  meanTestMse: 'mean test MSE',
  doneOf: (done: number, splits: number) => ` (${done} of ${splits})`,
};

export const messages = defineMessages(en, {
  description:
    '릿지 회귀가 각 시간의 활동량을 그 전 시간들로 예측합니다. 각 방식은 개발용 날들에서 오차를 추정하고, 떼어 둔 미래가 실제 오차를 알려 줍니다. 습관의 변화(drift)를 올리거나 내리면서 어느 방식의 추정이 따라가는지 보세요.',
  schemes: {
    kFoldShuffled: { label: '셔플한 K-겹', short: 'K-겹(셔플)' },
    predictSecondHalf: { label: '일반 후반부 예측', short: '후반부 예측' },
    populationInformedPredictSecondHalf: {
      label: '모집단 정보 활용 후반부 예측',
      short: '모집단 후반부 예측',
    },
    dayForwardChaining: { label: '일반 일 단위 포워드 체이닝', short: '포워드 체이닝' },
    populationInformedDayForwardChaining: {
      label: '모집단 정보 활용 일 단위 포워드 체이닝',
      short: '모집단 포워드 체이닝',
    },
    future: { label: '떼어 둔 미래(정답)', short: '떼어 둔 미래' },
  },
  summaryDone: (kFolds, kFoldMse, futureDays, futureMse, higherBy) =>
    `셔플한 ${kFolds}-겹 교차 검증이 추정한 평균 제곱 오차는 ${kFoldMse}입니다. 떼어 둔 미래 ${futureDays}일에서 모델의 오차는 ${futureMse}입니다. ${higherBy !== null ? `이는 ${higherBy}% 더 높은 값으로, K-겹 교차 검증이 낙관적이었습니다` : '더 높지 않으므로, 이 설정에서는 K-겹 교차 검증이 낙관적이지 않았습니다'}.`,
  schemeEstimate: (scheme, mse, splits) => `${scheme}: 분할 ${splits}번에서 ${mse}`,
  summaryFold: (done, total, scheme, fold, lambda, mse) =>
    `폴드 ${total}개 중 ${done}개를 학습했습니다. 가장 최근 폴드(${scheme}, 폴드 ${fold})에서 고른 λ는 ${lambda}이고 테스트 MSE는 ${mse}입니다.`,
  summaryIdle: (participants, days, futureDays, fits) =>
    `참가자 ${participants}명이 각자 ${days}일 동안 기록한 시간별 활동량입니다. 마지막 ${futureDays}일은 미래로 떼어 둡니다. 학습을 누르면 모든 방식의 폴드마다 하나씩, 릿지 회귀 ${fits}개를 학습합니다.`,
  optimism: '미래 − K-겹',
  foldsCaption: '학습한 모든 폴드: 방식, 폴드, 고른 규제 강도, 크기, 테스트 오차',
  step: '스텝',
  scheme: '방식',
  fold: '폴드',
  lambdaChosen: '고른 λ',
  trainHours: '학습 + 검증 시간 수',
  testHours: '테스트 시간 수',
  testMse: '테스트 MSE',
  barsLabel: '각 방식이 추정한 평균 테스트 MSE와 떼어 둔 미래에서의 오차',
  meanSquaredError: '평균 제곱 오차',
  code: '같은 실험을 NumPy와 scikit-learn으로',
  participants: '참가자 수',
  daysRecorded: '기록한 날 수',
  futureDays: '떼어 둔 미래 날 수',
  noiseCorrelation: '시간 간 잡음 상관',
  drift: '습관의 날마다 변화(drift)',
  kFolds: '셔플한 K-겹의 K',
  others: '다른 참가자의 학습 데이터',
  othersAll: '모든 날(Cochrane)',
  othersPast: '과거만',
  activityLabel: (shown, days) =>
    `처음 참가자 ${shown}명의 ${days}일간 시간별 활동량. 자는 동안에는 0에 가깝습니다`,
  participantN: (p) => `참가자 ${p}`,
  day: '날',
  activity: '활동량',
  heldOutFutureMark: '떼어 둔 미래 →',
  dayHour: (day, hour) => `${day}${hour === null ? '' : ` ${hour}시`}`,
  train: '학습',
  validation: '검증(안쪽 루프)',
  test: '테스트',
  mixed: '학습과 테스트에 섞인 시간',
  unused: '미사용',
  heldOutFuture: '떼어 둔 미래',
  everyParticipant: '모든 참가자',
  schemeToDraw: '그릴 방식',
  foldOf: (folds) => `폴드(전체 ${folds}개)`,
  gridLabel: (scheme, fold, folds, who) =>
    `${scheme}, 폴드 ${folds}개 중 ${fold}번째: 참가자마다 날들을 학습, 검증, 테스트로 나눈 모습. 테스트 대상: ${who}`,
  tableCaption: (p, d) =>
    `방식별 분할 횟수(참가자 p = ${p}명, 개발용 날 d = ${d}일에 대해 실제 폴드에서 센 값)와 평균 테스트 오차`,
  splits: '분할',
  meanTestMse: '평균 테스트 MSE',
  doneOf: (done, splits) => ` (${splits}개 중 ${done}개)`,
});
