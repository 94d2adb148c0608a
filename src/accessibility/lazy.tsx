// The kiosk's statement line as a lazy component: the audit record and the QR encoder load in
// kiosk mode only. While it loads, or if it cannot, the footer names the status alone.
import { lazy } from 'react';
import { useWords } from '../i18n/words';
import { OptionalPart } from '../views/OptionalPart';
import { STATEMENT_STATUS } from './status';

const Line = lazy(() => import('./KioskStatement'));

export function KioskStatementLine({ language }: { language: string }) {
  const { t } = useWords();
  const fallback = <p>{t(`app.accessibility.status.${STATEMENT_STATUS}`)}</p>;
  return (
    <OptionalPart fallback={fallback}>
      <Line language={language} />
    </OptionalPart>
  );
}
