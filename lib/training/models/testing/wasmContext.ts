import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { join } from 'node:path';
import { loadDatasetFromDisk } from '../../testing/nodeTf';
import type { ExperimentContext } from '../../experiment';
import { seededRandom } from '../../../random/seeded';

/**
 * An experiment context on tfjs' wasm backend (single-threaded, as in the
 * site's worker), for Node tests of experiments too heavy for the cpu backend.
 */
export async function wasmContext(seed: number): Promise<ExperimentContext> {
  if (tf.getBackend() !== 'wasm') {
    setWasmPaths(join(process.cwd(), 'node_modules/@tensorflow/tfjs-backend-wasm/dist/') + '/');
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    await tf.setBackend('wasm');
    await tf.ready();
  }
  return { tf, random: seededRandom(seed), loadDataset: loadDatasetFromDisk };
}
