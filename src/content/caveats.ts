// Caveats: what to watch out for on an outcome. A caveat may quote the préfecture's document
// (`quote`, verbatim, always shown in French) and may link to a target; its explanation in plain
// words is the locale key `caveat.<id>`.
import type { TargetId } from './targets';

export interface Caveat {
  quote?: string;
  link?: TargetId;
  /** `warning` is shown with more weight: ignoring it costs the applicant a rejected request. */
  tone: 'warning' | 'info';
  /** Instructions that belong to the Nanterre channel (a page, an entry to click); dropped when the request goes to a sous-préfecture. */
  channelSpecific?: true;
  /** Shown before the link, in "what to do": without it the link would be misused. */
  beforeLink?: true;
}

const PIECES = 'Pour les pièces à fournir voir sur';

export const CAVEATS = {
  'health-modalities': { quote: '(Voir modalités de dépôt sur le site Internet)', tone: 'info' },
  'health-not-nanterre': { tone: 'warning' },
  'health-precedence': { tone: 'info' },
  'aes-new-slots': {
    quote: 'de nouveaux rendez-vous pour le dépôt des dossiers AES sont mis en ligne régulièrement',
    tone: 'info',
    channelSpecific: true,
  },
  'aes-question-only': {
    quote: 'Pour toute question sur une clôture de dossier ou un renouvellement de document',
    tone: 'warning',
  },
  'aes-renewal-pointer': { tone: 'info' },
  'judgment-scope': {
    quote: '(demande de réexamen suite à une décision de justice)',
    tone: 'info',
  },
  'judgment-entry': {
    quote: "Pour une demande de rendez-vous pour l'exécution d'un jugement administratif",
    link: 'T-RDV',
    tone: 'info',
    channelSpecific: true,
  },
  'judgment-no-address': { tone: 'warning' },
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
  },
  'ten-year-post-no-address': { link: 'T-CONTACT', tone: 'warning' },
  'not-ten-year-card': { quote: 'hors carte de 10 ans', tone: 'info' },
  'aps-bilateral-only': {
    quote:
      '(uniquement pour les étudiants en recherche d’emploi ou en création d’entreprise – accords bilatéraux)',
    tone: 'warning',
  },
  'all-ten-year-cards': {
    quote: 'Toutes cartes de 10 ans confondues (renouvellement uniquement)',
    tone: 'info',
  },
  'refugee-ten-year': { tone: 'info' },
  'receipt-window': { quote: 'dans les 10 jours avant la fin de sa validité', tone: 'warning' },
  'receipt-too-early': { tone: 'warning', beforeLink: true },
  'receipt-health-unsettled': { tone: 'info' },
  'card-error-is-information': { tone: 'info' },
  'collect-permit-entry': {
    quote: "Remise d'un titre de séjour ou d'un titre de voyage",
    link: 'T-RDV',
    tone: 'info',
    channelSpecific: true,
  },
  'collect-sms': { quote: 'sur présentation d’un SMS ou d’un email', tone: 'warning' },
  'collect-dcem-entry': {
    quote: "Remise d'un document de circulation pour étranger mineur (DCEM)",
    link: 'T-RDV',
    tone: 'info',
    channelSpecific: true,
  },
  'fingerprints-convocation': {
    quote: '(sur convocation de la préfecture)',
    tone: 'warning',
  },
  'licence-info-only': { link: 'T-SP', tone: 'info' },
  'information-general': {
    quote:
      'Pour une demande d’information générale, veuillez adresser votre demande via le formulaire « contact »',
    tone: 'info',
  },
  'card-error-inferred': { tone: 'info' },
  'working-holiday-inferred': { tone: 'info' },
  'subpref-rule': { link: 'T-FAQ-NANTERRE', tone: 'info' },
  'subpref-check': { link: 'T-CONTACT', tone: 'warning' },
  'other-prefecture': { tone: 'info' },
  'not-covered-N1': {
    quote: 'Uniquement pour les algériens :',
    tone: 'warning',
    beforeLink: true,
  },
  'not-covered-N2': { quote: 'Uniquement pour les Algériens', tone: 'warning', beforeLink: true },
  'not-covered-N3': { tone: 'info', beforeLink: true },
  'not-covered-N4': {
    quote: 'dans les 10 jours avant la fin de sa validité',
    tone: 'warning',
    beforeLink: true,
  },
  'not-covered-N5': { quote: 'délivré hors UE et EEE', tone: 'info', beforeLink: true },
  'not-covered-N6': { tone: 'info', beforeLink: true },
  'not-covered-N9': { tone: 'info', beforeLink: true },
  'not-covered-N10': { tone: 'info', beforeLink: true },
} as const satisfies Record<string, Caveat>;

export type CaveatId = keyof typeof CAVEATS;
