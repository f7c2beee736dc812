import type { Module } from './module';

/** `torch.nn.modules.module._addindent`: indent every line but the first. */
export function addIndent(s: string, numSpaces: number): string {
  const lines = s.split('\n');
  if (lines.length === 1) return s;
  const [first, ...rest] = lines;
  return [first, ...rest.map((line) => ' '.repeat(numSpaces) + line)].join('\n');
}

/**
 * `Module.__repr__` of PyTorch 1.13: the class name, then either the one-line
 * extra_repr inside the parentheses, or the extra_repr lines and one
 * `(name): repr` line per child (children indented by 2, recursively), each on
 * its own line indented by 2. A registered None child prints as `None`.
 */
export function moduleRepr(module: Module): string {
  const extra = module.extraRepr();
  const extraLines = extra ? extra.split('\n') : [];
  const childLines = [...module._modules].map(
    ([key, child]) => `(${key}): ${addIndent(child ? moduleRepr(child) : 'None', 2)}`,
  );
  const lines = [...extraLines, ...childLines];
  let main = `${module.typeName}(`;
  if (lines.length) {
    if (extraLines.length === 1 && childLines.length === 0) main += extraLines[0];
    else main += '\n  ' + lines.join('\n  ') + '\n';
  }
  return main + ')';
}

/** Python's repr of a list of strings: `['0', '1']`. */
export const pyStrList = (items: readonly string[]): string =>
  `[${items.map((s) => `'${s}'`).join(', ')}]`;

/** `module._modules.keys()` / `module._parameters.keys()` as the REPL echoes them. */
export const odictKeys = (keys: Iterable<string>): string => `odict_keys(${pyStrList([...keys])})`;
