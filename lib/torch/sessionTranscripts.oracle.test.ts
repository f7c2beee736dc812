import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from './session';

/**
 * Every file in tests/oracles/session/ was recorded from PyTorch 1.13.1 by
 * scripts/oracles/record_session.py from the programs in scripts/oracles/cases/.
 */
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

const dir = join(process.cwd(), 'tests', 'oracles', 'session');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const sanitize = (s: string | null) => (s === null ? null : s.replace(/0x[0-9a-fA-F]+/g, '0xADDRESS'));

for (const file of files) {
  const { programs } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { programs: Program[] };
  describe(`PyTorch 1.13 session transcripts (tests/oracles/session/${file})`, () => {
    for (const program of programs) {
      it(`${program.id}: ${program.title}`, () => {
        const session = createSession();
        const clean = program.addresses_sanitized ? sanitize : (s: string | null) => s;
        for (const step of program.steps) {
          const got = session.run(step.input);
          expect({ input: step.input, output: clean(got.output), warnings: got.warnings, error: clean(got.error) }).toEqual(step);
        }
      });
    }
  });
}
