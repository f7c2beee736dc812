import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Two workers use both cores of a 2-core machine (the default keeps one for the main
    // process, which mostly waits). Test files share their worker's module cache instead of
    // re-importing tfjs and the engine per file: on lib/models, lib/nn and lib/conv this
    // halved the run (58 s -> 24 s). It relies on what the house style already asks: no
    // module-level mutable state, and every mock restored by the test that made it.
    maxWorkers: 2,
    isolate: false,
  },
});
