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

/**
 * Train / Pause / Step / Reset: the same four buttons on every training widget. A widget whose
 * Step runs a stepper of its own (`stepLeads`) shows Step first, as the primary button, and
 * offers Reset while that stepper has state (`resettable`) even with no run.
 */
export function TrainingControls({
  status,
  onTrain,
  onPause,
  onStep,
  onReset,
  trainLabel,
  stepLeads = false,
  resettable = false,
}: {
  status: RunStatus;
  onTrain(): void;
  onPause(): void;
  onStep(): void;
  onReset(): void;
  trainLabel?: string;
  stepLeads?: boolean;
  resettable?: boolean;
}) {
  const t = useT();
  const running = status === 'running' || status === 'loading';
  const stepButton = (
    <ControlButton
      className={stepLeads ? 'primary' : undefined}
      unavailable={running}
      onClick={onStep}
    >
      {t.step}
    </ControlButton>
  );
  return (
    <div className="widget-buttons">
      {stepLeads && stepButton}
      <ControlButton
        className={stepLeads ? undefined : 'primary'}
        unavailable={running}
        onClick={onTrain}
      >
        {trainLabel ?? t.train}
      </ControlButton>
      <ControlButton unavailable={!running} onClick={onPause}>
        {t.pause}
      </ControlButton>
      {!stepLeads && stepButton}
      <ControlButton unavailable={status === 'idle' && !resettable} onClick={onReset}>
        {t.reset}
      </ControlButton>
    </div>
  );
}
