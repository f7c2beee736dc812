import type { Dataset } from './dataset';

export const IRIS_URL = 'data/iris.json';

interface IrisFile {
  features: string[];
  classNames: string[];
  x: number[][];
  y: number[];
}

/** Parses `public/data/iris.json` (Fisher's iris: 150 x 4 measurements in cm, 3 classes). */
export function parseIris(json: unknown): Dataset {
  const file = json as IrisFile;
  if (!file || !Array.isArray(file.x) || !Array.isArray(file.y) || file.x.length !== file.y.length) {
    throw new Error('iris: malformed file');
  }
  const d = file.features.length;
  return {
    name: 'iris',
    x: Float32Array.from(file.x.flat()),
    y: Int32Array.from(file.y),
    n: file.x.length,
    d,
    classes: file.classNames.length,
    classNames: file.classNames,
    featureNames: file.features,
  };
}
