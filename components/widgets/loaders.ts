import type { ComponentType } from 'react';

export interface WidgetLoader {
  /** The widget's code, loaded when it nears the viewport. */
  load(): Promise<{ default: ComponentType<Record<string, unknown>> }>;
  /** Placeholder height in px, about the widget's own, so the page does not jump. */
  height: number;
  title: string;
}

type Loadable = Promise<{ default: ComponentType<never> }>;
const widget = (load: () => Loadable, height: number, title: string): WidgetLoader => ({
  load: load as WidgetLoader['load'],
  height,
  title,
});

/** Every widget's code split point. Names match lib/widgets/registry.ts (a test keeps them equal). */
export const widgetLoaders: Record<string, WidgetLoader> = {
  LinearFit: widget(() => import('./LinearFit/LinearFit'), 820, 'Fitting y = xAᵀ + b'),
  ConvCost: widget(() => import('./ConvCost/ConvCost'), 900, 'What each convolution costs'),
  BiasVariance: widget(() => import('./BiasVariance/BiasVariance'), 900, 'Bias, variance and noise'),
};
