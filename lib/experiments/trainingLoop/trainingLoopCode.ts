import type { TrainingLoopConfig } from './trainingLoopConfig';
import { TRAINING_LOOP_LINES, trainingLoopSetup } from './trainingLoopData';

/** The aliases the figure reads the parameters through, shown with the setup. */
export const PARAMETER_ALIASES = ['w = model.weight', 'b = model.bias'];

/**
 * The TrainingLoopStepper's program: the setup the session runs once, then the lecture's five
 * lines as a loop of `steps` steps (the full run's length), printing the loss and the
 * parameters now and then. With `skipZeroGrad` the `zero_grad()` line is left out, as the
 * widget skips it, so the gradients pile up.
 */
export function trainingLoopCode(s: TrainingLoopConfig): string {
  const body = TRAINING_LOOP_LINES.map((line) =>
    s.skipZeroGrad && line === 'optimizer.zero_grad()'
      ? '    # optimizer.zero_grad()  (skipped: every backward() adds to .grad)'
      : `    ${line}`,
  );
  return [
    ...trainingLoopSetup(s.torchSeed, s.learningRate),
    ...PARAMETER_ALIASES,
    '',
    `for step in range(1, ${s.steps + 1}):`,
    ...body,
    `    if step <= 3 or step % 50 == 0:`,
    "        print(f'step {step}: loss {loss.item():.6f}  w {w.item():.4f}  b {b.item():.4f}')",
  ].join('\n');
}
