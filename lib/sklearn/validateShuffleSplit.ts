import { valueError } from '../pytorch/errors';
import { pyFloatRepr, pyKind, pyNumber, pyStr, type PyArg } from './pyValues';

/**
 * scikit-learn 1.2 `_validate_shuffle_split(n_samples, test_size, train_size,
 * default_test_size)`: an int size counts samples (0 < size < n), a float size
 * is a fraction in (0, 1); n_test = ceil(test_size * n), n_train =
 * floor(train_size * n), a missing one is the rest. Returns [nTrain, nTest] or
 * throws scikit-learn's ValueError verbatim.
 */
export function validateShuffleSplit(
  nSamples: number,
  testSize: PyArg,
  trainSize: PyArg,
  defaultTestSize?: number,
): [number, number] {
  const test = testSize ?? null;
  const train = trainSize ?? null;
  const testArg: PyArg =
    test === null && train === null && defaultTestSize !== undefined ? defaultTestSize : test;
  const testKind = pyKind(testArg);
  const trainKind = pyKind(train);
  const testValue = pyNumber(testArg);
  const trainValue = pyNumber(train);
  const outOfRange = (kind: string, x: number) =>
    (kind === 'i' && (x >= nSamples || x <= 0)) || (kind === 'f' && (x <= 0 || x >= 1));
  for (const [name, kind, value, arg] of [
    ['test_size', testKind, testValue, testArg],
    ['train_size', trainKind, trainValue, train],
  ] as const) {
    if (outOfRange(kind, value)) {
      throw valueError(
        `${name}=${pyStr(arg)} should be either positive and smaller than the number of samples ${nSamples} or a float in the (0, 1) range`,
      );
    }
  }
  if (train !== null && trainKind !== 'i' && trainKind !== 'f')
    throw valueError(`Invalid value for train_size: ${pyStr(train)}`);
  if (testArg !== null && testKind !== 'i' && testKind !== 'f')
    throw valueError(`Invalid value for test_size: ${pyStr(testArg)}`);
  if (trainKind === 'f' && testKind === 'f' && trainValue + testValue > 1) {
    throw valueError(
      `The sum of test_size and train_size = ${pyFloatRepr(trainValue + testValue)}, should be in the (0, 1) range. Reduce test_size and/or train_size.`,
    );
  }
  let nTest = testKind === 'f' ? Math.ceil(testValue * nSamples) : testValue;
  let nTrain = trainKind === 'f' ? Math.floor(trainValue * nSamples) : trainValue;
  if (train === null) nTrain = nSamples - nTest;
  else if (testArg === null) nTest = nSamples - nTrain;
  if (nTrain + nTest > nSamples) {
    throw valueError(
      `The sum of train_size and test_size = ${Math.trunc(nTrain + nTest)}, should be smaller than the number of samples ${nSamples}. Reduce test_size and/or train_size.`,
    );
  }
  nTrain = Math.trunc(nTrain);
  nTest = Math.trunc(nTest);
  if (nTrain === 0) {
    throw valueError(
      `With n_samples=${nSamples}, test_size=${pyStr(testArg)} and train_size=${pyStr(train)}, the resulting train set will be empty. Adjust any of the aforementioned parameters.`,
    );
  }
  return [nTrain, nTest];
}
