// What "Écouter" reads, taken from the screen model the screen renders and put into words by the
// same function as <T> (src/views/T.tsx), so that what is heard is what is shown.
import type { Key } from '../i18n/keys';
import type { QuestionScreenModel } from '../screen/describe';
import type { OutcomeScreenModel } from '../screen/outcome';
import type { Text } from '../screen/text';

/** A line to read: its words (with `<fr>` marks), and whether they are French as a whole. */
export interface SpokenLine {
  words: string;
  /** Not yet translated into the page's language: what shows is the French reference. */
  french: boolean;
}

/**
 * A question: the question, its hint, each answer ("ou" before "je ne sais pas"). The commune
 * list is not read (36 French names; the search field's label says how to find one).
 * An outcome: the heading, the one-sentence lead, the primary action, the numbered steps.
 * `translated(key)`: whether the page's language has its own words for the key.
 */
export function linesOf(
  screen: QuestionScreenModel | OutcomeScreenModel,
  words: (text: Text | Key) => string,
  translated: (key: Key) => boolean,
): SpokenLine[] {
  const line = (text: Text | Key, number?: number): SpokenLine => ({
    words: number === undefined ? words(text) : `${number}. ${words(text)}`,
    // Its own key (values are short names, and each text is given every value of its screen).
    french: !translated(typeof text === 'string' ? text : text.key),
  });
  if (screen.kind === 'outcome') {
    return [
      line(screen.heading),
      line(screen.lead),
      line(screen.primary.label),
      line('result.steps'),
      ...screen.steps.map((step, index) => line(step, index + 1)),
    ];
  }
  return [
    line(screen.title),
    ...(screen.hint ? [line(screen.hint)] : []),
    ...(screen.input === 'commune' ? [line('commune.searchLabel')] : []),
    ...screen.answers.map((answer) => line(answer.label)),
    ...(screen.dontKnow ? [line('form.or'), line(screen.dontKnow.label)] : []),
  ];
}
