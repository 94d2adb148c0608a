import { useTranslation } from 'react-i18next';
import { CAVEATS, type CaveatId } from '../content/caveats';
import { caveatKey, textOf } from '../i18n/keys';
import { FrenchQuote } from './FrenchQuote';
import { TargetLink } from './TargetLink';
import { rich } from '../i18n/rich';

/** Caveats as the outcome screen shows them: the document's words, then ours, then the link. */
export function CaveatList({ caveats }: { caveats: readonly CaveatId[] }) {
  const { t } = useTranslation();
  return (
    <ul className="ov-caveats">
      {caveats.map((id) => {
        const caveat = CAVEATS[id];
        return (
          <li key={id} className={`ov-caveat ${caveat.tone}`} data-caveat={id}>
            {'quote' in caveat && <FrenchQuote text={caveat.quote} />}
            <p>
              {rich(textOf(t, caveatKey(id)))} <code>{id}</code>
            </p>
            {'link' in caveat && <TargetLink target={caveat.link} />}
          </li>
        );
      })}
    </ul>
  );
}
