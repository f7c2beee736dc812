/** Python exception classes PyTorch raises for bad convolution configurations. */
export type TorchErrorType = 'ValueError' | 'RuntimeError' | 'TypeError' | 'IndexError';

/** When PyTorch raises: building the module (`nn.Conv2d(...)`) or calling it on an input. */
export type TorchErrorStage = 'construct' | 'forward';

/**
 * An error PyTorch 1.13 would raise, with its class, its `str(exception)` text verbatim and
 * the stage it happens at. `printsPythonSet` marks texts that print a Python set, whose
 * element order differs between Python processes.
 */
export class TorchError extends Error {
  constructor(
    readonly type: TorchErrorType,
    message: string,
    readonly stage: TorchErrorStage,
    readonly printsPythonSet = false,
  ) {
    super(message);
    this.name = type;
  }
}

/** A warning PyTorch shows; `oncePerProcess` for TORCH_WARN_ONCE warnings. */
export interface TorchWarning {
  message: string;
  oncePerProcess: boolean;
}
