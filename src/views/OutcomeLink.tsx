import { useAppConfig } from '../config/AppConfig';
import { TARGETS, targetText, type TargetId } from '../content/targets';
import { outboundLinkAttributes } from '../embed/outboundLink';
import { KioskQr } from '../kiosk/lazy';

export interface OutcomeLinkProps {
  target: TargetId;
  label: React.ReactNode;
  primary?: boolean;
}

/** A link that always writes its address out, so it survives printing and can be copied. */
export function OutcomeLink({ target, label, primary }: OutcomeLinkProps) {
  const { kiosk, embed } = useAppConfig();
  // A kiosk shows no way out: a QR code to take the address away instead of a link.
  if (kiosk) return <KioskQr target={target} label={label} primary={primary} />;
  const href = TARGETS[target];
  return (
    <a
      className={primary ? 'outcome-link primary' : 'outcome-link'}
      href={href}
      {...outboundLinkAttributes(href, embed)}
    >
      <span className="link-label">{label}</span>
      <span className="link-address" dir="ltr" lang="fr">
        {targetText(target)}
      </span>
    </a>
  );
}
