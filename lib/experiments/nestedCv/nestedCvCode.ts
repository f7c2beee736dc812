/** The NestedCv widget's settings the scikit-learn program depends on. */
export interface NestedCvCodeSettings {
  dataset: 'iris' | 'digits';
  innerFolds: number;
  innerSeed: number;
  outerFolds: number;
  outerSeed: number;
  kMax: number;
}

/**
 * The scikit-learn program of the NestedCv widget: GridSearchCV over K = 1..kMax with a
 * shuffled inner K-fold, its best score (optimistic) beside the nested score of the whole
 * search under a shuffled outer K-fold (honest).
 */
export function nestedCvCode(s: NestedCvCodeSettings): string {
  const loader = s.dataset === 'iris' ? 'load_iris' : 'load_digits';
  return [
    `from sklearn.datasets import ${loader}`,
    'from sklearn.model_selection import GridSearchCV, KFold, cross_val_score',
    'from sklearn.neighbors import KNeighborsClassifier',
    '',
    `X, y = ${loader}(return_X_y=True)`,
    `inner_cv = KFold(n_splits=${s.innerFolds}, shuffle=True, random_state=${s.innerSeed})`,
    `outer_cv = KFold(n_splits=${s.outerFolds}, shuffle=True, random_state=${s.outerSeed})`,
    `search = GridSearchCV(KNeighborsClassifier(), {"n_neighbors": range(1, ${s.kMax + 1})}, cv=inner_cv)`,
    'non_nested = search.fit(X, y).best_score_  # optimistic',
    'nested = cross_val_score(search, X, y, cv=outer_cv).mean()  # honest',
    'print(non_nested, nested)',
  ].join('\n');
}
