/** The two networks the batch-norm experiments train on 8x8 digits. */
export type NetArchitecture =
  | { kind: 'mlp'; widths: readonly number[]; classes: number }
  | { kind: 'cnn'; widths: readonly number[]; classes: number };

/** An MLP 64 - widths... - 10. */
export function mlpArchitecture(widths: readonly number[]): NetArchitecture {
  return { kind: 'mlp', widths, classes: 10 };
}

/** 3x3 convolutions (padding 1) with `widths` channels on the 8x8 image, 2x2 average pooling between them. */
export function cnnArchitecture(widths: readonly number[]): NetArchitecture {
  return { kind: 'cnn', widths, classes: 10 };
}

/** Side of the feature map hidden layer l works on (8 for every MLP layer: unused). */
export function layerSide(architecture: NetArchitecture, l: number): number {
  return architecture.kind === 'cnn' ? 8 / 2 ** l : 1;
}

/** Inputs of the linear read-out: the last width, times the last feature map's pixels for a CNN. */
export function readoutFanIn(architecture: NetArchitecture): number {
  const last = architecture.widths.length - 1;
  return architecture.widths[last] * layerSide(architecture, last) ** 2;
}

/** Inputs to one output unit of hidden layer l (fan_in for the initialisation). */
export function layerFanIn(architecture: NetArchitecture, l: number): number {
  const previous = l === 0 ? (architecture.kind === 'mlp' ? 64 : 1) : architecture.widths[l - 1];
  return architecture.kind === 'mlp' ? previous : 9 * previous;
}

/** Weight shape of one network's hidden layer l: fan_in x out (a 3x3 kernel as 9 in x out rows). */
export function layerWeightShape(architecture: NetArchitecture, l: number): number[] {
  return [layerFanIn(architecture, l), architecture.widths[l]];
}
