/** A Python exception as the module code raises it: class name and `str(exception)`, verbatim. */
export interface NnError {
  ok: false;
  errorType: 'RuntimeError' | 'TypeError' | 'IndexError' | 'KeyError' | 'ValueError' | 'NotImplementedError';
  error: string;
}

export const nnError = (errorType: NnError['errorType'], error: string): NnError => ({ ok: false, errorType, error });

/** The last traceback line a REPL prints: `TypeError: int is not a Module subclass`. */
export const formatNnError = (e: { errorType: string; error: string }): string => `${e.errorType}: ${e.error}`;

/** Thrown by the module model where Python raises; carries the NnError. */
export class PythonError extends Error {
  constructor(readonly detail: NnError) {
    super(formatNnError(detail));
  }
}

export const raise = (errorType: NnError['errorType'], error: string): never => {
  throw new PythonError(nnError(errorType, error));
};

/** Runs `f`, turning a raised PythonError into its NnError (other errors propagate). */
export function attempt<T>(f: () => T): { ok: true; value: T } | NnError {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof PythonError) return e.detail;
    throw e;
  }
}
