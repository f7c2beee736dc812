import { describe, expect, it } from 'vitest';
import { numericTable } from './numericTable';
import { parseCsv } from './parseCsv';

const table = (text: string) => parseCsv(text);

describe('numericTable', () => {
  it('uses numeric columns as features, leaves text columns out, and turns a text target into classes', async () => {
    const t = numericTable(
      await table('id,len,wid,species\na,1.5,2,setosa\nb,3,4,virginica\nc,5,6,setosa\n'),
      'species',
    );
    expect(t.featureNames).toEqual(['len', 'wid']);
    expect(t.ignored).toEqual(['id']);
    expect(t.task).toBe('classification');
    expect(t.classNames).toEqual(['setosa', 'virginica']);
    expect(Array.from(t.y)).toEqual([0, 1, 0]);
    expect(Array.from(t.x)).toEqual([1.5, 2, 3, 4, 5, 6]);
  });

  it('treats a target of a few integers as classes and a continuous one as a regression', async () => {
    expect(numericTable(await table('a,b\n1,0\n2,1\n3,2\n'), 'b').task).toBe('classification');
    expect(numericTable(await table('a,b\n1,0.5\n2,1.25\n3,2\n'), 'b').task).toBe('regression');
  });

  it('names the line and column of a non-numeric or missing feature value', async () => {
    await expect(async () =>
      numericTable(await table('a,b,y\n1,2,0\n3,oops,1\n'), 'y'),
    ).rejects.toThrow('Line 3, column "b": "oops" is not a number.');
    await expect(async () =>
      numericTable(await table('a,b,y\n1,2,0\n\n3,,1\n'), 'y'),
    ).rejects.toThrow('Line 4, column "b": the value is missing.');
  });

  it('refuses a file with no numeric feature columns, or a target with one value', async () => {
    await expect(async () => numericTable(await table('name,y\nx,1\nz,2\n'), 'y')).rejects.toThrow(
      'There are no numeric columns to use as features besides the target.',
    );
    await expect(async () => numericTable(await table('a,y\n1,k\n2,k\n'), 'y')).rejects.toThrow(
      'has only one value',
    );
  });
});
