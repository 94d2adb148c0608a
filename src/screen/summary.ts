// "Vos réponses": the answers on the path to the current step, each with its question, so the
// person can check them and change one.
import { asksAboutOneYearCard } from '../../machines/journey';
import type { WizardContext } from '../../machines/wizard';
import { communeById, type QuestionId } from '../../machines/ids';
import type { Key } from '../i18n/keys';
import { french, text, type Text } from './text';

export interface SummaryRow {
  question: QuestionId;
  answer: string;
  title: Key;
  label: Text;
}

export function summaryOf(context: WizardContext): SummaryRow[] {
  return context.trail.map((question) => {
    const answer = context.answers[question] ?? '';
    const commune = question === 'commune' ? communeById(answer) : undefined;
    return {
      question,
      answer,
      title: asksAboutOneYearCard(context, question)
        ? 'question.renewal-card.titleTenYear'
        : `question.${question}.title`,
      // A commune's name is a French proper noun, the same in every language.
      label: commune
        ? text('summary.commune', { name: french(commune.name) })
        : text(`answer.${question}.${answer}.label`),
    };
  });
}
