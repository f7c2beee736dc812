import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, renderTranscript } from '../pytorch/session';
import { oracleFileOf, sessionExamples, withoutImportPrelude, type RecordedStep } from './sessionExamples';

/**
 * Every ```python session="id" block of a lesson must print what PyTorch 1.13.1
 * (or scikit-learn 1.2.1) printed for the program `id` recorded in
 * tests/oracles/lessons/lesson_<slug>.json from scripts/oracles/lessons/lesson_<slug>.txt,
 * and the in-page session must print the same. The lesson recordings live apart
 * from tests/oracles/session/ because some of them are beyond the session (PENDING).
 */

/**
 * Examples the in-page session cannot run yet, with the reason. Each entry is
 * checked to still fail, so the list shrinks as the session grows: when one
 * starts to pass, delete it here.
 */
const PENDING: Record<string, string> = {};

interface Program {
  id: string;
  steps: RecordedStep[];
  addresses_sanitized?: boolean;
}

const contentDir = join(process.cwd(), 'content');
const oracleDir = join(process.cwd(), 'tests', 'oracles', 'lessons');
const lessons = readdirSync(contentDir).filter((f) => f.endsWith('.mdx'));
const sanitize = (s: string | null) => (s === null ? null : s.replace(/0x[0-9a-fA-F]+/g, '0xADDRESS'));
const asHistory = (steps: RecordedStep[]) => steps.map(({ input, ...result }) => ({ input, result }));

function runsInSession(program: Program): { ok: boolean; firstMismatch?: string } {
  const session = createSession();
  const clean = program.addresses_sanitized ? sanitize : (s: string | null) => s;
  for (const step of program.steps) {
    const got = session.run(step.input);
    const same = clean(got.output) === step.output && clean(got.error) === step.error && JSON.stringify(got.warnings) === JSON.stringify(step.warnings);
    if (!same) return { ok: false, firstMismatch: `${step.input}\n  PyTorch: ${step.output ?? step.error}\n  session: ${got.output ?? got.error}` };
  }
  return { ok: true };
}

for (const file of lessons) {
  // A translation (.ko.mdx) has the same code byte for byte (lib/content/parity.ts): its English file's recording.
  const slug = file.replace(/(\.ko)?\.mdx$/, '');
  const examples = sessionExamples(readFileSync(join(contentDir, file), 'utf8'));
  if (examples.length === 0) continue;
  describe(`session examples of content/${file}`, () => {
    const oracle = join(oracleDir, oracleFileOf(slug));
    const programs = existsSync(oracle) ? (JSON.parse(readFileSync(oracle, 'utf8')).programs as Program[]) : [];
    for (const example of examples) {
      const program = programs.find((p) => p.id === example.id);
      it(`${example.id} (line ${example.line}) prints what PyTorch 1.13.1 printed`, () => {
        expect(program, `no program "${example.id}" in tests/oracles/lessons/${oracleFileOf(slug)}`).toBeDefined();
        const shown = withoutImportPrelude(program!.steps, example.text.split('\n')[0]);
        expect(example.text).toBe(renderTranscript(asHistory(shown)));
      });
      if (example.id in PENDING) {
        it(`${example.id} is still beyond the in-page session (${PENDING[example.id]})`, () => {
          expect(runsInSession(program!).ok, `${example.id} now runs in the session: remove it from PENDING`).toBe(false);
        });
      } else {
        it(`${example.id} runs in the in-page session with the same output`, () => {
          const result = runsInSession(program!);
          expect(result.ok, result.firstMismatch).toBe(true);
        });
      }
    }
  });
}
