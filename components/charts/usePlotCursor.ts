'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import { moveCursor, type Cursor } from '@/lib/chart/moveCursor';

export interface PlotCursor {
  /** The highlighted cell, clamped to the grid, or null when nothing is highlighted. */
  cursor: Cursor | null;
  /** True when the cursor was last moved from the keyboard (its text is announced). */
  fromKeyboard: boolean;
  /** Spread onto the focusable plot element. */
  handlers: {
    onKeyDown: (event: KeyboardEvent) => void;
    onFocus: () => void;
    onBlur: () => void;
    onPointerLeave: () => void;
  };
  /** Highlight a cell from the pointer (null clears). */
  pointTo: (cursor: Cursor | null) => void;
}

/**
 * The shared hover / keyboard cursor of a chart on a `rows` × `cols` grid of
 * targets. Focus puts the cursor on `start`; arrows and Home / End / Page keys
 * move it (see `moveCursor`); Escape, blur and pointer leave clear it.
 * `onChange` hears every change, from pointer or keyboard.
 */
export function usePlotCursor(
  size: { rows: number; cols: number },
  start: Cursor,
  onChange?: (cursor: Cursor | null) => void,
): PlotCursor {
  const [state, setState] = useState<{ cursor: Cursor; fromKeyboard: boolean } | null>(null);
  const cursor =
    state && size.rows > 0 && size.cols > 0
      ? {
          row: Math.min(state.cursor.row, size.rows - 1),
          col: Math.min(state.cursor.col, size.cols - 1),
        }
      : null;

  const set = (next: Cursor | null, fromKeyboard: boolean) => {
    const same = next && cursor && next.row === cursor.row && next.col === cursor.col;
    setState(next ? { cursor: next, fromKeyboard } : null);
    if (!same && (next || cursor)) onChange?.(next);
  };

  return {
    cursor,
    fromKeyboard: state?.fromKeyboard ?? false,
    pointTo: (next) => set(next, false),
    handlers: {
      onKeyDown: (event) => {
        if (event.key === 'Escape') {
          set(null, true);
          return;
        }
        const next = moveCursor(event.key, cursor ?? start, size);
        if (!next) return;
        event.preventDefault();
        set(next, true);
      },
      onFocus: () => {
        if (!cursor && size.rows > 0 && size.cols > 0) set(start, true);
      },
      onBlur: () => {
        if (state?.fromKeyboard) set(null, true);
      },
      onPointerLeave: () => {
        if (state && !state.fromKeyboard) set(null, false);
      },
    },
  };
}

/** A document-unique id usable inside `url(#…)` (React's ids contain characters CSS rejects). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
