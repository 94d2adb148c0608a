// The baseline page: what a minimal guide on the same stack (React 19, XState, i18next, the
// guide's stylesheet) costs for each interaction the bench measures. Not part of the guide.
import { useState } from 'react';
import { next, startSnapshot, stepOf, type BaselineEvent } from './machine';
import { useWords } from './i18n';
import { QuestionScreen, ResultScreen, StartScreen } from './screens';
import { LANGUAGES, type LanguageCode } from './words';

export function App() {
  // `moved`: focus follows the steps the person takes, not the page load.
  const [{ snapshot, moved }, setState] = useState(() => ({ snapshot: startSnapshot(), moved: false }));
  const send = (event: BaselineEvent) =>
    setState((state) => ({ snapshot: next(state.snapshot, event), moved: true }));
  const step = stepOf(snapshot);
  const { answers } = snapshot.context;

  return (
    <div className="app">
      <div className="container banners">
        <div className="banner-picker">
          <LanguageControl />
        </div>
      </div>
      <main id="main" className="container" tabIndex={-1}>
        {step === 'start' ? (
          <StartScreen onStart={() => send({ type: 'START' })} />
        ) : step === 'result' ? (
          <ResultScreen
            answers={answers}
            focus={moved}
            onEdit={(question) => send({ type: 'EDIT', question })}
            onBack={() => send({ type: 'BACK' })}
          />
        ) : (
          <QuestionScreen
            key={step}
            question={step}
            selected={answers[step]}
            focus={moved}
            onAnswer={(answer) => send({ type: 'ANSWER', answer })}
            onBack={() => send({ type: 'BACK' })}
          />
        )}
      </main>
    </div>
  );
}

/** A native select, applied by its button: choosing in the list changes nothing yet. */
function LanguageControl() {
  const { say, i18n } = useWords();
  const [chosen, setChosen] = useState(i18n.language);
  const apply = () => {
    const language = LANGUAGES.find((l) => l.code === chosen);
    if (!language) return;
    document.documentElement.lang = language.code;
    document.documentElement.dir = language.dir;
    void i18n.changeLanguage(language.code);
  };
  return (
    <div className="language-picker">
      <label htmlFor="language-select">{say('language.label')}</label>
      <select id="language-select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code satisfies LanguageCode} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      <button type="button" className="button secondary" data-action="apply-language" onClick={apply}>
        {say('language.apply')}
      </button>
    </div>
  );
}
