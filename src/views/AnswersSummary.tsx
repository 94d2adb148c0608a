import { useTranslation } from 'react-i18next';
import { asksAboutOneYearCard, trailAnswers, type WizardSnapshot } from '../../machines/journey';
import type { QuestionId } from '../../machines/questions';
import { communeById } from '../content/communes';
import { answerLabel, questionTitle, textOf } from '../i18n/keys';
import { plain, rich } from '../i18n/rich';

interface Props {
  snapshot: WizardSnapshot;
  onEdit: (question: QuestionId) => void;
}

export function AnswersSummary({ snapshot, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      <dl>
        {trailAnswers(snapshot).map(({ question, answer }) => {
          const title = textOf(
            t,
            asksAboutOneYearCard(snapshot, question)
              ? 'question.renewal-card.titleTenYear'
              : questionTitle(question),
          );
          const commune = question === 'commune' ? communeById(answer) : undefined;
          return (
            <div className="summary-row" key={question} data-summary={question}>
              <dt>{rich(title)}</dt>
              <dd lang={commune ? 'fr' : undefined}>
                {commune ? commune.name : rich(textOf(t, answerLabel(question, answer)))}
              </dd>
              <dd className="summary-action">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onEdit(question)}
                  aria-label={plain(t('summary.changeLabel', { question: title }))}
                >
                  {t('summary.change')}
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
