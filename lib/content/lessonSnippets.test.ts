import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../pytorch/session';
import type { RecordedStep } from './sessionExamples';
import { snippetPrograms } from './sessionSnippets';

/**
 * The "Run in session" buttons of every TorchSession, pressed from top to
 * bottom, must print in the page's session what PyTorch 1.13.1 printed for the
 * same statements (tests/oracles/lessons/snippets_<slug>.json, written from
 * scripts/oracles/lessons/snippets_<slug>.txt, which
 * scripts/oracles/lessonSnippetCases.ts generates from the lessons).
 */

/** Programs the session cannot run to the end yet, with the reason; each is checked to still fail. */
const PENDING: Record<string, string> = {};

const contentDir = join(process.cwd(), 'content');
const oracleDir = join(process.cwd(), 'tests', 'oracles', 'lessons');
const sanitize = (s: string | null) => (s === null ? null : s.replace(/0x[0-9a-fA-F]+/g, '0xADDRESS'));
/** `id(x)` prints a memory address as an integer, different in every run: only its form can match. */
const sameId = (input: string, a: string | null, b: string | null) => /^id\(\w+\)$/.test(input) && /^\d+$/.test(a ?? '') && /^\d+$/.test(b ?? '');

for (const file of readdirSync(contentDir).filter((f) => f.endsWith('.mdx'))) {
  // A translation (.ko.mdx) has the same code byte for byte (lib/content/parity.ts): its English file's recording.
  const slug = file.replace(/(\.ko)?\.mdx$/, '');
  const programs = snippetPrograms(readFileSync(join(contentDir, file), 'utf8'));
  if (programs.length === 0) continue;
  describe(`TorchSession snippets of content/${file}`, () => {
    const oracle = join(oracleDir, `snippets_${slug.replace(/-/g, '_')}.json`);
    const recorded = existsSync(oracle) ? (JSON.parse(readFileSync(oracle, 'utf8')).programs as { id: string; steps: RecordedStep[]; addresses_sanitized?: boolean }[]) : [];
    for (const program of programs) {
      const key = `${slug}/${program.id}`;
      it(`${program.id} (line ${program.line}) was recorded from the page's current snippets`, () => {
        const r = recorded.find((p) => p.id === program.id);
        expect(r?.steps.map((s) => s.input), 'run scripts/oracles/lessonSnippetCases.ts and record again').toEqual(program.statements);
      });
      it(`${program.id} prints in the session what PyTorch printed${key in PENDING ? ' (pending: ' + PENDING[key] + ')' : ''}`, () => {
        const r = recorded.find((p) => p.id === program.id);
        expect(r).toBeDefined();
        const session = createSession();
        const clean = r!.addresses_sanitized ? sanitize : (s: string | null) => s;
        let mismatch: string | null = null;
        for (const step of r!.steps) {
          const got = session.run(step.input);
          if (sameId(step.input, got.output, step.output)) continue;
          if (clean(got.output) !== step.output || clean(got.error) !== step.error) {
            mismatch = `${step.input}\n  PyTorch: ${step.output ?? step.error}\n  session: ${got.output ?? got.error}`;
            break;
          }
        }
        if (key in PENDING) expect(mismatch, `${key} now runs: remove it from PENDING`).not.toBeNull();
        else expect(mismatch, mismatch ?? '').toBeNull();
      });
    }
  });
}
