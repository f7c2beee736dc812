import { describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { NN_TRANSCRIPTS } from '../../../tests/fixtures/nnTranscripts';

describe('module sessions replay as PyTorch 1.13 prints them', () => {
  for (const program of NN_TRANSCRIPTS) {
    it(`${program.id}: ${program.title}`, () => {
      const session = createSession();
      for (const step of program.steps) {
        const got = session.run(step.input);
        expect({ input: step.input, ...got }).toEqual({
          input: step.input,
          output: step.output,
          warnings: step.warnings,
          error: step.error,
        });
      }
    });
  }
});

describe('torch.nn names outside the session', () => {
  it('a real nn class the session does not model answers with one clear line; a misspelt name is an AttributeError', () => {
    const session = createSession();
    session.run('import torch.nn as nn');
    expect(session.run('nn.LSTM(1, 1)').error).toBe(
      'NotImplementedError: nn.LSTM is not supported in this session',
    );
    expect(session.run('nn.Liner(2, 2)').error).toBe(
      "AttributeError: module 'torch.nn' has no attribute 'Liner'",
    );
  });

  it('an initialiser of nn.init the session does not model answers the same way', () => {
    const session = createSession();
    session.run('import torch, torch.nn as nn');
    expect(session.run('nn.init.orthogonal_(torch.empty(2, 2))').error).toBe(
      'NotImplementedError: nn.init.orthogonal_ is not supported in this session',
    );
    expect(session.run('nn.init.kaiming_uniform(torch.empty(2, 2))').error).toBe(
      "AttributeError: module 'torch.nn.init' has no attribute 'kaiming_uniform'",
    );
  });
});
