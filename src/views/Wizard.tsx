// Shows the current step's screen, described by the screen model (src/screen/describe.ts): one
// screen in the DOM at a time, mounted anew at each step (its key), so what the person did on a
// screen (a selection, a search, an error) belongs to that step only. It sends events; it never
// decides where to go next.
import { useEffect, useMemo } from 'react';
import { describe } from '../screen/describe';
import { writeFragment } from '../state/fragment';
import { useWizard } from '../state/useWizard';
import { LazyOutcomeScreen } from './LazyOutcomeScreen';
import { PrunedNotice } from './PrunedNotice';
import { QuestionScreen } from './QuestionScreen';
import { StartScreen } from './StartScreen';

/** What the wizard shows, for a kiosk: whether anything of the person would be left behind. */
export interface WizardShown {
  atStart: boolean;
  /** Started, or holding answers (going back to the start keeps them for the way forward). */
  holdsAnswers: boolean;
}

/** The guide's own address with these answers: no embed or kiosk parameter, the language kept. */
function shareUrl(fragment: string): string {
  const url = new URL(window.location.pathname, window.location.origin);
  const lang = document.documentElement.lang;
  if (lang && lang !== 'fr') url.searchParams.set('lang', lang.split('-')[0]!);
  return `${url.href}${fragment}`;
}

export function Wizard({
  useUrl = true,
  hydrating = false,
  onShow,
}: {
  useUrl?: boolean;
  /** Taking over the prerendered start screen (see useWizard). */
  hydrating?: boolean;
  onShow?: (shown: WizardShown) => void;
}) {
  const { snapshot, dropped, moved, send, jump, dismissDropped } = useWizard({ useUrl, hydrating });
  const screen = useMemo(() => describe(snapshot), [snapshot]);
  const atStart = screen.kind === 'start';
  const holdsAnswers = !atStart || Object.keys(snapshot.context.answers).length > 0;
  useEffect(() => onShow?.({ atStart, holdsAnswers }), [onShow, atStart, holdsAnswers]);
  const actions = useMemo(() => ({ send, jump }), [send, jump]);

  return (
    <>
      {dropped.length > 0 && <PrunedNotice count={dropped.length} onDismiss={dismissDropped} />}
      {screen.kind === 'start' ? (
        <StartScreen key={screen.key} focusOnShow={moved} onStart={() => send({ type: 'START' })} />
      ) : screen.kind === 'question' ? (
        <QuestionScreen key={screen.key} screen={screen} focusOnShow={moved} send={send} />
      ) : (
        <LazyOutcomeScreen
          key={screen.key}
          context={screen.context}
          shareUrl={shareUrl(writeFragment(snapshot))}
          focusOnShow={moved}
          actions={actions}
        />
      )}
    </>
  );
}
