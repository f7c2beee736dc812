import { describe, expect, it } from 'vitest';
import { loadDatasetFromDisk } from '../training/testing/nodeTf';
import { datasetCsv } from './datasetCsv';
import { numericTable } from './numericTable';
import { parseCsv } from './parseCsv';

describe('datasetCsv', () => {
  it('writes iris as CSV that parses back to the same 150 × 4 measurements and three species', async () => {
    const iris = await loadDatasetFromDisk('iris');
    const table = numericTable(await parseCsv(datasetCsv(iris)), 'species');
    expect(table.n).toBe(150);
    expect(table.featureNames).toEqual([...iris.featureNames]);
    expect(table.classNames).toEqual([...iris.classNames].sort());
    table.x.forEach((v, i) => expect(v).toBeCloseTo(iris.x[i], 5));
  });

  it('quotes names that contain commas or quotes', async () => {
    const csv = datasetCsv(
      {
        x: new Float32Array([1]),
        y: new Int32Array([0]),
        n: 1,
        d: 1,
        featureNames: ['a, b'],
        classNames: ['say "x"'],
      },
      'y',
    );
    expect(csv).toBe('"a, b",y\n1,"say ""x"""\n');
    expect((await parseCsv(csv)).rows).toEqual([['1', 'say "x"']]);
  });
});
