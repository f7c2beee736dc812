import type { DType } from '../dtype';
import { isFloating } from '../dtype';
import { runtimeError, typeError } from '../errors';
import { formatTorchSize } from '../formatShape';
import { writeValues } from '../ops/inplace';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { checkDevice, isDeviceArg } from './devices';
import { arg, toBool } from './context';
import type { PyModule } from './moduleObject';
import type { PyValue } from './values';
import { builtin, dictKey, DTypeValue, PyDict, PyList, PyObject, pyRepr } from './values';

/** `named_modules()`: the module itself as '', then every descendant by dotted name, each once. */
export function namedModulesOf(m: PyModule): [string, PyModule][] {
  const seen = new Set<PyModule>();
  const out: [string, PyModule][] = [];
  const walk = (mod: PyModule, name: string) => {
    if (seen.has(mod)) return;
    seen.add(mod);
    out.push([name, mod]);
    for (const [k, child] of mod.children()) if (child) walk(child, name ? `${name}.${k}` : k);
  };
  walk(m, '');
  return out;
}

/** Every module under `m` with the prefix of its entries' dotted names (`''`, `'0.'`, `'block.conv.'`). */
function modulesWithPrefix(m: PyModule): [string, PyModule][] {
  return namedModulesOf(m).map(([name, mod]) => [name ? `${name}.` : '', mod]);
}

/** `_IncompatibleKeys(missing_keys, unexpected_keys)`, printed as PyTorch prints it. */
function incompatibleKeys(ctx: Ctx, missing: string[], unexpected: string[]): PyObject {
  const lists = [new PyList(missing), new PyList(unexpected)];
  const o = new PyObject('_IncompatibleKeys', () =>
    missing.length + unexpected.length === 0
      ? '<All keys matched successfully>'
      : `_IncompatibleKeys(missing_keys=${pyRepr(lists[0], ctx.addr)}, unexpected_keys=${pyRepr(lists[1], ctx.addr)})`,
  );
  o.attrs.set('missing_keys', lists[0]);
  o.attrs.set('unexpected_keys', lists[1]);
  return o;
}

/**
 * `load_state_dict(state_dict, strict=True)`: each parameter and buffer takes the entry of
 * its dotted name in place (a shape mismatch is collected as an error); with strict, missing
 * and unexpected keys are errors too, raised together after the copies, as Module does.
 */
function loadStateDict(ctx: Ctx, m: PyModule, stateDict: PyValue, strict: boolean): PyObject {
  if (!(stateDict instanceof PyDict))
    throw typeError(
      `Expected state_dict to be dict-like, got ${pyRepr(ctx.typeOf(stateDict), ctx.addr)}.`,
    );
  const errors: string[] = [];
  const expected = new Set<string>();
  const missing: string[] = [];
  for (const [prefix, mod] of modulesWithPrefix(m)) {
    for (const [name, t] of [...mod.ownParameters(), ...mod.ownBuffers()]) {
      if (!t) continue;
      const key = prefix + name;
      expected.add(key);
      const entry = stateDict.entries.get(dictKey(key));
      if (!entry) {
        missing.push(key);
        continue;
      }
      const src = entry[1];
      if (!(src instanceof Tensor)) {
        errors.push(
          `While copying the parameter named "${key}", expected torch.Tensor or Tensor-like object from checkpoint but received ${pyRepr(ctx.typeOf(src), ctx.addr)}`,
        );
        continue;
      }
      if (src.shape.length !== t.shape.length || src.shape.some((n, i) => n !== t.shape[i])) {
        errors.push(
          `size mismatch for ${key}: copying a param with shape ${formatTorchSize(src.shape)} from checkpoint, the shape in current model is ${formatTorchSize(t.shape)}.`,
        );
        continue;
      }
      writeValues(t, src.values());
      t.version.value++;
    }
  }
  const unexpected = [...stateDict.entries.values()]
    .map(([k]) => String(k))
    .filter((k) => !expected.has(k));
  if (strict) {
    if (unexpected.length > 0)
      errors.unshift(
        `Unexpected key(s) in state_dict: ${unexpected.map((k) => `"${k}"`).join(', ')}. `,
      );
    if (missing.length > 0)
      errors.unshift(`Missing key(s) in state_dict: ${missing.map((k) => `"${k}"`).join(', ')}. `);
  }
  if (errors.length > 0)
    throw runtimeError(
      `Error(s) in loading state_dict for ${m.typeName}:\n\t${errors.join('\n\t')}`,
    );
  return incompatibleKeys(ctx, missing, unexpected);
}

/** Module methods that change its tensors as a whole: dtype casts, load_state_dict, apply. */
export function installStateMethods(ctx: Ctx, m: PyModule): void {
  const def = (name: string, fn: (a: PyValue[], kw: Map<string, PyValue>) => PyValue) =>
    m.attrs.set(name, builtin(name, fn, 'method'));
  // Module._apply: each floating parameter (and its grad) takes new data in place, each
  // floating buffer is replaced; integer buffers such as num_batches_tracked stay.
  const castTo = (dtype: DType) => {
    const cast = (t: Tensor) => ctx.rt.fromValues(t.values(), t.shape, dtype);
    for (const [, x] of modulesWithPrefix(m)) {
      for (const [, p] of x.ownParameters()) {
        if (!p || !isFloating(p.dtype)) continue;
        p.setData(cast(p));
        if (p.grad) p.grad.setData(cast(p.grad));
      }
      for (const [name, b] of x.ownBuffers())
        if (b && isFloating(b.dtype)) x.registerBuffer(name, cast(b));
    }
    return m;
  };
  def('double', () => castTo('float64'));
  def('float', () => castTo('float32'));
  def('half', () => castTo('float16'));
  def('cpu', () => m);
  def('cuda', (a, kw) => (checkDevice(arg(a, kw, 0, 'device', 'cuda') ?? 'cuda'), m));
  def('to', (a, kw) => {
    checkDevice(kw.get('device') ?? a.find(isDeviceArg) ?? null);
    const d = kw.get('dtype') ?? a.find((x) => x instanceof DTypeValue) ?? null;
    if (d instanceof DTypeValue) {
      if (!isFloating(d.dtype))
        throw typeError(
          `nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=torch.${d.dtype}`,
        );
      return castTo(d.dtype);
    }
    return m;
  });
  def('load_state_dict', (a, kw) =>
    loadStateDict(ctx, m, arg(a, kw, 0, 'state_dict'), toBool(arg(a, kw, 1, 'strict', true))),
  );
  // Module.apply: children first (each applies to its own children), then the module itself.
  def('apply', (a, kw) => {
    const fn = arg(a, kw, 0, 'fn');
    for (const [, child] of m.children())
      if (child) ctx.call(child.getattr!('apply')!, [fn], new Map());
    ctx.call(fn, [m], new Map());
    return m;
  });
}
