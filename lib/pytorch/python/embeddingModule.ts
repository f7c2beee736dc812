import { PyError, runtimeError } from '../errors';
import { embedding } from '../ops/embedding';
import { normalInplace } from '../ops/randomOps';
import type { Tensor } from '../tensor';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { notImplemented, toBool, toInt } from './context';
import { checkFactoryKwargs } from './convForward';
import { newModule } from './layerModules';
import { tensorArg } from './linearForward';
import type { PyModule } from './moduleObject';
import type { Kwargs, PyValue } from './values';

const EMBEDDING_ARGS = [
  'num_embeddings',
  'embedding_dim',
  'padding_idx',
  'max_norm',
  'norm_type',
  'scale_grad_by_freq',
  'sparse',
  '_weight',
  'device',
  'dtype',
];

/** The options outside the model (renormalising rows, sparse or frequency-scaled gradients) are refused in one line. */
function refuseOptions(maxNorm: PyValue, scale: PyValue, sparse: PyValue): void {
  if (maxNorm !== null) throw notImplemented('Embedding(max_norm=...)');
  if (toBool(scale)) throw notImplemented('Embedding(scale_grad_by_freq=True)');
  if (toBool(sparse)) throw notImplemented('Embedding(sparse=True)');
}

/**
 * `nn.Embedding(num_embeddings, embedding_dim, padding_idx=None, ...)`: the weight drawn by
 * `normal_(0, 1)` from the session's generator, the padding row (a negative index counts
 * from the end) then zeroed.
 */
export function embeddingModule(ctx: Ctx, a: PyValue[], kw: Kwargs): PyModule {
  const v = bindArgs(
    'Embedding.__init__',
    EMBEDDING_ARGS,
    {
      padding_idx: null,
      max_norm: null,
      norm_type: 2.0,
      scale_grad_by_freq: false,
      sparse: false,
      _weight: null,
      device: null,
      dtype: null,
    },
    a,
    kw,
  );
  checkFactoryKwargs('Embedding', v[9]);
  const num = toInt(v[0]);
  const dim = toInt(v[1]);
  let paddingIdx = v[2] === null ? null : toInt(v[2]);
  if (paddingIdx !== null) {
    if (paddingIdx >= num || paddingIdx < -num)
      throw new PyError('AssertionError', 'Padding_idx must be within num_embeddings');
    if (paddingIdx < 0) paddingIdx += num;
  }
  refuseOptions(v[3], v[5], v[6]);
  if (v[7] !== null) throw notImplemented('Embedding(_weight=...)');
  if (num < 0 || dim < 0)
    throw runtimeError(
      `Trying to create tensor with negative dimension ${num < 0 ? num : dim}: [${num}, ${dim}]`,
    );
  const weight = ctx.rt.full([num, dim], 0, 'float32');
  normalInplace(ctx.rt, weight, 0, 1);
  if (paddingIdx !== null) {
    const w = Float64Array.from(weight.values());
    w.fill(0, paddingIdx * dim, (paddingIdx + 1) * dim);
    weight.setData(ctx.rt.fromValues(w, [num, dim], 'float32'));
  }
  weight.requiresGrad = true;
  weight.isParameter = true;
  const m = newModule(
    ctx,
    'Embedding',
    'sparse',
    () => `${num}, ${dim}${paddingIdx === null ? '' : `, padding_idx=${paddingIdx}`}`,
  );
  m.registerParameter('weight', weight);
  m.attrs.set('num_embeddings', BigInt(num));
  m.attrs.set('embedding_dim', BigInt(dim));
  m.attrs.set('padding_idx', paddingIdx === null ? null : BigInt(paddingIdx));
  m.attrs.set('max_norm', null);
  m.attrs.set('norm_type', v[4]);
  m.attrs.set('scale_grad_by_freq', false);
  m.attrs.set('sparse', false);
  m.forward = (x, k) =>
    embedding(
      ctx.rt,
      tensorArg('embedding', 'indices', 1, bindArgs('Embedding.forward', ['input'], {}, x, k)[0]),
      m.getattr!('weight') as Tensor,
      paddingIdx,
    );
  return m;
}

/** `F.embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False)`. */
export function functionalEmbedding(ctx: Ctx, a: PyValue[], kw: Kwargs): Tensor {
  const v = bindArgs(
    'embedding',
    ['input', 'weight', 'padding_idx', 'max_norm', 'norm_type', 'scale_grad_by_freq', 'sparse'],
    { padding_idx: null, max_norm: null, norm_type: 2.0, scale_grad_by_freq: false, sparse: false },
    a,
    kw,
  );
  refuseOptions(v[3], v[5], v[6]);
  const weight = tensorArg('embedding', 'weight', 2, v[1]);
  let paddingIdx = v[2] === null ? null : toInt(v[2]);
  if (paddingIdx !== null && paddingIdx < 0) paddingIdx += weight.shape[0];
  return embedding(ctx.rt, tensorArg('embedding', 'input', 1, v[0]), weight, paddingIdx);
}
