import type { Module } from './module';
import { numel, type Parameter } from './parameter';

/**
 * `module.named_parameters()`: this module's own registered parameters, then
 * each child's with `child_name.` prefixed, depth first; a parameter reached
 * twice (shared) is listed once; None entries are skipped.
 */
export function namedParameters(module: Module, prefix = ''): [string, Parameter][] {
  const seen = new Set<Parameter>();
  const out: [string, Parameter][] = [];
  const walk = (m: Module, pre: string) => {
    for (const [name, p] of m._parameters) {
      if (p && !seen.has(p)) {
        seen.add(p);
        out.push([pre + name, p]);
      }
    }
    for (const [name, child] of m._modules) if (child) walk(child, `${pre}${name}.`);
  };
  walk(module, prefix);
  return out;
}

/** `sum(p.numel() for p in module.parameters())`. */
export const parameterCount = (module: Module): number =>
  namedParameters(module).reduce((total, [, p]) => total + numel(p.shape), 0);
