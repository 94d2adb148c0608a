// The answer (issue 12): the answer first (OutcomeAnswer: heading, one plain sentence, what changes
// the action, the primary action, how to do it, what to know), in French too for a counter
// (FrenchCopy), then the general rules, the préfecture's own words (collapsed), where it all comes
// from, and the person's answers. Renders the screen model and nothing else.
import { useMemo } from 'react';
import { useWords } from '../i18n/words';
import type { WizardContext } from '../../machines/wizard';
import { textOf } from '../i18n/keys';
import { describeOutcome, type OutcomeHooks } from '../screen/outcome';
import { AnswersSummary } from './outcome/AnswersSummary';
import { Listen } from './Listen';
import { Notices } from './outcome/Blocks';
import { FrenchCopy } from './outcome/FrenchCopy';
import { OutcomeAnswer } from './outcome/OutcomeAnswer';
import { PrintHeader } from './outcome/PrintHeader';
import { Quotes, SourceBlock } from './outcome/Sources';
import { StepBar } from './StepBar';
import type { ScreenActions } from '../state/useWizard';
import { useDocumentTitle } from './useDocumentTitle';
import { usePrinting } from './outcome/usePrinting';
import { useStepFocus } from './useStepFocus';

interface Props {
  /** The journey this outcome ends (the screen model is described here, in this lazy chunk). */
  context: WizardContext;
  /** The address that reopens this answer (printed with a QR code). */
  shareUrl: string;
  focusOnShow: boolean;
  actions: ScreenActions;
}

/** The test hooks of decision-table.md §6 as attributes (absent when they do not apply). */
function hookAttributes(hooks: OutcomeHooks) {
  return {
    'data-outcome': hooks.outcome,
    'data-channel': hooks.channel,
    'data-request': hooks.request ?? undefined,
    'data-subprefecture': hooks.subprefecture ?? undefined,
    'data-request-channel': hooks.requestChannel ?? undefined,
    'data-national': hooks.national ?? undefined,
  };
}

export function OutcomeScreen({ context, shareUrl, focusOnShow, actions }: Props) {
  const { t } = useWords();
  const screen = useMemo(() => describeOutcome(context), [context]);
  const { send, jump } = actions;
  useDocumentTitle(textOf(t, screen.title), 'answer');
  const heading = useStepFocus<HTMLHeadingElement>(focusOnShow);
  const printing = usePrinting();

  return (
    <article className={`outcome channel-${screen.hooks.channel}`} {...hookAttributes(screen.hooks)}>
      <StepBar onBack={() => send({ type: 'BACK' })} />
      {printing && <PrintHeader url={shareUrl} />}
      <Listen screen={screen} />
      <OutcomeAnswer
        screen={screen}
        heading={heading}
        onPointer={(pointer) =>
          'edit' in pointer.go ? send({ type: 'EDIT', question: pointer.go.edit }) : jump(pointer.go.answers)
        }
      />
      <FrenchCopy screen={screen} printing={printing} />
      <Notices notices={screen.notices} heading={screen.noticesHeading} />
      <Quotes quotes={screen.quotes} />
      <SourceBlock source={screen.source} />
      <AnswersSummary rows={screen.summary} onEdit={(question) => send({ type: 'EDIT', question })} />

      <div className="actions">
        <button type="button" className="button" onClick={() => send({ type: 'RESTART' })}>
          {t('nav.restart')}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('nav.print')}
        </button>
      </div>
    </article>
  );
}
