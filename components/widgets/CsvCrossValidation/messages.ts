import { defineMessages } from '@/lib/site/localized';
import { csvProblemText, megabytes, type CsvProblem } from '@/lib/site/csvProblem';
import type { CsvDelimiter, CsvEncoding } from '@/lib/site/decodeCsv';
import { formatNumber } from '@/lib/site/format';
import type { LoadProblem } from './useCsvTable';

/** What the loaded file holds, before any fold has run. */
export interface FileSummary {
  name: string;
  encoding: string;
  delimiter: string;
  rows: number;
  target: string;
  classes: number | null;
  features: string;
  ignored: string;
  folds: number;
}

/** The fold scores of a run so far, already written out. */
export interface ScoreSummary {
  model: string;
  target: string;
  columns: number;
  rows: number;
  metric: string;
  scores: string;
  mean: string;
  sd: string;
  done: number;
  folds: number;
}

const ko = (v: number) => formatNumber(v, 4, 'ko');

function csvProblemKo(p: CsvProblem): string {
  switch (p.kind) {
    case 'empty':
      return '파일이 비어 있습니다.';
    case 'noRows':
      return '헤더 행은 있지만 데이터 행이 없습니다.';
    case 'tooBig':
      return `파일 크기가 ${megabytes(p.bytes)} MB로 한도 ${p.limitBytes / 1024 / 1024} MB를 넘습니다. 아무것도 읽지 않았습니다.`;
    case 'unclosedQuote':
      return `${p.line}번째 줄: 따옴표로 시작한 필드가 닫히지 않았습니다.`;
    case 'emptyColumnName':
      return `${p.line}번째 줄: 헤더에 이름이 빈 열이 있습니다.`;
    case 'ragged':
      return `${p.line}번째 줄에는 값이 ${p.values}개 있지만, 헤더에는 열이 ${p.columns}개 있습니다.`;
    case 'noColumn':
      return `이름이 "${p.column}"인 열이 없습니다.`;
    case 'tooManyRows':
      return `파일의 데이터 행이 ${ko(p.rows)}개입니다. 한도는 ${ko(p.limit)}개입니다.`;
    case 'noFeatures':
      return '목표 열 말고는 특성으로 쓸 숫자 열이 없습니다.';
    case 'notNumber':
      return `${p.line}번째 줄, "${p.column}" 열: ${p.value.trim() === '' ? '값이 없습니다' : `숫자가 아닌 값입니다("${p.value}")`}.`;
    case 'targetMissing':
      return `${p.line}번째 줄, "${p.column}" 열: 목표 값이 없습니다.`;
    case 'oneValue':
      return `목표 열 "${p.column}"의 값이 하나뿐이라 예측할 것이 없습니다.`;
  }
}

const en = {
  description:
    'Load a CSV file with a header row. It is read by this page only and never leaves your browser. Pick the column to predict and a model; every fold is trained and scored in a background thread.',
  loadProblem: (p: LoadProblem) =>
    p.kind === 'csv'
      ? `${p.name}: ${csvProblemText(p.problem)}`
      : p.kind === 'example'
        ? `${p.name} could not be read: the example could not be loaded (${p.status})`
        : `${p.name} could not be read: ${p.error}`,
  noFile:
    'No file loaded yet. Choose a CSV file (it is read in this browser and never uploaded) or use the example file.',
  scores: (d: ScoreSummary) =>
    `${d.model} predicting "${d.target}" from ${d.columns} column${d.columns === 1 ? '' : 's'} of ${d.rows} rows: fold ${d.metric} ${d.scores}; mean ${d.mean} ± ${d.sd} over ${d.done} of ${d.folds} folds.`,
  loaded: (d: FileSummary) =>
    `${d.name} (${d.encoding}, ${d.delimiter}-separated): ${d.rows} rows; "${d.target}" is a ${d.classes === null ? 'regression' : `classification with ${d.classes} classes`}; features: ${d.features}${d.ignored ? ` (text columns left out: ${d.ignored})` : ''}. Press Train to run ${d.folds}-fold cross-validation.`,
  encoding: (e: CsvEncoding): string => e,
  delimiter: (d: CsvDelimiter) => ({ ',': 'comma', ';': 'semicolon', '\t': 'tab' })[d],
  knnName: (k: number) => `${k}-nearest neighbours`,
  accuracy: 'accuracy',
  csvFile: 'CSV file (at most 5 MB)',
  columnToPredict: 'Column to predict',
  model: 'Model',
  knn: 'K nearest neighbours',
  ridge: 'Ridge (RidgeClassifier for classes)',
  folds: 'Folds K',
  neighbours: 'Neighbours',
  penalty: 'Penalty λ',
  useExample: 'Use an example file',
  rows: 'rows',
  mean: (metric: string) => `mean ${metric}`,
  sd: '± sd',
  foldsDone: 'folds',
  tableCaption: (metric: string) => `${metric} of each fold`,
  fold: 'fold',
  trainingRows: 'training rows',
  testRows: 'test rows',
  barsLabel: (metric: string, folds: number) => `${metric} of each of the ${folds} folds`,
  foldN: (f: number) => `fold ${f}`,
  meanBar: 'mean',
  code: 'The same in scikit-learn',
};

