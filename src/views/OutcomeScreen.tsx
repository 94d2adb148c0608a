// The answer: the channel first (the document's own sentence), what to do, the link, what to
// watch out for, the general rules, where it comes from, and the person's answers.
import { useTranslation } from 'react-i18next';
import type { WizardSnapshot } from '../../machines/journey';
import type { QuestionId } from '../../machines/questions';
import { CAVEATS, type CaveatId } from '../content/caveats';
import { presentOutcome, type PresentedOutcome } from '../content/present';
import type { TargetId } from '../content/targets';
import { caveatKey, channelKey, outcomeKey, textOf, type Key } from '../i18n/keys';
import { rich } from '../i18n/rich';
import { Text } from '../i18n/Text';
import { AnswersSummary } from './AnswersSummary';
import { ChannelIcon } from './ChannelIcon';
import { AntiSeller, Notices } from './Notices';
import { OutcomeLink } from './OutcomeLink';
import { Quote } from './Quote';
import { useDocumentTitle } from './useDocumentTitle';
import { useShownHooks } from './useShownHooks';
import { useStepFocus } from './useStepFocus';
import { formattingLocale } from '../i18n/languages';

const LINK_LABELS: Record<TargetId, Key> = {
  'T-NANTERRE': 'result.nanterreLink',
  'T-RDV': 'result.rdvLink',
  'T-ANEF': 'result.anefLink',
  'T-CONTACT': 'result.contactLink',
  'T-PIECES': 'result.piecesLink',
  'T-SITE': 'result.siteLink',
  'T-ANTS': 'result.antsLink',
  'T-SP': 'result.servicePublicLink',
  'T-FAQ-NANTERRE': 'result.faqLink',
  'T-MAIL-AES': 'result.mailAesLink',
  'T-MAIL-ALG': 'result.mailAlgLink',
};

interface Props {
  snapshot: WizardSnapshot;
  focusOnShow: boolean;
  onEdit: (question: QuestionId) => void;
  onRestart: () => void;
  onBack: () => void;
}

