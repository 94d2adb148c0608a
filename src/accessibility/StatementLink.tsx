// "Accessibilité : partiellement conforme", linked to the statement: in every page's footer, and
// in embed mode under the "unofficial" line (there it opens a new tab, like every link that
// leaves the guide in an association's iframe).
import { useWords } from '../i18n/words';
import { STATEMENT_STATUS, statementHref } from './status';

interface Props {
  language: string;
  newTab?: boolean;
  /** On the statement itself. */
  current?: boolean;
}

export function StatementLink({ language, newTab = false, current = false }: Props) {
  const { t } = useWords();
  return (
    <a
      href={statementHref(language)}
      data-statement-link={STATEMENT_STATUS}
      target={newTab ? '_blank' : undefined}
      rel={newTab ? 'noopener noreferrer' : undefined}
      aria-current={current ? 'page' : undefined}
    >
      {t(`app.accessibility.status.${STATEMENT_STATUS}`)}
    </a>
  );
}
