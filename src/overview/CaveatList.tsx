import { CAVEATS } from '../content/caveats';
import type { CaveatModel } from '../screen/outcome';
import { T } from '../views/T';
import { FrenchQuote } from './FrenchQuote';
import { TargetLink } from './TargetLink';

/** Caveats as the outcome screen words them: the document's words, then ours, then the link. */
export function CaveatList({ caveats }: { caveats: readonly CaveatModel[] }) {
  return (
    <ul className="ov-caveats">
      {caveats.map(({ id, text, tone, link }) => {
        const caveat = CAVEATS[id];
        return (
          <li key={id} className={`ov-caveat ${tone}`} data-caveat={id}>
            {'quote' in caveat && <FrenchQuote text={caveat.quote} />}
            <p>
              <T text={text} /> <code>{id}</code>
            </p>
            {link && <TargetLink target={link} />}
          </li>
        );
      })}
    </ul>
  );
}
