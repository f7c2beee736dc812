/**
 * Python's int/float distinction, which scikit-learn's argument checks depend on:
 * `test_size=1` means one sample, `test_size=1.0` is a fraction (and invalid).
 * A plain JS number counts as an int when it is integral and as a float otherwise;
 * wrap it with `pyFloat` to say "a Python float" explicitly (`pyFloat(0)` is `0.0`).
 */
export interface PyFloat {
  readonly pyFloat: number;
}

/** A Python argument value as scikit-learn sees it (None is `null` or `undefined`). */
export type PyArg = number | PyFloat | string | boolean | null | undefined;

/** Mark a number as a Python float (`pyFloat(3)` is `3.0`). */
export function pyFloat(value: number): PyFloat {
  return { pyFloat: value };
}

/** Whether a value was marked with `pyFloat`. */
export function isPyFloat(value: unknown): value is PyFloat {
  return (
    typeof value === 'object' && value !== null && typeof (value as PyFloat).pyFloat === 'number'
  );
}

/** numpy's dtype kind of `np.asarray(value)`: 'i', 'f', 'b', 'U' or 'O' (None). */
export function pyKind(value: PyArg): 'i' | 'f' | 'b' | 'U' | 'O' {
  if (value === null || value === undefined) return 'O';
  if (typeof value === 'boolean') return 'b';
  if (typeof value === 'string') return 'U';
  if (isPyFloat(value)) return 'f';
  return Number.isInteger(value) ? 'i' : 'f';
}

/** The numeric value of an int, float or bool argument (NaN otherwise). */
export function pyNumber(value: PyArg): number {
  if (isPyFloat(value)) return value.pyFloat;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return NaN;
}

/**
 * Python's `repr(float)`: the shortest round-trip digits, fixed notation for
 * exponents -4..15 (always with a fractional part), scientific `1e-05` otherwise.
 */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  if (exp >= -4 && exp < 16) {
    const fixed = x.toFixed(Math.max(0, mantissa.replace(/^-|\./g, '').length - 1 - exp));
    return fixed.includes('.') ? fixed : `${fixed}.0`;
  }
  const sign = exp < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** Python's `str(value)` for the argument values that appear in error messages. */
export function pyStr(value: PyArg): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return value;
  if (isPyFloat(value)) return pyFloatRepr(value.pyFloat);
  return Number.isInteger(value) ? String(value) : pyFloatRepr(value);
}

/** Python's `type(value)` as printed: `<class 'float'>`. */
export function pyTypeName(value: PyArg): string {
  const names = { i: 'int', f: 'float', b: 'bool', U: 'str', O: 'NoneType' } as const;
  return `<class '${names[pyKind(value)]}'>`;
}
