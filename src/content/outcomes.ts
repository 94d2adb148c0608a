// What each outcome is: its source rows, channel, links, the request in the document's own words
// (verbatim), its caveats and its status. What it says lives in locales/ under `outcome.<id>`.
// Routing (which answers lead here) lives in machines/wizard.ts, never here.
import type { CaveatId } from './caveats';
import type { ChannelId } from './channels';
import type { TargetId } from './targets';

export type Status = 'explicit' | 'inferred' | 'external' | 'not-covered';

export interface Outcome {
  /** Row ids of ../shared/source-rows.md (R01–R46); empty for outcomes that come from no row. */
  rows: readonly string[];
  channel: ChannelId;
  /** Primary link; defaults to the channel's. */
  target?: TargetId;
  /** The request in the document's wording, verbatim. */
  request?: string;
  /** This row's own sentence for the channel, when it differs from the channel's. */
  channelQuote?: string;
  caveats: readonly CaveatId[];
  /** Status of the route when nothing else is said; routes listed in `inferredVia` are `inferred`. */
  status: Status;
  /** `question=answer` of the last answer of routes that are our reading, not the document's words. */
  inferredVia?: readonly string[];
  /** Notices beyond the channel's (decision-table.md §2: G3 on ten-year-post). */
  infoDeskClosed?: true;
  /** The date this content was last checked, ISO 8601. */
  checkedOn: string;
}

/** The day the whole table was checked, row by row, against the préfecture's document. */
const CHECKED = '2026-11-26';

const DS = 'demarches-simplifiees';

