// The préfecture's general rules (decision-table.md §2), shown on the outcomes they apply to.
import { useTranslation } from 'react-i18next';
import { G1, G2, G3 } from '../content/notices';
import type { PresentedOutcome } from '../content/present';
import { Text } from '../i18n/Text';
import { Quote } from './Quote';

export function AntiSeller() {
  return (
    <div className="notice free" data-notice="free">
      <Quote text={G1}>
        <p>
          <strong>
            <Text k="notice.free" />
          </strong>{' '}
          <Text k="notice.antiSeller" />
        </p>
      </Quote>
    </div>
  );
}

export function Notices({ notices }: { notices: PresentedOutcome['notices'] }) {
  const { t } = useTranslation();
  if (!notices.freeAndNoWalkIn && !notices.infoDeskClosed && !notices.whileYouWait) return null;
  return (
    <section className="notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('notice.heading')}</h2>
      {notices.freeAndNoWalkIn && !notices.antiSellerFirst && <AntiSeller />}
      {notices.freeAndNoWalkIn && (
        <div className="notice" data-notice="no-walk-in">
          <Quote text={G2}>
            <p>
              <Text k="notice.noWalkIn" />
            </p>
          </Quote>
        </div>
      )}
      {notices.infoDeskClosed && (
        <div className="notice" data-notice="info-desk">
          <Quote text={G3}>
            <p>
              <Text k="notice.infoDesk" />
            </p>
          </Quote>
        </div>
      )}
      {notices.whileYouWait && (
        <div className="notice" data-notice="while-you-wait">
          <h3>{t('notice.whileYouWait.heading')}</h3>
          <ul>
            <li>
              <Text k="notice.whileYouWait.followUp" />
            </li>
            <li>
              <Text k="notice.whileYouWait.receipt" />
            </li>
            <li>
              <Text k="notice.whileYouWait.collect" />
            </li>
            <li>
              <Text k="notice.whileYouWait.fingerprints" />
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
