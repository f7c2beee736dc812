import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import styles from '@/components/torch/torch.module.css';
import { continuationIndent, needsMoreInput } from '@/lib/pytorch/widgets/replInput';

/**
 * The `>>>` line: Enter runs a complete statement (or opens a `...` line when
 * it is not complete, as Python's prompt does), Shift+Enter always adds a
 * line, ↑ / ↓ on the first / last line walk the history.
 */
export function PromptInput({
  id,
  label,
  runLabel,
  value,
  onChange,
  onRun,
  history,
  running,
  onStop,
  stopLabel,
}: {
  id: string;
  /** the textarea's label: what the keys do */
  label: string;
  /** the run button's name */
  runLabel: string;
  /** the stop button's name */
  stopLabel: string;
  value: string;
  onChange(text: string): void;
  onRun(text: string): void;
  history: readonly string[];
  /** A statement is running: Stop (or Ctrl+C with nothing selected) interrupts it. */
  running: boolean;
  onStop(): void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [cursor, setCursor] = useState<number | null>(null);

  const insertLine = (el: HTMLTextAreaElement) => {
    const before = value.slice(0, el.selectionStart);
    const currentLine = before.split('\n').at(-1) ?? '';
    const insert = '\n' + continuationIndent(currentLine);
    const next = before + insert + value.slice(el.selectionEnd);
    onChange(next);
    const at = before.length + insert.length;
    requestAnimationFrame(() => el.setSelectionRange(at, at));
  };

  const recall = (index: number | null) => {
    setCursor(index);
    onChange(index === null ? '' : history[index]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    if (
      running &&
      e.ctrlKey &&
      e.key.toLowerCase() === 'c' &&
      el.selectionStart === el.selectionEnd
    ) {
      e.preventDefault();
      onStop();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!e.shiftKey && value.trim() !== '' && !needsMoreInput(value)) {
        setCursor(null);
        onRun(value);
      } else insertLine(el);
    } else if (
      e.key === 'ArrowUp' &&
      !value.slice(0, el.selectionStart).includes('\n') &&
      history.length
    ) {
      e.preventDefault();
      recall(cursor === null ? history.length - 1 : Math.max(0, cursor - 1));
    } else if (
      e.key === 'ArrowDown' &&
      !value.slice(el.selectionEnd).includes('\n') &&
      cursor !== null
    ) {
      e.preventDefault();
      recall(cursor + 1 < history.length ? cursor + 1 : null);
    }
  };

  return (
    <div>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.inputRow}>
        <textarea
          ref={ref}
          id={id}
          className={styles.input}
          rows={Math.min(8, Math.max(1, value.split('\n').length))}
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="primary"
          onClick={() =>
            value.trim() &&
            (setCursor(null),
            onRun(value.endsWith('\n') || !needsMoreInput(value) ? value : value + '\n'))
          }
        >
          {runLabel}
        </button>
        <button
          type="button"
          aria-disabled={!running || undefined}
          onClick={() => running && onStop()}
        >
          {stopLabel}
        </button>
      </div>
    </div>
  );
}
