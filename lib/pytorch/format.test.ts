import { describe, expect, it } from 'vitest';
import { lastOutput } from './testing';
import { formatExp, formatFixed, floatRepr } from './pyFloat';

// Expected strings follow torch/_tensor_str.py (PyTorch 1.13) as documented in the
// oracle README's "Behaviour worth knowing", and Python's float formatting.
describe('tensor printing', () => {
  it('right-aligns every element to the widest one', () => {
    expect(lastOutput("torch.tensor([float('inf'), -1.5, float('nan')])")).toBe(
      'tensor([    inf, -1.5000,     nan])',
    );
    expect(lastOutput('torch.tensor([True, False])')).toBe('tensor([ True, False])');
  });

  it('switches to scientific notation on a max/min ratio over 1000 or values below 1e-4', () => {
    expect(lastOutput('torch.tensor([0.001, 1000.])')).toBe('tensor([1.0000e-03, 1.0000e+03])');
    expect(lastOutput('torch.tensor([1e-5, 1.])')).toBe('tensor([1.0000e-05, 1.0000e+00])');
    expect(lastOutput('torch.tensor([123456.789])')).toBe('tensor([123456.7891])');
  });

  it('wraps at floor((80 - indent) / (width + 2)) elements per line', () => {
    expect(lastOutput('torch.arange(30.)')).toBe(
      'tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n' +
        '        14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,\n' +
        '        28., 29.])',
    );
  });

  it('summarises more than 1000 elements with the first and last three', () => {
    expect(lastOutput('torch.arange(1001)')).toBe(
      'tensor([   0,    1,    2,  ...,  998,  999, 1000])',
    );
    expect(lastOutput('torch.ones(10000)')).toBe('tensor([1., 1., 1.,  ..., 1., 1., 1.])');
  });

  it('moves a suffix to a new line by the off-by-two last_line_len rule', () => {
    // 'tensor([1., 1., 1., 1., 1., 1., 1., 1.], dtype=torch.float64' is 61 characters;
    // the counter is 63, and 63 + len('requires_grad=True') + 2 = 83 > 80.
    expect(lastOutput('torch.ones(8, dtype=torch.float64, requires_grad=True)')).toBe(
      'tensor([1., 1., 1., 1., 1., 1., 1., 1.], dtype=torch.float64,\n       requires_grad=True)',
    );
  });

  it('prints empty tensors with their size when not 1-D', () => {
    expect(lastOutput('torch.zeros(2, 0)')).toBe('tensor([], size=(2, 0))');
    expect(lastOutput('torch.zeros(0)')).toBe('tensor([])');
  });

  it('prefixes parameters with "Parameter containing:"', () => {
    expect(lastOutput('torch.nn.Parameter(torch.ones(2))')).toBe(
      'Parameter containing:\ntensor([1., 1.], requires_grad=True)',
    );
  });
});

describe("Python's float formatting", () => {
  it('rounds exact ties to even, as format() does', () => {
    expect(formatFixed(0.03125, 4)).toBe('0.0312');
    expect(formatFixed(0.09375, 4)).toBe('0.0938');
    expect(formatFixed(-0.0, 0)).toBe('-0');
    expect(formatExp(1999, 4)).toBe('1.9990e+03');
    expect(formatExp(0, 4)).toBe('0.0000e+00');
  });

  it('reprs floats with the shortest digits and exponents outside [1e-4, 1e16)', () => {
    expect(floatRepr(Math.fround(0.1))).toBe('0.10000000149011612');
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(3)).toBe('3.0');
  });
});
