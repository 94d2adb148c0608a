// What a printed outcome starts with (issue 12): the guide's name, the day it was printed, and the
// address that reopens this very answer, as text and as a QR code. Rendered only while the page is
// printed (usePrinting): encoding the QR code took about a sixth of each step to an outcome.
// The encoder is imported, not lazy, so that the header is complete in the render `beforeprint`
// flushes (a lazy part would still be loading when the page is laid out for print).
import QrCode from '../../qr/QrCode';
import { useWords } from '../../i18n/words';
import { rich } from '../../i18n/rich';
import { formatDate } from '../../i18n/dates';

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
      <QrCode text={url} label={t('print.qrLabel')} />
    </div>
  );
}
