/** The KnnTuning widget's settings the scikit-learn program depends on. */
export interface KnnTuningCodeSettings {
  dataset: 'iris' | 'digits';
  testSize: number;
  splitSeed: number;
  folds: number;
  shuffleSeed: number;
  kMax: number;
}

/**
 * The scikit-learn program of the KnnTuning widget: a stratified hold-out split, K = 1..kMax
 * scored by shuffled K-fold on the training part, the best K refitted and scored once on the
 * test part.
 */
export function knnTuningCode(s: KnnTuningCodeSettings): string {
  const loader = s.dataset === 'iris' ? 'load_iris' : 'load_digits';
  return [
    `from sklearn.datasets import ${loader}`,
    'from sklearn.model_selection import train_test_split, KFold, cross_val_score',
    'from sklearn.neighbors import KNeighborsClassifier',
    '',
    `X, y = ${loader}(return_X_y=True)`,
    `X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=${s.testSize}, stratify=y, random_state=${s.splitSeed})`,
    `cv = KFold(n_splits=${s.folds}, shuffle=True, random_state=${s.shuffleSeed})`,
    `means = {k: cross_val_score(KNeighborsClassifier(k), X_train, y_train, cv=cv).mean() for k in range(1, ${s.kMax + 1})}`,
    'best_k = max(means, key=means.get)  # first best on ties',
    'model = KNeighborsClassifier(best_k).fit(X_train, y_train)',
    'print(best_k, means[best_k], model.score(X_test, y_test))  # the test set, once',
  ].join('\n');
}
