import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { gradcheck, leaf, testRuntime } from './gradcheck';
import { pad2d, type PadMode } from './pad2d';

interface RecordedPad {
  name: string;
  kind: PadMode;
  args: { pad: number[] };
  outShape: number[];
  gradFn: string;
  out: number[];
  gradInput: number[];
}

/** F.pad(x, pad, mode) recorded by scripts/oracles/record_pool_pad_kernel.py. */
const recorded: RecordedPad[] = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/oracles/pool_pad_kernel.json'), 'utf8'),
).cases.filter((c: RecordedPad) => c.name.startsWith('pad_'));

const rt = testRuntime();

describe('F.pad over the last two dims against PyTorch 1.13.1', () => {
  it('the fixture has reflect, replicate and circular', () =>
    expect(recorded.map((c) => c.kind)).toEqual(['reflect', 'replicate', 'circular']));
  for (const c of recorded) {
    it(`${c.kind}: every output pixel copies its source, and gradients add up at the source`, () => {
      const x = leaf(
        rt,
        Array.from({ length: 24 }, (_, k) => k),
        [1, 2, 3, 4],
      );
      const out = pad2d(rt, x, c.args.pad, c.kind);
      expect([out.shape, out.gradFn?.name, Array.from(out.values())]).toEqual([
        c.outShape,
        c.gradFn,
        c.out,
      ]);
      runBackward(
        rt,
        out,
        Float64Array.from({ length: out.numel() }, (_, k) => k + 1),
        false,
      );
      expect(Array.from(x.grad!.values())).toEqual(c.gradInput);
    });
  }

  it('zero padding returns a copy of the same values, and a 3-D input pads its planes', () => {
    const x = leaf(rt, [1, 2, 3, 4, 5, 6], [1, 2, 3]);
    const same = pad2d(rt, x, [0, 0, 0, 0], 'reflect');
    expect([same.shape, Array.from(same.values())]).toEqual([
      [1, 2, 3],
      [1, 2, 3, 4, 5, 6],
    ]);
    // replicate one column on each side: rows [1 1 2 3 3] and [4 4 5 6 6]
    expect(Array.from(pad2d(rt, x, [1, 1, 0, 0], 'replicate').values())).toEqual([
      1, 1, 2, 3, 3, 4, 4, 5, 6, 6,
    ]);
  });

  it('differentiates like finite differences', () => {
    const x = leaf(rt, [0.5, -1, 2, 0.25, 3, -0.75, 1.5, 0.1, -2, 0.8, 1.2, -0.4], [1, 3, 4]);
    for (const mode of ['reflect', 'replicate', 'circular'] as const) {
      const { analytic, numeric } = gradcheck(rt, (t) => pad2d(rt, t, [1, 2, 2, 1], mode), [x]);
      analytic[0].forEach((v, j) => expect(v).toBeCloseTo(numeric[0][j], 6));
    }
  });
});
