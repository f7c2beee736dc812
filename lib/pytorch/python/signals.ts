import type { PyValue } from './values';

/** How `return`, `break` and `continue` leave the statements they stand in (thrown, then caught). */
export class ReturnSignal {
  constructor(readonly value: PyValue) {}
}
export class BreakSignal {}
export class ContinueSignal {}
export const BREAK = new BreakSignal();
export const CONTINUE = new ContinueSignal();
