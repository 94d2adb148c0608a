// Translations keep official French names visible: a translator writes `<fr>récépissé</fr>` and
// it is shown as `<bdi lang="fr">récépissé</bdi>`. Only this one tag is understood; nothing from
// a translation is ever inserted as HTML.
import type { ReactNode } from 'react';

const FRENCH_TERM = /<fr>(.*?)<\/fr>/g;

export function rich(text: string): ReactNode {
  const parts = text.split(FRENCH_TERM);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <bdi lang="fr" key={index}>
        {part}
      </bdi>
    ) : (
      part
    ),
  );
}

/** The same text without the markup, for attributes and the document title. */
export function plain(text: string): string {
  return text.replace(/<\/?fr>/g, '');
}
