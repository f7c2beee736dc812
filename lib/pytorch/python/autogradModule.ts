import type { Grad, Node } from '../autograd';
import { edgeOf, runEngine } from '../autograd';
import { runtimeError, typeError } from '../errors';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, notImplemented, toBool } from './context';
import type { PyValue } from './values';
import { builtin, PyList, PyObject, PyTuple, typeName } from './values';

function tensors(ctx: Ctx, v: PyValue, what: string): Tensor[] {
  const items =
    v instanceof Tensor ? [v] : v instanceof PyList || v instanceof PyTuple ? v.items : null;
  if (!items)
    throw typeError(`${what} must be a Tensor or a sequence of Tensors, not ${typeName(v)}`);
  return items.map((t) => {
    if (!(t instanceof Tensor)) throw typeError(`expected Tensor, got ${typeName(t)}`);
    return t;
  });
  void ctx;
}

/**
 * `torch.autograd.grad(outputs, inputs, grad_outputs=None, retain_graph=None,
 * create_graph=False, allow_unused=False)`: the gradients of the outputs with
 * respect to each input, as a tuple, leaving every `.grad` untouched.
 */
function grad(ctx: Ctx, a: PyValue[], kw: Map<string, PyValue>): PyTuple {
  const outputs = tensors(ctx, arg(a, kw, 0, 'outputs'), 'outputs');
  const inputs = tensors(ctx, arg(a, kw, 1, 'inputs'), 'inputs');
  const gradOutputs = arg(a, kw, 2, 'grad_outputs', null);
  const retain = arg(a, kw, 3, 'retain_graph', null);
  if (toBool(arg(a, kw, 4, 'create_graph', false))) throw notImplemented('create_graph=True');
  const allowUnused = toBool(arg(a, kw, 5, 'allow_unused', false));
  const given = gradOutputs === null ? null : tensors(ctx, gradOutputs, 'grad_outputs');
  const roots = outputs.map((o, i) => {
    const e = edgeOf(o);
    if (!e)
      throw runtimeError(
        `element ${i} of tensors does not require grad and does not have a grad_fn`,
      );
    return e;
  });
  const grads: Grad[] = outputs.map((o, i) => {
    const g = given?.[i];
    if (g) return g.values();
    if (o.numel() !== 1)
      throw runtimeError('grad can be implicitly created only for scalar outputs');
    return Float64Array.of(1);
  });
  const nodes: Node[] = inputs.map((t) => {
    const e = edgeOf(t);
    if (!e) throw runtimeError('One of the differentiated Tensors does not require grad');
    return e.node;
  });
  const capture = new Map<Node, Grad | null>(nodes.map((n) => [n, null]));
  runEngine(ctx.rt, roots, grads, retain === null ? false : toBool(retain), capture);
  return new PyTuple(
    inputs.map((t, i) => {
      const g = capture.get(nodes[i]) ?? null;
      if (g === null) {
        if (!allowUnused) {
          throw runtimeError(
            'One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.',
          );
        }
        return null;
      }
      return ctx.rt.fromValues(g, t.shape, t.dtype);
    }),
  );
}

/** The `torch.autograd` module: `grad` and the grad-mode namespace. */
export function autogradModule(ctx: Ctx): PyObject {
  const autograd = new PyObject(
    'module',
    () =>
      "<module 'torch.autograd' from '/usr/lib/python3/dist-packages/torch/autograd/__init__.py'>",
  );
  autograd.attrs.set('grad_mode', new PyObject('module'));
  autograd.attrs.set(
    'grad',
    builtin('grad', (a, kw) => grad(ctx, a, kw), 'function'),
  );
  return autograd;
}
