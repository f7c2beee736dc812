import { describe, expect, it } from 'vitest';
import programs from '@/tests/oracles/tensor_repl.json';
import { createSession } from './session';

interface Step {
  input: string;
  output: string | null;
  warnings: string[];
  error: string | null;
}
interface Program {
  id: string;
  title: string;
  steps: Step[];
  addresses_sanitized?: boolean;
}

const sanitize = (s: string | null) => (s === null ? null : s.replace(/0x[0-9a-fA-F]+/g, '0xADDRESS'));

describe('PyTorch 1.13 REPL transcripts (tests/oracles/tensor_repl.json)', () => {
  for (const program of programs as Program[]) {
    it(`${program.id}: ${program.title}`, () => {
      const session = createSession();
      const clean = program.addresses_sanitized ? sanitize : (s: string | null) => s;
      for (const step of program.steps) {
        const got = session.run(step.input);
        expect({ input: step.input, output: clean(got.output), warnings: got.warnings, error: clean(got.error) }).toEqual({
          input: step.input, output: step.output, warnings: step.warnings, error: step.error,
        });
      }
    });
  }
});
