// The counter sheet (issue 14): in a language other than French, the same answer in French, for
// the agent at a counter or a helper sitting next to the person. Shown on screen with a toggle,
// and always printed (on its own page: the sheet is the person's answer, then the French one).
// Rendered only then, never kept hidden in the page.
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { WordsProvider, useWords } from '../../i18n/words';
import type { OutcomeScreenModel } from '../../screen/outcome';
import { FrenchCopyContext } from './CopyContext';
import { OutcomeAnswer } from './OutcomeAnswer';

/** Whether the page is being printed (beforeprint/afterprint), rendered before the print is laid out. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function FrenchCopy({ screen }: { screen: OutcomeScreenModel }) {
  const { t, i18n } = useWords();
  const [shown, setShown] = useState(false);
  const printing = usePrinting();
  // The same words, in French (the French namespaces are always there, as the fallback).
  const french = useMemo(() => i18n.cloneInstance({ lng: 'fr' }), [i18n]);
  if (i18n.language === 'fr') return null;
  return (
    <>
      <p className="french-copy-toggle">
        <button
          type="button"
          className="button secondary"
          aria-expanded={shown}
          onClick={() => setShown(!shown)}
        >
          {t(shown ? 'frenchCopy.hide' : 'frenchCopy.show')}
        </button>
      </p>
      {(shown || printing) && (
        <section
          className="french-copy"
          lang="fr"
          dir="ltr"
          aria-labelledby="french-copy-title"
          data-french-copy=""
        >
          <p className="french-copy-title" id="french-copy-title">
            {french.t('frenchCopy.title')}
          </p>
          <WordsProvider i18n={french}>
            <FrenchCopyContext.Provider value={true}>
              <OutcomeAnswer screen={screen} onPointer={() => undefined} />
            </FrenchCopyContext.Provider>
          </WordsProvider>
        </section>
      )}
    </>
  );
}
