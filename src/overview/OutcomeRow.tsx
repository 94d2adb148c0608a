// One outcome of the decision table: what it is (channel, request, links, caveats, source,
// status, checked-on date) beside every route that leads to it.
import { memo, useMemo } from 'react';
import { useWords } from '../i18n/words';
import { textOf } from '../i18n/keys';
import { ChannelIcon } from '../views/ChannelIcon';
import { CaveatList } from './CaveatList';
import { FrenchQuote } from './FrenchQuote';
import { channelLabelKey, outcomeTitleKey, rowAnchor, scopeText } from './labels';
import type { OverviewRow } from './model';
import { Elsewhere, RouteList } from './RouteList';
import { StatusBadge } from './StatusBadge';
import { TargetLink } from './TargetLink';
import { rich } from '../i18n/rich';
import { formatDate } from '../i18n/dates';
import type { Key } from '../i18n/keys';
import { SOURCES } from '../content/sources';
import { nationalText } from '../content/national';
import { T } from '../views/T';

// Rows never change once built: only the ones the filter shows or hides render again.
export const OutcomeRow = memo(function OutcomeRow({ row, hidden }: { row: OverviewRow; hidden: boolean }) {
  const { t, i18n } = useWords();
  const date = useMemo(() => formatDate(row.checkedOn, i18n.language), [i18n.language, row.checkedOn]);
  const titleId = `${rowAnchor(row.outcome)}-title`;
  return (
    <article
      className="ov-row"
      id={rowAnchor(row.outcome)}
      data-outcome-row={row.outcome}
      data-channel={row.channel}
      aria-labelledby={titleId}
      hidden={hidden}
    >
      <header className="ov-row-header">
        <h3 id={titleId}>{rich(textOf(t, outcomeTitleKey(row.outcome)))}</h3>
        <p className="ov-row-meta">
          <code>{row.outcome}</code> <StatusBadge status={row.status} />
        </p>
      </header>
      <div className="ov-row-body">
        <dl className="ov-facts">
          <div>
            <dt>{rich(t('overview.field.channel'))}</dt>
            <dd>
              <span className="ov-channel">
                <ChannelIcon channel={row.channel} />
                {rich(textOf(t, channelLabelKey(row.channel)))}
              </span>
              {row.channelQuote && <FrenchQuote text={row.channelQuote} />}
            </dd>
          </div>
          {row.requestQuote && (
            <div>
              <dt>{rich(t('overview.field.request'))}</dt>
              <dd>
                <FrenchQuote text={row.requestQuote} />
              </dd>
            </div>
          )}
          <div>
            <dt>{rich(t('overview.field.target'))}</dt>
            <dd>
              <TargetLink target={row.target} />
            </dd>
          </div>
          {row.links.length > 0 && (
            <div>
              <dt>{rich(t('overview.field.links'))}</dt>
              <dd>
                <ul className="ov-plain">
                  {row.links.map((link) => (
                    <li key={link}>
                      <TargetLink target={link} />
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {row.caveats.length > 0 && (
            <div>
              <dt>{rich(t('overview.field.caveats'))}</dt>
              <dd>
                <CaveatList caveats={row.caveats} />
              </dd>
            </div>
          )}
          <div>
            <dt>{rich(t('overview.field.source'))}</dt>
            <dd data-rows={row.rows.join(' ')}>
              {row.rows.length > 0
                ? t('overview.rows', { count: row.rows.length, rows: row.rows.join(', ') })
                : t('overview.noRow')}
            </dd>
          </div>
          {row.national && <NationalFact row={row} />}
          <div>
            <dt>{rich(t('overview.field.checkedOn'))}</dt>
            <dd>
              <time dateTime={row.checkedOn}>{date}</time>
            </dd>
          </div>
        </dl>
        <section className="ov-routes" aria-labelledby={`${titleId}-routes`}>
          <h4 id={`${titleId}-routes`}>
            {rich(t('overview.field.routes'))}{' '}
            <span className="ov-count">{rich(t('overview.route.count', { count: row.routes.length }))}</span>
          </h4>
          {row.elsewhere.length > 0 && <Elsewhere elsewhere={row.elsewhere} />}
          {row.requests.length > 0 ? <Requests row={row} /> : <RouteList row={row} />}
        </section>
      </div>
    </article>
  );
});

/** The sous-préfecture takes over requests of other rows: name them, with their routes there. */
function Requests({ row }: { row: OverviewRow }) {
  const { t, i18n } = useWords();
  const scope = [...new Set(row.requests.flatMap((r) => r.scope))];
  return (
    <>
      <p>{rich(t('overview.requests.intro', { scope: scopeText(t, i18n.language, scope) }))}</p>
      <ul className="ov-requests">
        {row.requests.map(({ request, routes }) => (
          <li key={request} data-request={request}>
            <a href={`#${rowAnchor(request)}`}>{rich(textOf(t, outcomeTitleKey(request)))}</a>{' '}
            <span className="ov-count">{rich(t('overview.route.count', { count: routes }))}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The national rule since the préfecture's table (decision-table.md §7): level, since when, the
 *  text, the cases it covers, its sources and the day they were read. */
function NationalFact({ row }: { row: OverviewRow }) {
  const { t, i18n } = useWords();
  const national = row.national!;
  const since = national.since
    ? formatDate(national.since, i18n.language)
    : t('overview.national.sinceUnknown');
  return (
    <div data-national-row={national.level}>
      <dt>{rich(t('overview.field.national'))}</dt>
      <dd>
        <p>
          <strong>
            {rich(t(national.level === 'A' ? 'overview.national.levelA' : 'overview.national.levelB'))}
          </strong>{' '}
          {rich(t('overview.national.since', { since }))} <span lang="fr">{national.basis}</span>
        </p>
        <p>
          <T text={nationalText(row.outcome, 'covers') as Key} />
        </p>
        <ul className="ov-plain">
          {national.sources.map((id) => (
            <li key={id} lang="fr">
              <a href={SOURCES[id].url} rel="noreferrer">
                {SOURCES[id].title}
              </a>{' '}
              <code>{id}</code>
            </li>
          ))}
        </ul>
        <p className="ov-muted">
          {rich(t('overview.national.checkedOn', { date: formatDate(national.checkedOn, i18n.language) }))}
        </p>
      </dd>
    </div>
  );
}
