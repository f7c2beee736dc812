import { PyError } from '../errors';
import { PythonError } from '../nn/errors';

/** Runs a function of the pure module model (`lib/torch/nn`), re-raising its Python exceptions as the session's. */
export function fromNn<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PythonError) throw new PyError(e.detail.errorType, e.detail.error);
    throw e;
  }
}
