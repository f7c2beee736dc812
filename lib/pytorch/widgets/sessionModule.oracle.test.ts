import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PyModule } from '../python/moduleObject';
import { pyRepr } from '../python/values';
import { preparedSession } from './replLines';
import { parameterCount, parameterValues } from './sessionModule';

interface Step {
  input: string;
  output: string | null;
  error: string | null;
}
interface Program {
  id: string;
  steps: Step[];
}

const programs: Program[] = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/oracles/tensor_repl.json'), 'utf8'),
);
const withModules = programs.filter((p) =>
  p.steps.some((s) => /^\w+ = nn\.Linear\(/.test(s.input)),
);

const noAddress = () => '0x0';
const pyStrList = (items: readonly string[]) => `[${items.map((s) => `'${s}'`).join(', ')}]`;
/** The numbers of a printed tensor, e.g. `tensor([[-0.0043,  0.3097], ...])`. */
const printedNumbers = (text: string): number[] =>
  (
    text.replace(/requires_grad=True|Parameter containing:/g, '').match(/-?\d+\.\d*(e[-+]\d+)?/g) ??
    []
  ).map(Number);

/**
 * Replays the module statements of each recorded session (`_ = torch.manual_seed(s)`,
 * `name = nn.Linear(...)`) in a fresh session, and reads the modules back as the
 * experiments do: the repr, each parameter (its repr and its values, to the printed 4
 * decimals), the parameter count and the named_parameters list. Other statements
 * (tensor arithmetic, autograd) belong to the session transcripts' own test.
 */
function moduleChecks(program: Program): { input: string; expected: string; actual: string }[] {
  const session = preparedSession(['import torch', 'from torch import nn']);
  const moduleNamed = (name: string) => {
    const m = session.global(name);
    return m instanceof PyModule ? m : null;
  };
  const checks: { input: string; expected: string; actual: string }[] = [];
  for (const { input, output } of program.steps) {
    let m: RegExpMatchArray | null;
    if (/^_ = torch\.manual_seed\(\d+\)$|^\w+ = nn\.Linear\(/.test(input)) {
      expect(session.run(input).error, input).toBeNull();
    } else if (output !== null) {
      let actual: string | null = null;
      if ((m = input.match(/^(\w+)$/)) && moduleNamed(m[1])) actual = moduleNamed(m[1])!.repr();
      else if ((m = input.match(/^(\w+)\.(weight|bias)$/)) && moduleNamed(m[1])) {
        const module = moduleNamed(m[1])!;
        actual = pyRepr(module.getattr!(m[2]) ?? null, noAddress);
        const read = parameterValues(module).find((p) => p.name === m![2]);
        const rounded = (read?.values ?? []).map((v) => Math.round(v * 1e4) / 1e4);
        checks.push({
          input: `${input} (values read out)`,
          expected: JSON.stringify(printedNumbers(output)),
          actual: JSON.stringify(rounded),
        });
      } else if ((m = input.match(/^sum\(p\.numel\(\) for p in (\w+)\.parameters\(\)\)$/))) {
        if (moduleNamed(m[1])) actual = String(parameterCount(moduleNamed(m[1])!));
      } else if ((m = input.match(/^\[name for name, _ in (\w+)\.named_parameters\(\)\]$/))) {
        const module = moduleNamed(m[1]);
        if (module) actual = pyStrList(parameterValues(module).map((p) => p.name));
      }
      if (actual !== null) checks.push({ input, expected: output, actual });
    }
  }
  return checks;
}

describe('modules built in a session and read out, against the recorded PyTorch 1.13 sessions', () => {
  it('the fixture has sessions that build modules', () => {
    expect(withModules.length).toBeGreaterThan(0);
  });
  for (const program of withModules) {
    it(`${program.id}: reprs, parameter values, counts and names match`, () => {
      const checks = moduleChecks(program);
      expect(checks.length).toBeGreaterThan(0);
      for (const c of checks) expect(c.actual, c.input).toBe(c.expected);
    });
  }
});
