// The screen model of every outcome, for every walked route, checked against what
// decision-table.md says the person must see: the hooks, the primary action's target (§1, §7), the
// caveats that must be there (§4, §7), the notices (§2), and a source for everything. The
// expectations are written from the specification, not from src/screen/outcome.ts.
import { describe, expect, it } from 'vitest';
import { routeFragment } from '../../machines/walk';
import { TARGETS } from '../../src/content/targets';
import { ROUTES, outcomeOf } from '../support/screens';
import { french, leaves } from '../support/french';
import { SPEC_CHANNELS, SPEC_LEVEL_A, SPEC_LEVEL_B } from './spec-routes';

const FRENCH_TEXTS = leaves(french);

const PRIMARY_TARGET: Record<string, string> = {
  appointment: 'T-RDV',
  'demarches-simplifiees': 'T-NANTERRE',
  anef: 'T-ANEF',
  antony: 'T-SITE',
  ants: 'T-ANTS',
  'contact-form': 'T-CONTACT',
  'other-prefecture': 'T-SP',
  'not-covered': 'T-CONTACT',
};
const OWN_TARGET: Record<string, string> = {
  'aes-file': 'T-NANTERRE',
  'aes-question': 'T-MAIL-AES',
  'first-algerian-worker': 'T-MAIL-ALG',
  judgment: 'T-RDV',
  'ten-year-post': 'T-PIECES',
};
const WITH_G1_G2 = [
  'appointment',
  'demarches-simplifiees',
  'email',
  'post',
  'antony',
  'sub-prefecture',
  'contact-form',
  'not-covered',
];

describe.each(ROUTES.map((route) => [routeFragment(route.steps), route] as const))('%s', (_, route) => {
  const screen = outcomeOf(route);
  const { outcome, request: subRequest, notCovered, tenYearOneYear } = route.resolution;
  const request = subRequest ?? outcome;
  const levelA = SPEC_LEVEL_A.includes(request);
  const levelB = SPEC_LEVEL_B.includes(request);
  const caveats: string[] = [...screen.warnings, ...screen.caveats].map((c) => c.id);
  const commune = route.answers.commune;

  it('carries the hooks of decision-table.md §6', () => {
    expect(screen.hooks.outcome).toBe(outcome);
    expect(screen.hooks.channel).toBe(
      outcome === 'sub-prefecture' ? 'sub-prefecture' : SPEC_CHANNELS[outcome],
    );
    expect(screen.hooks.national).toBe(levelA ? 'anef' : levelB ? 'check' : null);
    if (outcome === 'sub-prefecture') {
      expect(screen.hooks.request).toBe(request);
      expect(screen.hooks.subprefecture).toBe(commune);
      expect(screen.hooks.requestChannel).toBe(SPEC_CHANNELS[request]);
    } else {
      expect([screen.hooks.request, screen.hooks.subprefecture, screen.hooks.requestChannel]).toEqual([
        null,
        null,
        null,
      ]);
    }
  });

  it('has the primary action of §1, or the ANEF portal where the national rule leads (§7)', () => {
    const expected = levelA
      ? 'T-ANEF'
      : outcome === 'sub-prefecture'
        ? 'T-RDV'
        : (OWN_TARGET[outcome] ?? PRIMARY_TARGET[SPEC_CHANNELS[outcome]!]);
    expect(screen.primary.target).toBe(expected);
    expect(TARGETS[screen.primary.target]).toBeTruthy();
  });

  it('shows the caveats the specification requires, and at most two warnings above the action', () => {
    if (tenYearOneYear) expect(caveats).toContain('ten-year-one-year');
    if (notCovered) expect(screen.warnings.map((c) => c.id)).toContain(`not-covered-${notCovered}`);
    if (SPEC_CHANNELS[request] === 'email' && commune !== 'nanterre')
      expect(caveats).toContain('subpref-check');
    if (levelB) expect(screen.warnings.map((c) => c.id)).toContain('national-check');
    const anefAction = screen.primary.target === 'T-ANEF';
    for (const id of ['anef-help', 'anef-attestation']) expect(caveats.includes(id), id).toBe(anefAction);
    if (request === 'judgment') expect(caveats).toContain('judgment-no-visit');
    expect(screen.warnings.length).toBeLessThanOrEqual(2);
  });

  it('shows a national rule to check first, and the portal’s help last (the order of caveats.ts)', () => {
    if (levelB) expect(screen.warnings[0]?.id).toBe('national-check');
    if (screen.primary.target === 'T-ANEF')
      expect(screen.caveats.slice(-2).map((c) => c.id)).toEqual(['anef-help', 'anef-attestation']);
    if (tenYearOneYear) expect(caveats.indexOf('ten-year-one-year')).toBeLessThan(caveats.indexOf('pieces'));
  });

  it('never claims more than the national rule’s sources (national-rules.md §2)', () => {
    // A first 10-year card asked with a renewal (R19): the rule names the renewal; only the
    // family of French nationals' 10-year card is named too (arrêté du 31 mars 2023).
    const unconfirmed = levelA && tenYearOneYear && request !== 'renew-french-family';
    expect(caveats.includes('national-ten-year-unconfirmed')).toBe(unconfirmed);
    // R19 is our reading of the table, whichever channel it leads to (§5).
    if (tenYearOneYear && outcome !== 'sub-prefecture') expect(screen.source.status).toBe('inferred');
    // Renewal of "most" 10-year cards: the table's "all of them" does not stand beside it.
    if (levelA && request === 'renew-ten-year') {
      expect(caveats).not.toContain('all-ten-year-cards');
      expect(caveats).not.toContain('refugee-ten-year');
    }
    // The arrêté names spouses of French nationals, not PACS partners, whom the answer includes.
    if (request === 'first-french-family' || request === 'renew-french-family')
      expect(caveats).toContain('national-leaves-out');
    // The cases covered are shown with the source (§7).
    if (levelA || levelB) {
      const covers = screen.source.national?.covers;
      expect(covers).toHaveProperty('key');
      expect(FRENCH_TEXTS.get((covers as { key: string }).key)).toBeTruthy();
    }
  });

  it('shows the general notices where §2 says, and no récépissé line when the action is ANEF', () => {
    const acting = levelA ? 'anef' : screen.hooks.channel;
    const notices = screen.notices.map((n) => n.id);
    expect(notices.includes('G1') && notices.includes('G2')).toBe(WITH_G1_G2.includes(acting));
    if (screen.primary.target === 'T-ANEF') expect(notices).not.toContain('after-lodging');
    // Under the ANEF action, the lines are about ANEF, not "the préfecture's general rules".
    expect(screen.noticesHeading.key).toBe(acting === 'anef' ? 'notice.headingAnef' : 'notice.heading');
  });

  it('says where it comes from: rows or a non-explicit status, a checked-on date, the national record', () => {
    expect(screen.source.rows.length > 0 || screen.source.status !== 'explicit').toBe(true);
    expect(screen.source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (levelA || levelB) expect(screen.source.national?.sources.length).toBeGreaterThan(0);
    else expect(screen.source.national).toBeNull();
    expect(screen.history !== null).toBe(levelA);
  });
});
