// What a printed outcome starts with (issue 12): the guide's name, the day it was printed, and the
// address that reopens this very answer, as text and as a QR code. Shown in print only.
import { lazy, Suspense } from 'react';
import { useWords } from '../../i18n/words';
import { rich } from '../../i18n/rich';
import { formatDate } from '../../i18n/dates';

const QrCode = lazy(() => import('../../qr/QrCode'));

export function PrintHeader({ url }: { url: string }) {
  const { t, i18n } = useWords();
  const today = formatDate(new Date().toISOString().slice(0, 10), i18n.language);
  return (
    <div className="print-header" aria-hidden="true">
      <div>
        <p className="print-name">{rich(t('app.name'))}</p>
        <p>{t('print.printedOn', { date: today })}</p>
        <p>
          {t('print.reopen')}{' '}
          <span dir="ltr" className="link-address">
            {url}
          </span>
        </p>
      </div>
      <Suspense fallback={null}>
        <QrCode text={url} label={t('print.qrLabel')} />
      </Suspense>
    </div>
  );
}
