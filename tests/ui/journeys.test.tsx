// Journeys through the rendered app with the real French texts: at least one per channel, plus
// back, changing an earlier answer, reloading from the URL and a tampered URL.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/content/targets';
import { answer, goBack, journey, outcomeShown, questionShown, renderApp, start } from './helpers';

const NANTERRE = ['commune', 'nanterre'] as const;

function primaryLink(): HTMLAnchorElement {
  return outcomeShown()!.querySelector<HTMLAnchorElement>('a[data-primary]')!;
}

describe('one journey per channel lands on the right channel and link', () => {
  const cases: Array<{
    name: string;
    steps: Array<[string, string]>;
    outcome: string;
    channel: string;
    href: string;
  }> = [
    {
      name: 'a student renewing books nothing: ANEF',
      steps: [[...NANTERRE], ['need', 'renewal'], ['health', 'no'], ['renewal-card', 'student']],
      outcome: 'renew-student',
      channel: 'anef',
      href: TARGETS['T-ANEF'],
    },
    {
      name: 'a first « vie privée et familiale » card with a visa D: démarches simplifiées',
      steps: [
        [...NANTERRE],
        ['need', 'first'],
        ['health', 'no'],
        ['entry', 'visa-d'],
        ['first-with-visa', 'family'],
      ],
      outcome: 'first-family',
      channel: 'demarches-simplifiees',
      href: TARGETS['T-NANTERRE'],
    },
    {
      name: 'a change of status towards salarié: online appointment',
      steps: [[...NANTERRE], ['need', 'change-status'], ['health', 'no'], ['change-target', 'worker']],
      outcome: 'change-to-worker',
      channel: 'appointment',
      href: TARGETS['T-RDV'],
    },
    {
      name: 'an Algerian salarié: the email asking for an appointment',
      steps: [
        [...NANTERRE],
        ['need', 'first'],
        ['health', 'no'],
        ['entry', 'visa-d'],
        ['first-with-visa', 'worker'],
        ['algerian', 'yes'],
      ],
      outcome: 'first-algerian-worker',
      channel: 'email',
      href: 'mailto:pref-demandeRdv-salaries92@hauts-de-seine.gouv.fr',
    },
    {
      name: 'an execution of judgment: the form by post',
      steps: [[...NANTERRE], ['need', 'judgment']],
      outcome: 'judgment',
      channel: 'post',
      href: TARGETS['T-RDV'],
    },
    {
      name: 'a health request from Boulogne-Billancourt: Antony',
      steps: [
        ['commune', 'boulogne-billancourt'],
        ['need', 'renewal'],
        ['health', 'yes'],
      ],
      outcome: 'health',
      channel: 'antony',
      href: TARGETS['T-SITE'],
    },
    {
      name: 'a driving licence from outside the EU: ANTS',
      steps: [
        [...NANTERRE],
        ['need', 'other'],
        ['other-kind', 'driving-licence'],
        ['licence-origin', 'outside-eu'],
      ],
      outcome: 'driving-licence',
      channel: 'ants',
      href: TARGETS['T-ANTS'],
    },
    {
      name: 'following up a file: the contact form',
      steps: [[...NANTERRE], ['need', 'follow-up']],
      outcome: 'follow-up',
      channel: 'contact-form',
      href: TARGETS['T-CONTACT'],
    },
    {
      name: 'living outside the 92: their own préfecture',
      steps: [['commune', 'outside-92']],
      outcome: 'other-prefecture',
      channel: 'other-prefecture',
      href: TARGETS['T-SP'],
    },
    {
      name: 'a non-Algerian first salarié card: not covered, never the Algerian address',
      steps: [
        [...NANTERRE],
        ['need', 'first'],
        ['health', 'no'],
        ['entry', 'visa-d'],
        ['first-with-visa', 'worker'],
        ['algerian', 'no'],
      ],
      outcome: 'not-covered',
      channel: 'not-covered',
      href: TARGETS['T-CONTACT'],
    },
  ];

  it.each(cases)('$name', ({ steps, outcome, channel, href }) => {
    renderApp();
    journey(steps);
    const shown = outcomeShown();
    expect(shown?.dataset.outcome).toBe(outcome);
    expect(shown?.dataset.channel).toBe(channel);
    expect(primaryLink().getAttribute('href')).toBe(href);
    if (outcome === 'not-covered') expect(document.body.innerHTML).not.toContain('pref-demandeRdv');
  });

  it('a resident of Montrouge renewing a salarié card is sent to the sous-préfecture d’Antony, with the request named and how Nanterre handles it', () => {
    renderApp();
    journey([
      ['commune', 'montrouge'],
      ['need', 'renewal'],
      ['health', 'no'],
      ['renewal-card', 'worker'],
    ]);
    const shown = outcomeShown()!;
    expect(shown.dataset.outcome).toBe('sub-prefecture');
    expect(shown.dataset.channel).toBe('sub-prefecture');
    expect(shown.dataset.request).toBe('renew-worker');
    expect(shown.dataset.subprefecture).toBe('antony');
    expect(shown.dataset.requestChannel).toBe('appointment');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      "Adressez-vous à la sous-préfecture d'Antony",
    );
    expect(shown.querySelector('.eyebrow')!.textContent).toContain('« salarié »');
    expect(shown.textContent).toContain('À Nanterre, elle se fait sur rendez-vous pris en ligne.');
    // The préfecture's appointment page, which lists its sites, then its contact form: never the bare home page.
    expect(primaryLink().getAttribute('href')).toBe(TARGETS['T-RDV']);
    expect(shown.querySelector(`.more-links a[href="${TARGETS['T-CONTACT']}"]`)).not.toBeNull();
  });

  it('a resident of Boulogne-Billancourt with a court judgment is told to post it to the sous-préfecture, never to go there', () => {
    renderApp();
    journey([
      ['commune', 'boulogne-billancourt'],
      ['need', 'judgment'],
    ]);
    const shown = outcomeShown()!;
    expect(shown.dataset.outcome).toBe('sub-prefecture');
    expect(shown.dataset.request).toBe('judgment');
    expect(shown.dataset.requestChannel).toBe('post');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Envoyez votre demande par courrier à la sous-préfecture de Boulogne-Billancourt',
    );
    expect(shown.querySelector('[data-caveat="judgment-no-visit"]')).not.toBeNull();
  });

  it('a resident of Montrouge renewing a visitor card files on ANEF, since the national rule leads for every commune', () => {
    renderApp();
    journey([
      ['commune', 'montrouge'],
      ['need', 'renewal'],
      ['health', 'no'],
      ['renewal-card', 'visitor'],
    ]);
    const shown = outcomeShown()!;
    expect(shown.dataset.outcome).toBe('renew-visitor');
    expect(shown.dataset.channel).toBe('demarches-simplifiees');
    expect(shown.dataset.national).toBe('anef');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      "Déposez votre demande en ligne sur l'ANEF",
    );
    expect(primaryLink().getAttribute('href')).toBe(TARGETS['T-ANEF']);
    // What the table said is history: no link to act on.
    const history = shown.querySelector('[data-history]')!;
    expect(history.textContent).toContain('démarches simplifiées');
    expect(history.querySelector('a')).toBeNull();
    expect(shown.querySelector('[data-caveat="anef-help"]')).not.toBeNull();
    expect(shown.querySelector('[data-caveat="anef-attestation"]')).not.toBeNull();
    expect(shown.textContent).not.toContain('Votre récépissé se renouvelle');
  });
});

