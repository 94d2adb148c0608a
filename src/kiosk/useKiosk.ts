// Kiosk mode (`?kiosk=1`): a shared touch screen in a waiting area. Large text with an in-app
// size control, no context menu, and an idle reset that forgets everything: the wizard is
// remounted, the kiosk's own language and text size come back, nothing is kept anywhere.
// Only this state lives in the main bundle; the kiosk's screens and its idle timer are a lazy
// chunk (./lazy.tsx), so that the guide does not grow for everyone else.
import { useCallback, useEffect, useState } from 'react';
import { useWords } from '../i18n/words';
import { loadNamespace } from '../i18n/setup';
import type { LanguageCode } from '../i18n/languages';
import { applyUpdateAtReset } from '../offline/updates';
import type { WizardShown } from '../views/Wizard';
import type { TextScale } from './textScale';

interface Options {
  enabled: boolean;
  /** The kiosk's language: its `lang` parameter, else French. */
  defaultLanguage: LanguageCode;
  language: { current: LanguageCode; choose: (code: LanguageCode) => void; dismissFailure: () => void };
}

export function useKiosk({ enabled, defaultLanguage, language }: Options) {
  const [session, setSession] = useState(0);
  const [shown, setShown] = useState<WizardShown>({ atStart: true, holdsAnswers: false });
  const [textScale, setTextScale] = useState<TextScale>(1);
  const inUse = shown.holdsAnswers || language.current !== defaultLanguage || textScale !== 1;
  const { choose, dismissFailure } = language;

  const reset = useCallback(() => {
    setSession((n) => n + 1);
    setShown({ atStart: true, holdsAnswers: false });
    setTextScale(1);
    choose(defaultLanguage);
    dismissFailure();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    if (window.scrollY > 0) window.scrollTo(0, 0);
    // A new version of the guide, if one is waiting, starts now (the page reloads), between two people.
    applyUpdateAtReset();
  }, [choose, dismissFailure, defaultLanguage]);

  const { i18n } = useWords();
  useEffect(() => {
    // The kiosk's words, before its parts show (a failure leaves them out, as their chunk would).
    if (enabled) void loadNamespace(i18n, 'kiosk').catch(() => undefined);
  }, [enabled, i18n]);

  useEffect(() => {
    if (!enabled) return;
    const root = document.documentElement;
    root.classList.add('kiosk');
    // A long press opens no menu (copy, open in a new tab, search the web…).
    const noMenu = (event: Event) => event.preventDefault();
    window.addEventListener('contextmenu', noMenu);
    return () => {
      root.classList.remove('kiosk');
      window.removeEventListener('contextmenu', noMenu);
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    // Through the CSSOM, in memory only: browser zoom is usually off on a kiosk.
    const style = document.documentElement.style;
    style.setProperty('--kiosk-text-scale', String(textScale));
    return () => {
      style.removeProperty('--kiosk-text-scale');
    };
  }, [enabled, textScale]);

  return { session, atStart: shown.atStart, onWizardShown: setShown, textScale, setTextScale, inUse, reset };
}
