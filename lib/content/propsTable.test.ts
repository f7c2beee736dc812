import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { linearFitSpec } from '@/components/widgets/LinearFit/spec';
import { figureSpec } from '@/components/prose/proseSpecs';
import { describeField, propsTable } from './propsTable';

describe('propsTable', () => {
  it('describes every LinearFit prop from its schema: type, range, default, description', () => {
    expect(propsTable(linearFitSpec.props)).toEqual([
      { name: 'inFeatures', type: '1 | 2', required: false, default: '1', allowed: 'one of 1, 2', description: 'Input features: 1 fits a line, 2 a plane.' },
      { name: 'optimizer', type: "'sgd' | 'adam'", required: false, default: "'sgd'", allowed: "one of 'sgd', 'adam'", description: 'The optimiser that takes each step.' },
      { name: 'learningRate', type: 'number (0 < x ≤ 10)', required: false, default: '0.05', allowed: 'a number with 0 < x ≤ 10', description: 'Step size of the optimiser.' },
      { name: 'noise', type: 'number (0 ≤ x ≤ 5)', required: false, default: '0.3', allowed: 'a number with 0 ≤ x ≤ 5', description: 'Standard deviation of the noise added to the targets.' },
      { name: 'batchSize', type: 'integer 1–256', required: false, default: '16', allowed: 'an integer from 1 to 256', description: 'Samples per step.' },
      { name: 'samples', type: 'integer 8–2000', required: false, default: '128', allowed: 'an integer from 8 to 2000', description: 'Size of the data set.' },
      { name: 'steps', type: 'integer 1–5000', required: false, default: '300', allowed: 'an integer from 1 to 5000', description: 'Steps a full run takes.' },
      { name: 'seed', type: 'integer ≥ 0', required: false, default: '1', allowed: 'an integer ≥ 0', description: 'Seed of the data, the initial weights and the batches.' },
    ]);
  });

  it('marks props without a default or optional() as required', () => {
    const required = propsTable(figureSpec.props).filter((row) => row.required).map((row) => row.name);
    expect(required).toEqual(['src', 'alt']);
  });

  it('has one row per schema key, in order', () => {
    expect(propsTable(linearFitSpec.props).map((row) => row.name)).toEqual(Object.keys(linearFitSpec.props.shape));
  });
});

describe('describeField', () => {
  it('writes bounds with the right strictness', () => {
    expect(describeField(z.number().min(-1).lt(1)).type).toBe('number (-1 ≤ x < 1)');
    expect(describeField(z.number().positive()).type).toBe('number (x > 0)');
    expect(describeField(z.number().max(3)).type).toBe('number (x ≤ 3)');
    expect(describeField(z.number().int().positive()).type).toBe('integer ≥ 1');
    expect(describeField(z.number()).type).toBe('number');
  });

  it('names lists, booleans and strings', () => {
    expect(describeField(z.array(z.number())).type).toBe('number[]');
    expect(describeField(z.array(z.enum(['a', 'b']))).type).toBe("('a' | 'b')[]");
    expect(describeField(z.array(z.number().positive()).min(1).max(4)).allowed).toBe('a list (1–4 items, each a number with x > 0)');
    expect(describeField(z.boolean()).type).toBe('boolean');
    expect(describeField(z.boolean()).expected).toBe('true or false');
    expect(describeField(z.string()).expected).toBe('a string');
  });
});
