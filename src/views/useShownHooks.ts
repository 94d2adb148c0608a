import { useLayoutEffect, useRef } from 'react';

/**
 * Test hooks (decision-table.md §6) that exist only while their screen is shown. The next step's
 * screen is prepared out of sight (see Wizard); it must not answer to `[data-question]` or
 * `[data-outcome]` before it is on screen. Layout effects run when a screen is shown, before the
 * browser paints it, and are cleaned up when it is hidden, so the attributes follow exactly.
 */
export function useShownHooks<T extends HTMLElement>(hooks: Record<string, string | null | undefined>) {
  const ref = useRef<T>(null);
  const wanted = JSON.stringify(Object.entries(hooks).filter(([, value]) => value != null));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const entries = JSON.parse(wanted) as Array<[string, string]>;
    for (const [name, value] of entries) element.setAttribute(name, value);
    return () => {
      for (const [name] of entries) element.removeAttribute(name);
    };
  }, [wanted]);
  return ref;
}
