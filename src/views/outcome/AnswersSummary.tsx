import { useWords } from '../../i18n/words';
import type { QuestionId } from '../../../machines/ids';
import { plain } from '../../i18n/rich';
import type { SummaryRow } from '../../screen/summary';
import { T, useTextWords } from '../T';

export function AnswersSummary({ rows, onEdit }: { rows: SummaryRow[]; onEdit: (q: QuestionId) => void }) {
  const { t } = useWords();
  const words = useTextWords();
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      <dl>
        {rows.map((row) => (
          <div className="summary-row" key={row.question} data-summary={row.question}>
            <dt>
              <T text={row.title} />
            </dt>
            <dd>
              <T text={row.label} />
            </dd>
            <dd className="summary-action">
              <button
                type="button"
                className="link-button"
                onClick={() => onEdit(row.question)}
                aria-label={plain(t('summary.changeLabel', { question: words(row.title) }))}
              >
                {t('summary.change')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
