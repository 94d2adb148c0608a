import { useEffect, useRef } from 'react';

/**
 * Moves focus to the screen's heading when a step is shown, so screen-reader and keyboard users
 * start at the question. Not on the very first page load, where focus stays with the browser.
 * Each screen is mounted anew at each step (see Wizard), so this runs once per step.
 */
export function useStepFocus<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const heading = ref.current;
    if (!enabled || !heading) return;
    // Inside an iframe the host page may need to scroll to show the question: focus scrolls there.
    const embedded = window.parent !== window;
    if (!embedded) window.scrollTo(0, 0);
    heading.focus({ preventScroll: !embedded });
    // With large text or a strong zoom the top of the page may not reach the question.
    if (!embedded && heading.getBoundingClientRect().bottom > window.innerHeight) {
      heading.scrollIntoView({ block: 'start' });
    }
  }, [enabled]);
  return ref;
}

/** Puts focus back on the screen's heading once a notice above it is closed (never on `<body>`). */
export function focusScreenHeading() {
  document.querySelector<HTMLElement>('main h1')?.focus();
}
