// The parts of an outcome screen below its action: caveats, pointers, steps, notices. Each renders
// its part of the screen model and nothing else.
import { useWords } from '../../i18n/words';
import type { CaveatModel, NoticeModel, PointerModel } from '../../screen/outcome';
import type { Text } from '../../screen/text';
import { T } from '../T';
import { TARGETS, targetText } from '../../content/targets';
import type { Key } from '../../i18n/keys';
import { ExternalLink } from '../ExternalLink';
import { useAppConfig } from '../../config/AppConfig';
import { useInFrenchCopy } from './CopyContext';

export function CaveatBlock({ caveat }: { caveat: CaveatModel }) {
  const { kiosk } = useAppConfig();
  const copy = useInFrenchCopy();
  const { link } = caveat;
  return (
    <div className={`caveat ${caveat.tone}`} data-caveat={copy ? undefined : caveat.id}>
      <p>
        <T text={caveat.text} />
        {/* A plain link at the end of the text: the one action to take is the primary one. On a
            kiosk, its address only. */}
        {link && ' '}
        {link &&
          (kiosk ? (
            <span className="link-address" dir="ltr" lang="fr">
              {targetText(link)}
            </span>
          ) : (
            <ExternalLink href={TARGETS[link]} className="inline-link">
              <T text={`target.${link}` as Key} />
            </ExternalLink>
          ))}
      </p>
    </div>
  );
}

export function PointerBlock({ pointer, onGo }: { pointer: PointerModel; onGo: () => void }) {
  return (
    <div className="pointer" data-pointer={pointer.id}>
      <p>
        <T text={pointer.text} />
      </p>
      <button type="button" className="button" onClick={onGo}>
        <T text={pointer.button} />
        <span aria-hidden="true" className="forward-arrow" />
      </button>
    </div>
  );
}

export function Steps({ steps }: { steps: Text[] }) {
  const { t } = useWords();
  return (
    <section className="steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('result.steps')}</h2>
      <ol>
        {steps.map((step) => (
          <li key={step.key}>
            <T text={step} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Caveats({ caveats }: { caveats: CaveatModel[] }) {
  const { t } = useWords();
  if (caveats.length === 0) return null;
  return (
    <section className="caveats" aria-labelledby="caveats-heading">
      <h2 id="caveats-heading">{t('result.toKnow')}</h2>
      {caveats.map((caveat) => (
        <CaveatBlock key={caveat.id} caveat={caveat} />
      ))}
    </section>
  );
}

export function Notices({ notices, heading }: { notices: NoticeModel[]; heading: Text }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading">
        <T text={heading} />
      </h2>
      <ul>
        {notices.flatMap((notice) =>
          notice.lines.map((line) => (
            <li key={line.key} data-notice={notice.id}>
              <T text={line} />
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
