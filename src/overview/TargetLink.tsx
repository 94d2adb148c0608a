import { TARGETS, targetText, type TargetId } from '../content/targets';

/** A target written out in full (it survives printing), with its id for maintainers. */
export function TargetLink({ target }: { target: TargetId }) {
  return (
    <span className="ov-target">
      <a href={TARGETS[target]} rel="noreferrer" dir="ltr">
        {targetText(target)}
      </a>{' '}
      <code>{target}</code>
    </span>
  );
}
