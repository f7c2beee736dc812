import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../data/dataset';
import { parseDigits } from '../data/digits';
import { parseIris } from '../data/iris';
import type { DatasetName } from '../data/load';
import { seededRandom } from '../../random/seeded';
import type { ExperimentContext, Tf } from '../experiment';

/** tfjs on the cpu backend, for Node tests of experiments. */
export async function nodeTf(): Promise<Tf> {
  await tf.setBackend('cpu');
  await tf.ready();
  return tf;
}

/** Reads the converted data sets from public/data (run scripts/convertData.mjs first). */
export async function loadDatasetFromDisk(name: DatasetName): Promise<Dataset> {
  const dir = join(process.cwd(), 'public', 'data');
  return name === 'digits'
    ? parseDigits(new Uint8Array(readFileSync(join(dir, 'digits.u8'))))
    : parseIris(JSON.parse(readFileSync(join(dir, 'iris.json'), 'utf8')));
}

/** An experiment context for tests: cpu tfjs, a seeded generator, data from disk. */
export async function nodeContext(seed: number): Promise<ExperimentContext> {
  return { tf: await nodeTf(), random: seededRandom(seed), loadDataset: loadDatasetFromDisk };
}
