// The reference for the MLP comparison: tfjs-layers' `model.fit` on the
// network BatchNormRace trains (64-64-64-10, batch 64, plain SGD) on the wasm
// backend, in a Web Worker of a page of the built site, as the widgets train.
// tfjs-layers is a dev dependency of the bench only: its bundles are served
// to this page by request interception and never enter the site's build.
import { readFileSync } from 'node:fs';

const BUNDLES = {
  'tf-core.js': 'node_modules/@tensorflow/tfjs-core/dist/tf-core.min.js',
  'tf-backend-wasm.js': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.min.js',
  'tf-layers.js': 'node_modules/@tensorflow/tfjs-layers/dist/tf-layers.min.js',
};

const WORKER = (seconds) => `
importScripts('tf-core.js', 'tf-backend-wasm.js', 'tf-layers.js');
onmessage = async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  tf.wasm.setWasmPaths(new URL('../wasm/', self.location.href).href);
  await tf.setBackend('wasm');
  await tf.ready();
  const batches = 50;
  const x = tf.randomNormal([64 * batches, 64], 0, 1, 'float32', 1);
  const y = tf.oneHot(tf.randomUniform([64 * batches], 0, 10, 'int32', 2), 10);
  const model = tf.sequential({ layers: [
    tf.layers.dense({ units: 64, activation: 'relu', inputShape: [64] }),
    tf.layers.dense({ units: 64, activation: 'relu' }),
    tf.layers.dense({ units: 10, activation: 'softmax' }),
  ] });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
  const epoch = () => model.fit(x, y, { batchSize: 64, epochs: 1, shuffle: true, verbose: 0, yieldEvery: 'never' });
  await epoch(); // warm-up: kernels compiled, weights allocated
  let steps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ${seconds * 1000}) {
    await epoch();
    steps += batches;
  }
  postMessage({ stepsPerSecond: steps / ((performance.now() - t0) / 1000), backend: tf.getBackend() });
};`;

/** Steps per second of `model.fit` (one step = one batch of 64), measured for about `seconds` after a warm-up epoch. */
export async function layersFitStepsPerSecond(browser, site, seconds) {
  // Routed on the context, which also sees the worker's own requests.
  const context = await browser.newContext();
  const page = await context.newPage();
  await context.route(`${site}__bench/**`, (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    if (file === 'worker.js')
      return route.fulfill({ contentType: 'text/javascript', body: WORKER(seconds) });
    if (BUNDLES[file])
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(BUNDLES[file], 'utf8'),
      });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(site, { waitUntil: 'load' });
  const result = await page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(url);
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage('go');
      }),
    `${site}__bench/worker.js`,
  );
  await context.close();
  return result;
}