describe('what the outcome screen shows', () => {
  it('quotes the channel sentence and caveats verbatim, names its row and its checked-on date', () => {
    renderApp();
    journey([
      [...NANTERRE],
      ['need', 'first'],
      ['health', 'no'],
      ['entry', 'visa-d'],
      ['first-with-visa', 'asylum-concurrent'],
    ]);
    const shown = outcomeShown()!;
    expect(shown.textContent).toContain(
      'Dossier à déposer obligatoirement sur le nouveau téléservice « démarches simplifiées »',
    );
    expect(shown.querySelector('[data-caveat="asylum-convocation"]')).not.toBeNull();
    // The préfecture's own words are there, in French, collapsed under « Ce que dit la préfecture ».
    const quotes = shown.querySelector('details.quotes')!;
    expect(quotes.hasAttribute('open')).toBe(false);
    expect(quotes.querySelector('blockquote[lang="fr"]')).not.toBeNull();
    expect(quotes.textContent).toContain(
      'la Notice d’information remise par le bureau de l’asile est obligatoire le jour du RDV',
    );
    expect(shown.textContent).toContain('ligne R10');
    expect(shown.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shown.textContent).toContain('La prise de rendez-vous, quelque soit son mode, est GRATUITE.');
  });

  it('the first 10-year card asked with a one-year card keeps the renewal channel and says to ask inside the renewal', () => {
    renderApp();
    journey([
      [...NANTERRE],
      ['need', 'ten-year'],
      ['ten-year-current', 'one-year'],
      ['health', 'no'],
      ['renewal-card', 'family'],
    ]);
    const shown = outcomeShown()!;
    expect(shown.dataset.outcome).toBe('renew-family');
    expect(shown.querySelector('[data-caveat="ten-year-one-year"]')).not.toBeNull();
    expect(shown.querySelector('[data-rows]')?.getAttribute('data-rows')).toBe('R19 R21');
    expect(shown.querySelector('[data-status]')?.getAttribute('data-status')).toBe('inferred');
  });

  it('an email outcome for a resident of Sèvres keeps the address and asks to check it', () => {
    renderApp();
    journey([
      ['commune', 'sevres'],
      ['need', 'aes'],
      ['aes-kind', 'question'],
    ]);
    const shown = outcomeShown()!;
    expect(shown.dataset.outcome).toBe('aes-question');
    expect(primaryLink().getAttribute('href')).toBe(
      'mailto:pref-admission-exceptionnelle-au-sejour@hauts-de-seine.gouv.fr',
    );
    expect(shown.querySelector('[data-caveat="subpref-check"]')).not.toBeNull();
  });

  it('a route that is our reading says so', () => {
    renderApp();
    journey([[...NANTERRE], ['need', 'change-status'], ['health', 'no'], ['change-target', 'family']]);
    expect(outcomeShown()!.querySelector('[data-status]')?.getAttribute('data-status')).toBe('inferred');
    expect(outcomeShown()!.textContent).toContain("c'est notre lecture");
  });
});

