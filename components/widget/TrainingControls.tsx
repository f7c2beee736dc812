import type { RunStatus } from '@/lib/training/client';
import { useT } from '@/components/site/LocaleProvider';

/**
 * A button that stays focusable when unavailable (aria-disabled), so pressing
 * Train from the keyboard does not drop focus to the page when Train greys out.
 */
export function ControlButton({
  unavailable,
  onClick,
  className,
  children,
}: {
  unavailable: boolean;
  onClick(): void;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-disabled={unavailable || undefined}
      onClick={() => !unavailable && onClick()}
    >
      {children}
    </button>
  );
}

/** Train / Pause / Step / Reset: the same four buttons on every training widget. */
export function TrainingControls({
  status,
  onTrain,
  onPause,
  onStep,
  onReset,
  trainLabel,
}: {
  status: RunStatus;
  onTrain(): void;
  onPause(): void;
  onStep(): void;
  onReset(): void;
  trainLabel?: string;
}) {
  const t = useT();
  const running = status === 'running' || status === 'loading';
  return (
    <div className="widget-buttons">
      <ControlButton className="primary" unavailable={running} onClick={onTrain}>
        {trainLabel ?? t.train}
      </ControlButton>
      <ControlButton unavailable={!running} onClick={onPause}>
        {t.pause}
      </ControlButton>
      <ControlButton unavailable={running} onClick={onStep}>
        {t.step}
      </ControlButton>
      <ControlButton unavailable={status === 'idle'} onClick={onReset}>
        {t.reset}
      </ControlButton>
    </div>
  );
}
