import type { ReactNode } from 'react';
import { secondsLeft } from '@/lib/training/progress';
import { formatDuration } from '@/lib/site/format';
import type { Backend } from '@/lib/training/protocol';
import type { RunNotice, RunState, RunStatus } from '@/lib/training/client';
import type { Messages } from '@/lib/site/strings';
import { useLocale, useT } from '@/components/site/LocaleProvider';
import { widgetTitle, type WidgetSpec } from '@/components/widgets/spec';

export interface WidgetFrameProps {
  /** The widget's spec: its id becomes `data-widget`, its title the caption. */
  spec: Pick<WidgetSpec, 'id' | 'title' | 'ko'>;
  /** Only for a widget whose MDX props set its caption (TorchSession's `title`). */
  title?: string;
  /** One or two sentences under the title: what to try. */
  description?: ReactNode;
  status: RunStatus;
  /** The status line's word when the default (e.g. "Training" for running) does not fit. */
  statusLabel?: string;
  /** Steps completed, for training widgets. */
  step?: number;
  /** Steps a full run takes (0 or absent: not a training widget, or not known yet). */
  totalSteps?: number;
  /** Current training speed, for the time left. */
  stepsPerSecond?: number | null;
  backend?: Backend | null;
  /** Why the run stopped early, worded here in the page's language (it wins over `message`). */
  notice?: RunNotice | null;
  /** "diverged at step N", an error text, or nothing. */
  message?: string | null;
  /** Read out while training (aria-live) and always visible as the chart's text summary. */
  summary: string;
  controls?: ReactNode;
  outputs?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
}

/**
 * The root every widget renders: the widget contract's attributes on a
 * <figure>, a caption, controls, headline outputs, the charts, a text
 * summary and a status line.
 */
export function WidgetFrame({
  spec,
  title,
  description,
  status,
  statusLabel,
  step,
  totalSteps,
  stepsPerSecond = null,
  backend,
  message,
  notice,
  summary,
  controls,
  outputs,
  children,
  footer,
}: WidgetFrameProps) {
  const t = useT();
  const locale = useLocale();
  const shown = notice ? noticeText(t, notice) : message;
  const left =
    step !== undefined && totalSteps ? secondsLeft(step, totalSteps, stepsPerSecond) : null;
  const progress =
    step !== undefined && totalSteps && status !== 'idle'
      ? t.stepOf(step, totalSteps) +
        (status === 'running' && left !== null
          ? ` · ${t.timeLeft(formatDuration(left, locale))}`
          : '')
      : null;
  return (
    <figure
      className="widget"
      data-widget={spec.id}
      data-status={status}
      data-step={step ?? undefined}
      aria-busy={status === 'loading'}
    >
      <figcaption className="widget-caption">
        <span className="widget-title">{title ?? widgetTitle(spec, locale)}</span>
        {description && <span className="widget-description">{description}</span>}
      </figcaption>
      {controls && <div className="widget-controls">{controls}</div>}
      {outputs && <div className="widget-outputs">{outputs}</div>}
      {shown && (
        <p className={status === 'error' ? 'widget-message error' : 'widget-message'} role="status">
          {shown}
        </p>
      )}
      <div className="widget-body">{children}</div>
      <p className="widget-summary" aria-live={status === 'running' ? 'polite' : 'off'}>
        {summary}
      </p>
      <div className="widget-status">
        <span>{statusLabel ?? t.widgetStatus[status]}</span>
        {progress && <span className="widget-progress">{progress}</span>}
        {backend && (
          <span>
            {t.backendLabel}: {t.backend(backend)}
          </span>
        )}
      </div>
      {footer}
    </figure>
  );
}

/** The frame's run attributes (status, steps, backend, message) from a training run's state. */
export function runFrame(
  state: RunState,
): Pick<
  WidgetFrameProps,
  'status' | 'step' | 'totalSteps' | 'stepsPerSecond' | 'backend' | 'message' | 'notice'
> {
  return {
    status: state.status,
    step: state.step,
    totalSteps: state.totalSteps,
    stepsPerSecond: state.stepsPerSecond,
    backend: state.backend,
    message: state.message,
    notice: state.notice,
  };
}

/** A run's notice in the page's language; numbers as JavaScript and Python print them (NaN, Infinity). */
export function noticeText(t: Messages, notice: RunNotice): string {
  switch (notice.kind) {
    case 'diverged':
      return t.runNotice.diverged(notice.step, notice.metric, String(notice.value));
    case 'lost':
      return t.runNotice.lost(notice.step, notice.cause === 'silent', notice.detail);
    case 'startFailed':
      return t.runNotice.startFailed(notice.detail);
    case 'error':
      return t.runNotice.error(notice.detail);
  }
}
