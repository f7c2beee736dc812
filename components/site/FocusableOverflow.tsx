'use client';
import { useEffect } from 'react';
import { whenIdle } from './whenIdle';
import { useT } from './LocaleProvider';

const CANDIDATES = 'pre, table, div, .katex-display';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

function scrolls(el: HTMLElement): boolean {
  const style = getComputedStyle(el);
  const x =
    (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
    el.scrollWidth > el.clientWidth + 1;
  const y =
    (style.overflowY === 'auto' || style.overflowY === 'scroll') &&
    el.scrollHeight > el.clientHeight + 1;
  return x || y;
}

/**
 * Anything in the page that scrolls on its own (a wide equation, a long code
 * block, a wide table in a widget) becomes focusable and named, so it can be
 * scrolled from the keyboard. Regions that already hold a focusable element
 * are left as they are. The first look waits for the loaded page to go idle: measuring every
 * region forces style and layout, which during hydration would lengthen the load's longest task.
 */
export function FocusableOverflow() {
  const t = useT();
  useEffect(() => {
    const marked = new WeakSet<HTMLElement>();
    const mark = () => {
      const main = document.querySelector('main');
      if (!main) return;
      for (const el of main.querySelectorAll<HTMLElement>(CANDIDATES)) {
        const owned = marked.has(el);
        if (!owned && (el.hasAttribute('tabindex') || el.querySelector(FOCUSABLE))) continue;
        if (scrolls(el)) {
          if (owned) continue;
          marked.add(el);
          el.tabIndex = 0;
          if (!el.hasAttribute('role')) el.setAttribute('role', 'region');
          if (!el.hasAttribute('aria-label'))
            el.setAttribute(
              'aria-label',
              el.classList.contains('katex-display') ? t.equationScrolls : t.scrollableContent,
            );
        } else if (owned) {
          marked.delete(el);
          el.removeAttribute('tabindex');
        }
      }
    };
    // Widgets mount later (lazily) and add content of their own; look again, at most a few times a second.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), mark()), 400);
    };
    const observer = new MutationObserver(later);
    const cancelFirst = whenIdle(() => {
      mark();
      observer.observe(document.body, { childList: true, subtree: true });
    });
    window.addEventListener('resize', later);
    return () => {
      cancelFirst();
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('resize', later);
    };
  }, [t]);
  return null;
}
