import { describe, expect, it } from 'vitest';
import { transformImage } from './deformableSamplingData';

const image = Float32Array.from({ length: 64 }, (_, i) => (i * 37) % 11);

describe('transformImage', () => {
  it('leaves the image unchanged at angle 0 and scale 1', () => {
    expect(Array.from(transformImage(image, 8, 0, 1))).toEqual(Array.from(image));
  });

  it('turns a quarter counter-clockwise on screen: out[i][j] = in[j][7 − i]', () => {
    const turned = transformImage(image, 8, Math.PI / 2, 1);
    for (let i = 0; i < 8; i++)
      for (let j = 0; j < 8; j++) expect(turned[i * 8 + j]).toBeCloseTo(image[j * 8 + 7 - i], 5);
  });

  it('scaling by 2 reads the centre at half spacing, by bilinear interpolation', () => {
    const big = transformImage(image, 8, 0, 2);
    // Output (0, 0) reads input (1.75, 1.75): the four neighbours weighted ¼·¾ combinations.
    const at = (i: number, j: number) => image[i * 8 + j];
    const expected =
      0.25 * 0.25 * at(1, 1) + 0.25 * 0.75 * (at(1, 2) + at(2, 1)) + 0.75 * 0.75 * at(2, 2);
    expect(big[0]).toBeCloseTo(expected, 5);
  });
});
