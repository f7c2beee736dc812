/** The true regression functions f(x) on [−1, 1] a student can pick. */
export const targetFunctions = {
  sine: { label: 'sin(πx)', f: (x: number) => Math.sin(Math.PI * x) },
  cubic: { label: 'x³ − x/2', f: (x: number) => x ** 3 - x / 2 },
  step: { label: 'step at 0', f: (x: number) => (x < 0 ? -0.5 : 0.5) },
} as const;

export type TargetName = keyof typeof targetFunctions;
export const targetNames = ['sine', 'cubic', 'step'] as const satisfies readonly TargetName[];