describe('moving around', () => {
  it('each step moves focus to the question, the h1, once it is shown', async () => {
    renderApp();
    start();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(document.activeElement?.textContent).toBe('Dans quelle commune habitez-vous ?');
    answer('commune', 'nanterre');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Que souhaitez-vous faire ?'));
  });

  it('the page title names the step, once it is shown', async () => {
    renderApp();
    start();
    await waitFor(() => expect(document.title).toMatch(/^Dans quelle commune habitez-vous \? . /));
    answer(...NANTERRE);
    await waitFor(() => expect(document.title).toMatch(/^Que souhaitez-vous faire \? . /));
    answer('need', 'follow-up');
    expect(outcomeShown()).not.toBeNull();
    await waitFor(() => expect(document.title).not.toMatch(/^Que souhaitez-vous faire/));
    expect(document.title).toContain(document.querySelector('.outcome .eyebrow')!.textContent);
    // An outcome's title says it is the answer, not another question (RGAA 8.6).
    expect(document.title).toMatch(/^Réponse : /);
  });

  it('the page title is the question as its heading asks it (the one-year card in the ten-year branch)', async () => {
    renderApp();
    journey([[...NANTERRE], ['need', 'ten-year'], ['ten-year-current', 'one-year'], ['health', 'no']]);
    expect(questionShown()).toBe('renewal-card');
    const heading = document.querySelector('[data-question="renewal-card"] h1')!.textContent;
    await waitFor(() => expect(document.title.startsWith(`${heading} `)).toBe(true));
  });

  it('one step in the DOM at a time: the next question replaces the current one', () => {
    renderApp();
    journey([[...NANTERRE]]);
    fireEvent.click(document.querySelector('[data-question="need"] [data-answer="renewal"]')!);
    expect(document.querySelectorAll('form, article')).toHaveLength(1);
    fireEvent.click(document.querySelector('[data-question="need"] button[type="submit"]')!);
    expect(questionShown()).toBe('health');
    expect(document.querySelectorAll('[data-question]')).toHaveLength(1);
  });

  it('a choice or an error on one question never shows on the next', () => {
    renderApp();
    journey([[...NANTERRE]]);
    answerNothing('need');
    expect(screen.getByRole('alert').textContent).toContain('Choisissez une réponse');
    answer('need', 'first');
    expect(questionShown()).toBe('health');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelectorAll('[data-question="health"] input:checked')).toHaveLength(0);
  });

  it('back returns to the previous question with its answer still selected', () => {
    renderApp();
    journey([[...NANTERRE], ['need', 'renewal']]);
    expect(questionShown()).toBe('health');
    goBack();
    expect(questionShown()).toBe('need');
    expect(document.querySelector<HTMLInputElement>('[data-answer="renewal"]')!.checked).toBe(true);
    goBack();
    expect(questionShown()).toBe('commune');
  });

  it('continuing without choosing says what to do and stays on the question', () => {
    renderApp();
    start();
    answerNothing('commune');
    expect(questionShown()).toBe('commune');
    expect(screen.getByRole('alert').textContent).toContain('Choisissez votre commune');
  });

  it('typing a commune name is enough to answer, accents and case aside', async () => {
    renderApp();
    start();
    fireEvent.change(screen.getByLabelText('Tapez le nom ou le code postal de votre commune'), {
      target: { value: 'chatenay malabry' },
    });
    expect(screen.getByRole('status').textContent).toBe('1 commune correspond.');
    answerNothing('commune');
    expect(questionShown()).toBe('need');
    await waitFor(() => expect(window.location.hash).toContain('commune=chatenay-malabry'));
  });

  it('typing a postal code is enough too', () => {
    renderApp();
    start();
    fireEvent.change(screen.getByLabelText('Tapez le nom ou le code postal de votre commune'), {
      target: { value: '92160' },
    });
    expect(screen.getByRole('status').textContent).toBe('1 commune correspond.');
    expect(document.querySelector('[data-answer="nanterre"]')!.closest<HTMLElement>('.choice')!.hidden).toBe(
      true,
    );
    answerNothing('commune');
    expect(questionShown()).toBe('need');
    expect(window.location.hash).toContain('commune=antony');
  });

  it('changing an earlier answer keeps the later answers that still apply and drops the rest', async () => {
    renderApp();
    journey([[...NANTERRE], ['need', 'renewal'], ['health', 'no'], ['renewal-card', 'visitor']]);
    expect(outcomeShown()?.dataset.outcome).toBe('renew-visitor');
    // From the summary: change "need" to a change of status. Health still applies; the card does not.
    const summary = screen.getByRole('region', { name: 'Vos réponses' });
    fireEvent.click(within(summary).getByRole('button', { name: /Que souhaitez-vous faire/ }));
    expect(questionShown()).toBe('need');
    answer('need', 'change-status');
    expect(questionShown()).toBe('change-target');
    await waitFor(() => expect(window.location.hash).toBe('#commune=nanterre&need=change-status&health=no'));
    answer('change-target', 'visitor');
    expect(outcomeShown()?.dataset.outcome).toBe('renew-visitor');
    await waitFor(() =>
      expect(window.location.hash).toBe(
        '#commune=nanterre&need=change-status&health=no&change-target=visitor',
      ),
    );
  });

  it('changing the commune from the summary goes straight back to the new outcome', () => {
    renderApp();
    journey([[...NANTERRE], ['need', 'other'], ['other-kind', 'duplicate']]);
    const summary = screen.getByRole('region', { name: 'Vos réponses' });
    fireEvent.click(within(summary).getByRole('button', { name: /commune/ }));
    answer('commune', 'meudon');
    expect(outcomeShown()?.dataset.outcome).toBe('sub-prefecture');
    expect(outcomeShown()?.dataset.subprefecture).toBe('boulogne-billancourt');
  });

  it('restart forgets every answer', async () => {
    renderApp();
    journey([[...NANTERRE], ['need', 'follow-up']]);
    fireEvent.click(screen.getByRole('button', { name: 'Recommencer' }));
    expect(questionShown()).toBe('commune');
    expect(document.querySelector<HTMLInputElement>('[data-answer="nanterre"]')!.checked).toBe(false);
    await waitFor(() => expect(window.location.hash).toBe('#commune='));
  });
});

