// changes.html: what changed in the guide's rules, newest first, then the national rules since
// the préfecture's table. Headings are in the reader's language; the entries themselves are in
// French (marked lang="fr"), like the préfecture's words.
import { useEffect } from 'react';
import { useWords } from '../i18n/words';
import { StatementLink } from '../accessibility/StatementLink';
import { formatDate } from '../i18n/dates';
import type { Key } from '../i18n/keys';
import { plain, rich } from '../i18n/rich';
import { PageHeader } from '../views/PageHeader';
import { useLanguage } from '../i18n/useLanguage';
import { rowAnchor } from '../overview/labels';
import { nationalText } from '../content/national';
import { date, french, keyed, text } from '../screen/text';
import { T } from '../views/T';
import type { ChangeEntry, ChangesPage, NationalEntry, ResolvedChangeSource } from './model';

/** A title or an address in French, whatever the page's language. */
function InFrench({ children }: { children: string }) {
  return (
    <span lang="fr" dir="ltr">
      {children}
    </span>
  );
}

function SourceLine({ source }: { source: ResolvedChangeSource }) {
  const { i18n } = useWords();
  switch (source.kind) {
    case 'table':
      return (
        <T text={text('changes.entry.table', { rows: source.rows.join(', '), count: source.rows.length })} />
      );
    case 'page':
      return (
        <a href={source.url} rel="noreferrer">
          <T text={`target.${source.target}` as Key} />
        </a>
      );
    case 'national':
      return (
        <>
          <a href={source.url} rel="noreferrer">
            <InFrench>{source.title}</InFrench>
          </a>
          {source.date && <> ({formatDate(source.date, i18n.language)})</>}
        </>
      );
    default:
      return (
        <a href={source.url} rel="noreferrer">
          <InFrench>{source.title}</InFrench>
        </a>
      );
  }
}

function Entry({ entry, language }: { entry: ChangeEntry; language: string }) {
  const { t } = useWords();
  return (
    <article className="ch-entry" id={entry.id} data-change={entry.id} aria-labelledby={`${entry.id}-title`}>
      <h3 id={`${entry.id}-title`} lang="fr" dir="ltr">
        {entry.title}
      </h3>
      <p className="ch-date">
        <time dateTime={entry.date}>{formatDate(entry.date, language)}</time>
      </p>
      <p lang="fr" dir="ltr">
        {entry.text}
      </p>
      <dl className="ch-details">
        {entry.outcomes.length > 0 && (
          <div>
            <dt>{rich(t('changes.entry.outcomes'))}</dt>
            <dd>
              <ul>
                {entry.outcomes.map((outcome) => (
                  <li key={outcome} data-outcome-ref={outcome}>
                    <a href={`overview.html?lang=${language}#${rowAnchor(outcome)}`}>
                      <T text={`outcome.${outcome}.title` as Key} />
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {entry.questions.length > 0 && (
          <div>
            <dt>{rich(t('changes.entry.questions'))}</dt>
            <dd>
              <ul>
                {entry.questions.map((question) => (
                  <li key={question} data-question-ref={question}>
                    <T text={`question.${question}.title` as Key} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{rich(t('changes.entry.sources'))}</dt>
          <dd>
            <ul>
              {entry.sources.map((source, i) => (
                <li key={i}>
                  <SourceLine source={source} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </article>
  );
}

function sinceKey(since: string | null): string {
  return since === null ? 'undated' : since.length === 4 ? 'year' : 'day';
}

function National({ entry, language }: { entry: NationalEntry; language: string }) {
  const { rule } = entry;
  const headingId = `national-${entry.outcome}-title`;
  return (
    <article
      className="ch-entry"
      id={`national-${entry.outcome}`}
      data-national-rule={entry.outcome}
      data-level={rule.level}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <T text={`outcome.${entry.outcome}.title` as Key} />
      </h3>
      <p className={`ch-level ch-level-${rule.level}`}>
        <T text={rule.level === 'A' ? 'changes.national.levelA' : 'changes.national.levelB'} />
      </p>
      <p>
        <T text={text('changes.national.covers', { covers: keyed(nationalText(entry.outcome, 'covers')) })} />{' '}
        <T
          text={text(`changes.national.since.${sinceKey(rule.since)}`, {
            since: rule.since && rule.since.length > 4 ? date(rule.since) : (rule.since ?? ''),
          })}
        />{' '}
        <T text={text('changes.national.basis', { basis: french(rule.basis) })} />
      </p>
      <p>
        <T text={text('changes.national.checkedOn', { date: date(rule.checkedOn) })} />
      </p>
      <ul>
        {entry.sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} rel="noreferrer">
              <InFrench>{source.title}</InFrench>
            </a>
            {source.date && <> ({formatDate(source.date, language)})</>}
          </li>
        ))}
      </ul>
    </article>
  );
}

export function Changes({ page }: { page: ChangesPage }) {
  const { t, i18n } = useWords();
  // The guide's language rules: `?lang=`, else the browser's preferences, else French.
  const { current } = useLanguage();
  useEffect(() => {
    document.title = plain(t('changes.documentTitle'));
  }, [t]);
  const language = i18n.language;

  return (
    <>
      <PageHeader home={`index.html?lang=${current}`} tagline="changes.tagline" container="ch-container" />
      <main id="main" className="container ch-container" tabIndex={-1}>
        <h1>{rich(t('changes.title'))}</h1>
        <p className="lead">{rich(t('changes.intro'))}</p>
        <p data-rules-version={page.version}>
          <T text={text('changes.version', { version: page.version, date: date(page.date) })} />
        </p>
        <ul className="ch-links">
          <li>
            <a href={`index.html?lang=${current}`}>{rich(t('changes.backToGuide'))}</a>
          </li>
          <li>
            <a href={`overview.html?lang=${current}`}>{rich(t('changes.overviewLink'))}</a>
          </li>
          <li>
            <a href="rules.json" type="application/json">
              {rich(t('changes.rulesLink'))}
            </a>
          </li>
          <li>
            <a href="rules.schema.json" type="application/json">
              {rich(t('changes.schemaLink'))}
            </a>
          </li>
        </ul>

        {page.versions.map((group) => (
          <section
            key={group.version}
            className="ch-version"
            data-version={group.version}
            aria-labelledby={`version-${group.version}`}
          >
            <h2 id={`version-${group.version}`}>
              <T text={text('changes.log.version', { version: group.version, date: date(group.date) })} />
            </h2>
            {group.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} language={language} />
            ))}
          </section>
        ))}

        <section aria-labelledby="national-heading">
          <h2 id="national-heading">{rich(t('changes.national.heading'))}</h2>
          <p>{rich(t('changes.national.intro'))}</p>
          {page.national.map((entry) => (
            <National key={entry.outcome} entry={entry} language={language} />
          ))}
        </section>
      </main>
      <footer className="site-footer">
        <div className="container ch-container">
          <p>{rich(t('app.footerSource'))}</p>
          <p>{rich(t('changes.footer'))}</p>
          <p>
            <StatementLink language={current} />
          </p>
        </div>
      </footer>
    </>
  );
}
