// « Ce que dit la préfecture » (the document's own words, collapsed, in French in every language)
// and where the answer comes from: rows, status, dates, the national rule's sources, a recent
// change, and "Signaler une erreur" when the deployment set a contact.
import { useWords } from '../../i18n/words';
import { formatDate } from '../../i18n/dates';
import type { CitedSource, QuoteModel, SourceModel } from '../../screen/outcome';
import { date, french, text } from '../../screen/text';
import { ExternalLink } from '../ExternalLink';
import { T } from '../T';
import { useAppConfig } from '../../config/AppConfig';
import { ReportMistake } from './ReportMistake';

export function Quotes({ quotes }: { quotes: QuoteModel[] }) {
  if (quotes.length === 0) return null;
  return (
    <details className="quotes">
      <summary>
        <h2>
          <T text="quotes.heading" />
        </h2>
      </summary>
      <p className="hint">
        <T text="quotes.intro" />
      </p>
      {quotes.map((quote) => (
        <figure className="quote" key={quote.quote}>
          <figcaption>
            <T text={quote.about} />
          </figcaption>
          <blockquote lang="fr" dir="ltr">
            <p>{quote.quote}</p>
          </blockquote>
        </figure>
      ))}
    </details>
  );
}

function SourceItem({ source }: { source: CitedSource }) {
  const { kiosk } = useAppConfig();
  const { i18n } = useWords();
  return (
    <li>
      <span lang="fr">
        {kiosk ? source.title : <ExternalLink href={source.url}>{source.title}</ExternalLink>}
      </span>
      {source.date && <> ({formatDate(source.date, i18n.language)})</>}
    </li>
  );
}

/** "Mis à jour le …", with a link to the entry of changes.html (on a kiosk, the date only). */
function Updated({ updated }: { updated: NonNullable<SourceModel['updated']> }) {
  const { kiosk } = useAppConfig();
  const { i18n } = useWords();
  return (
    <p className="updated" data-updated={updated.entryId}>
      <time dateTime={updated.date}>
        <T text={text('updated.on', { date: date(updated.date) })} />
      </time>
      {!kiosk && (
        <>
          {' '}
          <ExternalLink href={`changes.html?lang=${i18n.resolvedLanguage ?? 'fr'}#${updated.entryId}`}>
            <T text="updated.link" />
          </ExternalLink>
        </>
      )}
    </p>
  );
}

export function SourceBlock({ source }: { source: SourceModel }) {
  const { t } = useWords();
  const rows = source.rows.join(', ');
  return (
    <section className="source" aria-labelledby="source-heading" data-status={source.status}>
      <h2 id="source-heading">{t('status.heading')}</h2>
      <p className="status">
        <T text={source.statusText} />
      </p>
      <p data-rows={source.rows.join(' ')}>
        <T
          text={
            source.rows.length > 0
              ? text('source.rows', { rows, count: source.rows.length })
              : text('source.noRow')
          }
        />
      </p>
      <p>
        <time dateTime={source.checkedOn}>
          <T text={text('source.checkedOn', { date: date(source.checkedOn) })} />
        </time>
      </p>
      {source.updated && <Updated updated={source.updated} />}
      {source.national && (
        <div className="national-source" data-national-level={source.national.level}>
          <p>
            <T
              text={text('source.national', {
                covers: source.national.covers,
                basis: french(source.national.basis),
                date: date(source.national.checkedOn),
              })}
            />
          </p>
          <ul>
            {source.national.sources.map((s) => (
              <SourceItem key={s.id} source={s} />
            ))}
          </ul>
        </div>
      )}
      {source.anefSources.length > 0 && (
        <div className="national-source">
          <p>
            <T text="source.anefGeneral" />
          </p>
          <ul>
            {source.anefSources.map((s) => (
              <SourceItem key={s.id} source={s} />
            ))}
          </ul>
        </div>
      )}
      <p className="eligibility">{t('notice.eligibility')}</p>
      <ReportMistake reference={source.reference} />
    </section>
  );
}
