import { createSession, type TorchSession } from '../session';

/** One statement and what the REPL shows for it: its output, or the last line of its traceback. */
export interface ReplLine {
  input: string;
  output: string;
  error: boolean;
}

/** A fresh session that has run `setup` (each statement must succeed), for a widget to ask questions. */
export function preparedSession(setup: readonly string[]): TorchSession {
  const session = createSession();
  for (const statement of setup) {
    const r = session.run(statement);
    if (r.error) throw new Error(`${statement}: ${r.error}`);
  }
  return session;
}

/** Runs `input` and returns what the REPL shows; an expression with no value shows ''. */
export function replLine(session: TorchSession, input: string): ReplLine {
  const r = session.run(input);
  return r.error
    ? { input, output: r.error, error: true }
    : { input, output: r.output ?? '', error: false };
}

/** The session's standard opening for the nn lessons, then `torch.manual_seed(seed)`. */
export const nnSetup = (seed: number): string[] => [
  'import torch',
  'import torch.nn as nn',
  `torch.manual_seed(${seed})`,
];