describe('the URL fragment', () => {
  it('reloading from a fragment shows the exact step', () => {
    renderApp('#commune=antony&need=renewal&health=no');
    expect(questionShown()).toBe('renewal-card');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a shared link to an outcome shows the outcome', () => {
    renderApp('#commune=nanterre&need=other&other-kind=receipt&receipt-window=expired');
    expect(outcomeShown()?.dataset.outcome).toBe('not-covered');
    expect(outcomeShown()?.querySelector('[data-caveat="not-covered-N4"]')).not.toBeNull();
  });

  it('a tampered fragment is pruned, the person is told in one line, and the valid answers are kept', () => {
    renderApp('#commune=nanterre&need=hack%3Cscript%3E&evil=1&health=no');
    expect(questionShown()).toBe('need');
    expect(screen.getByRole('status').textContent).toContain('2 réponses du lien');
    answer('need', 'renewal');
    // The health answer from the link still applied, so it was kept and is pre-selected.
    expect(questionShown()).toBe('health');
    expect(document.querySelector<HTMLInputElement>('[data-answer="no"]')!.checked).toBe(true);
  });

  it('answers that no longer apply after the outcome are dropped from the link', () => {
    renderApp('#commune=nanterre&need=follow-up&health=no');
    expect(outcomeShown()?.dataset.outcome).toBe('follow-up');
    expect(window.location.hash).toBe('#commune=nanterre&need=follow-up');
    expect(document.querySelector('[data-notice="pruned"]')!.textContent).toContain('Une réponse du lien');
  });

  it('an empty or unknown fragment never shows a blank page', () => {
    renderApp('#%E0%A4%A');
    expect(document.querySelector('h1')?.textContent).toBeTruthy();
  });
});

