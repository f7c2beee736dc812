import { z } from 'zod';
import type { ComponentSpec, ComponentTextKo } from '@/lib/content/componentSpec';
import type { Locale } from '@/lib/site/strings';
import type { Experiment } from '@/lib/training/experiment';

/**
 * A widget, declared once in `components/widgets/<Name>/spec.ts`. Pure data and
 * lazy imports only (no React at run time), so the content check, the authoring
 * guide, the placeholders and the training worker can all read the list of specs
 * without loading any view or tfjs. Its view is listed in `components/widgets/views.ts`.
 */
export interface WidgetSpec<
  S extends z.ZodObject = z.ZodObject,
  E extends Experiment = Experiment,
  C = unknown,
> extends ComponentSpec<S> {
  kind: 'widget';
  /** kebab-case id: the root's `data-widget` and the prefix of its URL keys, e.g. `batch-norm-race`. */
  id: string;
  /** The figure's caption, on the placeholder and on the widget. */
  title: string;
  /** The Korean edition's caption, guide summary and prop descriptions. */
  ko: ComponentTextKo<S> & { title: string };
  /** Placeholder height in px, about the widget's own, so the page does not jump. */
  height: number;
  /** The experiment it trains in the worker, for training widgets (its metric names type the run's rows). */
  experiment?(): Promise<E>;
  /**
   * For a training widget: the config its experiment runs with for these props (the view builds
   * its run with the same function), so a test can show that every value the props schema
   * allows gives a config the experiment accepts. A run that also needs what the reader gives
   * on the page (a loaded file) gets the rest from there.
   */
  config?(props: z.output<S>): C;
}

/** The widget's caption in a language. */
export function widgetTitle(spec: Pick<WidgetSpec, 'title' | 'ko'>, locale: Locale): string {
  return locale === 'ko' ? spec.ko.title : spec.title;
}

/** A training widget's config for these props: its spec's `config`, as its view builds it. */
export function widgetConfig<S extends z.ZodObject, C>(
  spec: WidgetSpec<S, Experiment, C>,
  props: z.output<S>,
): C {
  if (!spec.config) throw new Error(`${spec.name} has no config`);
  return spec.config(props);
}

/** `BatchNormRace` → `batch-norm-race`. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function defineWidget<S extends z.ZodObject, E extends Experiment = Experiment, C = unknown>(
  spec: Omit<WidgetSpec<S, E, C>, 'kind' | 'id'>,
): WidgetSpec<S, E, C> {
  return { ...spec, kind: 'widget', id: kebab(spec.name) };
}

/** The config of a widget whose props are its experiment's config and a seed. */
export function withoutSeed<P extends { seed: number }>(props: P): Omit<P, 'seed'> {
  const config: Partial<P> = { ...props };
  delete config.seed;
  return config as Omit<P, 'seed'>;
}

/** A widget's seed prop: a whole number from 0, with its default and what it seeds. */
export function seedProp(fallback: number, description: string) {
  return z.number().int().min(0).default(fallback).describe(description);
}
