// The wizard as React state: a machine snapshot moved by events, mirrored in the URL fragment so
// that refresh, back/forward and shared links restore the exact step.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  continueWithKeptAnswers,
  replay,
  startSnapshot,
  step,
  type WizardSnapshot,
} from '../../machines/journey';
import type { WizardEvent } from '../../machines/wizard';
import { readFragment, writeFragment } from './fragment';

/** What a screen may ask of the wizard: an event of the machine, or a jump to a set of answers (a pointer). */
export interface ScreenActions {
  send: (event: WizardEvent) => void;
  jump: (answers: Record<string, string>) => void;
}

export interface WizardState {
  snapshot: WizardSnapshot;
  /** Question ids (or unknown keys) dropped from the URL the person arrived with. */
  dropped: string[];
  /** Set by "change" in the summary: once answered, kept answers carry the person forward. */
  editing: boolean;
  /** Whether the person has moved since the page loaded (focus follows their steps, not the load). */
  moved: boolean;
}

function fromFragment(fragment: string): WizardState {
  const { answers, started } = readFragment(fragment);
  const { snapshot, dropped } = replay(answers, { started });
  return { snapshot, dropped, editing: false, moved: false };
}

function fromLocation(useUrl: boolean): WizardState {
  // No window when the start screen is prerendered at build time (src/prerender.tsx).
  if (!useUrl || typeof window === 'undefined')
    return { snapshot: startSnapshot(), dropped: [], editing: false, moved: false };
  return fromFragment(window.location.hash);
}

/**
 * `hydrating`: the first render takes over the prerendered start screen, so it must be that
 * screen whatever the address says by then; a fragment set meanwhile is followed just after.
 */
export function useWizard(options: { useUrl: boolean; hydrating?: boolean }) {
  const { useUrl, hydrating = false } = options;
  // The fragment the first render was read from: it may change before the app takes over the
  // page (hydration runs after the load event), and that change must not be lost.
  const readAtStart = useRef(useUrl && !hydrating && typeof window !== 'undefined' ? currentFragment() : '');
  const [state, setState] = useState<WizardState>(() =>
    hydrating ? fromFragment('') : fromLocation(useUrl),
  );
  // The fragment last written to (or read from) the address bar.
  const written = useRef<string | null>(null);

  const send = useCallback((event: WizardEvent) => {
    setState((current) => {
      let snapshot = step(current.snapshot, event);
      if (event.type === 'ANSWER' && current.editing) snapshot = continueWithKeptAnswers(snapshot);
      if (snapshot === current.snapshot) return current;
      return { snapshot, dropped: [], editing: nextEditing(current.editing, event), moved: true };
    });
  }, []);

  /** Goes straight to where these answers lead (a pointer to the route meant for the person). */
  const jump = useCallback((answers: Record<string, string>) => {
    setState({ snapshot: replay(answers).snapshot, dropped: [], editing: false, moved: true });
  }, []);

  const dismissDropped = useCallback(() => setState((s) => ({ ...s, dropped: [] })), []);

  // Each step is a history entry, so the browser's back button walks back through the questions.
  // Written before the screen's own effects run (a layout effect runs before any effect): the
  // screen then titles the new entry, not the one the person just left.
  useLayoutEffect(() => {
    if (!useUrl) return;
    const fragment = writeFragment(state.snapshot);
    if (fragment === written.current) return;
    const first = written.current === null;
    written.current = fragment;
    if (fragment === currentFragment()) return;
    // The address changed since the first render: the effect below follows it, untouched.
    if (first && currentFragment() !== readAtStart.current) return;
    // First render: tidy the URL (pruned answers disappear) without adding a history entry.
    if (first) window.history.replaceState(null, '', urlWith(fragment));
    else window.history.pushState(null, '', urlWith(fragment));
  }, [state.snapshot, useUrl]);

  useEffect(() => {
    if (!useUrl) return;
    const onNavigate = () => {
      const hash = currentFragment();
      if (hash === written.current) return;
      const next = fromLocation(true);
      written.current = writeFragment(next.snapshot);
      if (written.current !== hash) window.history.replaceState(null, '', urlWith(written.current));
      setState({ ...next, moved: true });
    };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    // The address changed between the first render and now (a link followed while the page was
    // still loading): go where it says.
    if (currentFragment() !== readAtStart.current) onNavigate();
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [useUrl]);

  return { ...state, send, jump, dismissDropped };
}

function nextEditing(editing: boolean, event: WizardEvent): boolean {
  if (event.type === 'EDIT') return true;
  if (event.type === 'ANSWER' || event.type === 'RESTART') return false;
  return editing;
}

function currentFragment(): string {
  return window.location.hash === '#' ? '' : window.location.hash;
}

function urlWith(fragment: string): string {
  return `${window.location.pathname}${window.location.search}${fragment}`;
}
