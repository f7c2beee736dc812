import type { Backend } from './protocol';
import type { Tf } from './experiment';

/**
 * tfjs for the worker: the wasm backend (SIMD where the browser has it) with
 * the cpu backend as fallback. The wasm binaries are served from the site's
 * own `wasm/` folder; the threaded build is switched off because it hangs
 * under cross-origin isolation.
 */
export async function initBrowserTf(baseUrl: string): Promise<{ tf: Tf; backend: Backend }> {
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  // tfjs-core leaves gradient registration to the caller; training needs all of them.
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  tf.enableProdMode();
  if (tf.getBackend() === 'wasm') return { tf, backend: 'wasm' };
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(new URL('wasm/', baseUrl).href);
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (await tf.setBackend('wasm')) {
      await tf.ready();
      return { tf, backend: 'wasm' };
    }
  } catch {
    // Falls through to cpu: the widget reports which backend it runs on.
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return { tf, backend: 'cpu' };
}
