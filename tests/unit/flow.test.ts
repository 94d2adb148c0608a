// Per-question tables, as GOV.UK Smart Answers tests its flows: for each question, every answer
// and the node it leads to (the next question, or the outcome), forward with the answer and back
// with "Retour". The tables are written from decision-table.md §3–§4, not from machines/flow.ts.
// Routing context (earlier answers) is given where a question reads it.
import { describe, expect, it } from 'vitest';
import { ANSWERS, type QuestionId } from '../../machines/ids';
import { choicesAt } from '../../machines/flow';
import { currentStep, replay, step } from '../../machines/journey';

type Node = string; // `question.<id>`, `outcome.<id>`, `not-covered.<case>`

interface Table {
  /** The answers before this question (after the commune, Nanterre unless said). */
  before: Record<string, string>;
  next: Record<string, Node>;
}

const TABLES: Record<string, Table> = {
  commune: {
    before: {},
    next: { nanterre: 'question.need', antony: 'question.need', 'outside-92': 'outcome.other-prefecture' },
  },
  need: {
    before: {},
    next: {
      first: 'question.health',
      renewal: 'question.health',
      'change-status': 'question.health',
      'ten-year': 'question.ten-year-current',
      aes: 'question.aes-kind',
      judgment: 'outcome.judgment',
      other: 'question.other-kind',
      'follow-up': 'outcome.follow-up',
    },
  },
  'health (first)': { before: { need: 'first' }, next: { yes: 'outcome.health', no: 'question.entry' } },
  'health (renewal)': {
    before: { need: 'renewal' },
    next: { yes: 'outcome.health', no: 'question.renewal-card' },
  },
  'health (change)': {
    before: { need: 'change-status' },
    next: { yes: 'outcome.health', no: 'question.change-target' },
  },
  'health (ten-year)': {
    before: { need: 'ten-year', 'ten-year-current': 'one-year' },
    next: { yes: 'outcome.health', no: 'question.renewal-card' },
  },
  'ten-year-current': {
    before: { need: 'ten-year' },
    next: { 'one-year': 'question.health', 'multi-year': 'outcome.ten-year-post' },
  },
  entry: {
    before: { need: 'first', health: 'no' },
    next: {
      'visa-d': 'question.first-with-visa',
      ofpra: 'outcome.first-protection',
      none: 'question.first-without-visa',
      'dont-know': 'outcome.unsure',
    },
  },
  'first-with-visa': {
    before: { need: 'first', health: 'no', entry: 'visa-d' },
    next: {
      family: 'outcome.first-family',
      'family-reunification': 'outcome.first-family-reunification',
      protection: 'outcome.first-protection',
      visitor: 'outcome.first-visitor',
      'asylum-concurrent': 'outcome.asylum-concurrent',
      student: 'outcome.first-student',
      talent: 'outcome.first-talent',
      'service-provider': 'outcome.first-service-provider',
      entrepreneur: 'outcome.first-entrepreneur',
      worker: 'question.algerian',
      eu: 'outcome.first-eu',
      'working-holiday': 'outcome.aps-working-holiday',
      other: 'not-covered.N6',
    },
  },
  'first-without-visa': {
    before: { need: 'first', health: 'no', entry: 'none' },
    next: {
      'parent-of-french-child': 'outcome.first-french-family',
      'spouse-of-french': 'outcome.first-french-family',
      'dependent-of-french': 'question.algerian',
      eu: 'outcome.first-eu',
      'asylum-concurrent': 'outcome.asylum-concurrent',
      other: 'not-covered.N9',
    },
  },
  'algerian (worker)': {
    before: { need: 'first', health: 'no', entry: 'visa-d', 'first-with-visa': 'worker' },
    next: { yes: 'outcome.first-algerian-worker', no: 'not-covered.N1' },
  },
  'algerian (dependent)': {
    before: { need: 'first', health: 'no', entry: 'none', 'first-without-visa': 'dependent-of-french' },
    next: { yes: 'outcome.first-algerian-dependent', no: 'not-covered.N2' },
  },
  'renewal-card': {
    before: { need: 'renewal', health: 'no' },
    next: {
      family: 'outcome.renew-family',
      'family-reunification': 'outcome.renew-family-reunification',
      protection: 'outcome.renew-protection',
      refugee: 'outcome.renew-ten-year',
      visitor: 'outcome.renew-visitor',
      'french-family': 'outcome.renew-french-family',
      eu: 'outcome.renew-eu',
      'au-pair-trainee': 'outcome.renew-au-pair-trainee',
      'aps-bilateral': 'outcome.aps-bilateral',
      worker: 'outcome.renew-worker',
      student: 'outcome.renew-student',
      talent: 'outcome.renew-talent',
      'service-provider': 'outcome.renew-service-provider',
      entrepreneur: 'outcome.renew-entrepreneur',
      'ten-year': 'outcome.renew-ten-year',
      receipt: 'question.receipt-window',
      other: 'not-covered.N6',
      'dont-know': 'outcome.unsure',
    },
  },
  'renewal-card (ten-year branch)': {
    before: { need: 'ten-year', 'ten-year-current': 'one-year', health: 'no' },
    next: {
      family: 'outcome.renew-family',
      'family-reunification': 'outcome.renew-family-reunification',
      protection: 'outcome.renew-protection',
      visitor: 'outcome.renew-visitor',
      'french-family': 'outcome.renew-french-family',
      eu: 'outcome.renew-eu',
      'au-pair-trainee': 'outcome.renew-au-pair-trainee',
      worker: 'outcome.renew-worker',
      student: 'outcome.renew-student',
      talent: 'outcome.renew-talent',
      'service-provider': 'outcome.renew-service-provider',
      entrepreneur: 'outcome.renew-entrepreneur',
      other: 'not-covered.N6',
      'dont-know': 'outcome.unsure',
    },
  },
  'change-target': {
    before: { need: 'change-status', health: 'no' },
    next: {
      worker: 'outcome.change-to-worker',
      talent: 'outcome.change-to-talent',
      'aps-bilateral': 'outcome.aps-bilateral',
      family: 'outcome.renew-family',
      'french-family': 'outcome.renew-french-family',
      visitor: 'outcome.renew-visitor',
      eu: 'outcome.renew-eu',
      student: 'outcome.renew-student',
      'service-provider': 'outcome.renew-service-provider',
      entrepreneur: 'outcome.renew-entrepreneur',
      'au-pair-trainee': 'outcome.renew-au-pair-trainee',
      other: 'not-covered.N6',
    },
  },
  'aes-kind': {
    before: { need: 'aes' },
    next: { 'new-file': 'outcome.aes-file', question: 'outcome.aes-question' },
  },
  'other-kind': {
    before: { need: 'other' },
    next: {
      receipt: 'question.receipt-window',
      duplicate: 'outcome.duplicate',
      'address-or-civil-status': 'outcome.address-or-civil-status',
      dcem: 'outcome.dcem',
      'collect-permit': 'outcome.collect-permit',
      'collect-dcem': 'outcome.collect-dcem',
      fingerprints: 'outcome.fingerprints',
      'driving-licence': 'question.licence-origin',
      information: 'outcome.information',
      'aps-working-holiday': 'outcome.aps-working-holiday',
      'travel-document': 'not-covered.N3',
      other: 'not-covered.N10',
    },
  },
  'receipt-window': {
    before: { need: 'other', 'other-kind': 'receipt' },
    next: {
      'within-10-days': 'outcome.receipt',
      'more-than-10-days': 'outcome.receipt-too-early',
      expired: 'not-covered.N4',
    },
  },
  'licence-origin': {
    before: { need: 'other', 'other-kind': 'driving-licence' },
    next: { 'outside-eu': 'outcome.driving-licence', eu: 'not-covered.N5' },
  },
};

