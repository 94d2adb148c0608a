// The counter sheet (issue 14): in a language other than French, the same answer in French, for
// the agent at a counter or a helper sitting next to the person. Shown on screen with a toggle,
// and always printed (on its own page: the sheet is the person's answer, then the French one).
// Rendered only then, never kept hidden in the page.
import { useMemo, useState } from 'react';
import { WordsProvider, useWords } from '../../i18n/words';
import type { OutcomeScreenModel } from '../../screen/outcome';
import { FrenchCopyContext } from './CopyContext';
import { OutcomeAnswer } from './OutcomeAnswer';

/** `printing`: the page is being printed (usePrinting), when the French copy is always there. */
export function FrenchCopy({ screen, printing }: { screen: OutcomeScreenModel; printing: boolean }) {
  const { t, i18n } = useWords();
  const [shown, setShown] = useState(false);
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
      {(shown || printing) && <FrenchAnswer screen={screen} />}
    </>
  );
}

function FrenchAnswer({ screen }: { screen: OutcomeScreenModel }) {
  const { i18n } = useWords();
  // The same words, in French (the French namespaces are always there, as the fallback).
  const french = useMemo(() => i18n.cloneInstance({ lng: 'fr' }), [i18n]);
  return (
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
  );
}
