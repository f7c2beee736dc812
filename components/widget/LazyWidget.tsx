'use client';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useLocale, useT } from '@/components/site/LocaleProvider';
import type { Localized } from '@/lib/site/localized';
import { instanceKey } from '@/lib/site/instanceKey';
import type { WidgetSpec } from '@/components/widgets/spec';
import { WidgetErrorBoundary, WidgetErrorCard } from './WidgetErrorBoundary';
import { WidgetInstance } from './widgetInstance';

interface Loaded {
  View: ComponentType<Record<string, unknown>>;
  urlKey: string;
}

/** Which instance of its widget `element` is, in page order (every instance's root carries `data-widget`). */
function pageIndex(element: Element, id: string): number {
  return Array.from(element.ownerDocument.querySelectorAll(`[data-widget="${id}"]`)).indexOf(
    element,
  );
}

/** What the page's server render passes from the widget's spec: plain data, since functions cannot cross to the client. */
export type PlaceholderSpec = Pick<WidgetSpec, 'name' | 'id' | 'height'> & {
  title: Localized<string>;
};

/** The view of widget `name`, loaded only once the widget nears the viewport. */
async function loadView(name: string) {
  const { widgetViews } = await import('@/components/widgets/views');
  const view = Object.hasOwn(widgetViews, name) ? widgetViews[name] : undefined;
  if (!view) throw new Error(`There is no widget called ${name}.`);
  return (await view()).default as ComponentType<Record<string, unknown>>;
}

/**
 * Holds a widget's place with a placeholder of its size, and loads the
 * widget's code only when it comes near the viewport. It also numbers the
 * instance among the page's copies of the same widget, for its URL key.
 */
export function LazyWidget({
  spec,
  props,
}: {
  spec: PlaceholderSpec;
  props: Record<string, unknown>;
}) {
  const t = useT();
  const title = spec.title[useLocale()];
  const ref = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Bumped by the error card's Try again: the placeholder comes back and loads the view anew.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cancelled = false;
    const load = () => {
      const urlKey = instanceKey(spec.id, pageIndex(element, spec.id));
      return loadView(spec.name)
        .then((View) => !cancelled && setLoaded({ View, urlKey }))
        .catch(
          (error: unknown) =>
            !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
        );
    };
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
  }, [spec, attempt]);

  if (failure)
    return (
      <WidgetErrorCard
        widget={spec.id}
        title={title}
        message={t.widgetLoadFailed}
        detail={failure}
        onRetry={() => {
          setFailure(null);
          setAttempt((n) => n + 1);
        }}
      />
    );
  if (loaded) {
    const { View, urlKey } = loaded;
    return (
      <WidgetErrorBoundary widget={spec.id} title={title}>
        <WidgetInstance.Provider value={{ urlKey }}>
          <View {...props} />
        </WidgetInstance.Provider>
      </WidgetErrorBoundary>
    );
  }
  return (
    <figure
      ref={ref}
      className="widget widget-placeholder"
      data-widget={spec.id}
      data-status="idle"
      style={{ minHeight: spec.height }}
    >
      <figcaption className="widget-caption">
        <span className="widget-title">{title}</span>
      </figcaption>
      <p className="widget-loading">{t.loadingWidget}</p>
    </figure>
  );
}
