'use client';
import { useEffect } from 'react';

/**
 * Display equations too wide for the screen scroll sideways; this makes each
 * such region focusable and named, so it can be scrolled from the keyboard.
 */
export function FocusableOverflow({ selector = '.katex-display' }: { selector?: string }) {
  useEffect(() => {
    const mark = () => {
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        if (el.scrollWidth > el.clientWidth + 1) {
          el.tabIndex = 0;
          el.setAttribute('role', 'region');
          el.setAttribute('aria-label', 'Equation (scrolls sideways)');
        } else {
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
        }
      }
    };
    // Widgets mount later (lazily) and may bring equations of their own.
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(mark);
    };
    mark();
    const observer = new MutationObserver(later);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', later);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', later);
    };
  }, [selector]);
  return null;
}
