// Renders a text of the screen model (src/screen/text.ts): its key translated, its values filled
// in (other keys translated, dates in the reader's language, French names kept in French), and
// `<fr>…</fr>` shown as `<bdi lang="fr">`. Nothing from a translation is inserted as HTML.
import { useWords } from '../i18n/words';
import { formatDate } from '../i18n/dates';
import { textOf, type Key } from '../i18n/keys';
import { rich } from '../i18n/rich';
import type { Text, TextValue } from '../screen/text';

type Translate = (key: never, options?: never) => unknown;

function valueOf(t: Translate, language: string, value: TextValue): string | number {
  if (typeof value !== 'object') return value;
  if ('key' in value) return textOf(t, value.key);
  if ('date' in value) return formatDate(value.date, language);
  return `<fr>${value.french}</fr>`;
}

/** The words of a text, with `<fr>` marks still in (for `rich`, or `plain` in attributes). */
export function useTextWords() {
  const { t, i18n } = useWords();
  return (text: Text | Key): string => {
    if (typeof text === 'string') return textOf(t, text);
    const values = Object.fromEntries(
      Object.entries(text.values ?? {}).map(([name, value]) => [name, valueOf(t, i18n.language, value)]),
    );
    return textOf(t, text.key, values);
  };
}

export function T({ text }: { text: Text | Key }) {
  const words = useTextWords();
  return <>{rich(words(text))}</>;
}
