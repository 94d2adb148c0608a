// "Signaler une erreur", when the deployment set a contact (src/report/contact.ts): a link that
// names this answer, the rules version, the language and the mode, never the person's answers,
// with a line that says so. Left out on a kiosk, which has no way out (no mail client, no
// browser to open a form in), and without a contact.
import { useWords } from '../../i18n/words';
import { plain } from '../../i18n/rich';
import { useAppConfig } from '../../config/AppConfig';
import { RULES_VERSION } from '../../content/changes';
import { reportContact } from '../../report/contact';
import { reportHref } from '../../report/link';
import type { SourceModel } from '../../screen/outcome';
import { ExternalLink } from '../ExternalLink';

export function ReportMistake({ reference }: { reference: SourceModel['reference'] }) {
  const { t, i18n } = useWords();
  const { kiosk, embed } = useAppConfig();
  const contact = reportContact();
  if (!contact || kiosk) return null;
  const href = reportHref(
    contact,
    {
      ...reference,
      version: RULES_VERSION,
      language: i18n.resolvedLanguage ?? 'fr',
      mode: embed ? 'embed' : 'web',
    },
    { subject: plain(t('report.mailSubject')), body: plain(t('report.mailBody')) },
  );
  return (
    <p className="report">
      <ExternalLink href={href} data-action="report">
        {t('report.link')}
      </ExternalLink>{' '}
      <span className="hint">{t('report.privacy')}</span>
    </p>
  );
}
