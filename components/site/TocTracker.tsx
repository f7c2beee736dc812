'use client';
import { useEffect } from 'react';

/**
 * Marks the table-of-contents links (beside the lesson and in the phone
 * disclosure) of the section being read with aria-current="location": the
 * last heading that has scrolled above the upper third of the viewport.
 * On a link's click in the phone disclosure, the disclosure closes.
 */
export function TocTracker({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((h): h is HTMLElement => h !== null);
    const links = () => document.querySelectorAll<HTMLAnchorElement>('.toc a, .toc-inline a');
    let current = '';
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = innerHeight / 3;
      let id = headings[0]?.id ?? '';
      for (const h of headings) if (h.getBoundingClientRect().top <= line) id = h.id;
      if (id === current) return;
      current = id;
      for (const a of links()) {
        if (a.hash === `#${id}`) a.setAttribute('aria-current', 'location');
        else a.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const close = (e: Event) => {
      const details = (e.target as Element).closest('.toc-inline details');
      if (details && (e.target as Element).closest('a')) details.removeAttribute('open');
    };
    // The first mark waits for a frame: reading positions during hydration would force a layout.
    schedule();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    document.addEventListener('click', close);
    return () => {
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      document.removeEventListener('click', close);
      cancelAnimationFrame(frame);
    };
  }, [ids]);
  return null;
}
