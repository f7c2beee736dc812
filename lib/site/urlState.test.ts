import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseUrlState, serializeUrlState } from './urlState';

const schema = z.object({
  learningRate: z.number().positive().max(10),
  optimizer: z.enum(['sgd', 'adam']),
  seed: z.number().int().min(0),
  rates: z.array(z.number().positive()).min(1),
  bn: z.boolean(),
});
const defaults: z.infer<typeof schema> = {
  learningRate: 0.05,
  optimizer: 'sgd',
  seed: 1,
  rates: [0.1, 0.5],
  bn: true,
};
const fields = ['learningRate', 'optimizer', 'seed', 'rates', 'bn'] as const;

describe('URL state', () => {
  it('round-trips every field through the query string', () => {
    const values: z.infer<typeof schema> = {
      learningRate: 0.3,
      optimizer: 'adam',
      seed: 42,
      rates: [0.01, 1],
      bn: false,
    };
    const search = serializeUrlState('', 'linear-fit', values, defaults, fields);
    expect(search).toBe(
      '?linear-fit.learningRate=0.3&linear-fit.optimizer=adam&linear-fit.seed=42&linear-fit.rates=0.01%2C1&linear-fit.bn=false',
    );
    expect(parseUrlState(search, 'linear-fit', schema, defaults, fields)).toEqual(values);
  });

  it('writes only what differs from the defaults and keeps other widgets\u2019 parameters', () => {
    const search = serializeUrlState(
      '?other.seed=3&linear-fit.seed=9',
      'linear-fit',
      { ...defaults, seed: 1 },
      defaults,
      fields,
    );
    expect(search).toBe('?other.seed=3');
  });

  it('falls back to the default for each malformed field, keeping the good ones', () => {
    const search =
      '?linear-fit.learningRate=-4&linear-fit.optimizer=rmsprop&linear-fit.seed=2.5&linear-fit.rates=a,b&linear-fit.bn=maybe&linear-fit.learningRate=x';
    expect(parseUrlState(search, 'linear-fit', schema, defaults, fields)).toEqual(defaults);
    expect(
      parseUrlState(
        '?linear-fit.seed=7&linear-fit.learningRate=1e400',
        'linear-fit',
        schema,
        defaults,
        fields,
      ),
    ).toEqual({ ...defaults, seed: 7 });
  });

  it('survives garbage query strings', () => {
    for (const junk of ['?%', '?&&==', '?linear-fit.=1', '?linear-fit.seed', '%E0%A4%A']) {
      expect(parseUrlState(junk, 'linear-fit', schema, defaults, fields)).toEqual(defaults);
    }
  });

  it('reads a single number as a one-element list', () => {
    expect(parseUrlState('?w.rates=0.2', 'w', schema, defaults, fields).rates).toEqual([0.2]);
  });

  describe('a hostile URL falls back to the defaults without throwing', () => {
    const parse = (search: string) => parseUrlState(search, 'w', schema, defaults, fields);

    it('huge and unsafe numbers', () => {
      expect(parse('?w.learningRate=1e308&w.seed=1e300&w.rates=1e400')).toEqual(defaults);
      expect(parse(`?w.seed=${2 ** 53 + 2}&w.learningRate=${'9'.repeat(150)}`)).toEqual(defaults);
    });

    it('wrong types and numbers not written in decimal', () => {
      expect(parse('?w.learningRate=true&w.optimizer=5&w.seed=adam&w.rates=true&w.bn=1')).toEqual(
        defaults,
      );
      expect(
        parse('?w.learningRate=0x1&w.seed=%2012%20&w.rates=Infinity&w.bn=TRUE&w.seed=NaN'),
      ).toEqual(defaults);
    });

    it('a field given twice is ambiguous, even when both values are valid', () => {
      expect(parse('?w.seed=3&w.seed=4&w.optimizer=adam&w.optimizer=adam')).toEqual(defaults);
      expect(parse('?w.seed=3&w.seed=4&w.bn=false')).toEqual({ ...defaults, bn: false });
    });

    it('10 KB of junk, and a valid-looking value far longer than any setting', () => {
      let junk = '';
      let x = 12345;
      while (junk.length < 10_000) {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        junk += String.fromCharCode(32 + (x % 95));
      }
      expect(parse(`?${junk}`)).toEqual(defaults);
      expect(parse(`?w.seed=${junk}`)).toEqual(defaults);
      expect(parse(`?w.rates=${Array(2500).fill('0.1').join(',')}`)).toEqual(defaults);
    });

    it('broken percent-encoding', () => {
      for (const search of [
        '?w.seed=%',
        '?w.seed=%ZZ7',
        '?w.optimizer=%E0%A4',
        '?w.%E0=1',
        '?%%%',
      ]) {
        expect(parse(search)).toEqual(defaults);
      }
    });
  });
});
