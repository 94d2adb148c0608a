// The criteria evaluated, theme by theme: the RGAA's wording, the result in words (never by
// colour alone), how it was checked, the auditor's notes and the tests that watch it. The
// record's texts are French in every language, marked as such.
import { useWords } from '../i18n/words';
import { formatDate } from '../i18n/dates';
import { textOf, type Key } from '../i18n/keys';
import { rich } from '../i18n/rich';
import type { Audit, Criterion } from './audit';
import { byCriterion, themeOf } from './conformance';

/** Test file names, as code, separated by commas. */
export function TestFiles({ files }: { files: string[] }) {
  return (
    <>
      {files.map((file, index) => (
        <span key={file}>
          {index > 0 && ', '}
          <code dir="ltr">{file}</code>
        </span>
      ))}
    </>
  );
}

/** "7.4 Pour chaque script … ? Conforme" */
export function CriterionLine({ criterion }: { criterion: Criterion }) {
  const { t } = useWords();
  return (
    <p className="criterion-line">
      <strong dir="ltr">{criterion.id}</strong>{' '}
      <bdi lang="fr" className="criterion-title">
        {criterion.title}
      </bdi>{' '}
      <span className={`criterion-result result-${criterion.result}`}>
        {t(`accessibility.criteria.result.${criterion.result}`)}
      </span>
    </p>
  );
}

export function CriteriaDetail({ audit }: { audit: Audit }) {
  const { t, i18n } = useWords();
  const criteria = [...audit.criteria].sort((a, b) => byCriterion(a.id, b.id));
  const themes = [...new Set(criteria.map((criterion) => themeOf(criterion.id)))];
  return (
    <section aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{rich(t('accessibility.criteria.heading'))}</h2>
      <p>{rich(t('accessibility.criteria.intro', { version: audit.rgaaVersion }))}</p>
      {themes.map((theme) => (
        <section key={theme} aria-labelledby={`theme-${theme}`}>
          <h3 id={`theme-${theme}`}>
            {theme}. {rich(textOf(t, `accessibility.criteria.theme.${theme}` as Key))}
          </h3>
          <ul className="criteria">
            {criteria
              .filter((criterion) => themeOf(criterion.id) === theme)
              .map((criterion) => (
                <li key={criterion.id} data-criterion={criterion.id} data-result={criterion.result}>
                  <CriterionLine criterion={criterion} />
                  <p>
                    {t('accessibility.criteria.how')} <bdi lang="fr">{criterion.how}</bdi>
                  </p>
                  {(criterion.notes ?? criterion.fixed) && (
                    <p>
                      {t('accessibility.criteria.notes')}{' '}
                      {criterion.notes && <bdi lang="fr">{criterion.notes}</bdi>}{' '}
                      {criterion.fixed &&
                        t('accessibility.criteria.fixed', {
                          date: formatDate(criterion.fixed, i18n.language),
                        })}
                    </p>
                  )}
                  {criterion.tests.length > 0 && (
                    <p className="statement-tests">
                      {t('accessibility.criteria.tests')} <TestFiles files={criterion.tests} />
                    </p>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
