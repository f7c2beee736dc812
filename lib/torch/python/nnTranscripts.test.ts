import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { NN_TRANSCRIPTS } from './nnTranscripts';

describe('module sessions replay as PyTorch 1.13 prints them', () => {
  for (const program of NN_TRANSCRIPTS) {
    it(`${program.id}: ${program.title}`, () => {
      const session = createSession();
      for (const step of program.steps) {
        const got = session.run(step.input);
        expect({ input: step.input, ...got }).toEqual({ input: step.input, output: step.output, warnings: step.warnings, error: step.error });
      }
    });
  }
});
