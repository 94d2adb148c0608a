// The rules overview for staff: the whole decision table, one row per outcome, grouped like the
// préfecture's table, with a text filter. Built from the machine and the content data alone.
import { useEffect, useMemo, useState } from 'react';
import { useWords } from '../i18n/words';
import { StatementLink } from '../accessibility/StatementLink';
import { foldForSearch } from '../content/communes';
import { textOf } from '../i18n/keys';
import { useTextWords } from '../views/T';
import { CommunesByArrondissement, GeneralNotices, StatusLegend } from './GeneralRules';
import { FrenchQuote } from './FrenchQuote';
import { outcomeTitleKey, rowAnchor, rowSearchText, sectionKey } from './labels';
import type { Overview as OverviewData } from './model';
import { OutcomeRow } from './OutcomeRow';
import { plain, rich } from '../i18n/rich';
import { PageHeader } from '../views/PageHeader';
import { useLanguage } from '../i18n/useLanguage';

export function Overview({ overview }: { overview: OverviewData }) {
  const { t, i18n } = useWords();
  // The guide's language rules: `?lang=`, else the browser's preferences, else French.
  const language = useLanguage();
  useEffect(() => {
    document.title = plain(t('overview.documentTitle'));
  }, [t]);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => overview.sections.flatMap((section) => section.rows), [overview]);
  const words = useTextWords();
  const texts = useMemo(
    () =>
      new Map(
        rows.map((row) => [row.outcome, ` ${foldForSearch(rowSearchText(t, i18n.language, row, words))} `]),
      ),
    // `words` follows `t` and the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, t, i18n.language],
  );
  // Each word typed must start a word of the row; a hyphenated id (T-MAIL-ALG) is one phrase.
  const typed = query.split(/\s+/).map(foldForSearch).filter(Boolean);
  const shown = new Set(
    rows
      .filter((row) => typed.every((word) => texts.get(row.outcome)!.includes(` ${word}`)))
      .map((r) => r.outcome),
  );
  const status =
    typed.length === 0
      ? ''
      : shown.size === 0
        ? t('overview.filter.none', { text: query.trim() })
        : t('overview.filter.matches', { count: shown.size, total: rows.length });

  return (
    <>
      <PageHeader home="index.html" tagline="overview.tagline" container="ov-container" />
      <main id="main" className="container ov-container" tabIndex={-1}>
        <h1>{rich(t('overview.title'))}</h1>
        <p className="lead">{rich(t('overview.intro'))}</p>
        <p>{rich(t('overview.counts', { count: rows.length }))}</p>
        <p className="ov-actions">
          <a className="button" href="index.html">
            {rich(t('overview.backToGuide'))}
          </a>
          <button type="button" className="button secondary" onClick={() => window.print()}>
            {rich(t('overview.print'))}
          </button>
        </p>

        <div className="ov-panels">
          <StatusLegend />
          <GeneralNotices />
          <CommunesByArrondissement />
        </div>

        <div className="ov-filter" role="search">
          <label htmlFor="ov-filter-input">{rich(t('overview.filter.label'))}</label>
          <p className="hint" id="ov-filter-hint">
            {rich(t('overview.filter.hint'))}
          </p>
          <input
            id="ov-filter-input"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby="ov-filter-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <p className="search-status" role="status">
            {status}
          </p>
        </div>

        <nav className="ov-toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading">{rich(t('overview.toc'))}</h2>
          <ol>
            {overview.sections.map((section) => (
              <li key={section.id} hidden={!section.rows.some((row) => shown.has(row.outcome))}>
                <a href={`#section-${section.id}`}>{rich(textOf(t, sectionKey(section.id)))}</a>
              </li>
            ))}
          </ol>
        </nav>

        {overview.sections.map((section) => (
          <section
            key={section.id}
            className="ov-section"
            id={`section-${section.id}`}
            data-section={section.id}
            aria-labelledby={`section-${section.id}-title`}
            hidden={!section.rows.some((row) => shown.has(row.outcome))}
          >
            <h2 id={`section-${section.id}-title`}>{rich(textOf(t, sectionKey(section.id)))}</h2>
            {section.quote && (
              <div className="ov-section-quote">
                <p className="ov-muted">{rich(t('overview.section.documentHeading'))}</p>
                <FrenchQuote text={section.quote} />
              </div>
            )}
            {section.seeAlso.length > 0 && (
              <div className="ov-see-also">
                <p>{rich(t('overview.section.seeAlso'))}</p>
                <ul>
                  {section.seeAlso.map((outcome) => (
                    <li key={outcome}>
                      <a href={`#${rowAnchor(outcome)}`}>{rich(textOf(t, outcomeTitleKey(outcome)))}</a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {section.rows.map((row) => (
              <OutcomeRow key={row.outcome} row={row} hidden={!shown.has(row.outcome)} />
            ))}
          </section>
        ))}
      </main>
      <footer className="site-footer">
        <div className="container ov-container">
          <p>{rich(t('app.footerSource'))}</p>
          <p>{rich(t('overview.footer'))}</p>
          <ul className="ov-published">
            <li>
              <a href={`changes.html?lang=${i18n.language}`}>{rich(t('published.changesLink'))}</a>
            </li>
            <li>
              <a href="rules.json" type="application/json">
                {rich(t('published.rulesLink'))}
              </a>
            </li>
            <li>
              <StatementLink language={language.current} />
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
