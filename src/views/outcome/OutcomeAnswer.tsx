// The answer itself: the request, the heading, one plain sentence, the warnings that change the
// action, the action, the way to the route probably meant, further links, the steps, the history
// of a national rule, what to know. Shown in the person's language, and again in French on the
// counter sheet (FrenchCopy.tsx).
import type { Ref } from 'react';
import type { OutcomeScreenModel } from '../../screen/outcome';
import { T } from '../T';
import { CaveatBlock, Caveats, PointerBlock, Steps } from './Blocks';
import { useInFrenchCopy } from './CopyContext';
import { PrimaryAction, TargetLink } from './PrimaryAction';

interface Props {
  screen: OutcomeScreenModel;
  heading?: Ref<HTMLHeadingElement>;
  onPointer: (pointer: OutcomeScreenModel['pointers'][number]) => void;
}

export function OutcomeAnswer({ screen, heading, onPointer }: Props) {
  const copy = useInFrenchCopy();
  // One h1 per page: the French copy's heading is a level below.
  const Heading = copy ? 'h2' : 'h1';
  return (
    <>
      <header className="outcome-header">
        <p className="eyebrow">
          <T text={screen.title} />
        </p>
        <Heading tabIndex={copy ? undefined : -1} ref={heading}>
          <T text={screen.heading} />
        </Heading>
        <p className="lead">
          <T text={screen.lead} />
        </p>
      </header>

      {screen.warnings.map((caveat) => (
        <CaveatBlock key={caveat.id} caveat={caveat} />
      ))}
      <PrimaryAction action={screen.primary} detail={screen.detail} />
      {/* The route probably meant for the person: right after the action, a tap away. */}
      {!copy &&
        screen.pointers.map((pointer) => (
          <PointerBlock key={pointer.id} pointer={pointer} onGo={() => onPointer(pointer)} />
        ))}
      {screen.links.length > 0 && (
        <ul className="more-links">
          {screen.links.map((target) => (
            <li key={target}>
              <TargetLink target={target} />
            </li>
          ))}
        </ul>
      )}

      <Steps steps={screen.steps} />
      {screen.history && (
        <p className="history" data-history={copy ? undefined : ''}>
          <T text={screen.history} />
        </p>
      )}
      <Caveats caveats={screen.caveats} />
    </>
  );
}
