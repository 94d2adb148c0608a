// Turns where the machine ended (its Resolution) into what the outcome screen shows, from the
// content data alone. No routing is decided here: the machine already chose the outcome.
import type { Resolution } from '../../machines/wizard';
import type { Answers } from '../../machines/questions';
import { CAVEATS, type CaveatId } from './caveats';
import { CHANNELS, type ChannelId } from './channels';
import { communeById, type Arrondissement, type Commune } from './communes';
import { NOT_COVERED_WITH_PIECES, OUTCOMES, type Outcome, type OutcomeId, type Status } from './outcomes';
import type { TargetId } from './targets';

export interface PresentedOutcome {
  /** `data-outcome`: the outcome id the machine ended on. */
  outcome: OutcomeId;
  channel: ChannelId;
  /** The outcome whose request, caveats and rows are shown (differs only for sub-prefecture). */
  request: OutcomeId;
  requestQuote: string | undefined;
  channelQuote: string | undefined;
  target: TargetId;
  caveats: CaveatId[];
  /** Further links, after the caveats. */
  links: TargetId[];
  status: Status;
  /** Where an `external` status comes from. */
  externalSource: 'faq' | 'scope' | null;
  rows: string[];
  checkedOn: string;
  notices: {
    freeAndNoWalkIn: boolean;
    infoDeskClosed: boolean;
    whileYouWait: boolean;
    antiSellerFirst: boolean;
  };
  subprefecture: Exclude<Arrondissement, 'nanterre'> | null;
  commune: Commune | undefined;
}

function statusOf(outcome: Outcome, lastAnswer: string | undefined, resolution: Resolution): Status {
  if (resolution.tenYearOneYear) return 'inferred';
  if (lastAnswer && outcome.inferredVia?.includes(lastAnswer)) return 'inferred';
  return outcome.status;
}

export function presentOutcome(
  resolution: Resolution,
  answers: Answers,
  trail: readonly string[],
): PresentedOutcome {
  const commune = communeById(answers.commune ?? '');
  const requestId = resolution.request ?? resolution.outcome;
  const shown: Outcome = OUTCOMES[resolution.outcome];
  const requested: Outcome = OUTCOMES[requestId];
  const lastQuestion = trail.at(-1);
  const lastAnswer = lastQuestion
    ? `${lastQuestion}=${answers[lastQuestion as keyof Answers] ?? ''}`
    : undefined;
  const isSubprefecture = resolution.outcome === 'sub-prefecture';
  const subprefecture = commune && commune.arrondissement !== 'nanterre' ? commune.arrondissement : null;

  let caveats: CaveatId[] = [...requested.caveats];
  if (resolution.tenYearOneYear) {
    caveats = ['ten-year-one-year', ...caveats.filter((c) => c !== 'not-ten-year-card'), 'pieces'];
  }
  if (resolution.notCovered) caveats.push(`not-covered-${resolution.notCovered}`);
  if (isSubprefecture) {
    caveats = [...shown.caveats, ...caveats.filter((c) => !('channelSpecific' in CAVEATS[c]))];
  }
  if (subprefecture && requested.channel === 'email') caveats.push('subpref-check');

  const links: TargetId[] = [];
  if (resolution.notCovered && NOT_COVERED_WITH_PIECES.includes(resolution.notCovered))
    links.push('T-PIECES');
  if (resolution.notCovered === 'N5') links.push('T-SP');
  if (requested.channel === 'ants') links.push('T-SP');
  if (isSubprefecture) links.push('T-CONTACT');

  const channel = shown.channel;
  const channelDefaults = CHANNELS[channel];
  const rows = [...(resolution.tenYearOneYear ? ['R19'] : []), ...requested.rows];
  const notices = {
    ...channelDefaults.notices,
    infoDeskClosed: channelDefaults.notices.infoDeskClosed || 'infoDeskClosed' in requested,
    antiSellerFirst: requestId === 'aes-file',
  };

  return {
    outcome: resolution.outcome,
    channel,
    request: requestId,
    requestQuote: requested.request,
    channelQuote: isSubprefecture
      ? undefined
      : 'channelQuote' in shown
        ? shown.channelQuote
        : channelDefaults.quote,
    target: ('target' in shown ? shown.target : undefined) ?? channelDefaults.target ?? 'T-SITE',
    caveats: [...new Set(caveats)],
    links: links.filter((link, i) => links.indexOf(link) === i),
    status: isSubprefecture ? 'external' : statusOf(requested, lastAnswer, resolution),
    externalSource: isSubprefecture ? 'faq' : resolution.outcome === 'other-prefecture' ? 'scope' : null,
    rows,
    checkedOn: [shown.checkedOn, requested.checkedOn].sort().at(0)!,
    notices,
    subprefecture: isSubprefecture ? subprefecture : null,
    commune,
  };
}
