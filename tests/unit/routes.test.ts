// Every route of decision-table.md §4 replayed through the machine, for a resident of each
// arrondissement: Nanterre residents get the row's own channel; residents of Antony and
// Boulogne-Billancourt get the sous-préfecture for the Nanterre service's rows (precedence 3),
// except where the national ANEF rule leads (§7, level A): the national portal serves every commune.
import { describe, expect, it } from 'vitest';
import { COMMUNES_92, OUTCOME_IDS, type OutcomeId } from '../../machines/ids';
import { currentStep, replay } from '../../machines/journey';
import { OUTCOME_RECORDS } from '../../src/content/outcomes';
import { SPEC_CHANNELS, SPEC_LEVEL_A, SPEC_ROUTES } from './spec-routes';

const NANTERRE_CHANNELS = ['appointment', 'demarches-simplifiees', 'post'];
const label = (answers: Record<string, string>) =>
  Object.entries(answers)
    .map(([q, a]) => `${q}=${a}`)
    .join(' ');

function land(commune: string, answers: Record<string, string>) {
  const { snapshot, dropped } = replay({ commune, ...answers });
  expect(dropped).toEqual([]);
  expect(currentStep(snapshot).kind).toBe('outcome');
  return snapshot.context.resolution!;
}

describe('a resident of the arrondissement de Nanterre lands on the row of the specification', () => {
  it.each(SPEC_ROUTES.map((r) => [label(r.answers), r] as const))('%s', (_, route) => {
    const resolution = land('nanterre', route.answers);
    expect(resolution.outcome).toBe(route.outcome);
    expect(resolution.notCovered).toBe(route.notCovered ?? null);
    expect(resolution.tenYearOneYear).toBe(route.tenYear ?? false);
    expect(OUTCOME_RECORDS[resolution.outcome].channel).toBe(SPEC_CHANNELS[route.outcome]);
  });
});

describe.each(['antony', 'sevres'])('a resident of %s', (commune) => {
  it.each(SPEC_ROUTES.map((r) => [label(r.answers), r] as const))('%s', (_, route) => {
    const resolution = land(commune, route.answers);
    const channel = SPEC_CHANNELS[route.outcome]!;
    if (NANTERRE_CHANNELS.includes(channel) && !SPEC_LEVEL_A.includes(route.outcome)) {
      expect(resolution.outcome).toBe('sub-prefecture');
      expect(resolution.request).toBe(route.outcome);
    } else {
      expect(resolution.outcome).toBe(route.outcome);
      expect(resolution.request).toBeNull();
    }
  });
});

describe('the commune question', () => {
  it.each(COMMUNES_92.map((c) => [c.name, c] as const))('%s leads to the need question', (_, commune) => {
    const { snapshot } = replay({ commune: commune.id });
    expect(currentStep(snapshot)).toEqual({ kind: 'question', question: 'need' });
  });

  it('a person living outside the Hauts-de-Seine is sent to their own préfecture, asked nothing else', () => {
    const { snapshot } = replay({ commune: 'outside-92' });
    expect(currentStep(snapshot)).toEqual({ kind: 'outcome', outcome: 'other-prefecture' });
  });

  it('health requests go to Antony whatever the commune, even for a resident of Boulogne-Billancourt', () => {
    expect(land('boulogne-billancourt', { need: 'renewal', health: 'yes' }).outcome).toBe('health');
  });

  it('a resident of Boulogne-Billancourt who renews an EU card, or of Antony a visitor card, files on ANEF', () => {
    const eu = { need: 'renewal', health: 'no', 'renewal-card': 'eu' };
    const visitor = { need: 'renewal', health: 'no', 'renewal-card': 'visitor' };
    expect(land('boulogne-billancourt', eu)).toMatchObject({ outcome: 'renew-eu', request: null });
    expect(land('antony', visitor)).toMatchObject({ outcome: 'renew-visitor', request: null });
  });
});

it('every outcome of the content is reached by some route of the specification', () => {
  const reached = new Set<OutcomeId>(['sub-prefecture', 'other-prefecture']);
  for (const route of SPEC_ROUTES) reached.add(land('nanterre', route.answers).outcome);
  expect([...reached].sort()).toEqual([...OUTCOME_IDS].sort());
});
