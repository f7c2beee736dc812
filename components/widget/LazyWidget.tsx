'use client';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { t } from '@/lib/i18n/strings';
import { widgetLoaders } from '@/components/widgets/loaders';
import { WidgetErrorBoundary, WidgetErrorCard } from './WidgetErrorBoundary';

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Holds a widget's place with a placeholder of its size, and loads the
 * widget's code only when it comes near the viewport.
 */
export function LazyWidget({ name, props }: { name: string; props: Record<string, unknown> }) {
  const entry = widgetLoaders[name];
  const ref = useRef<HTMLElement>(null);
  const [Loaded, setLoaded] = useState<ComponentType<Record<string, unknown>> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || !entry) return;
    let cancelled = false;
    const load = () =>
      entry
        .load()
        .then((mod) => !cancelled && setLoaded(() => mod.default))
        .catch((error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)));
    if (typeof IntersectionObserver === 'undefined') {
      void load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void load();
        }
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [entry]);

  const widget = kebab(name);
  const title = entry?.title ?? name;
  if (!entry) return <WidgetErrorCard widget={widget} title={name} message={`There is no widget called ${name}.`} />;
  if (failure) return <WidgetErrorCard widget={widget} title={title} message={failure} />;
  if (Loaded) {
    return (
      <WidgetErrorBoundary widget={widget} title={title}>
        <Loaded {...props} />
      </WidgetErrorBoundary>
    );
  }
  return (
    <figure ref={ref} className="widget widget-placeholder" data-widget={widget} data-status="idle" style={{ minHeight: entry.height }}>
      <figcaption className="widget-caption">
        <span className="widget-title">{title}</span>
      </figcaption>
      <p className="widget-loading">{t.loadingWidget}</p>
    </figure>
  );
}
