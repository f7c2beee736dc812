import { formatDims } from '../formatShape';
import { floorDiv, printsPythonSet, pyMod } from './normalizeArgs';
import { PyError, type TorchWarning } from '../errors';

/** What `nn.Conv2d(...)` / `nn.ConvTranspose2d(...)` builds: its parameters and their count. */
export interface ConvParameters {
  weightShape: number[];
  biasShape: number[] | null;
  /** `sum(p.numel() for p in m.parameters())` */
  params: number;
  warnings: TorchWarning[];
}

/** Normalised arguments shared by Conv2d and ConvTranspose2d, with the parameters they make. */
export interface ConvGeometry extends ConvParameters {
  inChannels: number;
  outChannels: number;
  kernel: [number, number];
  stride: [number, number];
  dilation: [number, number];
  groups: number;
}

/** Outcome of constructing a module and calling it on a zero input of a given shape. */
export interface ConvShapeResult {
  ok: boolean;
  stage?: 'construct' | 'forward';
  errorType?: string;
  error?: string;
  /** The error text prints a Python set: compare its elements, not their order. */
  errorPrintsPythonSet?: boolean;
  params?: number;
  weightShape?: number[];
  biasShape?: number[] | null;
  /** Conv2d with string padding: `[left, right, top, bottom]` PyTorch applies. */
  resolvedPaddingLRTB?: [number, number, number, number];
  outputShape?: number[];
  /** Multiply-accumulates per sample, bias additions not counted. */
  macsPerSample?: number;
  warnings: TorchWarning[];
}

/** `_ConvNd.__init__`'s group checks, in PyTorch's order. */
export function checkGroups(inChannels: number, outChannels: number, groups: number): void {
  const fail = (msg: string): never => {
    throw new PyError('ValueError', msg);
  };
  if (groups <= 0) fail('groups must be a positive integer');
  if (pyMod(inChannels, groups) !== 0) fail('in_channels must be divisible by groups');
  if (pyMod(outChannels, groups) !== 0) fail('out_channels must be divisible by groups');
}

/**
 * Weight `[a, b // groups, kH, kW]` (a = out for Conv2d, in for ConvTranspose2d) and bias
 * `[out]`, created with `torch.empty` (negative sizes fail) and initialised by
 * `kaiming_uniform_`, which warns on zero-element weights.
 */
export function convParameters(
  lead: number,
  perGroupOf: number,
  groups: number,
  kernel: readonly [number, number],
  outChannels: number,
  bias: boolean,
): ConvParameters {
  const weightShape = [lead, floorDiv(perGroupOf, groups), kernel[0], kernel[1]];
  const negative = weightShape.find((s) => s < 0);
  if (negative !== undefined) {
    throw new PyError(
      'RuntimeError',
      `Trying to create tensor with negative dimension ${negative}: ${formatDims(weightShape)}`,
    );
  }
  if (bias && outChannels < 0) {
    throw new PyError(
      'RuntimeError',
      `Trying to create tensor with negative dimension ${outChannels}: [${outChannels}]`,
    );
  }
  const biasShape = bias ? [outChannels] : null;
  const weightNumel = weightShape.reduce((a, b) => a * b, 1);
  const warnings: TorchWarning[] = weightShape.includes(0)
    ? [
        {
          message: 'UserWarning: Initializing zero-element tensors is a no-op',
          oncePerProcess: false,
        },
      ]
    : [];
  return { weightShape, biasShape, params: weightNumel + (biasShape ? outChannels : 0), warnings };
}

/** A forward-stage RuntimeError (ATen's TORCH_CHECK). */
export function forwardError(message: string): never {
  throw new PyError('RuntimeError', message);
}

/**
 * The opening checks of ATen `check_shape_forward`, in its order: no negative padding or
 * output padding, positive strides, at least `groups` filters in the weight's first dimension.
 */
export function checkShapeForwardCommon(
  padding: readonly number[],
  outputPadding: readonly number[],
  stride: readonly number[],
  weightShape: readonly number[],
  groups: number,
): void {
  if (padding.some((p) => p < 0)) forwardError('negative padding is not supported');
  if (outputPadding.some((p) => p < 0)) forwardError('negative output_padding is not supported');
  if (stride.some((s) => s <= 0)) forwardError('non-positive stride is not supported');
  if (weightShape[0] < groups) {
    forwardError(
      `Given groups=${groups}, expected weight to be at least ${groups} at dimension 0, ` +
        `but got weight of size ${formatDims(weightShape)} instead`,
    );
  }
}

/**
 * `_select_conv_backend`'s first cut: zero batch or zero channels take the empty backend,
 * any other empty input is refused. Returns true for the empty backend.
 */
export function isEmptyBackend(input: readonly number[]): boolean {
  if (input[0] === 0 || input[1] === 0) return true;
  if (input.includes(0)) {
    forwardError(
      `Only zero batch or zero channel inputs are supported, but got input shape: ${formatDims(input)}`,
    );
  }
  return false;
}

/** Runs construct-then-forward and records the outcome the way the oracle does. */
export function recordOutcome<M extends ConvParameters>(
  construct: () => M,
  forward: (module: M, result: ConvShapeResult) => void,
): ConvShapeResult {
  const result: ConvShapeResult = { ok: false, warnings: [] };
  let stage: 'construct' | 'forward' = 'construct';
  try {
    const module = construct();
    stage = 'forward';
    result.params = module.params;
    result.weightShape = module.weightShape;
    result.biasShape = module.biasShape;
    result.warnings.push(...module.warnings);
    forward(module, result);
    result.ok = true;
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    result.stage = stage;
    result.errorType = e.pyType;
    result.error = e.pyMessage;
    if (printsPythonSet(e.pyMessage)) result.errorPrintsPythonSet = true;
  }
  return result;
}
