// The answers that lead to an outcome, one line per route, with what that route adds to its row
// (status, caveats, links, source rows) where it differs.
import { useWords } from '../i18n/words';
import { textOf } from '../i18n/keys';
import { CaveatList } from './CaveatList';
import { answerText, outcomeTitleKey, rowAnchor, scopeText, stepQuestionKey } from './labels';
import type { Elsewhere as ElsewhereEntry, OverviewRoute, OverviewRow } from './model';
import { StatusBadge } from './StatusBadge';
import { TargetLink } from './TargetLink';
import { plain, rich } from '../i18n/rich';

export function RouteList({ row }: { row: OverviewRow }) {
  return (
    <ol className="ov-route-list">
      {row.routes.map((route, index) => (
        <RouteItem key={route.fragment} route={route} row={row} number={index + 1} />
      ))}
    </ol>
  );
}

function RouteItem({ route, row, number }: { route: OverviewRoute; row: OverviewRow; number: number }) {
  const { t, i18n } = useWords();
  const statusDiffers = route.status !== row.status;
  return (
    <li className="ov-route" data-route={route.fragment} data-status={route.status}>
      <p className="ov-path">
        <span className="ov-step">
          <span className="ov-step-question">{rich(t('overview.question.commune'))}</span>{' '}
          <span className="ov-step-answer">{rich(scopeText(t, i18n.language, route.scope))}</span>
        </span>
        {route.steps.map((step) => (
          <span key={step.question} className="ov-step" data-answer={`${step.question}=${step.answer}`}>
            <span className="ov-sep" aria-hidden="true">
              ›
            </span>{' '}
            <span className="ov-step-question">{rich(textOf(t, stepQuestionKey(step)))}</span>{' '}
            <span className="ov-step-answer">{rich(answerText(t, step))}</span>
          </span>
        ))}
      </p>
      {(statusDiffers || route.rows.length > 0) && (
        <p className="ov-route-meta">
          {statusDiffers && <StatusBadge status={route.status} />}
          {route.rows.length > 0 && (
            <span>{rich(t('overview.rows', { count: route.rows.length, rows: route.rows.join(', ') }))}</span>
          )}
        </p>
      )}
      {route.caveats.length > 0 && <CaveatList caveats={route.caveats} />}
      {route.links.length > 0 && (
        <ul className="ov-plain">
          {route.links.map((link) => (
            <li key={link}>
              <TargetLink target={link} />
            </li>
          ))}
        </ul>
      )}
      {route.elsewhere.length > 0 && <Elsewhere elsewhere={route.elsewhere} />}
      <p className="ov-open">
        <a href={`index.html#${route.fragment}`}>
          {rich(t('overview.route.open'))}
          {/* Each link names its route, so a list of links reads as more than 88 identical ones. */}
          <span className="visually-hidden">
            {' '}
            {plain(t('overview.route.openWhich', { number, title: textOf(t, outcomeTitleKey(row.outcome)) }))}
          </span>
        </a>
      </p>
    </li>
  );
}

/** The same answers, given by someone living elsewhere, lead to another outcome. */
export function Elsewhere({ elsewhere }: { elsewhere: readonly ElsewhereEntry[] }) {
  const { t, i18n } = useWords();
  return (
    <ul className="ov-elsewhere">
      {elsewhere.map(({ scope, outcome }) => (
        <li key={outcome}>
          {rich(t('overview.route.elsewhere', { scope: scopeText(t, i18n.language, scope) }))}{' '}
          <a href={`#${rowAnchor(outcome)}`}>{rich(textOf(t, outcomeTitleKey(outcome)))}</a>
        </li>
      ))}
    </ul>
  );
}
