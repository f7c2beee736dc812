import { PyError } from './errors';
import { NdArray } from './numpy';
import { Runtime } from './runtime';
import { Tensor } from './tensor';
import { pythonBuiltins } from './python/builtins';
import type { Ctx } from './python/context';
import { collectionsModule } from './python/collectionsModule';
import { Interpreter } from './python/interpreter';
import { numpyModule } from './python/numpyModule';
import { parse } from './python/parser';
import { torchUtilsData } from './python/dataModule';
import { mathModule } from './python/mathModule';
import { randomModule } from './python/randomModule';
import { pyScalar } from './python/tensorBinding';
import { isFloating } from './dtype';
import { sklearnModelSelection, sklearnModule } from './python/sklearnModule';
import { torchModule } from './python/torchModule';
import type { PyValue } from './python/values';
import { PyDict, PyList, PyObject, PySet, PyTuple, pyRepr, typeName } from './python/values';
import { snapshotOf } from './snapshot';
import type { SessionSnapshot } from './snapshot';
import { select } from './ops/views';

/** One REPL statement's result, in the oracle's step schema. */
export interface StepResult {
  output: string | null;
  warnings: string[];
  error: string | null;
}

export interface TorchSession {
  /** Run one statement as typed at `>>>` (a compound statement is one string with its block). */
  run(input: string): StepResult;
  /** The live state: named tensors and arrays, their storages, and the autograd graph. */
  snapshot(): SessionSnapshot;
  /** The session so far as the Python REPL shows it. */
  transcript(): string;
  /** The object a global name is bound to (`model`, `x`), for a widget or experiment to read. */
  global(name: string): PyValue | undefined;
}

const MAX_ITEMS = 100_000;

/**
 * A fresh interpreter with `torch`, `numpy` and the Python subset: PyTorch
 * 1.13's printing, autograd and errors, modelled in TypeScript.
 */
export interface SessionOptions {
  /** Wall-clock budget of one statement before it is stopped (KeyboardInterrupt); 5 s by default. */
  timeLimitMs?: number;
}

