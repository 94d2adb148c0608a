// The accessibility statement (accessibilite.html), in the order of the RGAA's model statement:
// status, test results, what is not accessible, how the statement was made, contact, recourse;
// then the detail of each criterion evaluated. Every figure comes from the audit record.
import { useEffect } from 'react';
import { useWords } from '../i18n/words';
import { PageHeader } from '../views/PageHeader';
import { formatDate } from '../i18n/dates';
import { plain, rich } from '../i18n/rich';
import { useLanguage } from '../i18n/useLanguage';
import { mailto, type ReportContact } from '../report/contact';
import type { Audit } from './audit';
import { conformance, RGAA_CRITERIA } from './conformance';
import { CriteriaDetail, CriterionLine, TestFiles } from './CriteriaDetail';
import { StatementLink } from './StatementLink';

const DEFENSEUR_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const DEFENSEUR_DELEGATES = 'https://www.defenseurdesdroits.fr/saisir/delegues';

interface Props {
  audit: Audit;
  /** The deployment's contact (REPORT_EMAIL / REPORT_URL), if any. */
  contact: ReportContact | undefined;
}

export function Statement({ audit, contact }: Props) {
  const { t, i18n } = useWords();
  const language = useLanguage();
  useEffect(() => {
    document.title = plain(t('app.documentTitle', { page: t('accessibility.documentTitle') }));
  }, [t]);
  const result = conformance(audit);
  const date = formatDate(audit.date, i18n.language);
  const version = audit.rgaaVersion;
  const address = new URL('./', window.location.href).href;

  return (
    <>
      <PageHeader home={`index.html?lang=${language.current}`} tagline="accessibility.tagline" />
      <main id="main" className="container statement" tabIndex={-1}>
        <h1>{rich(t('accessibility.title'))}</h1>
        <p>{rich(t('accessibility.commitment'))}</p>
        <p>{rich(t('accessibility.notState'))}</p>
        <p>{rich(t('accessibility.scope', { address }))}</p>

        <h2>{rich(t('accessibility.conformity.heading'))}</h2>
        <p data-status={result.status}>{rich(t(`accessibility.conformity.${result.status}`, { version }))}</p>

        <h2>{rich(t('accessibility.results.heading'))}</h2>
        <p data-rate={result.rate}>
          {rich(t('accessibility.results.summary', { date, rate: result.rate, version }))}
        </p>
        <ul data-counts="">
          <li>
            {t('accessibility.results.evaluated', {
              evaluated: result.evaluated,
              total: RGAA_CRITERIA.length,
              version,
            })}
          </li>
          <li>{t('accessibility.results.conformant', { conformant: result.conformant.length })}</li>
          <li>{t('accessibility.results.nonConformant', { nonConformant: result.nonConformant.length })}</li>
          <li>{t('accessibility.results.notApplicable', { notApplicable: result.notApplicable.length })}</li>
          <li>{t('accessibility.results.untested', { untested: result.untested.length })}</li>
        </ul>
        <p>{rich(t('accessibility.results.method'))}</p>

        <h2>{rich(t('accessibility.inaccessible.heading'))}</h2>
        <h3>{rich(t('accessibility.inaccessible.nonConformities'))}</h3>
        {result.nonConformant.length === 0 ? (
          <p>{rich(t('accessibility.inaccessible.noNonConformity'))}</p>
        ) : (
          <>
            <p>{rich(t('accessibility.inaccessible.nonConformitiesIntro'))}</p>
            <ul data-non-conformities="">
              {result.nonConformant.map((criterion) => (
                <li key={criterion.id}>
                  <CriterionLine criterion={criterion} />
                  {criterion.notes && (
                    <p lang="fr" dir="ltr">
                      {criterion.notes}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{rich(t('accessibility.inaccessible.derogations'))}</h3>
        {audit.derogations.length === 0 ? (
          <p>{rich(t('accessibility.inaccessible.noDerogation'))}</p>
        ) : (
          <ul>
            {audit.derogations.map((derogation) => (
              <li key={derogation.what} lang="fr" dir="ltr">
                {derogation.what} : {derogation.why}
              </li>
            ))}
          </ul>
        )}
        {result.untested.length > 0 && (
          <>
            <h3>{rich(t('accessibility.inaccessible.untested'))}</h3>
            <p>{rich(t('accessibility.inaccessible.untestedIntro'))}</p>
            <p className="statement-ids" dir="ltr" data-untested="">
              {result.untested.join(', ')}
            </p>
          </>
        )}
        <h3>{rich(t('accessibility.inaccessible.exempt'))}</h3>
        <p>{rich(t('accessibility.inaccessible.exemptText'))}</p>

        <Establishment audit={audit} date={date} />

        <h2>{rich(t('accessibility.contact.heading'))}</h2>
        <p>{rich(t('accessibility.contact.intro'))}</p>
        {contact ? (
          <ul data-contact="">
            {contact.kind === 'email' ? (
              <li>
                {rich(t('accessibility.contact.email'))}{' '}
                <a href={mailto(contact.address, plain(t('accessibility.contact.emailSubject')))} dir="ltr">
                  {contact.address}
                </a>
              </li>
            ) : (
              <li>
                {rich(t('accessibility.contact.url'))}{' '}
                <a href={contact.url} rel="noreferrer" dir="ltr">
                  {contact.url}
                </a>
              </li>
            )}
          </ul>
        ) : (
          <p data-contact="none">{rich(t('accessibility.contact.none'))}</p>
        )}
        <p>{rich(t('accessibility.contact.describe'))}</p>
        <p>{rich(t('accessibility.contact.notPrefecture'))}</p>

        <h2>{rich(t('accessibility.recourse.heading'))}</h2>
        <p>{rich(t('accessibility.recourse.when'))}</p>
        <p>{rich(t('accessibility.recourse.intro'))}</p>
        <ul>
          <li>
            <a href={DEFENSEUR_FORM} rel="noreferrer">
              {rich(t('accessibility.recourse.form'))}
            </a>
          </li>
          <li>
            <a href={DEFENSEUR_DELEGATES} rel="noreferrer">
              {rich(t('accessibility.recourse.delegate'))}
            </a>
          </li>
          <li>
            {rich(t('accessibility.recourse.post'))} {rich(t('accessibility.recourse.address'))}
          </li>
        </ul>

        <CriteriaDetail audit={audit} />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{rich(t('app.footerPrivacy'))}</p>
          <p>
            <a href={`index.html?lang=${language.current}`}>{rich(t('accessibility.backToGuide'))}</a>
          </p>
          <p>
            <a href={`overview.html?lang=${language.current}`}>{rich(t('accessibility.overviewLink'))}</a>
          </p>
          <p>
            <StatementLink language={language.current} current />
          </p>
        </div>
      </footer>
    </>
  );
}

/** "Établissement de cette déclaration": date, technologies, environment, tools, pages, method. */
function Establishment({ audit, date }: { audit: Audit; date: string }) {
  const { t } = useWords();
  const withAssistiveTechnology = audit.environment.some((entry) => entry.assistiveTechnologies.length > 0);
  return (
    <>
      <h2>{rich(t('accessibility.establishment.heading'))}</h2>
      <p>{rich(t('accessibility.establishment.date', { date }))}</p>

      <h3>{rich(t('accessibility.establishment.technologies'))}</h3>
      <ul dir="ltr">
        {audit.technologies.map((technology) => (
          <li key={technology}>{technology}</li>
        ))}
      </ul>

      <h3>{rich(t('accessibility.establishment.environment'))}</h3>
      <p>{rich(t('accessibility.establishment.environmentIntro'))}</p>
      <ul data-environment="">
        {audit.environment.map((entry) => (
          <li key={entry.use}>
            {rich(
              t('accessibility.establishment.entry', {
                browser: entry.browser,
                os: entry.os,
                use: t(`accessibility.establishment.use.${entry.use}`),
              }),
            )}
            {entry.assistiveTechnologies.length > 0 &&
              ` ${t('accessibility.establishment.withAssistiveTechnologies', {
                list: entry.assistiveTechnologies.join(', '),
              })}`}
          </li>
        ))}
      </ul>
      {!withAssistiveTechnology && <p>{rich(t('accessibility.establishment.noAssistiveTechnology'))}</p>}

      <h3>{rich(t('accessibility.establishment.tools'))}</h3>
      <ul>
        {audit.tools.map((tool) => (
          <li key={tool.use}>
            {rich(
              t('accessibility.establishment.toolEntry', {
                name: tool.name,
                use: t(`accessibility.establishment.tool.${tool.use}`),
              }),
            )}
          </li>
        ))}
      </ul>

      <h3>{rich(t('accessibility.establishment.pages'))}</h3>
      <ul data-sample="">
        {audit.sample.map((page) => (
          <li key={page}>{rich(t(`accessibility.establishment.sample.${page}`))}</li>
        ))}
      </ul>

      <h3>{rich(t('accessibility.establishment.method'))}</h3>
      <p>{rich(t('accessibility.establishment.methodAutomated'))}</p>
      <ul data-automated="">
        {audit.automated.map((entry) => (
          <li key={entry.check}>
            {rich(t(`accessibility.establishment.automated.${entry.check}`))}{' '}
            <span className="statement-tests">
              ({t('accessibility.criteria.tests')} <TestFiles files={entry.tests} />)
            </span>
          </li>
        ))}
      </ul>
      <p>{rich(t('accessibility.establishment.methodManual'))}</p>
    </>
  );
}