function answerNothing(question: string) {
  const form = document.querySelector(`[data-question="${question}"]`)!;
  fireEvent.click(form.querySelector('button[type="submit"]')!);
}

describe('pointers where people misanswer', () => {
  it('a non-Algerian salarié who holds a VLS-TS is pointed to the renewal, in one tap', () => {
    renderApp('#commune=nanterre&need=first&health=no&entry=visa-d&first-with-visa=worker&algerian=no');
    const pointer = outcomeShown()!.querySelector('[data-pointer="vls-ts-worker"]')!;
    expect(pointer.textContent).toContain('VLS-TS');
    fireEvent.click(within(pointer as HTMLElement).getByRole('button'));
    expect(outcomeShown()?.dataset.outcome).toBe('renew-worker');
  });

  it('"je ne sais pas" says where to look, and leads back to the question', () => {
    renderApp('#commune=nanterre&need=renewal&health=no&renewal-card=dont-know');
    const shown = outcomeShown()!;
    expect(shown.dataset.outcome).toBe('unsure');
    expect(shown.querySelector('[data-caveat="unsure-renewal-card"]')!.textContent).toContain(
      'imprimée sur votre carte',
    );
    fireEvent.click(
      within(shown.querySelector('[data-pointer="answer-again"]') as HTMLElement).getByRole('button'),
    );
    expect(questionShown()).toBe('renewal-card');
  });
});

describe('what must be read before the link', () => {
  it('a récépissé ending in more than 10 days says to come back later, before the link', () => {
    renderApp('#commune=nanterre&need=other&other-kind=receipt&receipt-window=more-than-10-days');
    const shown = outcomeShown()!;
    const warning = shown.querySelector('[data-caveat="receipt-too-early"]')!;
    const link = shown.querySelector('a[data-primary]')!;
    expect(warning.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