export const messages = defineMessages(en, {
  description:
    '헤더 행이 있는 CSV 파일을 불러오세요. 이 페이지만 파일을 읽으며, 파일은 브라우저 밖으로 나가지 않습니다. 예측할 열과 모델을 고르면 모든 폴드를 백그라운드 스레드에서 학습하고 채점합니다.',
  loadProblem: (p) =>
    p.kind === 'csv'
      ? `${p.name}: ${csvProblemKo(p.problem)}`
      : p.kind === 'example'
        ? `예제 파일을 불러오지 못했습니다(${p.status}): ${p.name}`
        : `${p.name} 파일을 읽지 못했습니다: ${p.error}`,
  noFile:
    '아직 불러온 파일이 없습니다. CSV 파일을 고르거나(이 브라우저에서만 읽으며 업로드하지 않습니다) 예제 파일을 쓰세요.',
  scores: (d) =>
    `모델 ${d.model}, 목표 "${d.target}", 특성 열 ${d.columns}개, ${d.rows}행. 폴드별 ${d.metric}: ${d.scores}. 폴드 ${d.folds}개 중 ${d.done}개의 평균 ${d.mean} ± ${d.sd}.`,
  loaded: (d) =>
    `${d.name}(${d.encoding}, ${d.delimiter} 구분): ${d.rows}행. 목표 "${d.target}": ${d.classes === null ? '회귀' : `분류(클래스 ${d.classes}개)`}. 특성: ${d.features}${d.ignored ? `(제외한 텍스트 열: ${d.ignored})` : ''}. 학습을 누르면 ${d.folds}-겹 교차 검증을 실행합니다.`,
  encoding: (e) => (e === 'UTF-8 with BOM' ? 'BOM이 있는 UTF-8' : e),
  delimiter: (d) => ({ ',': '쉼표', ';': '세미콜론', '\t': '탭' })[d],
  knnName: (k) => `${k}-최근접 이웃`,
  accuracy: '정확도',
  csvFile: 'CSV 파일(최대 5 MB)',
  columnToPredict: '예측할 열',
  model: '모델',
  knn: 'K-최근접 이웃',
  ridge: '릿지(클래스에는 RidgeClassifier)',
  folds: '폴드 수 K',
  neighbours: '이웃 수',
  penalty: '규제 강도 λ',
  useExample: '예제 파일 사용',
  rows: '행 수',
  mean: (metric) => `평균 ${metric}`,
  sd: '± 표준편차',
  foldsDone: '폴드',
  tableCaption: (metric) => `폴드별 ${metric}`,
  fold: '폴드',
  trainingRows: '학습 행 수',
  testRows: '테스트 행 수',
  barsLabel: (metric, folds) => `폴드 ${folds}개 각각의 ${metric}`,
  foldN: (f) => `폴드 ${f}`,
  meanBar: '평균',
  code: '같은 교차 검증을 scikit-learn으로',
});
