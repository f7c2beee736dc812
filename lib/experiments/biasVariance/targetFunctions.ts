/**
 * The true regression functions f(x) on [−1, 1] a student can pick. Their names as the page
 * writes them (sin(πx), x³ − x/2, a step at 0) live in the widget's catalogue.
 */
export const targetFunctions = {
  sine: { f: (x: number) => Math.sin(Math.PI * x) },
  cubic: { f: (x: number) => x ** 3 - x / 2 },
  step: { f: (x: number) => (x < 0 ? -0.5 : 0.5) },
} as const;

export type TargetName = keyof typeof targetFunctions;
export const targetNames = ['sine', 'cubic', 'step'] as const satisfies readonly TargetName[];
