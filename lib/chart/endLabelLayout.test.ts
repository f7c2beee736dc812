import { describe, expect, it } from 'vitest';
import { endLabelLayout } from './endLabelLayout';

describe('endLabelLayout', () => {
  it('keeps end labels that fit in 30% of the width, with room for the longest', () => {
    expect(endLabelLayout([40, 90], 800, { endLabels: true, legend: true })).toEqual({
      endLabels: true,
      legend: true,
      right: 102,
    });
  });

  it('drops end labels that do not fit and names the series in the legend instead', () => {
    expect(endLabelLayout([40, 140], 390, { endLabels: true, legend: true })).toEqual({
      endLabels: false,
      legend: true,
      right: 16,
    });
    expect(endLabelLayout([40, 140], 390, { endLabels: true, legend: false })).toEqual({
      endLabels: false,
      legend: true,
      right: 16,
    });
  });

  it('leaves a chart without end labels as it was asked', () => {
    expect(endLabelLayout([40], 800, { endLabels: false, legend: false })).toEqual({
      endLabels: false,
      legend: false,
      right: 16,
    });
  });
});
