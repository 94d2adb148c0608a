// Caveats: what to watch out for on an outcome. A caveat may quote the préfecture's document
// (`quote`, verbatim, shown in French in « Ce que dit la préfecture ») and may link to a target;
// what it says in plain words is the locale key `caveat.<id>` (results.json).
//
// The order of this list is the order an outcome shows its caveats in, those above the action
// (`beforeAction`) and those below alike: a national rule to check first, then what the person
// may not be covered by or may have answered unsure, the sous-préfecture's rule, the request's
// own caveats, checks before going, and the national portal's help last. Which caveats an outcome
// has is decided in src/screen/outcome.ts; where each goes is decided here.
import type { Caveat } from './schema-base';

const PIECES = 'Pour les pièces à fournir voir sur';

export const CAVEATS = {
  // National rules since the table (decision-table.md §7): the words of `national-check` and
  // `national-leaves-out` come from the rule's record.
  'national-check': { link: 'T-ANEF', tone: 'warning', beforeAction: true },
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
  'unsure-renewal-card': { tone: 'info', beforeAction: true },
  'unsure-entry': { tone: 'info', beforeAction: true },
  'subpref-rule': { link: 'T-FAQ-NANTERRE', tone: 'info' },
  'other-prefecture': { tone: 'info' },
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
  'algerians-only': { quote: 'Uniquement pour les Algériens', tone: 'warning' },
  'cnda-inferred': { tone: 'info' },
  'ten-year-one-year': {
    quote:
      'Demande à faire au moment du dépôt du dossier de renouvellement de votre titre, si vous avez une carte d’un an',
    tone: 'warning',
    beforeAction: true,
  },
  'algerian-renewal-inferred': { tone: 'info' },
  'not-ten-year-card': { quote: 'hors carte de 10 ans', tone: 'info' },
  'and-means-or': { tone: 'info' },
  pieces: { quote: PIECES, link: 'T-PIECES', tone: 'info' },
  'algerian-temporary-worker': { tone: 'info' },
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
  'subpref-check': { link: 'T-CONTACT', tone: 'warning' },
  'national-leaves-out': { link: 'T-CONTACT', tone: 'info' },
  // A first 10-year card asked with a renewal (row R19) that a level A rule moved to ANEF: the
  // rule names the renewal, not always the 10-year card (national-rules.md §2, ten-year-post).
  'national-ten-year-unconfirmed': { link: 'T-CONTACT', tone: 'info' },
  'anef-help': { tone: 'info' },
  'anef-attestation': { tone: 'info' },
} as const satisfies Record<string, Caveat>;

export type CaveatId = keyof typeof CAVEATS;

/** The caveats in the order outcomes show them (see above). */
export const CAVEAT_ORDER = Object.keys(CAVEATS) as CaveatId[];
