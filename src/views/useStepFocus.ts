import { useEffect, useRef } from 'react';

/**
 * Moves focus to the screen's heading when a new step is shown, so screen-reader and keyboard
 * users start at the question. Not on the very first page load, where focus stays with the browser.
 */
export function useStepFocus<T extends HTMLElement>(stepKey: string, enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [stepKey, enabled]);
  return ref;
}
