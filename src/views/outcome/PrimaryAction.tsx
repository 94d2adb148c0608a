// The one thing to do, just under the answer: a link styled as a button that says what it
// opens, with its address written out (for print, for copying). On a kiosk, a QR code instead.
import { useAppConfig } from '../../config/AppConfig';
import { TARGETS, isEmail, targetText, type TargetId } from '../../content/targets';
import { KioskQr } from '../../kiosk/lazy';
import type { Key } from '../../i18n/keys';
import type { ActionModel } from '../../screen/outcome';
import type { Text } from '../../screen/text';
import { ExternalLink } from '../ExternalLink';
import { T } from '../T';
import { CopyButton } from './CopyButton';
import { useInFrenchCopy } from './CopyContext';

/** `detail`: a line under the action (for a sous-préfecture, how Nanterre handles the request). */
export function PrimaryAction({ action, detail }: { action: ActionModel; detail: Text | null }) {
  const { kiosk } = useAppConfig();
  // The French copy's action is written out for the agent; the person's own is the hook.
  const copy = useInFrenchCopy();
  const detailLine = detail && (
    <p className="detail">
      <T text={detail} />
    </p>
  );
  if (kiosk) {
    return (
      <>
        <KioskQr target={action.target} label={<T text={action.label} />} primary={!copy} />
        {detailLine}
      </>
    );
  }
  return (
    <div className="primary-action">
      <ExternalLink
        href={TARGETS[action.target]}
        className="action-button"
        data-primary={copy ? undefined : ''}
      >
        <span>
          <T text={action.label} />
        </span>
        <span aria-hidden="true" className="forward-arrow" />
      </ExternalLink>
      <Address target={action.target} />
      {detailLine}
    </div>
  );
}

/** The address itself, left to right in every language, with a copy button. */
export function Address({ target }: { target: TargetId }) {
  const { kiosk } = useAppConfig();
  const copy = useInFrenchCopy();
  return (
    <p className="address">
      <span className="link-address" dir="ltr" lang="fr">
        {targetText(target)}
      </span>
      {!kiosk && !copy && (
        <CopyButton value={targetText(target)} what={isEmail(target) ? 'email' : 'address'} />
      )}
    </p>
  );
}

/** A further link (after the steps, or in a caveat). */
export function TargetLink({ target }: { target: TargetId }) {
  const { kiosk } = useAppConfig();
  const label = <T text={`target.${target}` as Key} />;
  if (kiosk) return <KioskQr target={target} label={label} />;
  return (
    <span className="target-link">
      <ExternalLink href={TARGETS[target]}>{label}</ExternalLink>
      <Address target={target} />
    </span>
  );
}
