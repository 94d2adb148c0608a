// In kiosk mode a link of an outcome becomes a QR code with its address written out below it:
// people take the answer away on their phone, and nobody can leave the guide for another site.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGETS, targetText, type TargetId } from '../content/targets';
import type { ReactNode } from 'react';

const QrCode = lazy(() => import('../qr/QrCode'));

export interface QrTargetProps {
  target: TargetId;
  label: ReactNode;
  primary?: boolean;
}

export function QrTarget({ target, label, primary }: QrTargetProps) {
  // Renders once the kiosk's words are there (fetched with the kiosk mode, see useKiosk).
  const { t, ready } = useTranslation('kiosk');
  if (!ready) return null;
  const href = TARGETS[target];
  const address = targetText(target);
  return (
    <figure
      className={primary ? 'qr-target primary' : 'qr-target'}
      data-qr={href}
      data-primary={primary ? '' : undefined}
    >
      <Suspense fallback={<span className="qr-code qr-pending" />}>
        <QrCode text={href} label={t('kiosk.qr.label', { address })} />
      </Suspense>
      <figcaption>
        <span className="link-label">{label}</span>
        <span className="link-address" dir="ltr" lang="fr">
          {address}
        </span>
        {primary && <span className="qr-hint">{t('kiosk.qr.hint')}</span>}
      </figcaption>
    </figure>
  );
}
