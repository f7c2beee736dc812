'use client';
import { Component, type ReactNode } from 'react';
import { useT } from '@/components/site/LocaleProvider';

interface Props {
  widget: string;
  title: string;
  children: ReactNode;
}

/** Catches a widget that throws and shows an error card in its own frame; the page carries on. */
export class WidgetErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <WidgetErrorCard
        widget={this.props.widget}
        title={this.props.title}
        message={error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

/** The error card: what went wrong in words, the browser's own words behind Details. */
export function WidgetErrorCard({
  widget,
  title,
  message,
  detail,
  onRetry,
}: {
  widget: string;
  title: string;
  message: string;
  detail?: string;
  onRetry?: () => void;
}) {
  const t = useT();
  return (
    <figure className="widget widget-error-card" data-widget={widget} data-status="error">
      <figcaption className="widget-caption">
        <span className="widget-title">{title}</span>
      </figcaption>
      <p role="alert">
        <strong>{t.widgetError}</strong> {message}
      </p>
      {detail && (
        <details className="widget-error-detail">
          <summary>{t.errorDetails}</summary>
          <code>{detail}</code>
        </details>
      )}
      <p className="widget-description">{t.widgetErrorHint}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.tryAgain}
        </button>
      )}
    </figure>
  );
}
