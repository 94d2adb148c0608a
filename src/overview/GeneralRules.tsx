// What applies across the table: the statuses, the document's general rules (G1–G3) and where
// the guide shows them, and which communes make up each arrondissement.
import { useWords } from '../i18n/words';
import { ARRONDISSEMENTS, COMMUNES_92, OUTCOME_IDS } from '../../machines/ids';
import { CHANNELS, CHANNEL_IDS, type ChannelId } from '../content/channels';
import { NOTICES } from '../content/notices';
import { OUTCOME_RECORDS } from '../content/outcomes';
import { STATUSES } from '../content/status';
import { textOf } from '../i18n/keys';
import { FrenchQuote } from './FrenchQuote';
import { channelLabelKey, legendKey, outcomeTitleKey } from './labels';
import { StatusBadge } from './StatusBadge';
import { rich } from '../i18n/rich';

export function StatusLegend() {
  const { t } = useWords();
  return (
    <section className="ov-panel" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{rich(t('overview.legend.heading'))}</h2>
      <dl className="ov-legend">
        {STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd>{rich(textOf(t, legendKey(status)))}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function GeneralNotices() {
  const { t } = useWords();
  const channelsWith = (flag: keyof (typeof CHANNELS)[ChannelId]['notices']) =>
    CHANNEL_IDS.filter((c) => CHANNELS[c].notices[flag]).map((c) => textOf(t, channelLabelKey(c)));
  const freeAndNoWalkIn = channelsWith('freeAndNoWalkIn').join(', ');
  const infoDesk = [
    ...channelsWith('infoDeskClosed'),
    ...OUTCOME_IDS.filter((o) => OUTCOME_RECORDS[o].infoDeskClosed).map((o) => textOf(t, outcomeTitleKey(o))),
  ].join(', ');
  const notices = [
    { id: 'G1', quote: NOTICES.G1, text: t('notice.G1'), list: freeAndNoWalkIn },
    { id: 'G2', quote: NOTICES.G2, text: t('notice.G2'), list: freeAndNoWalkIn },
    { id: 'G3', quote: NOTICES.G3, text: t('notice.G3'), list: infoDesk },
  ];
  return (
    <section className="ov-panel" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{rich(t('overview.notices.heading'))}</h2>
      <ul className="ov-notices">
        {notices.map(({ id, quote, text, list }) => (
          <li key={id} data-notice={id}>
            <FrenchQuote text={quote} />
            <p>
              {rich(text)} <code>{id}</code>
            </p>
            <p className="ov-muted">{rich(t('overview.notices.appliesTo', { list }))}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CommunesByArrondissement() {
  const { t } = useWords();
  return (
    <section className="ov-panel" aria-labelledby="communes-heading">
      <h2 id="communes-heading">{rich(t('overview.communes.heading'))}</h2>
      <p>{rich(t('overview.communes.intro'))}</p>
      <dl className="ov-communes">
        {ARRONDISSEMENTS.map((arrondissement) => (
          <div key={arrondissement}>
            <dt>{rich(t(`commune.group.${arrondissement}`))}</dt>
            <dd>
              {COMMUNES_92.filter((c) => c.arrondissement === arrondissement)
                .map((c) => c.name)
                .join(', ')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
