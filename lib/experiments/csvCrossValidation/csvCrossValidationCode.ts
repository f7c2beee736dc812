/** The CSV file the reader loaded, as the widget read it. */
export interface CsvFileInfo {
  name: string;
  /** 'UTF-8', 'UTF-16LE', 'windows-1252', ... as the widget decoded it. */
  encoding: string;
  delimiter: ',' | ';' | '\t';
  target: string;
  featureNames: readonly string[];
  task: 'classification' | 'regression';
}

/** The example file the widget offers: scikit-learn's iris, written as CSV with a `species` column. */
export const EXAMPLE_CSV: CsvFileInfo = {
  name: 'iris.csv',
  encoding: 'UTF-8',
  delimiter: ',',
  target: 'species',
  featureNames: ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'],
  task: 'classification',
};

const py = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const delimiterCode = { ',': "','", ';': "';'", '\t': "'\\t'" } as const;

/**
 * The CsvCrossValidation widget in scikit-learn, reading the reader's file by name: the numeric
 * feature columns the widget found, the chosen target (labels as text for classification,
 * numbers for regression), and K-fold cross-validation with `KFold(shuffle=True)` of a
 * pipeline that standardises with each training fold's statistics, then KNN or ridge
 * (`RidgeClassifier` for classes). Scores are accuracy or R², as in the widget.
 */
export function csvCrossValidationCode(
  s: { model: 'knn' | 'ridge'; kFolds: number; neighbours: number; lambda: number; seed: number },
  file: CsvFileInfo,
): string {
  const classification = file.task === 'classification';
  const example = file === EXAMPLE_CSV;
  const estimator =
    s.model === 'knn'
      ? `${classification ? 'KNeighborsClassifier' : 'KNeighborsRegressor'}(n_neighbors=${s.neighbours})`
      : `${classification ? 'RidgeClassifier' : 'Ridge'}(alpha=${s.lambda})`;
  const module = s.model === 'knn' ? 'sklearn.neighbors' : 'sklearn.linear_model';
  return [
    'import csv',
    'import numpy as np',
    `from ${module} import ${estimator.split('(')[0]}`,
    'from sklearn.model_selection import KFold, cross_val_score',
    'from sklearn.pipeline import make_pipeline',
    'from sklearn.preprocessing import StandardScaler',
    ...(example ? ['from sklearn.datasets import load_iris'] : []),
    '',
    `FILE = ${py(file.name)}`,
    `TARGET = ${py(file.target)}`,
    `FEATURES = [${file.featureNames.map(py).join(', ')}]`,
    '',
    ...(example
      ? [
          "# The widget's example file is scikit-learn's iris as CSV: write it here.",
          '# (Load your own file in the widget, and this panel reads that one instead.)',
          'iris = load_iris()',
          "with open(FILE, 'w', newline='', encoding='utf-8') as f:",
          '    writer = csv.writer(f)',
          '    writer.writerow(FEATURES + [TARGET])',
          '    for features, label in zip(iris.data, iris.target):',
          '        writer.writerow([*features, iris.target_names[label]])',
          '',
        ]
      : []),
    `with open(FILE, newline='', encoding=${py(file.encoding.toLowerCase())}) as f:`,
    `    rows = list(csv.DictReader(f, delimiter=${delimiterCode[file.delimiter]}))`,
    'X = np.array([[float(row[name]) for name in FEATURES] for row in rows])',
    classification
      ? 'y = np.array([row[TARGET].strip() for row in rows])  # classes, as text'
      : 'y = np.array([float(row[TARGET]) for row in rows])',
    '',
    `model = make_pipeline(StandardScaler(), ${estimator})`,
    `cv = KFold(n_splits=${s.kFolds}, shuffle=True, random_state=${s.seed})`,
    'scores = cross_val_score(model, X, y, cv=cv)',
    `print('fold ${classification ? 'accuracy' : 'R^2'}:', scores.round(3), 'mean', scores.mean().round(3), '+-', scores.std().round(2))`,
  ].join('\n');
}