export const OUTCOMES = {
  'follow-up': {
    rows: ['R01'],
    channel: 'contact-form',
    request: 'Pour une demande d’information relative à l’état d’avancement de votre dossier',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  health: {
    rows: ['R02'],
    channel: 'antony',
    request: 'Les demandes de titre de séjour « étrangers malades »',
    caveats: ['health-modalities', 'health-not-nanterre', 'health-precedence'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'aes-file': {
    rows: ['R03'],
    channel: 'appointment',
    target: 'T-NANTERRE',
    request: 'Pour l’admission exceptionnelle au séjour',
    caveats: ['aes-new-slots'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'aes-question': {
    rows: ['R04'],
    channel: 'email',
    target: 'T-MAIL-AES',
    request: 'Pour toute question sur une clôture de dossier ou un renouvellement de document',
    channelQuote: 'vous pouvez envoyer un message à',
    caveats: ['aes-question-only', 'aes-renewal-pointer'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  judgment: {
    rows: ['R05'],
    channel: 'post',
    target: 'T-RDV',
    request: 'Pour l’exécution d’un jugement',
    channelQuote: 'formulaire à télécharger et à adresser uniquement par voie postale',
    caveats: ['judgment-scope', 'judgment-entry', 'judgment-no-address', 'judgment-no-visit'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-family': {
    rows: ['R06'],
    channel: DS,
    request: 'Carte de séjour « vie privée et familiale »',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-family-reunification': {
    rows: ['R07'],
    channel: DS,
    request: 'Carte de séjour pour bénéficiaire du regroupement familial',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-protection': {
    rows: ['R08'],
    channel: DS,
    request:
      'Carte de séjour en qualité de « réfugié reconnu par l’OFPRA » - « protégé subsidiaire » - « apatride » ou leur famille',
    caveats: ['cnda-inferred'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-visitor': {
    rows: ['R09'],
    channel: DS,
    request: 'Carte de séjour « visiteur »',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'asylum-concurrent': {
    rows: ['R10'],
    channel: DS,
    request: 'Demande concomitante asile/séjour',
    caveats: ['asylum-convocation', 'asylum-two-steps'],
    status: 'explicit',
    inferredVia: ['first-without-visa=asylum-concurrent'],
    checkedOn: CHECKED,
  },
  'first-algerian-worker': {
    rows: ['R11'],
    channel: 'email',
    target: 'T-MAIL-ALG',
    request: 'Certificat de résidence algérien « salarié » ou « travailleur temporaire »',
    channelQuote: 'Rendez-vous à prendre uniquement sur',
    caveats: ['algerian-worker-only', 'pieces', 'algerian-temporary-worker'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-student': {
    rows: ['R12'],
    channel: 'anef',
    request: 'Etudiant',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-talent': {
    rows: ['R13'],
    channel: DS,
    request: 'Carte de séjour « passeport talent » - « salarié détaché ICT » (et leur famille)',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-service-provider': {
    rows: ['R14'],
    channel: DS,
    request: 'Carte de séjour « prestataire de service communautaire »',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-entrepreneur': {
    rows: ['R15'],
    channel: DS,
    request: 'Carte de séjour « entrepreneur / profession libérale »',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-french-family': {
    rows: ['R16'],
    channel: DS,
    request:
      'Carte de séjour mention «vie privée et familiale » en qualité de parent d’enfant français et de conjoint de français (marié(e) légalement ou pacsé(e) avec un français',
    caveats: ['and-means-or'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-algerian-dependent': {
    rows: ['R17'],
    channel: DS,
    request: 'Carte de séjour en qualité de « ascendant ou descendant à charge de français »',
    caveats: ['algerians-only'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'first-eu': {
    rows: ['R18'],
    channel: DS,
    request: 'Carte de séjour « citoyen de l’UE et famille d’un citoyen de l’UE »',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'ten-year-post': {
    rows: ['R20'],
    channel: 'post',
    target: 'T-PIECES',
    request: '1ère Carte de 10 ans',
    channelQuote: 'par voie postale, si vous avez une carte pluriannuelle',
    caveats: ['pieces', 'ten-year-post-no-address'],
    status: 'explicit',
    infoDeskClosed: true,
    checkedOn: CHECKED,
  },
  'renew-family': {
    rows: ['R21'],
    channel: DS,
    request: 'Carte de séjour « vie privée et familiale »',
    caveats: [],
    status: 'explicit',
    inferredVia: ['change-target=family'],
    checkedOn: CHECKED,
  },
  'renew-family-reunification': {
    rows: ['R22'],
    channel: DS,
    request: 'Carte de séjour pour bénéficiaire du regroupement familial',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'renew-protection': {
    rows: ['R23'],
    channel: DS,
    request: 'Carte de séjour en qualité de « protégé subsidiaire » - « apatride » ou leur famille',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'renew-visitor': {
    rows: ['R24'],
    channel: DS,
    request: 'Carte de séjour « visiteur »',
    caveats: [],
    status: 'explicit',
    inferredVia: ['change-target=visitor'],
    checkedOn: CHECKED,
  },
  'renew-french-family': {
    rows: ['R25'],
    channel: DS,
    request:
      'Carte de séjour «vie privée et familiale » en qualité de parent d’enfant français et de conjoint de français (marié(e) ou pacsé(e) avec un français) hors carte de 10 ans',
    caveats: ['not-ten-year-card', 'and-means-or'],
    status: 'explicit',
    inferredVia: ['change-target=french-family'],
    checkedOn: CHECKED,
  },
  'renew-eu': {
    rows: ['R26'],
    channel: DS,
    request: 'Carte de séjour « citoyen de l’UE » et leur famille',
    caveats: [],
    status: 'explicit',
    inferredVia: ['change-target=eu'],
    checkedOn: CHECKED,
  },
  'renew-au-pair-trainee': {
    rows: ['R27'],
    channel: 'appointment',
    request: 'Carte de séjour « jeune au pair » - « stagiaire »',
    caveats: [],
    status: 'explicit',
    inferredVia: ['change-target=au-pair-trainee'],
    checkedOn: CHECKED,
  },
  'aps-bilateral': {
    rows: ['R28'],
    channel: 'appointment',
    request:
      'Autorisation provisoire de séjour (uniquement pour les étudiants en recherche d’emploi ou en création d’entreprise – accords bilatéraux)',
    caveats: ['aps-bilateral-only'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'change-to-worker': {
    rows: ['R29'],
    channel: 'appointment',
    request:
      'Demande de changement de statut vers une Carte de séjour « salarié » ou « travailleur temporaire »',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'renew-worker': {
    rows: ['R30'],
    channel: 'appointment',
    request: 'Demande de renouvellement d’une carte de séjour « salarié » ou « travailleur temporaire »',
    caveats: ['algerian-renewal-inferred'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'renew-student': {
    rows: ['R31'],
    channel: 'anef',
    request: 'Etudiant',
    caveats: [],
    status: 'explicit',
    inferredVia: ['change-target=student'],
    checkedOn: CHECKED,
  },
  'renew-talent': {
    rows: ['R32'],
    channel: DS,
    request: 'Carte de séjour « passeport talent » « salarié détaché ICT » (et leur famille)',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'renew-service-provider': {
    rows: ['R33'],
    channel: DS,
    request: 'Carte de séjour « prestataire de service communautaire »',
    caveats: [],
    status: 'explicit',
    inferredVia: ['change-target=service-provider'],
    checkedOn: CHECKED,
  },
  'renew-entrepreneur': {
    rows: ['R34'],
    channel: DS,
    request: 'Carte de séjour « entrepreneur / profession libérale »',
    caveats: [],
    status: 'explicit',
    inferredVia: ['change-target=entrepreneur'],
    checkedOn: CHECKED,
  },
  'renew-ten-year': {
    rows: ['R35'],
    channel: DS,
    request: 'Carte de 10 ans – Toutes cartes de 10 ans confondues (renouvellement uniquement)',
    caveats: ['all-ten-year-cards', 'refugee-ten-year'],
    status: 'explicit',
    inferredVia: ['renewal-card=refugee'],
    checkedOn: CHECKED,
  },
  'change-to-talent': {
    rows: ['R36'],
    channel: DS,
    request: 'Demande de changement de statut vers un titre de séjour « Passeport Talent »',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  receipt: {
    rows: ['R37'],
    channel: DS,
    request: 'Renouvellement de récépissé (dans les 10 jours avant la fin de sa validité)',
    caveats: ['receipt-window', 'receipt-health-unsettled'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'receipt-too-early': {
    rows: ['R37'],
    channel: DS,
    request: 'Renouvellement de récépissé (dans les 10 jours avant la fin de sa validité)',
    caveats: ['receipt-too-early', 'receipt-window'],
    status: 'inferred',
    checkedOn: CHECKED,
  },
  duplicate: {
    rows: ['R38'],
    channel: DS,
    request: 'Demande d’un duplicata (suite à perte ou vol du titre de séjour)',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'address-or-civil-status': {
    rows: ['R39'],
    channel: DS,
    request: 'Demande de changement d’adresse ou de changement d’état civil',
    caveats: ['card-error-is-information'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  dcem: {
    rows: ['R40'],
    channel: DS,
    request: 'Demande d’un Document de circulation pour mineurs étrangers (DCEM)',
    caveats: [],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'collect-permit': {
    rows: ['R41'],
    channel: 'appointment',
    request:
      'Retrait du titre de séjour fabriqué (sur présentation d’un SMS ou d’un email) ou Retrait d’un « Titre de voyage »(TV)',
    caveats: ['collect-permit-entry', 'collect-sms'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'collect-dcem': {
    rows: ['R42'],
    channel: 'appointment',
    request: 'Retrait d’un document de circulation pour étranger mineur (DCEM)',
    caveats: ['collect-dcem-entry'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  fingerprints: {
    rows: ['R43'],
    channel: 'appointment',
    request: 'Demande d’une prise d’empreintes digitales (sur convocation de la préfecture)',
    caveats: ['fingerprints-convocation'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'driving-licence': {
    rows: ['R44'],
    channel: 'ants',
    request: 'Demande d’échange de permis de conduire étranger (délivré hors UE et EEE)',
    caveats: ['licence-info-only'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  information: {
    rows: ['R45'],
    channel: 'contact-form',
    request: 'Demande d’information générale ou de la rectification d’une erreur sur un titre de séjour',
    caveats: ['information-general', 'card-error-inferred'],
    status: 'explicit',
    checkedOn: CHECKED,
  },
  'aps-working-holiday': {
    rows: ['R46'],
    channel: 'contact-form',
    request: 'APS pour « visa vacance travail »',
    caveats: ['working-holiday-inferred'],
    status: 'inferred',
    checkedOn: CHECKED,
  },
  'other-prefecture': {
    rows: [],
    channel: 'other-prefecture',
    caveats: ['other-prefecture'],
    status: 'external',
    checkedOn: CHECKED,
  },
  'sub-prefecture': {
    rows: [],
    channel: 'sub-prefecture',
    caveats: ['subpref-rule'],
    status: 'external',
    checkedOn: CHECKED,
  },
  'not-covered': {
    rows: [],
    channel: 'not-covered',
    caveats: [],
    status: 'not-covered',
    checkedOn: CHECKED,
  },
} as const satisfies Record<string, Outcome>;

export type OutcomeId = keyof typeof OUTCOMES;

export const OUTCOME_IDS = Object.keys(OUTCOMES) as OutcomeId[];

/** The cases of ../shared/source-rows.md §5 that the wizard can reach. */
export const NOT_COVERED_CASES = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N9', 'N10'] as const;
export type NotCoveredCase = (typeof NOT_COVERED_CASES)[number];

/** Not-covered cases whose reason also points to the list of documents (decision-table.md §1). */
export const NOT_COVERED_WITH_PIECES: readonly NotCoveredCase[] = ['N1', 'N2', 'N4', 'N6', 'N9'];
