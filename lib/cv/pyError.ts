/**
 * An error scikit-learn or PyTorch would raise, with the Python exception class
 * (`ValueError`, `TypeError`) and its message verbatim, so a lesson can show
 * exactly what the library prints.
 */
export class PyError extends Error {
  readonly pyType: string;

  constructor(pyType: 'ValueError' | 'TypeError', message: string) {
    super(message);
    this.name = pyType;
    this.pyType = pyType;
  }
}

/** A `ValueError` with scikit-learn's message. */
export const valueError = (message: string) => new PyError('ValueError', message);
