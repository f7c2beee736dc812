/**
 * A Python exception raised by the modelled library: `type` is the Python
 * class name, `message` is `str(exception)` verbatim.
 */
export class PyError extends Error {
  constructor(readonly pyType: string, readonly pyMessage: string) {
    super(`${pyType}: ${pyMessage}`);
  }
  /** The last line of the traceback, as `traceback.format_exception_only` gives it. */
  line(): string {
    return this.pyMessage === '' ? this.pyType : `${this.pyType}: ${this.pyMessage}`;
  }
}

export const runtimeError = (msg: string) => new PyError('RuntimeError', msg);
export const typeError = (msg: string) => new PyError('TypeError', msg);
export const valueError = (msg: string) => new PyError('ValueError', msg);
export const indexError = (msg: string) => new PyError('IndexError', msg);
