// The page's words, read through one react-i18next subscription and shared by context. Each call
// of react-i18next's `useTranslation` copies the i18n instance and subscribes to its events when
// its component mounts, and unsubscribes when it unmounts; a question screen has one text per
// answer, so every "Continuer" paid that some forty times over (about 18 ms of the 75 ms a
// Continue took at 4× CPU, docs/benchmark.md). Here the copy and the subscription happen once per
// page, and a language change still re-renders every component that reads the words. (The
// kiosk's parts keep `useTranslation('kiosk')`: it fetches their namespace and says when it is ready.)
import type { i18n as I18n, TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

export interface Words {
  t: TFunction;
  i18n: I18n;
}

const WordsContext = createContext<Words | null>(null);

function ShareWords({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  // `t` and `i18n` both change when the language does: that is what re-renders the readers.
  const words = useMemo(() => ({ t, i18n }), [t, i18n]);
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

/** Gives the words of this i18next instance to everything below (a page, or the French copy). */
export function WordsProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ShareWords>{children}</ShareWords>
    </I18nextProvider>
  );
}

/** `t` and the i18n instance of the nearest WordsProvider. */
export function useWords(): Words {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords() is used outside a WordsProvider');
  return words;
}
