// Converts the shipped data sets (data/) into the compact files the site
// loads at run time (public/data/). Deterministic: same input, same bytes.
import { gunzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');
mkdirSync(outDir, { recursive: true });

function rows(text) {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(',').map(Number));
}

const digits = rows(gunzipSync(readFileSync(join(root, 'data', 'digits.csv.gz'))).toString('utf8'));
const bytes = new Uint8Array(digits.length * 65);
digits.forEach((row, i) => {
  if (row.length !== 65)
    throw new Error(`digits row ${i + 1}: expected 65 values, got ${row.length}`);
  row.forEach((v, j) => {
    if (!Number.isInteger(v) || v < 0 || v > 16 || (j === 64 && v > 9))
      throw new Error(`digits row ${i + 1}: bad value ${v}`);
    bytes[i * 65 + j] = v;
  });
});
writeFileSync(join(outDir, 'digits.u8'), bytes);

const [header, ...irisRows] = readFileSync(join(root, 'data', 'iris.csv'), 'utf8')
  .trim()
  .split(/\r?\n/);
const [n, d, ...classNames] = header.split(',');
const iris = {
  features: ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'],
  classNames,
  x: irisRows.map((line) => line.split(',').slice(0, Number(d)).map(Number)),
  y: irisRows.map((line) => Number(line.split(',')[Number(d)])),
};
if (iris.x.length !== Number(n))
  throw new Error(`iris: header says ${n} rows, found ${iris.x.length}`);
writeFileSync(join(outDir, 'iris.json'), JSON.stringify(iris));

console.log(
  `data: digits ${digits.length} x 64 (${bytes.length} bytes), iris ${iris.x.length} x ${d}`,
);
