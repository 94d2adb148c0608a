import { useTranslation } from 'react-i18next';

/** A sentence of the préfecture's document, verbatim and in French whatever the interface language. */
export function Quote({ text, children }: { text: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="quote">
      <blockquote lang="fr" dir="ltr">
        <p>{text}</p>
      </blockquote>
      <figcaption>{t('source.quoteLabel')}</figcaption>
      {children}
    </figure>
  );
}
