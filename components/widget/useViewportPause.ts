'use client';
import { useEffect, useRef, type RefObject } from 'react';
import type { RunStatus } from '@/lib/training/client';

/**
 * Pauses a run when its widget scrolls out of view and resumes it when it
 * comes back, only if the pause was this hook's own: a run the reader paused
 * stays paused. A reader who prefers reduced motion finds the run paused
 * where it left the screen; it moves again only when they press Train.
 *
 *   running ─leaves view─▶ paused by us ─returns to view─▶ running
 *                              │ reader presses anything, run ends or resets
 *                              ▼
 *                       paused (the reader's; scrolling does not resume it)
 */
export function useViewportPause(
  ref: RefObject<Element | null>,
  status: RunStatus,
  pause: () => void,
  resume: () => void,
) {
  // 'pausing': asked the run to pause, its status not yet 'paused'; 'paused': it is.
  const ours = useRef<'no' | 'pausing' | 'paused'>('no');
  const latest = useRef({ status, pause, resume });
  useEffect(() => {
    latest.current = { status, pause, resume };
    if (status === 'paused') {
      if (ours.current === 'pausing') ours.current = 'paused';
    } else if (ours.current === 'paused' || (status !== 'running' && status !== 'loading')) {
      // Anything after our pause landed (Train pressed, Reset, the run ended) ends our claim.
      ours.current = 'no';
    }
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      const { status: s, pause: p, resume: r } = latest.current;
      if (!entry.isIntersecting && (s === 'running' || s === 'loading')) {
        ours.current = 'pausing';
        p();
      } else if (entry.isIntersecting && s === 'paused' && ours.current === 'paused') {
        ours.current = 'no';
        if (!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) r();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
