import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradientRegion, gradMapRows, inputGradient } from './effectiveReceptiveField';
import { receptiveField, type StackLayer } from './receptiveField';
import { PyError } from '../errors';

interface RfCase {
  layers: StackLayer[];
  input_hw: [number, number];
  ok?: boolean;
  error_type?: string;
  error?: string;
  output_hw?: [number, number];
  centre_output?: [number, number];
  theoretical_rf_size?: number;
  theoretical_jump?: number;
  theoretical_rows?: [number, number];
  theoretical_cols?: [number, number];
  empirical_rows?: [number, number] | null;
  empirical_cols?: [number, number] | null;
  empirical_extent_hw?: [number, number];
  empirical_nonzero_count?: number;
  clipped?: boolean;
  grad_map_bbox?: number[][];
  grad_map?: number[][];
  grad_sum?: number;
}

const oracle = JSON.parse(
  readFileSync(new URL('../../../tests/oracles/conv.json', import.meta.url), 'utf8'),
) as {
  receptive_field: RfCase[];
  erf: RfCase[];
};

function describeStack(c: RfCase): string {
  const layers = c.layers.map(
    (l) => `${l.type}(k${l.kernel},s${l.stride},p${l.padding},d${l.dilation})`,
  );
  return `${layers.join(' → ')} on ${c.input_hw.join('x')}`;
}

describe('conv.json receptive_field: theoretical and empirical receptive fields match PyTorch 1.13', () => {
  oracle.receptive_field.forEach((c, i) => {
    it(`receptive_field[${i}] ${describeStack(c)}`, () => {
      if (c.ok === false) {
        let caught: unknown;
        try {
          receptiveField(c.layers, c.input_hw);
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(PyError);
        expect((caught as PyError).pyType).toBe(c.error_type);
        expect((caught as PyError).pyMessage).toBe(c.error);
        expect(() => inputGradient(c.layers, c.input_hw)).toThrow(c.error!);
        return;
      }
      const rf = receptiveField(c.layers, c.input_hw);
      expect(rf.outputHW).toEqual(c.output_hw);
      expect(rf.rfSize).toBe(c.theoretical_rf_size);
      expect(rf.jump).toBe(c.theoretical_jump);
      expect(rf.rows).toEqual(c.theoretical_rows);
      expect(rf.cols).toEqual(c.theoretical_cols);
      expect(rf.clipped).toBe(c.clipped);
      const region = gradientRegion(inputGradient(c.layers, c.input_hw, c.centre_output));
      expect(region.rows).toEqual(c.empirical_rows);
      expect(region.cols).toEqual(c.empirical_cols);
      expect(region.extentHW).toEqual(c.empirical_extent_hw);
      expect(region.nonzeroCount).toBe(c.empirical_nonzero_count);
      if (c.grad_map_bbox) expect(region.bbox).toEqual(c.grad_map_bbox);
    });
  });
});

describe('conv.json erf: the input gradient of the centre pixel matches PyTorch 1.13 exactly', () => {
  oracle.erf.forEach((c, i) => {
    it(`erf[${i}] ${describeStack(c)}`, () => {
      const map = inputGradient(c.layers, c.input_hw, c.centre_output);
      expect(gradMapRows(map)).toEqual(c.grad_map);
      expect(map.values.reduce((a, b) => a + b, 0)).toBe(c.grad_sum);
      expect(receptiveField(c.layers, c.input_hw).outputHW).toEqual(c.output_hw);
    });
  });
});
