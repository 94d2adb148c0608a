// One screen per question: the question is the h1 (inside the legend), answers are native radio
// buttons, and "Continuer" submits. The radios are uncontrolled: selecting one re-renders nothing
// (the browser shows the choice, CSS highlights it); the form is read when it is submitted.
import { useState, type SyntheticEvent } from 'react';
import { useWords } from '../i18n/words';
import type { WizardEvent } from '../../machines/wizard';
import { resolveCommune } from '../content/communes';
import { textOf } from '../i18n/keys';
import type { QuestionScreenModel } from '../screen/question';
import { Choice } from './Choice';
import { CommuneSearch } from './CommuneSearch';
import { Listen } from './Listen';
import { Progress, StepBar } from './StepBar';
import { T } from './T';
import { useDocumentTitle } from './useDocumentTitle';
import { useStepFocus } from './useStepFocus';

/** Stable, so that it runs when the element mounts, not on every render. */
const focusWhenMounted = (element: HTMLElement | null) => element?.focus();

interface Props {
  screen: QuestionScreenModel;
  focusOnShow: boolean;
  send: (event: WizardEvent) => void;
}

export function QuestionScreen({ screen, focusOnShow, send }: Props) {
  const { t } = useWords();
  const { question } = screen;
  const [error, setError] = useState(false);
  useDocumentTitle(textOf(t, screen.title));
  const heading = useStepFocus<HTMLHeadingElement>(focusOnShow);
  const isCommune = screen.input === 'commune';
  const errorId = `${question}-error`;

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = form.get(question);
    const typed = form.get('commune-search');
    const answer =
      typeof chosen === 'string'
        ? chosen
        : isCommune && typeof typed === 'string'
          ? resolveCommune(typed)?.id
          : undefined;
    if (answer === undefined) {
      setError(true);
      // Already shown: focus it again (a new message takes focus as it mounts, see below).
      document.getElementById(errorId)?.focus();
      return;
    }
    send({ type: 'ANSWER', answer });
  };

  const describedBy = [screen.hint ? `${question}-hint` : '', error ? errorId : ''].filter(Boolean).join(' ');
  const clearError = error ? () => setError(false) : undefined;

  return (
    <form className="question" data-question={question} onSubmit={submit} onChange={clearError} noValidate>
      <StepBar onBack={() => send({ type: 'BACK' })} />
      <Listen screen={screen} />
      <fieldset aria-describedby={describedBy || undefined} aria-invalid={error || undefined}>
        <legend>
          <h1 tabIndex={-1} ref={heading}>
            <T text={screen.title} />
          </h1>
        </legend>
        {/* After the heading, where focus lands: read next, not skipped. */}
        <Progress {...screen.progress} />
        {screen.hint && (
          <p className="hint" id={`${question}-hint`}>
            <T text={screen.hint} />
          </p>
        )}
        {error && (
          <p className="error-message" id={errorId} tabIndex={-1} role="alert" ref={focusWhenMounted}>
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {t(isCommune ? 'commune.required' : 'form.required')}
          </p>
        )}
        {isCommune ? (
          <CommuneSearch screen={screen} invalid={error} errorId={errorId} />
        ) : (
          <div className="choices">
            {screen.answers.map((answer) => (
              <Choice
                key={answer.id}
                question={question}
                id={answer.id}
                label={answer.label}
                hint={answer.hint}
                checked={screen.selected === answer.id}
              />
            ))}
          </div>
        )}
        {screen.dontKnow && (
          <>
            <p className="choices-or" aria-hidden="true">
              {t('form.or')}
            </p>
            <div className="choices">
              <Choice
                question={question}
                id={screen.dontKnow.id}
                label={screen.dontKnow.label}
                hint={screen.dontKnow.hint}
                checked={screen.selected === screen.dontKnow.id}
              />
            </div>
          </>
        )}
      </fieldset>
      <button type="submit" className="button primary">
        {t('nav.continue')}
      </button>
    </form>
  );
}
