// In kiosk mode the footer cannot link to the statement: a link would leave the kiosk, where no
// idle reset runs. It shows the statement's short line (status and rate, computed from the audit)
// and a QR code of its address, written out too, to read it on one's phone: the kiosk's way with
// every link (docs/adr/0008-accessibility-statement.md). A lazy chunk, loaded in kiosk mode only.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useWords } from '../i18n/words';
import { formatDate } from '../i18n/dates';
import { AUDIT } from './audit';
import { conformance } from './conformance';
import { statementHref } from './status';

const QrCode = lazy(() => import('../qr/QrCode'));
const result = conformance(AUDIT);

export default function KioskStatement({ language }: { language: string }) {
  const { t, i18n } = useWords();
  // Its words are the kiosk's, fetched with the kiosk mode (the status is the footer's own).
  const { ready } = useTranslation('kiosk');
  const address = new URL(statementHref(language), window.location.href).href;
  return (
    <div className="kiosk-statement" data-statement-kiosk={result.status} data-rate={result.rate}>
      {ready && (
        <>
          <p>
            <strong>{t(`app.accessibility.status.${result.status}`)}</strong>
          </p>
          <p>
            {t('kiosk.statement.rate', {
              rate: result.rate,
              version: AUDIT.rgaaVersion,
              date: formatDate(AUDIT.date, i18n.language),
            })}
          </p>
          <figure className="qr-target" data-qr={address}>
            <Suspense fallback={<span className="qr-code qr-pending" />}>
              <QrCode text={address} label={t('kiosk.qr.label', { address })} />
            </Suspense>
            <figcaption>
              <span>{t('kiosk.statement.where')}</span>
              <span className="link-address" dir="ltr">
                {address}
              </span>
            </figcaption>
          </figure>
        </>
      )}
    </div>
  );
}
