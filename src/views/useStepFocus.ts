import { useLayoutEffect, useRef } from 'react';
import { afterNextPaint } from '../dom/afterNextPaint';

/**
 * Moves focus to the screen's heading when a new step is shown, so screen-reader and keyboard
 * users start at the question. Not on the very first page load, where focus stays with the browser.
 *
 * Focusing forces a layout, and scrolling to the heading another, before the new screen can be
 * painted. So the page is scrolled to its top at once (which needs no layout), and focus moves
 * without scrolling just after the paint. Inside an iframe the host page may need to scroll to
 * show the question: there focus scrolls as usual.
 */
export function useStepFocus<T extends HTMLElement>(stepKey: string, enabled: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (!enabled) return;
    const embedded = window.parent !== window;
    if (!embedded) window.scrollTo(0, 0);
    const focusedBefore = document.activeElement;
    return afterNextPaint(() => {
      const heading = ref.current;
      if (!heading?.isConnected) return;
      // The person already moved focus somewhere else (a quick Tab): leave it there.
      const active = document.activeElement;
      if (active !== focusedBefore && active !== document.body && active?.isConnected) return;
      heading.focus({ preventScroll: !embedded });
      // With large text or a strong zoom the top of the page may not reach the question: then
      // it is brought into view (layout is up to date after the paint, so this costs little).
      if (!embedded && heading.getBoundingClientRect().bottom > window.innerHeight) {
        heading.scrollIntoView({ block: 'start' });
      }
    });
  }, [stepKey, enabled]);
  return ref;
}
