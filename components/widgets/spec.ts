import type { z } from 'zod';
import type { ComponentSpec } from '@/lib/content/componentSpec';
import type { Experiment } from '@/lib/training/experiment';

/**
 * A widget, declared once in `components/widgets/<Name>/spec.ts`. Pure data and
 * lazy imports only (no React at run time), so the content check, the authoring
 * guide, the placeholders and the training worker can all read the list of specs
 * without loading any view or tfjs. Its view is listed in `components/widgets/views.ts`.
 */
export interface WidgetSpec<S extends z.ZodObject = z.ZodObject, E extends Experiment = Experiment>
  extends ComponentSpec<S> {
  kind: 'widget';
  /** kebab-case id: the root's `data-widget` and the prefix of its URL keys, e.g. `batch-norm-race`. */
  id: string;
  /** The figure's caption, on the placeholder and on the widget. */
  title: string;
  /** Placeholder height in px, about the widget's own, so the page does not jump. */
  height: number;
  /** The experiment it trains in the worker, for training widgets (its metric names type the run's rows). */
  experiment?(): Promise<E>;
}

/** `BatchNormRace` → `batch-norm-race`. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function defineWidget<S extends z.ZodObject, E extends Experiment = Experiment>(
  spec: Omit<WidgetSpec<S, E>, 'kind' | 'id'>,
): WidgetSpec<S, E> {
  return { ...spec, kind: 'widget', id: kebab(spec.name) };
}
