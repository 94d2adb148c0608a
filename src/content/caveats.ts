// Caveats: what to watch out for on an outcome. A caveat may quote the préfecture's document
// (`quote`, verbatim, shown in French in « Ce que dit la préfecture ») and may link to a target;
// what it says in plain words is the locale key `caveat.<id>` (results.json).
import type { Caveat } from './schema';

const PIECES = 'Pour les pièces à fournir voir sur';

export const CAVEATS = {
  'health-not-nanterre': { tone: 'warning' },
  'health-precedence': { tone: 'info' },
  'aes-anti-seller': { tone: 'warning', beforeAction: true },
  'aes-question-only': {
    quote: 'Pour toute question sur une clôture de dossier ou un renouvellement de document',
    tone: 'warning',
    beforeAction: true,
  },
  'aes-renewal-pointer': { tone: 'info' },
  'judgment-scope': { quote: '(demande de réexamen suite à une décision de justice)', tone: 'info' },
  'judgment-no-visit': { tone: 'warning' },
  'asylum-convocation': {
    quote:
      'Attention : Pour les demandes concomitantes asile/Séjour, vous serez convoqués par le bureau du séjour – la Notice d’information remise par le bureau de l’asile est obligatoire le jour du RDV',
    tone: 'warning',
  },
  'asylum-two-steps': { tone: 'info' },
  'algerian-worker-only': {
    quote: 'Attention, ne concerne que : Salariés algériens - Rendez-vous à prendre uniquement sur',
    tone: 'warning',
    beforeAction: true,
  },
  'algerian-temporary-worker': { tone: 'info' },
  'algerian-renewal-inferred': { tone: 'info' },
  'algerians-only': { quote: 'Uniquement pour les Algériens', tone: 'warning' },
  pieces: { quote: PIECES, link: 'T-PIECES', tone: 'info' },
  'cnda-inferred': { tone: 'info' },
  'and-means-or': { tone: 'info' },
  'ten-year-one-year': {
    quote:
      'Demande à faire au moment du dépôt du dossier de renouvellement de votre titre, si vous avez une carte d’un an',
    tone: 'warning',
    beforeAction: true,
  },
  'not-ten-year-card': { quote: 'hors carte de 10 ans', tone: 'info' },
  'aps-bilateral-only': {
    quote:
      '(uniquement pour les étudiants en recherche d’emploi ou en création d’entreprise – accords bilatéraux)',
    tone: 'warning',
    beforeAction: true,
  },
  'all-ten-year-cards': {
    quote: 'Toutes cartes de 10 ans confondues (renouvellement uniquement)',
    tone: 'info',
  },
  'refugee-ten-year': { tone: 'info' },
  'receipt-window': { quote: 'dans les 10 jours avant la fin de sa validité', tone: 'warning' },
  'receipt-too-early': { tone: 'warning', beforeAction: true },
  'receipt-health-unsettled': { tone: 'info' },
  'card-error-is-information': { tone: 'info' },
  'fingerprints-convocation': {
    quote: '(sur convocation de la préfecture)',
    tone: 'warning',
    beforeAction: true,
  },
  'card-error-inferred': { tone: 'info' },
  'working-holiday-inferred': { tone: 'info' },
  'eu-family-with-visa-inferred': { tone: 'info' },
  'subpref-rule': { link: 'T-FAQ-NANTERRE', tone: 'info' },
  'subpref-check': { link: 'T-CONTACT', tone: 'warning' },
  'other-prefecture': { tone: 'info' },
  // National rules since the table (decision-table.md §7): their words come from the record.
  'national-check': { link: 'T-ANEF', tone: 'warning', beforeAction: true },
  'national-leaves-out': { link: 'T-CONTACT', tone: 'info' },
  // A first 10-year card asked with a renewal (row R19) that a level A rule moved to ANEF: the
  // rule names the renewal, not always the 10-year card (national-rules.md §2, ten-year-post).
  'national-ten-year-unconfirmed': { link: 'T-CONTACT', tone: 'info' },
  'anef-help': { tone: 'info' },
  'anef-attestation': { tone: 'info' },
  'unsure-renewal-card': { tone: 'info', beforeAction: true },
  'unsure-entry': { tone: 'info', beforeAction: true },
  'not-covered-N1': { quote: 'Uniquement pour les algériens :', tone: 'warning', beforeAction: true },
  'not-covered-N2': { quote: 'Uniquement pour les Algériens', tone: 'warning', beforeAction: true },
  'not-covered-N3': { tone: 'info', beforeAction: true },
  'not-covered-N4': {
    quote: 'dans les 10 jours avant la fin de sa validité',
    tone: 'warning',
    beforeAction: true,
  },
  'not-covered-N5': { quote: 'délivré hors UE et EEE', tone: 'info', beforeAction: true },
  'not-covered-N6': { tone: 'info', beforeAction: true },
  'not-covered-N9': { tone: 'info', beforeAction: true },
  'not-covered-N10': { tone: 'info', beforeAction: true },
} as const satisfies Record<string, Caveat>;

export type CaveatId = keyof typeof CAVEATS;
