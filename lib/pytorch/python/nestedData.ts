import { typeError } from '../errors';
import { NdArray } from '../numpy';
import type { NestedData } from '../ops/create';
import { Tensor } from '../tensor';
import type { PyValue } from './values';
import { PyList, PyTuple } from './values';

/** Python lists / tuples / scalars / tensors as nested data for `torch.tensor`. */
export function nestedOf(v: PyValue): NestedData {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(nestedOf);
  if (
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    typeof v === 'boolean' ||
    v instanceof Tensor
  )
    return v;
  if (v instanceof NdArray) return v.view;
  throw typeError(
    `Could not infer dtype of ${v === null ? 'NoneType' : typeof v === 'string' ? 'str' : v.constructor.name}`,
  );
}
