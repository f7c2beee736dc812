import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

describe('library names outside the session', () => {
  it('a real function or class the session does not model answers in one line naming it', () => {
    const session = createSession();
    session.run('import torch, numpy as np');
    session.run('import torch.nn.functional as F');
    expect(session.run('F.interpolate(torch.ones(1, 1, 2, 2), scale_factor=2)').error).toBe(
      'NotImplementedError: torch.nn.functional.interpolate is not supported in this session',
    );
    expect(session.run('torch.optim.RMSprop').error).toBe(
      'NotImplementedError: torch.optim.RMSprop is not supported in this session',
    );
    expect(session.run('np.random.seed(0)').error).toBe(
      'NotImplementedError: numpy.random is not supported in this session',
    );
    expect(session.run('torch.linalg.norm(torch.ones(2))').error).toBe(
      'NotImplementedError: torch.linalg is not supported in this session',
    );
    expect(session.run('from sklearn.model_selection import cross_val_score').error).toBe(
      'NotImplementedError: sklearn.model_selection.cross_val_score is not supported in this session',
    );
  });

  it('a name the real module lacks is the AttributeError Python raises', () => {
    const session = createSession();
    session.run('import torch');
    expect(session.run('torch.nn.functional.relux').error).toBe(
      "AttributeError: module 'torch.nn.functional' has no attribute 'relux'",
    );
    expect(session.run('torch.optim.Adamm').error).toBe(
      "AttributeError: module 'torch.optim' has no attribute 'Adamm'",
    );
  });
});
