import { attempt } from '../errors';
import { checkGroups } from './convModule';
import type { ConvCostInput, ConvType } from './costs';

/** The cost symbols of the lecture, in the order a formula may use them. */
const SYMBOL = /(?<![\\A-Za-z])([CKMgHW])(?![A-Za-z])/g;

/** A whole number in TeX with thin thousands separators: `18{,}432`. */
export function texNumber(n: number): string {
  if (!Number.isInteger(n)) return String(Number(n.toPrecision(6)));
  return n.toLocaleString('en-US').replace(/,/g, '{,}');
}

/**
 * A formula of `convCost` (`C \cdot K^2 \cdot M`) with the student's numbers put in for the
 * symbols C, K, M, g, H, W, followed by `= value`. TeX commands (`\cdot`, `\frac`) are left alone.
 */
export function substituteCostTex(tex: string, input: ConvCostInput, value: number): string {
  const values: Record<string, number> = {
    C: input.C,
    K: input.K,
    M: input.M,
    g: input.g ?? 1,
    H: input.H,
    W: input.W,
  };
  const filled = tex.replace(SYMBOL, (_, s: string) => texNumber(values[s]));
  return `${filled} = ${texNumber(value)}`;
}

/**
 * Each type's weights divided by a standard convolution's, in closed form:
 * grouped `1/g`, pointwise `1/K²`, depthwise `1/M`, depthwise separable `1/M + 1/K²`
 * (Howard et al. 2017, eq. 5), spatially separable `(C + M)/(C·K)`; dilated and transposed `1`.
 */
export function ratioTex(type: ConvType): string {
  switch (type) {
    case 'standard':
    case 'dilated':
    case 'transposed':
      return '1';
    case 'grouped':
      return '\\frac{1}{g}';
    case 'pointwise':
      return '\\frac{1}{K^2}';
    case 'depthwise':
      return '\\frac{1}{M}';
    case 'depthwiseSeparable':
      return '\\frac{1}{M} + \\frac{1}{K^2}';
    case 'spatiallySeparable':
      return '\\frac{C + M}{C \\cdot K}';
  }
}

/** `ratioTex` evaluated for the given sizes (an independent route to `ratioToStandard`). */
export function ratioValue(type: ConvType, { C, M, K, g = 1 }: ConvCostInput): number {
  switch (type) {
    case 'standard':
    case 'dilated':
    case 'transposed':
      return 1;
    case 'grouped':
      return 1 / g;
    case 'pointwise':
      return 1 / (K * K);
    case 'depthwise':
      return 1 / M;
    case 'depthwiseSeparable':
      return 1 / M + 1 / (K * K);
    case 'spatiallySeparable':
      return (C + M) / (C * K);
  }
}

/** Group counts `g` that divide both C and M, as PyTorch's Conv2d requires. */
export function validGroupCounts(C: number, M: number): number[] {
  const out: number[] = [];
  for (let g = 1; g <= Math.min(C, M); g++) if (C % g === 0 && M % g === 0) out.push(g);
  return out;
}

/** The ValueError PyTorch 1.13's Conv2d raises for this group count, or null when it is valid. */
export function groupsError(C: number, M: number, g: number): string | null {
  const checked = attempt(() => checkGroups(C, M, g));
  return checked.ok ? null : checked.error;
}
