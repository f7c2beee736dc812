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
 * Whether `el`'s content is laid out now. A block under `content-visibility: auto` (display
 * math, tables and code far down a lesson) skips its content's layout until it nears the
 * viewport; until then it cannot be measured, so whether it scrolls is left undecided.
 */
function laidOut(el: HTMLElement): boolean {
  const inner = el.firstElementChild;
  return (
    !inner ||
    typeof inner.checkVisibility !== 'function' ||
    inner.checkVisibility({ contentVisibilityAuto: true })
  );
}

/**
 * Anything in the page that scrolls on its own (a wide equation, a long code
 * block, a wide table in a widget) becomes focusable and named, so it can be
 * scrolled from the keyboard. Regions that already hold a focusable element
 * are left as they are. The first look waits for the loaded page to go idle: measuring every
 * region forces style and layout, which during hydration would lengthen the load's longest task.
 * A block the browser skipped is looked at again when it is first laid out, as it nears the
 * viewport.
 */
export function FocusableOverflow() {
  const t = useT();
  useEffect(() => {
    const marked = new WeakSet<HTMLElement>();
    const check = (el: HTMLElement) => {
      const owned = marked.has(el);
      if (!owned && (el.hasAttribute('tabindex') || el.querySelector(FOCUSABLE))) return;
      if (!laidOut(el)) return;
      if (scrolls(el)) {
        if (owned) return;
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
    };
    const mark = () => {
      const main = document.querySelector('main');
      if (main) main.querySelectorAll<HTMLElement>(CANDIDATES).forEach(check);
    };
    // Widgets mount later (lazily) and add content of their own; look again, at most a few times a second.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      if (timer === undefined) timer = setTimeout(() => ((timer = undefined), mark()), 400);
    };
    // A skipped block laid out for the first time: look at it (and what it holds) at once, so it
    // is focusable before the reader can tab to it. The event does not bubble everywhere: listen
    // while it travels down.
    const rendered = (event: Event) => {
      const { target } = event;
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped) return;
      if (!(target instanceof HTMLElement) || !target.closest('main')) return;
      if (target.matches(CANDIDATES)) check(target);
      target.querySelectorAll<HTMLElement>(CANDIDATES).forEach(check);
    };
    const observer = new MutationObserver(later);
    let watching = false;
    const cancelFirst = whenIdle(() => {
      mark();
      observer.observe(document.body, { childList: true, subtree: true });
      document.addEventListener('contentvisibilityautostatechange', rendered, true);
      watching = true;
    });
    window.addEventListener('resize', later);
    return () => {
      cancelFirst();
      observer.disconnect();
      if (watching)
        document.removeEventListener('contentvisibilityautostatechange', rendered, true);
      clearTimeout(timer);
      window.removeEventListener('resize', later);
    };
  }, [t]);
  return null;
}
