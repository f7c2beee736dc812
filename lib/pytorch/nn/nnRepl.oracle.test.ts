import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededNn, type SeededNn } from './factory';
import { Module } from './module';
import { moduleRepr, pyStrList } from './moduleRepr';
import { parameterRepr, type Parameter } from './parameter';
import { namedParameters, parameterCount } from './parameters';

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

/**
 * Replays the module statements of each recorded session: `_ = torch.manual_seed(s)`,
 * `name = nn.Linear(a, b[, bias=False])`, and the echoes of `name`, `name.weight`,
 * `name.bias`, the parameter count and the named_parameters list. Other
 * statements (tensor arithmetic, autograd) belong to the tensor engine's own tests.
 */
function moduleChecks(program: Program): { input: string; expected: string; actual: string }[] {
  let nn: SeededNn = seededNn(0);
  const modules = new Map<string, Module>();
  const checks: { input: string; expected: string; actual: string }[] = [];
  for (const { input, output } of program.steps) {
    let m: RegExpMatchArray | null;
    if ((m = input.match(/^_ = torch\.manual_seed\((\d+)\)$/))) nn = seededNn(Number(m[1]));
    else if ((m = input.match(/^(\w+) = nn\.Linear\((\d+), (\d+)(?:, bias=(True|False))?\)$/))) {
      modules.set(m[1], nn.Linear(Number(m[2]), Number(m[3]), m[4] !== 'False'));
    } else if (output !== null) {
      let actual: string | null = null;
      if ((m = input.match(/^(\w+)$/)) && modules.has(m[1]))
        actual = moduleRepr(modules.get(m[1])!);
      else if ((m = input.match(/^(\w+)\.(weight|bias)$/)) && modules.has(m[1])) {
        const p = modules.get(m[1])!._parameters.get(m[2]);
        actual = p ? parameterRepr(p as Parameter) : 'None';
      } else if (
        (m = input.match(/^sum\(p\.numel\(\) for p in (\w+)\.parameters\(\)\)$/)) &&
        modules.has(m[1])
      ) {
        actual = String(parameterCount(modules.get(m[1])!));
      } else if (
        (m = input.match(/^\[name for name, _ in (\w+)\.named_parameters\(\)\]$/)) &&
        modules.has(m[1])
      ) {
        actual = pyStrList(namedParameters(modules.get(m[1])!).map(([n]) => n));
      }
      if (actual !== null) checks.push({ input, expected: output, actual });
    }
  }
  return checks;
}

describe('module statements of the recorded PyTorch 1.13 sessions', () => {
  const withModules = programs.filter((p) => p.steps.some((s) => /nn\.Linear\(/.test(s.input)));
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