/** The journey after these answers: the commune question itself, or Nanterre then `before`. */
function at(question: QuestionId, before: Record<string, string>) {
  const answers = question === 'commune' ? {} : { commune: 'nanterre', ...before };
  return replay(answers, { started: true }).snapshot;
}

function nodeOf(snapshot: ReturnType<typeof at>): Node {
  const here = currentStep(snapshot);
  if (here.kind === 'question') return `question.${here.question}`;
  if (here.kind === 'outcome') {
    const { notCovered } = snapshot.context.resolution!;
    return notCovered ? `not-covered.${notCovered}` : `outcome.${here.outcome}`;
  }
  return 'start';
}

describe.each(Object.entries(TABLES))('%s', (name, table) => {
  const question = name.split(' ')[0] as QuestionId;
  const from = at(question, table.before);

  it('is asked after these answers', () => {
    expect(nodeOf(from)).toBe(`question.${question}`);
  });

  it('offers exactly the answers of its table, in order', () => {
    const offered =
      question === 'commune' ? ['nanterre', 'antony', 'outside-92'] : choicesAt(from.context, question);
    const expected = Object.keys(table.next);
    if (question === 'commune') expect(ANSWERS.commune).toEqual(expect.arrayContaining(expected));
    else expect([...offered]).toEqual(expected);
  });

  it.each(Object.entries(table.next))('%s → %s, and "Retour" comes back here', (answer, node) => {
    const next = step(from, { type: 'ANSWER', answer });
    expect(nodeOf(next)).toBe(node);
    expect(nodeOf(step(next, { type: 'BACK' }))).toBe(`question.${question}`);
  });
});

it('covers every question of the guide', () => {
  const covered = new Set(Object.keys(TABLES).map((name) => name.split(' ')[0]));
  expect([...covered].sort()).toEqual(Object.keys(ANSWERS).sort());
});