export function OutcomeScreen({ snapshot, focusOnShow, onEdit, onRestart, onBack }: Props) {
  const { t } = useTranslation();
  const { context } = snapshot;
  const shown = presentOutcome(context.resolution!, context.answers, context.trail);
  const heading = useStepFocus<HTMLHeadingElement>(`${shown.outcome}:${shown.request}`, focusOnShow);
  const hooks = useShownHooks<HTMLElement>({
    'data-outcome': shown.outcome,
    'data-channel': shown.channel,
    'data-request': shown.outcome === 'sub-prefecture' ? shown.request : undefined,
    'data-subprefecture': shown.subprefecture,
  });
  useDocumentTitle(textOf(t, outcomeKey(shown.request, 'title')));
  const place = shown.subprefecture ? t(`subprefecture.${shown.subprefecture}.place`) : '';
  const values = {
    place,
    // A proper noun, kept whole: French term isolation, and no line break at its hyphens.
    commune: shown.commune ? `<fr>${shown.commune.name.replace(/-/g, '\u2011')}</fr>` : '',
    arrondissement: shown.subprefecture ? t(`subprefecture.${shown.subprefecture}.arrondissement`) : '',
  };

  return (
    <article className={`outcome channel-${shown.channel}`} ref={hooks}>
      <div className="step-bar">
        <button type="button" className="back-link" onClick={onBack}>
          <span aria-hidden="true" className="back-arrow" />
          {t('nav.back')}
        </button>
      </div>
      <header className="outcome-header">
        <ChannelIcon channel={shown.channel} />
        <div>
          <p className="eyebrow">
            <Text k={outcomeKey(shown.request, 'title')} />
          </p>
          <h1 tabIndex={-1} ref={heading}>
            <Text k={channelKey(shown.channel, 'heading')} values={values} />
          </h1>
        </div>
      </header>

      {shown.notices.antiSellerFirst && <AntiSeller />}

      <section className="what-to-do" aria-labelledby="what-heading">
        <h2 id="what-heading">{t('result.whatToDo')}</h2>
        {shown.channelQuote && <Quote text={shown.channelQuote} />}
        <Caveats caveats={shown.caveats.filter(isBeforeLink)} bare />
        <p>
          <Text k={outcomeKey(shown.outcome === 'sub-prefecture' ? shown.outcome : shown.request, 'what')} />
        </p>
        <p>
          <Text k={channelKey(shown.channel, 'how')} values={values} />
        </p>
        <OutcomeLink target={shown.target} label={<Text k={LINK_LABELS[shown.target]} />} primary />
      </section>

      {shown.requestQuote && (
        <section className="request" aria-labelledby="request-heading">
          <h2 id="request-heading">{t('result.yourRequest')}</h2>
          <Quote text={shown.requestQuote} />
        </section>
      )}

      <Caveats caveats={shown.caveats.filter((c) => !isBeforeLink(c))} />

      {shown.links.length > 0 && (
        <section className="links" aria-labelledby="links-heading">
          <h2 id="links-heading">{t('result.linksHeading')}</h2>
          <ul>
            {shown.links.map((target) => (
              <li key={target}>
                <OutcomeLink target={target} label={<Text k={LINK_LABELS[target]} />} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <Notices notices={shown.notices} />

      <SourceAndStatus shown={shown} />

      <AnswersSummary snapshot={snapshot} onEdit={onEdit} />

      <div className="actions">
        <button type="button" className="button" onClick={onRestart}>
          {t('nav.restart')}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('nav.print')}
        </button>
      </div>
    </article>
  );
}

const isBeforeLink = (id: CaveatId) => 'beforeLink' in CAVEATS[id];

function Caveats({ caveats, bare }: { caveats: CaveatId[]; bare?: boolean }) {
  const { t } = useTranslation();
  if (caveats.length === 0) return null;
  const items = caveats.map((id) => <Caveat key={id} id={id} />);
  if (bare) return <>{items}</>;
  return (
    <section className="caveats" aria-labelledby="caveats-heading">
      <h2 id="caveats-heading">{t('result.watchOut')}</h2>
      {items}
    </section>
  );
}

function Caveat({ id }: { id: CaveatId }) {
  const caveat = CAVEATS[id];
  const hooks = useShownHooks<HTMLDivElement>({ 'data-caveat': id });
  return (
    <div className={`caveat ${caveat.tone}`} ref={hooks}>
      {'quote' in caveat ? (
        <Quote text={caveat.quote}>
          <p>
            <Text k={caveatKey(id)} />
          </p>
        </Quote>
      ) : (
        <p>
          <Text k={caveatKey(id)} />
        </p>
      )}
      {'link' in caveat && <OutcomeLink target={caveat.link} label={<Text k={LINK_LABELS[caveat.link]} />} />}
    </div>
  );
}

function SourceAndStatus({ shown }: { shown: PresentedOutcome }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(formattingLocale(i18n.language), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${shown.checkedOn}T00:00:00Z`));
  const source =
    shown.externalSource === 'faq'
      ? t('status.externalSourceFaq')
      : shown.externalSource === 'scope'
        ? t('status.externalSourceScope')
        : '';
  return (
    <section className="source" aria-labelledby="source-heading" data-status={shown.status}>
      <h2 id="source-heading">{t('status.heading')}</h2>
      <p className="status">
        <Text k={`status.${shown.status}`} values={{ source }} />
      </p>
      <p data-rows={shown.rows.join(' ')}>
        {shown.rows.length > 0
          ? rich(t('source.rows', { count: shown.rows.length, rows: shown.rows.join(', ') }))
          : rich(t('source.noRow'))}
      </p>
      <p>
        <time dateTime={shown.checkedOn}>{rich(t('source.checkedOn', { date }))}</time>
      </p>
      <p className="eligibility">{t('notice.eligibility')}</p>
    </section>
  );
}
