import type { Dataset } from './dataset';

export const DIGITS_URL = 'data/digits.u8';
const ROW = 65;

/**
 * Parses `public/data/digits.u8` (UCI optical digits, 8x8 images with pixel
 * values 0..16 and a label; 65 bytes a row). Pixels are scaled to [0, 1].
 */
export function parseDigits(bytes: Uint8Array): Dataset {
  if (bytes.length === 0 || bytes.length % ROW !== 0) {
    throw new Error(`digits: expected a multiple of ${ROW} bytes, got ${bytes.length}`);
  }
  const n = bytes.length / ROW;
  const x = new Float32Array(n * 64);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 64; j++) x[i * 64 + j] = bytes[i * ROW + j] / 16;
    y[i] = bytes[i * ROW + 64];
  }
  return {
    name: 'digits',
    x,
    y,
    n,
    d: 64,
    classes: 10,
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    featureNames: Array.from({ length: 64 }, (_, k) => `pixel (${Math.floor(k / 8)}, ${k % 8})`),
  };
}