export function createSession(options: SessionOptions = {}): TorchSession {
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  let stdout: string[] = [];
  let warnings: string[] = [];
  const seenWarnings = new Set<string>();
  const rt = new Runtime((category, message) => {
    const line = `${category}: ${message}`;
    if (seenWarnings.has(line)) return;
    seenWarnings.add(line);
    warnings.push(line);
  });
  const idOf = (o: object) => {
    if (!ids.has(o)) ids.set(o, nextId++);
    return ids.get(o)!;
  };
  const ctx: Ctx = {
    rt,
    print: (text) => stdout.push(text),
    id: (o) => 139872000000000 + idOf(o) * 64,
    addr: (o) => '0x7f3a' + (0x2c000000 + idOf(o) * 64).toString(16).padStart(8, '0'),
    call(fn, args, kwargs) {
      if (fn instanceof PyObject && fn.call) return fn.call(args, kwargs);
      throw new PyError('TypeError', `'${typeName(fn)}' object is not callable`);
    },
    typeOf: (v) => typeOf(v),
    iterate(v: PyValue): PyValue[] {
      if (v instanceof PyList || v instanceof PyTuple) return v.items;
      if (typeof v === 'string') return [...v];
      if (v instanceof PyDict) return [...v.entries.values()].map(([k]) => k);
      if (v instanceof PySet) return v.table.values();
      if (v instanceof Tensor || v instanceof NdArray) {
        const t = v instanceof Tensor ? v : v.view;
        if (t.shape.length === 0) throw new PyError('TypeError', 'iteration over a 0-d tensor');
        if (t.shape[0] > MAX_ITEMS)
          throw new PyError(
            'NotImplementedError',
            'iterating over this many rows is not supported in this session',
          );
        const rows = Array.from({ length: t.shape[0] }, (_, i) => select(rt, t, 0, i));
        return v instanceof Tensor
          ? rows
          : rows.map((r) =>
              r.shape.length === 0
                ? pyScalar(isFloating(r.dtype) ? r.values()[0] : r.exactValues()[0], r.dtype)
                : new NdArray(r),
            );
      }
      if (v instanceof PyObject && v.iterate) return v.iterate();
      throw new PyError('TypeError', `'${typeName(v)}' object is not iterable`);
    },
  };
  const { builtins, typeOf } = pythonBuiltins(ctx);
  const modules = new Map<string, PyValue>();
  const moduleOf = (name: string): PyValue | undefined => {
    if (!modules.has(name)) {
      if (name === 'torch') modules.set(name, torchModule(ctx));
      else if (name === 'numpy') modules.set(name, numpyModule(ctx));
      else if (name === 'torch.nn')
        modules.set(name, (moduleOf('torch') as PyObject).attrs.get('nn')!);
      else if (name === 'torch.autograd')
        modules.set(name, (moduleOf('torch') as PyObject).attrs.get('autograd')!);
      else if (name === 'torch.optim')
        modules.set(name, (moduleOf('torch') as PyObject).attrs.get('optim')!);
      else if (name === 'collections') modules.set(name, collectionsModule(ctx));
      else if (name === 'math') modules.set(name, mathModule(ctx));
      else if (name === 'random') modules.set(name, randomModule(ctx));
      else if (name === 'torch.utils.data') {
        modules.set(name, torchUtilsData(ctx));
        moduleOf('torch.utils');
      } else if (name === 'torch.utils') {
        const utils = new PyObject(
          'module',
          () =>
            "<module 'torch.utils' from '/usr/lib/python3/dist-packages/torch/utils/__init__.py'>",
        );
        utils.attrs.set('data', moduleOf('torch.utils.data')!);
        (moduleOf('torch') as PyObject).attrs.set('utils', utils);
        modules.set(name, utils);
      } else if (name === 'sklearn.model_selection') modules.set(name, sklearnModelSelection(ctx));
      else if (name === 'sklearn')
        modules.set(name, sklearnModule(ctx, moduleOf('sklearn.model_selection') as PyObject));
      else if (name === 'torch.nn.functional' || name === 'torch.nn.init')
        modules.set(name, (moduleOf('torch.nn') as PyObject).attrs.get(name.slice(9))!);
      else return undefined;
    }
    return modules.get(name);
  };
  const interp = new Interpreter(
    ctx,
    builtins,
    moduleOf,
    (v) => {
      ctx.print(pyRepr(v, ctx.addr) + '\n');
      builtins.set('_', v);
    },
    options.timeLimitMs ?? 5000,
  );
  const history: { input: string; result: StepResult }[] = [];

  function run(input: string): StepResult {
    stdout = [];
    warnings = [];
    let error: string | null = null;
    interp.resetBudget();
    try {
      interp.exec(parse(input), interp.globals);
    } catch (e) {
      if (e instanceof PyError) error = e.line();
      else if (e instanceof Error && e instanceof RangeError)
        error = 'RecursionError: maximum recursion depth exceeded';
      // An internal failure is reported in Python's words only: never a JavaScript message or stack.
      else if (e instanceof Error)
        error = 'SystemError: the in-page session could not run this statement';
      else error = "SyntaxError: 'return' outside function";
    }
    const text = stdout.join('').replace(/\n$/, '');
    const result = { output: text === '' ? null : text, warnings, error };
    history.push({ input, result });
    return result;
  }

  return {
    run,
    snapshot: () => snapshotOf(interp.globals, ctx),
    transcript: () => renderTranscript(history),
    global: (name) => interp.globals.get(name),
  };
}

/** The REPL's screen: prompts, continuation lines, `<stdin>:1:` warnings and short tracebacks. */
export function renderTranscript(history: { input: string; result: StepResult }[]): string {
  const out: string[] = [];
  for (const { input, result } of history) {
    const lines = input.replace(/\n+$/, '').split('\n');
    out.push('>>> ' + lines[0], ...lines.slice(1).map((l) => '... ' + l));
    if (lines.length > 1) out.push('... ');
    for (const w of result.warnings) out.push('<stdin>:1: ' + w);
    if (result.output !== null) out.push(result.output);
    if (result.error) out.push('Traceback (most recent call last):', '  ...', result.error);
  }
  return out.join('\n');
}
