'use client';
import { useEffect, useRef, type RefObject } from 'react';
import type { RunStatus } from '@/lib/training/client';

/**
 * Pauses a run when its widget scrolls out of view and resumes it when it
 * comes back, unless the reader paused it themselves.
 */
export function useViewportPause(
  ref: RefObject<Element | null>,
  status: RunStatus,
  pause: () => void,
  resume: () => void,
) {
  const autoPaused = useRef(false);
  const latest = useRef({ status, pause, resume });
  useEffect(() => {
    latest.current = { status, pause, resume };
    if (status !== 'paused') autoPaused.current = false;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => {
      const { status: s, pause: p, resume: r } = latest.current;
      if (!entry.isIntersecting && s === 'running') {
        autoPaused.current = true;
        p();
      } else if (entry.isIntersecting && s === 'paused' && autoPaused.current) {
        autoPaused.current = false;
        r();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
