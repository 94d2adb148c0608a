/** Words of the préfecture's document, verbatim and in French whatever the interface language. */
export function FrenchQuote({ text }: { text: string }) {
  return (
    <blockquote className="ov-quote" lang="fr" dir="ltr">
      <p>{text}</p>
    </blockquote>
  );
}
