// One screen per question: the question is the h1 (inside the legend), answers are native radio
// buttons, and "Continuer" submits. The commune question is its own type (search + groups).
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionId } from '../../machines/questions';
import { answerHint, answerLabel, questionHint, questionTitle, textOf, type Key } from '../i18n/keys';
import { rich } from '../i18n/rich';
import { CommuneChoices, resolveCommune } from './CommuneChoices';
import { useDocumentTitle } from './useDocumentTitle';
import { useShownHooks } from './useShownHooks';
import { useStepFocus } from './useStepFocus';

/** Stable, so that it runs when the element mounts, not on every render. */
const focusWhenMounted = (element: HTMLElement | null) => element?.focus();

interface Props {
  question: QuestionId;
  choices: readonly string[];
  selected: string | undefined;
  titleKey?: Key;
  progress: { current: number; total: number };
  focusOnShow: boolean;
  onAnswer: (answer: string) => void;
  /** An answer selected, before "Continuer". */
  onChoose?: (answer: string) => void;
  onBack: () => void;
}

export function QuestionScreen(props: Props) {
  const { question, choices, progress, focusOnShow, onAnswer, onBack } = props;
  const { t, i18n } = useTranslation();
  // Each step has its own screen (see Wizard), so what the person did here (the choice, the
  // search text, the error) belongs to this question only.
  const [value, setValue] = useState<string | undefined>(props.selected);
  const [query, setQuery] = useState('');
  const [error, setError] = useState(false);
  const choose = (answer: string) => {
    setValue(answer);
    setError(false);
    if (answer !== value) props.onChoose?.(answer);
  };
  const title = textOf(t, props.titleKey ?? questionTitle(question));
  useDocumentTitle(title);
  const heading = useStepFocus<HTMLHeadingElement>(question, focusOnShow);
  const hooks = useShownHooks<HTMLFormElement>({ 'data-question': question });
  const hintKey = questionHint(question);
  const hasHint = i18n.exists(hintKey);
  const isCommune = question === 'commune';

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const answer = value ?? (isCommune ? resolveCommune(query) : undefined);
    if (answer === undefined) {
      setError(true);
      // Already shown: focus it again (a new message takes focus as it mounts, see below).
      document.getElementById(`${question}-error`)?.focus();
      return;
    }
    onAnswer(answer);
  };

  const describedBy = [hasHint ? `${question}-hint` : '', error ? `${question}-error` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <form className="question" ref={hooks} onSubmit={submit} noValidate>
      <div className="step-bar">
        <button type="button" className="back-link" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('nav.back')}
        </button>
        <p className="progress">
          {t('nav.progress', { current: progress.current, total: progress.total })}
          <progress max={progress.total} value={progress.current} aria-hidden="true" />
        </p>
      </div>
      <fieldset aria-describedby={describedBy || undefined} aria-invalid={error || undefined}>
        <legend>
          <h1 tabIndex={-1} ref={heading}>
            {rich(title)}
          </h1>
        </legend>
        {hasHint && (
          <p className="hint" id={`${question}-hint`}>
            {rich(textOf(t, hintKey))}
          </p>
        )}
        {error && (
          <p
            className="error-message"
            id={`${question}-error`}
            tabIndex={-1}
            role="alert"
            ref={focusWhenMounted}
          >
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {t(isCommune ? 'commune.required' : 'form.required')}
          </p>
        )}
        {isCommune ? (
          <CommuneChoices value={value} query={query} onQuery={setQuery} onChange={choose} />
        ) : (
          <div className="choices">
            {choices.map((answer) => (
              <Choice
                key={answer}
                name={question}
                answer={answer}
                label={rich(textOf(t, answerLabel(question, answer)))}
                hint={
                  i18n.exists(answerHint(question, answer))
                    ? rich(textOf(t, answerHint(question, answer)))
                    : undefined
                }
                checked={value === answer}
                onChange={() => choose(answer)}
              />
            ))}
          </div>
        )}
      </fieldset>
      <button type="submit" className="button primary">
        {t('nav.continue')}
      </button>
    </form>
  );
}

interface ChoiceProps {
  name: string;
  answer: string;
  label: React.ReactNode;
  hint: React.ReactNode;
  checked: boolean;
  onChange: () => void;
  lang?: string;
}

export function Choice({ name, answer, label, hint, checked, onChange, lang }: ChoiceProps) {
  const id = `${name}-${answer}`;
  return (
    <div className="choice">
      <input
        type="radio"
        id={id}
        name={name}
        value={answer}
        data-answer={answer}
        checked={checked}
        onChange={onChange}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} lang={lang}>
        {label}
      </label>
      {hint && (
        <p className="choice-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
