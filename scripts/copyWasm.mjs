// Copies the tfjs wasm binaries into public/wasm so the site serves them
// from its own origin (the worker points setWasmPaths at this folder).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
const outDir = join(root, 'public', 'wasm');
mkdirSync(outDir, { recursive: true });
const files = readdirSync(dist).filter((f) => f.endsWith('.wasm') && !f.includes('threaded'));
for (const f of files) copyFileSync(join(dist, f), join(outDir, f));
console.log(`wasm: copied ${files.join(', ')}`);
