// One component per kind of screen, with the guide's markup shape and class names (so that its
// stylesheet applies): the start screen, a question (fieldset, legend, h1, div.choice with a radio
// and its label), and the result with the summary of the answers.
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useWords } from './i18n';
import { ANSWERS, COMMUNES, fold, OUTSIDE, QUESTIONS, type QuestionId, type WordKey } from './words';

/** Stable, so that it runs when the heading mounts (a new screen), not on every render. */
const focusWhenMounted = (element: HTMLElement | null) => element?.focus();

function useTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function StartScreen({ onStart }: { onStart: () => void }) {
  const { say } = useWords();
  useTitle(say('start.title'));
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title" tabIndex={-1}>
        {say('start.title')}
      </h1>
      <p className="lead">{say('start.intro')}</p>
      <ul className="start-points">
        <li>{say('start.point1')}</li>
        <li>{say('start.point2')}</li>
        <li>{say('start.point3')}</li>
      </ul>
      <button type="button" className="button primary start-button" data-action="start" onClick={onStart}>
        {say('start.button')}
        <span aria-hidden="true" className="forward-arrow" />
      </button>
      <p className="hint">{say('start.duration')}</p>
    </section>
  );
}

interface Choice {
  id: string;
  label: string;
  lang?: string;
}

function choicesOf(question: QuestionId, say: ReturnType<typeof useWords>['say']): Choice[] {
  if (question === 'commune') {
    return [
      ...COMMUNES.map((commune) => ({ id: commune.id, label: commune.name, lang: 'fr' })),
      { id: OUTSIDE, label: say('answer.commune.outside') },
    ];
  }
  return ANSWERS[question].map((id) => ({ id, label: say(`answer.${question}.${id}` as WordKey) }));
}

interface QuestionProps {
  question: QuestionId;
  selected: string | undefined;
  focus: boolean;
  onAnswer: (answer: string) => void;
  onBack: () => void;
}

export function QuestionScreen({ question, selected, focus, onAnswer, onBack }: QuestionProps) {
  const { say } = useWords();
  const [value, setValue] = useState(selected);
  const [query, setQuery] = useState('');
  const folded = fold(query);
  const choices = choicesOf(question, say).filter(
    (choice) => folded === '' || fold(choice.label).includes(folded) || choice.id === value,
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (value !== undefined) onAnswer(value);
  };
  const title = say(`question.${question}`);
  useTitle(title);
  return (
    <form className="question" data-question={question} onSubmit={submit} noValidate>
      <div className="step-bar">
        <button type="button" className="back-link" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {say('nav.back')}
        </button>
        <p className="progress">
          {say('nav.progress', { current: QUESTIONS.indexOf(question) + 1, total: QUESTIONS.length })}
        </p>
      </div>
      <fieldset>
        <legend>
          <h1 tabIndex={-1} ref={focus ? focusWhenMounted : undefined}>
            {title}
          </h1>
        </legend>
        {question === 'commune' && (
          <div className="commune-search">
            <label htmlFor="commune-search">{say('commune.search')}</label>
            <input
              id="commune-search"
              type="text"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              spellCheck={false}
            />
          </div>
        )}
        <div className="choices">
          {choices.map((choice) => (
            <div className="choice" key={choice.id}>
              <input
                type="radio"
                id={`${question}-${choice.id}`}
                name={question}
                value={choice.id}
                data-answer={choice.id}
                checked={value === choice.id}
                onChange={() => setValue(choice.id)}
              />
              <label htmlFor={`${question}-${choice.id}`} lang={choice.lang}>
                {choice.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button primary">
        {say('nav.continue')}
      </button>
    </form>
  );
}

interface ResultProps {
  answers: Partial<Record<QuestionId, string>>;
  focus: boolean;
  onEdit: (question: QuestionId) => void;
  onBack: () => void;
}

export function ResultScreen({ answers, focus, onEdit, onBack }: ResultProps) {
  const { say } = useWords();
  useTitle(say('result.title'));
  return (
    <section className="outcome" data-outcome="baseline" aria-labelledby="result-title">
      <div className="step-bar">
        <button type="button" className="back-link" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {say('nav.back')}
        </button>
      </div>
      <h1 id="result-title" tabIndex={-1} ref={focus ? focusWhenMounted : undefined}>
        {say('result.title')}
      </h1>
      <p className="lead">{say('result.body')}</p>
      <section className="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{say('summary.heading')}</h2>
        <dl>
          {QUESTIONS.map((question) => {
            const answer = answers[question];
            const choice = choicesOf(question, say).find((c) => c.id === answer);
            return (
              <div className="summary-row" key={question} data-summary={question}>
                <dt>{say(`question.${question}`)}</dt>
                <dd lang={choice?.lang}>{choice?.label}</dd>
                <dd className="summary-action">
                  <button type="button" className="link-button" onClick={() => onEdit(question)}>
                    {say('summary.change')}
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </section>
  );
}
