import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { stack } from '../ops/join';
import { CpuGenerator, randpermValues } from '../random';
import { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { toInt } from './context';
import { getitem } from './objectAccess';
import type { PyValue } from './values';
import { builtin, PyList, PyObject, PyTuple, truthy, typeName } from './values';

/**
 * `torch.utils.data` as far as a first training loop needs it: TensorDataset, and
 * DataLoader(dataset, batch_size=1, shuffle=False, drop_last=False) with 1.13's
 * default_collate and its random draws (one int64 base seed per iteration, then for
 * shuffle a second one seeding the RandomSampler's own generator for randperm).
 */

/** `torch.empty((), dtype=torch.int64).random_().item()`: random64() modulo 2^63. */
function randomInt64(ctx: Ctx): bigint {
  const hi = BigInt(ctx.rt.generator.random());
  const lo = BigInt(ctx.rt.generator.random());
  return ((hi << 32n) | lo) % (1n << 63n);
}

/** default_collate: tensors stacked, ints and floats made tensors, tuples collated field by field. */
function collate(ctx: Ctx, batch: PyValue[]): PyValue {
  const first = batch[0];
  if (first instanceof Tensor) return stack(ctx.rt, batch as Tensor[], 0);
  if (first instanceof NdArray)
    return stack(
      ctx.rt,
      batch.map((a) => ctx.rt.copyOf((a as NdArray).view)),
      0,
    );
  if (typeof first === 'bigint' || typeof first === 'boolean')
    return ctx.rt.fromValues(
      batch.map(Number),
      [batch.length],
      typeof first === 'boolean' ? 'bool' : 'int64',
    );
  if (typeof first === 'number')
    return ctx.rt.fromValues(batch as number[], [batch.length], 'float64');
  if (first instanceof PyTuple || first instanceof PyList) {
    const fields = first.items.map((_, i) => batch.map((s) => (s as PyTuple).items[i]));
    return new PyList(fields.map((f) => collate(ctx, f)));
  }
  throw typeError(
    `default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class '${typeName(first)}'>`,
  );
}

function tensorDataset(ctx: Ctx, tensors: PyValue[]): PyObject {
  for (const t of tensors)
    if (!(t instanceof Tensor)) throw typeError(`'${typeName(t)}' object is not subscriptable`);
  const ts = tensors as Tensor[];
  if (ts.some((t) => t.shape[0] !== ts[0].shape[0]))
    throw new PyError('AssertionError', 'Size mismatch between tensors');
  const ds = new PyObject('TensorDataset');
  ds.qualName = 'torch.utils.data.dataset.TensorDataset';
  ds.attrs.set('tensors', new PyTuple(ts));
  ds.len = () => BigInt(ts.length ? ts[0].shape[0] : 0);
  ds.getitem = (i) => new PyTuple(ts.map((t) => getitem(ctx, t, i)));
  return ds;
}

function dataLoader(ctx: Ctx, a: PyValue[], kw: Map<string, PyValue>): PyObject {
  const known = [
    'dataset',
    'batch_size',
    'shuffle',
    'sampler',
    'batch_sampler',
    'num_workers',
    'collate_fn',
    'pin_memory',
    'drop_last',
  ];
  const [dataset, batchSize, shuffle, , , , collateFn, , dropLast] = bindArgs(
    'DataLoader.__init__',
    known,
    {
      batch_size: 1n,
      shuffle: false,
      sampler: null,
      batch_sampler: null,
      num_workers: 0n,
      collate_fn: null,
      pin_memory: false,
      drop_last: false,
    },
    a,
    kw,
  );
  const size = toInt(batchSize);
  const n = () => Number(ctx.call(builtinLen(ctx), [dataset], new Map()));
  const batches = (): number[][] => {
    const count = n();
    randomInt64(ctx); // _BaseDataLoaderIter's _base_seed, drawn even without shuffling
    let order = Array.from({ length: count }, (_, i) => i);
    if (truthy(shuffle)) {
      const seed = randomInt64(ctx);
      order = randpermValues(new CpuGenerator(Number(seed & 0xffffffffn)), count);
    }
    const out: number[][] = [];
    for (let i = 0; i < count; i += size) {
      const b = order.slice(i, i + size);
      if (b.length === size || !truthy(dropLast)) out.push(b);
    }
    return out;
  };
  const loader = new PyObject('DataLoader');
  loader.qualName = 'torch.utils.data.dataloader.DataLoader';
  const batchOf = (idx: number[]) => {
    const samples = idx.map((i) => getitem(ctx, dataset, BigInt(i)));
    return collateFn === null
      ? collate(ctx, samples)
      : ctx.call(collateFn, [new PyList(samples)], new Map());
  };
  loader.iterate = () => batches().map(batchOf);
  loader.lazyIterate = function* () {
    for (const b of batches()) yield batchOf(b);
  };
  loader.len = () => BigInt(truthy(dropLast) ? Math.floor(n() / size) : Math.ceil(n() / size));
  loader.attrs.set('dataset', dataset);
  loader.attrs.set('batch_size', batchSize);
  loader.attrs.set('drop_last', dropLast);
  return loader;
}

const builtinLen = (ctx: Ctx) =>
  builtin('len', (a) => {
    const v = a[0];
    if (v instanceof PyObject && v.len) return v.len();
    return BigInt(ctx.iterate(v).length);
  });

/** The `torch.utils.data` module. */
export function torchUtilsData(ctx: Ctx): PyObject {
  const m = new PyObject(
    'module',
    () =>
      "<module 'torch.utils.data' from '/usr/lib/python3/dist-packages/torch/utils/data/__init__.py'>",
  );
  m.attrs.set(
    'TensorDataset',
    builtin('TensorDataset', (a) => tensorDataset(ctx, a), 'type'),
  );
  m.attrs.set(
    'DataLoader',
    builtin('DataLoader', (a, kw) => dataLoader(ctx, a, kw), 'type'),
  );
  return m;
}
