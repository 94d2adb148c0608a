// The wizard as React state: a machine snapshot moved by events, mirrored in the URL fragment so
// that refresh, back/forward and shared links restore the exact step.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  continueWithKeptAnswers,
  replay,
  startSnapshot,
  step,
  type WizardSnapshot,
} from '../../machines/journey';
import type { WizardEvent } from '../../machines/wizard';
import { deferUntilPainted, type Deferred } from '../dom/afterNextPaint';
import { readFragment, writeFragment } from './fragment';

export interface WizardState {
  snapshot: WizardSnapshot;
  /** Question ids (or unknown keys) dropped from the URL the person arrived with. */
  dropped: string[];
  /** Set by "change" in the summary: once answered, kept answers carry the person forward. */
  editing: boolean;
  /** Whether the person has moved since the page loaded (focus follows their steps, not the load). */
  moved: boolean;
}

function fromLocation(useUrl: boolean): WizardState {
  // No window when the start screen is prerendered at build time (src/prerender.tsx).
  if (!useUrl || typeof window === 'undefined')
    return { snapshot: startSnapshot(), dropped: [], editing: false, moved: false };
  const { answers, started } = readFragment(window.location.hash);
  const { snapshot, dropped } = replay(answers, { started });
  return { snapshot, dropped, editing: false, moved: false };
}

export function useWizard(options: { useUrl: boolean }) {
  const { useUrl } = options;
  const [state, setState] = useState<WizardState>(() => fromLocation(useUrl));
  const written = useRef<string | null>(null);
  // The history entry of the last step, written once its screen is painted.
  const pendingPush = useRef<Deferred | null>(null);

  // The step an event would lead to, worked out ahead (to prepare its screen) and then reused by
  // `send`, so the prepared screen receives the very same snapshot and need not render again.
  const ahead = useRef<{ from: WizardState; event: string; to: WizardSnapshot } | null>(null);
  const advance = useCallback((current: WizardState, event: WizardEvent): WizardSnapshot => {
    const key = JSON.stringify(event);
    const known = ahead.current;
    const same = known?.from.snapshot === current.snapshot && known.from.editing === current.editing;
    if (known && same && known.event === key) return known.to;
    let snapshot = step(current.snapshot, event);
    if (event.type === 'ANSWER' && current.editing) snapshot = continueWithKeptAnswers(snapshot);
    ahead.current = { from: current, event: key, to: snapshot };
    return snapshot;
  }, []);

  const send = useCallback(
    (event: WizardEvent) => {
      setState((current) => {
        const snapshot = advance(current, event);
        if (snapshot === current.snapshot) return current;
        return { snapshot, dropped: [], editing: nextEditing(current.editing, event), moved: true };
      });
    },
    [advance],
  );

  /** Where `event` would lead from here, without going there. */
  const preview = useCallback((event: WizardEvent) => advance(state, event), [advance, state]);

  const dismissDropped = useCallback(() => setState((s) => ({ ...s, dropped: [] })), []);

  // Each step is a history entry, so the browser's back button walks back through the questions.
  useEffect(() => {
    if (!useUrl) return;
    const fragment = writeFragment(state.snapshot);
    if (written.current === null) {
      // First render: tidy the URL (pruned answers disappear) without adding a history entry.
      written.current = fragment;
      if (fragment !== currentFragment()) replaceFragment(fragment);
      return;
    }
    if (fragment === written.current) return;
    written.current = fragment;
    // pushState costs a few milliseconds (more on a slow phone) that the person would wait for
    // before seeing the next question, so it runs after the paint; one entry per step, in order.
    pendingPush.current?.flush();
    pendingPush.current = deferUntilPainted(() => {
      pendingPush.current = null;
      if (fragment !== currentFragment()) window.history.pushState(null, '', urlWith(fragment));
    });
  }, [state.snapshot, useUrl]);

  // Leaving (a kiosk reset, an error screen): the last step still gets its history entry.
  useEffect(() => () => pendingPush.current?.flush(), []);

  useEffect(() => {
    if (!useUrl) return;
    const onNavigate = () => {
      // The browser moved before the last step's entry was written: the address bar wins.
      pendingPush.current?.cancel();
      pendingPush.current = null;
      const hash = currentFragment();
      if (hash === written.current) return;
      const next = fromLocation(true);
      written.current = writeFragment(next.snapshot);
      if (written.current !== hash) replaceFragment(written.current);
      setState({ ...next, moved: true });
    };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [useUrl]);

  return { ...state, send, preview, dismissDropped };
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

function replaceFragment(fragment: string) {
  window.history.replaceState(null, '', urlWith(fragment));
}
