// Translations keep official French names visible: a translator writes `<fr>récépissé</fr>` and
// it is shown as `<bdi lang="fr">récépissé</bdi>`. Only this one tag is understood; nothing from
// a translation is ever inserted as HTML.
import type { ReactNode } from 'react';

// Brackets hugging a term travel with it, so right-to-left lines never strand a "(" or ")".
const FRENCH_TERM = /(\()?<fr>(.*?)<\/fr>(\))?/g;

export function rich(text: string): ReactNode {
  if (!text.includes('<fr>')) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(FRENCH_TERM)) {
    const [whole, open, term = '', close] = match;
    const bracketed = open !== undefined && close !== undefined;
    parts.push(text.slice(last, match.index) + (open && !bracketed ? open : ''));
    parts.push(
      <bdi lang="fr" key={match.index}>
        {bracketed ? `(${term})` : term}
      </bdi>,
    );
    if (close && !bracketed) parts.push(close);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The same text without the markup, for attributes and the document title. */
export function plain(text: string): string {
  return text.replace(/<\/?fr>/g, '');
}
