// Chooses the screen for the current step, and prepares the next one out of sight (ADR 6). It
// sends events and reads snapshots; it never decides where to go next.
import { Activity, useCallback, useEffect, useState } from 'react';
import { currentStep } from '../../machines/journey';
import { useWizard } from '../state/useWizard';
import { PrunedNotice } from './PrunedNotice';
import { screenKey, StepScreen } from './StepScreen';

/** What the wizard shows, for a kiosk: whether anything of the person would be left behind. */
export interface WizardShown {
  atStart: boolean;
  /** Started, or holding answers (going back to the start keeps them for the way forward). */
  holdsAnswers: boolean;
}

export function Wizard({
  useUrl = true,
  onShow,
}: {
  useUrl?: boolean;
  onShow?: (shown: WizardShown) => void;
}) {
  const { snapshot, dropped, moved, send, preview, dismissDropped } = useWizard({ useUrl });
  const here = currentStep(snapshot);
  const atStart = here.kind === 'start';
  const holdsAnswers = !atStart || Object.keys(snapshot.context.answers).length > 0;
  useEffect(() => onShow?.({ atStart, holdsAnswers }), [onShow, atStart, holdsAnswers]);

  // The answer selected on the current question, before "Continuer".
  const [chosen, setChosen] = useState<{ screen: string; answer: string } | null>(null);
  const onChoose = useCallback((screen: string, answer: string) => setChosen({ screen, answer }), []);
  const current = screenKey(snapshot);
  const answer =
    here.kind !== 'question'
      ? undefined
      : chosen?.screen === current
        ? chosen.answer
        : snapshot.context.answers[here.question];

  // The step the person is most likely to take next ("Commencer", or the answer selected) is
  // prepared out of sight while they read: React renders it hidden, at low priority, with no
  // effects; the click then only reveals it (see docs/adr/0006).
  const next =
    here.kind === 'start'
      ? preview({ type: 'START' })
      : answer !== undefined
        ? preview({ type: 'ANSWER', answer })
        : null;
  const screens = [{ key: current, snapshot, shown: true }];
  if (next && next !== snapshot && screenKey(next) !== current) {
    screens.push({ key: screenKey(next), snapshot: next, shown: false });
  }

  return (
    <>
      {dropped.length > 0 && <PrunedNotice count={dropped.length} onDismiss={dismissDropped} />}
      {screens.map((screen) => (
        <Activity key={screen.key} mode={screen.shown ? 'visible' : 'hidden'}>
          {/* Focus follows the steps the person takes, not the page load. */}
          <StepScreen
            snapshot={screen.snapshot}
            focusOnShow={screen.shown ? moved : true}
            send={send}
            onChoose={onChoose}
          />
        </Activity>
      ))}
    </>
  );
}
