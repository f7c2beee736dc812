import { PyModule } from '../python/moduleObject';
import { namedParametersOf } from '../python/moduleMethods';
import type { TorchSession } from '../session';
import { preparedSession } from './replLines';

/** A module built by Python statements in a fresh session, and the session it lives in. */
export interface SessionModule {
  session: TorchSession;
  module: PyModule;
}

/**
 * Runs `setup` (e.g. `torch.manual_seed(0)`, `model = nn.Sequential(...)`) in a fresh
 * session and hands back the module bound to `name`: the session's own tensor modules,
 * with the initial weights PyTorch's seeded `reset_parameters` draws.
 */
export function sessionModule(setup: readonly string[], name = 'model'): SessionModule {
  const session = preparedSession(setup);
  const module = session.global(name);
  if (!(module instanceof PyModule)) throw new Error(`${name} is not an nn.Module`);
  return { session, module };
}

/** One entry of `named_parameters()`, its float32 values widened, row-major. */
export interface ParameterValues {
  name: string;
  shape: number[];
  values: number[];
}

/** `module.named_parameters()` read out: registered parameters only, a shared one once. */
export const parameterValues = (module: PyModule): ParameterValues[] =>
  namedParametersOf(module).map(([name, p]) => ({
    name,
    shape: [...p.shape],
    values: Array.from(p.values()),
  }));

/** `sum(p.numel() for p in module.parameters())`. */
export const parameterCount = (module: PyModule): number =>
  namedParametersOf(module).reduce((total, [, p]) => total + p.numel(), 0);
