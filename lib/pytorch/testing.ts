import { createSession } from './session';

/** Run statements in a fresh session (with torch imported) and return each step's result. */
export function replay(...inputs: string[]) {
  const s = createSession();
  s.run('import torch');
  return inputs.map((i) => s.run(i));
}

/** The echoed output of the last of `inputs`. */
export function lastOutput(...inputs: string[]): string | null {
  const r = replay(...inputs);
  return r[r.length - 1].output;
}
