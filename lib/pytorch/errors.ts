/**
 * The one Python exception of every modelled library (PyTorch, scikit-learn, the Python
 * subset of the in-page session): `pyType` is the Python class name, `pyMessage` is
 * `str(exception)` verbatim, and `message` is the last traceback line.
 */
export class PyError extends Error {
  constructor(
    readonly pyType: PyErrorType | (string & {}),
    readonly pyMessage: string,
  ) {
    super(`${pyType}: ${pyMessage}`);
  }
  /** The last line of the traceback, as `traceback.format_exception_only` gives it. */
  line(): string {
    return this.pyMessage === '' ? this.pyType : `${this.pyType}: ${this.pyMessage}`;
  }
  /** This exception as data, for a function that reports a failure instead of raising it. */
  failure(): PyFailure {
    return { ok: false, errorType: this.pyType, error: this.pyMessage };
  }
}

/** Python classes the modelled libraries raise or warn with (the interpreter raises others too). */
export type PyErrorType =
  | 'RuntimeError'
  | 'ValueError'
  | 'TypeError'
  | 'IndexError'
  | 'AttributeError'
  | 'KeyError'
  | 'NotImplementedError'
  | 'UserWarning';

/** A PyError as data: its class name and `str(exception)`. */
export interface PyFailure {
  ok: false;
  errorType: string;
  error: string;
}

/** The last traceback line of a failure record, as `PyError.line()` gives it. */
export const failureLine = (f: PyFailure): string => new PyError(f.errorType, f.error).line();

/** Raises a PyError where an expression is expected (`x ?? raise('KeyError', "'a'")`). */
export function raise(pyType: PyErrorType | (string & {}), message: string): never {
  throw new PyError(pyType, message);
}

/** Runs `f`, turning a raised PyError into its failure record (other errors propagate). */
export function attempt<T>(f: () => T): { ok: true; value: T } | PyFailure {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof PyError) return e.failure();
    throw e;
  }
}

/** A warning as Python shows it (`UserWarning: ...`); `oncePerProcess` for TORCH_WARN_ONCE. */
export interface TorchWarning {
  message: string;
  oncePerProcess: boolean;
}

export const runtimeError = (msg: string) => new PyError('RuntimeError', msg);
export const typeError = (msg: string) => new PyError('TypeError', msg);
export const valueError = (msg: string) => new PyError('ValueError', msg);
export const indexError = (msg: string) => new PyError('IndexError', msg);
