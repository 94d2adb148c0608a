// The kiosk's statement line as a lazy component: the audit record and the QR encoder load in
// kiosk mode only. While it loads, or if it cannot, the footer names the status alone.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STATEMENT_STATUS } from './status';

const Line = lazy(() => import('./KioskStatement'));

class Optional extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function KioskStatementLine({ language }: { language: string }) {
  const { t } = useTranslation();
  const fallback = <p>{t(`app.accessibility.status.${STATEMENT_STATUS}`)}</p>;
  return (
    <Optional fallback={fallback}>
      <Suspense fallback={fallback}>
        <Line language={language} />
      </Suspense>
    </Optional>
  );
}
