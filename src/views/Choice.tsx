// One answer of a question: a native radio button, its label and its hint, with the test hook
// `data-answer`. Used by the question screen and by the commune list.
import { memo } from 'react';
import type { Key } from '../i18n/keys';
import { T } from './T';

interface ChoiceProps {
  question: string;
  id: string;
  label?: Key;
  hint?: Key | null;
  /** A label that is not a locale key: a commune's name, in French in every language. */
  name?: string;
  checked: boolean;
  hidden?: boolean;
}

/** One answer. Memoised on plain props: filtering the communes re-renders only those it hides or shows. */
export const Choice = memo(function Choice({
  question,
  id: answer,
  label,
  hint,
  name,
  checked,
  hidden,
}: ChoiceProps) {
  const id = `${question}-${answer}`;
  return (
    <div className="choice" hidden={hidden}>
      <input
        type="radio"
        id={id}
        name={question}
        value={answer}
        data-answer={answer}
        defaultChecked={checked}
        required
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} lang={name ? 'fr' : undefined}>
        {name ?? (label && <T text={label} />)}
      </label>
      {hint && (
        <p className="choice-hint" id={`${id}-hint`}>
          <T text={hint} />
        </p>
      )}
    </div>
  );
});
