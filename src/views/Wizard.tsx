// Chooses the screen for the current step. It sends events and reads the snapshot; it never
// decides where to go next.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { asksAboutOneYearCard, choicesAt, currentStep } from '../../machines/journey';
import { questionsLeftAtMost } from '../../machines/progress';
import { useWizard } from '../state/useWizard';
import { questionTitle, textOf } from '../i18n/keys';
import { plain } from '../i18n/rich';
import { LazyOutcomeScreen } from './LazyOutcomeScreen';
import { PrunedNotice } from './PrunedNotice';
import { QuestionScreen } from './QuestionScreen';
import { StartScreen } from './StartScreen';
import { useDocumentTitle } from './useDocumentTitle';

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
  const { t } = useTranslation();
  const { snapshot, dropped, moved, send, dismissDropped } = useWizard({ useUrl });
  const here = currentStep(snapshot);
  const atStart = here.kind === 'start';
  const holdsAnswers = !atStart || Object.keys(snapshot.context.answers).length > 0;
  useEffect(() => onShow?.({ atStart, holdsAnswers }), [onShow, atStart, holdsAnswers]);
  // Focus follows the steps the person takes, not the page load.
  const focusOnShow = moved;

  // The outcome screen sets its own title.
  const pageTitle =
    here.kind === 'start'
      ? t('start.title')
      : here.kind === 'question'
        ? textOf(t, questionTitle(here.question))
        : null;
  useDocumentTitle(pageTitle === null ? null : plain(t('app.documentTitle', { page: pageTitle })));
  return (
    <>
      {dropped.length > 0 && <PrunedNotice count={dropped.length} onDismiss={dismissDropped} />}
      {here.kind === 'start' && (
        <StartScreen focusOnShow={focusOnShow} onStart={() => send({ type: 'START' })} />
      )}
      {here.kind === 'question' && (
        <QuestionScreen
          question={here.question}
          choices={choicesAt(snapshot, here.question)}
          selected={snapshot.context.answers[here.question]}
          titleKey={
            asksAboutOneYearCard(snapshot, here.question) ? 'question.renewal-card.titleTenYear' : undefined
          }
          progress={{
            current: snapshot.context.trail.length + 1,
            total: snapshot.context.trail.length + questionsLeftAtMost(snapshot),
          }}
          focusOnShow={focusOnShow}
          onAnswer={(answer) => send({ type: 'ANSWER', answer })}
          onBack={() => send({ type: 'BACK' })}
        />
      )}
      {here.kind === 'outcome' && (
        <LazyOutcomeScreen
          snapshot={snapshot}
          focusOnShow={focusOnShow}
          onEdit={(question) => send({ type: 'EDIT', question })}
          onRestart={() => send({ type: 'RESTART' })}
          onBack={() => send({ type: 'BACK' })}
        />
      )}
    </>
  );
}
