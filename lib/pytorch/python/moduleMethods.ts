import { zeroGradInPlace } from '../ops/inplace';
import { detach } from '../ops/copy';
import { typeError } from '../errors';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, toBool } from './context';
import { TENSOR_METHODS } from './tensorBinding';
import { installStateMethods, namedModulesOf } from './moduleStateMethods';
import { torchTypename } from './moduleObject';
import type { PyModule } from './moduleObject';
import type { PyValue } from './values';
import { builtin, dictKey, PyObject, PyOrderedDict, PyTuple, truthy, typeName } from './values';

/** A Python generator over `items`: iterable once, printed as `<generator object Module.name at 0x...>`. */
export function generatorOf(qualName: string, items: PyValue[]): PyObject {
  const g = new PyObject('generator', () => `<generator object ${qualName} at 0x7f0000000000>`);
  let done = false;
  g.iterate = () => {
    if (done) return [];
    done = true;
    return items;
  };
  return g;
}

/**
 * `named_parameters()`: own parameters first, then each child's with its name
 * prefixed, depth first; a tensor reached twice (shared) is listed once, None
 * entries are skipped.
 */
export function namedParametersOf(m: PyModule, prefix = '', recurse = true): [string, Tensor][] {
  const seen = new Set<Tensor>();
  const out: [string, Tensor][] = [];
  const walk = (mod: PyModule, pre: string) => {
    for (const [name, p] of mod.ownParameters()) {
      if (p && !seen.has(p)) {
        seen.add(p);
        out.push([pre + name, p]);
      }
    }
    if (recurse)
      for (const [name, child] of mod.children()) if (child) walk(child, `${pre}${name}.`);
  };
  walk(m, prefix ? `${prefix}.` : '');
  return out;
}

/** `torch.utils.hooks.RemovableHandle`: `remove()` takes the hook out of its module's registry. */
function registerHook(registry: Map<PyObject, PyObject>, hook: PyValue): PyObject {
  if (!(hook instanceof PyObject && hook.call))
    throw typeError(`'${typeName(hook)}' object is not callable`);
  const handle = new PyObject('RemovableHandle');
  handle.qualName = 'torch.utils.hooks.RemovableHandle';
  handle.attrs.set(
    'remove',
    builtin('remove', () => (registry.delete(handle), null), 'method'),
  );
  registry.set(handle, hook);
  return handle;
}

const pairs = (items: [string, PyValue][]) => items.map(([n, v]) => new PyTuple([n, v]));

/** The methods every nn.Module has, bound to `m`. */
export function installModuleMethods(ctx: Ctx, m: PyModule): void {
  const def = (name: string, fn: (a: PyValue[], kw: Map<string, PyValue>) => PyValue) =>
    m.attrs.set(name, builtin(name, fn, 'method'));
  const recurseArg = (a: PyValue[], kw: Map<string, PyValue>, i: number) =>
    truthy(arg(a, kw, i, 'recurse', true));
  def('parameters', (a, kw) =>
    generatorOf(
      'Module.parameters',
      namedParametersOf(m, '', recurseArg(a, kw, 0)).map(([, p]) => p),
    ),
  );
  def('named_parameters', (a, kw) =>
    generatorOf(
      'Module.named_parameters',
      pairs(namedParametersOf(m, String(arg(a, kw, 0, 'prefix', '')), recurseArg(a, kw, 1))),
    ),
  );
  def('children', () =>
    generatorOf(
      'Module.children',
      m.children().flatMap(([, c]) => (c ? [c] : [])),
    ),
  );
  def('named_children', () =>
    generatorOf(
      'Module.named_children',
      pairs(m.children().filter(([, c]) => c !== null) as [string, PyModule][]),
    ),
  );
  def('modules', () =>
    generatorOf(
      'Module.modules',
      namedModulesOf(m).map(([, x]) => x),
    ),
  );
  def('named_modules', () => generatorOf('Module.named_modules', pairs(namedModulesOf(m))));
  def('add_module', (a, kw) => (m.addModule(arg(a, kw, 0, 'name'), arg(a, kw, 1, 'module')), null));
  def('register_parameter', (a, kw) => {
    const name = String(arg(a, kw, 0, 'name'));
    const p = arg(a, kw, 1, 'param');
    if (p !== null && !(p instanceof Tensor && p.isParameter)) {
      throw typeError(
        `cannot assign '${torchTypename(p)}' object to parameter '${name}' (torch.nn.Parameter or None required)`,
      );
    }
    m.attrs.delete(name);
    m.registerParameter(name, p);
    return null;
  });
  def('extra_repr', () => m.extraRepr());
  // PyTorch 1.13's default is set_to_none=False: each .grad is detached and zeroed in place.
  def('zero_grad', (a, kw) => {
    const toNone = toBool(arg(a, kw, 0, 'set_to_none', false));
    for (const [, p] of namedParametersOf(m)) {
      if (!p.grad) continue;
      if (toNone) p.grad = null;
      else zeroGradInPlace(p.grad);
    }
    return null;
  });
  const setMode = (mode: boolean) => {
    for (const [, x] of namedModulesOf(m)) x.attrs.set('training', mode);
    return m;
  };
  def('train', (a, kw) => setMode(truthy(arg(a, kw, 0, 'mode', true))));
  def('eval', () => setMode(false));
  // Module._save_to_state_dict: each module's parameters, then its buffers, then its children's, depth first.
  def('state_dict', () => {
    const d = new PyOrderedDict();
    const walk = (mod: PyModule, pre: string) => {
      for (const [name, t] of [...mod.ownParameters(), ...mod.ownBuffers()])
        if (t) d.entries.set(dictKey(pre + name), [pre + name, detach(ctx.rt, t)]);
      for (const [name, child] of mod.children()) if (child) walk(child, `${pre}${name}.`);
    };
    walk(m, '');
    return d;
  });
  const namedBuffers = () => {
    const out: [string, PyValue][] = [];
    const walk = (mod: PyModule, pre: string) => {
      for (const [name, t] of mod.ownBuffers()) if (t) out.push([pre + name, t]);
      for (const [name, child] of mod.children()) if (child) walk(child, `${pre}${name}.`);
    };
    walk(m, '');
    return out;
  };
  def('buffers', () =>
    generatorOf(
      'Module.buffers',
      namedBuffers().map(([, t]) => t),
    ),
  );
  def('named_buffers', () => generatorOf('Module.named_buffers', pairs(namedBuffers())));
  def('forward', (a, kw) => m.runForward(a, kw));
  def('register_forward_hook', (a, kw) => registerHook(m.forwardHooks, arg(a, kw, 0, 'hook')));
  def('register_forward_pre_hook', (a, kw) =>
    registerHook(m.forwardPreHooks, arg(a, kw, 0, 'hook')),
  );
  installStateMethods(ctx, m);
  def('requires_grad_', (a, kw) => {
    const flag = truthy(arg(a, kw, 0, 'requires_grad', true));
    for (const [, p] of namedParametersOf(m))
      TENSOR_METHODS.requires_grad_(ctx, p, [flag], new Map());
    return m;
  });
}
