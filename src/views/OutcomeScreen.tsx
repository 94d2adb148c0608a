// The answer (issue 12): the answer first (heading, one plain sentence, what changes the action,
// the primary action), then how to do it, what to know, the préfecture's own words (collapsed),
// where it all comes from, and the person's answers. Renders the screen model and nothing else.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardContext } from '../../machines/wizard';
import { textOf } from '../i18n/keys';
import { describeOutcome, type OutcomeHooks } from '../screen/outcome';
import { AnswersSummary } from './outcome/AnswersSummary';
import { Listen } from './Listen';
import { CaveatBlock, Caveats, Notices, PointerBlock, Steps } from './outcome/Blocks';
import { PrimaryAction, TargetLink } from './outcome/PrimaryAction';
import { PrintHeader } from './outcome/PrintHeader';
import { Quotes, SourceBlock } from './outcome/Sources';
import { StepBar } from './StepBar';
import { T } from './T';
import type { ScreenActions } from './Wizard';
import { useDocumentTitle } from './useDocumentTitle';
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
  const { t } = useTranslation();
  const screen = useMemo(() => describeOutcome(context), [context]);
  const { send, jump } = actions;
  useDocumentTitle(textOf(t, screen.title), 'answer');
  const heading = useStepFocus<HTMLHeadingElement>(focusOnShow);

  return (
    <article className={`outcome channel-${screen.hooks.channel}`} {...hookAttributes(screen.hooks)}>
      <StepBar onBack={() => send({ type: 'BACK' })} />
      <PrintHeader url={shareUrl} />
      <Listen screen={screen} />
      <header className="outcome-header">
        <p className="eyebrow">
          <T text={screen.title} />
        </p>
        <h1 tabIndex={-1} ref={heading}>
          <T text={screen.heading} />
        </h1>
        <p className="lead">
          <T text={screen.lead} />
        </p>
      </header>

      {screen.warnings.map((caveat) => (
        <CaveatBlock key={caveat.id} caveat={caveat} />
      ))}
      <PrimaryAction action={screen.primary} detail={screen.detail} />
      {/* The route probably meant for the person: right after the action, a tap away. */}
      {screen.pointers.map((pointer) => (
        <PointerBlock
          key={pointer.id}
          pointer={pointer}
          onGo={() =>
            'edit' in pointer.go
              ? send({ type: 'EDIT', question: pointer.go.edit })
              : jump(pointer.go.answers)
          }
        />
      ))}
      {screen.links.length > 0 && (
        <ul className="more-links">
          {screen.links.map((target) => (
            <li key={target}>
              <TargetLink target={target} />
            </li>
          ))}
        </ul>
      )}

      <Steps steps={screen.steps} />
      {screen.history && (
        <p className="history" data-history="">
          <T text={screen.history} />
        </p>
      )}
      <Caveats caveats={screen.caveats} />
      <Notices notices={screen.notices} />
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
