import type * as tfc from '@tensorflow/tfjs-core';

export type PageTf = typeof tfc;

/**
 * tfjs for the figures that compute on the page (a matmul's shape, a conv's output, a stack's
 * input gradient), loaded on first use so it is never in the page's first JavaScript. The page
 * registers one backend, cpu (training runs in the worker with its own tfjs), so `tf.ready()`
 * initialises it as the engine's best registered backend: no figure switches the engine's
 * backend, and tensors of one figure never land on another's. The bundler loads each module
 * once, however many figures ask. With `gradients`, the gradient kernels (`tf.grad`) are
 * registered too.
 */
export async function pageTf({ gradients = false } = {}): Promise<PageTf> {
  // One after the other, core first: the backend and the gradients register into core's engine.
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  if (gradients) await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  await tf.ready();
  return tf;
}
