// The channels of decision-table.md §1: what the person does, the document's own sentence for it
// (verbatim, shown in « Ce que dit la préfecture »), its usual action and steps, and which general
// notices apply (§2). Outcomes may name their own action, steps or sentence (outcomes.ts).
import type { ActionId } from './actions';
import type { CaveatId } from './caveats';
import type { StepId } from './steps';

export const CHANNEL_IDS = [
  'appointment',
  'demarches-simplifiees',
  'anef',
  'email',
  'post',
  'antony',
  'ants',
  'contact-form',
  'sub-prefecture',
  'other-prefecture',
  'not-covered',
] as const;

export type ChannelId = (typeof CHANNEL_IDS)[number];

export interface Channel {
  /** The document's sentence for this channel; outcomes may quote their own row instead. */
  quote?: string;
  /** The usual primary action; outcomes may name another. */
  action: ActionId;
  steps: readonly StepId[];
  /** Caveats every outcome whose primary action is this channel's carries. */
  caveats?: readonly CaveatId[];
  /** G1 (free, no sellers) and G2 (no walk-in), G3 (information desk closed), and "after lodging". */
  notices: { freeAndNoWalkIn: boolean; infoDeskClosed: boolean; afterLodging: boolean };
}

const ALL_NOTICES = { freeAndNoWalkIn: true, infoDeskClosed: false, afterLodging: true };

export const CHANNELS: Record<ChannelId, Channel> = {
  appointment: {
    quote: 'Uniquement par rendez-vous sur Internet',
    action: 'book-appointment',
    steps: ['open-rdv', 'choose-matching-appointment', 'book-slot', 'bring-documents'],
    notices: ALL_NOTICES,
  },
  'demarches-simplifiees': {
    quote: 'Dossier à déposer obligatoirement sur le nouveau téléservice « démarches simplifiées »',
    action: 'ds-form',
    steps: ['open-nanterre', 'choose-ds-form', 'send-whole-file', 'keep-deposit-proof'],
    notices: ALL_NOTICES,
  },
  anef: {
    quote:
      'Dossier à déposer obligatoirement sur le nouveau téléservice administration numérique des étrangers en France (ANEF)',
    action: 'anef',
    steps: ['anef-account', 'anef-choose', 'anef-upload', 'keep-deposit-proof'],
    // decision-table.md §7: the right to help, and no récépissé but an attestation.
    caveats: ['anef-help', 'anef-attestation'],
    notices: { freeAndNoWalkIn: false, infoDeskClosed: false, afterLodging: true },
  },
  email: {
    action: 'contact-form',
    steps: ['email-own-address'],
    notices: ALL_NOTICES,
  },
  post: {
    action: 'pieces-list',
    steps: ['prepare-pieces-list', 'send-by-post'],
    notices: ALL_NOTICES,
  },
  antony: {
    quote:
      'Les demandes de titre de séjour « étrangers malades » doivent être déposées auprès de la sous-préfecture d’Antony. (Voir modalités de dépôt sur le site Internet)',
    action: 'antony-modalities',
    steps: ['find-antony-modalities', 'follow-modalities'],
    notices: ALL_NOTICES,
  },
  ants: {
    quote: 'Depuis le 4 août 2020 la procédure est entièrement dématérialisée',
    action: 'ants',
    steps: ['ants-inform', 'ants-online'],
    notices: { freeAndNoWalkIn: false, infoDeskClosed: false, afterLodging: false },
  },
  'contact-form': {
    quote:
      'veuillez adresser votre demande via le formulaire « contact » disponible sur le site Internet de la préfecture',
    action: 'contact-form',
    steps: ['open-contact', 'explain-request', 'no-walk-in'],
    notices: { freeAndNoWalkIn: true, infoDeskClosed: true, afterLodging: false },
  },
  'sub-prefecture': {
    action: 'subprefecture-sites',
    steps: ['open-rdv-sites', 'choose-subprefecture', 'ask-contact-if-missing'],
    notices: { freeAndNoWalkIn: true, infoDeskClosed: false, afterLodging: false },
  },
  'other-prefecture': {
    action: 'find-prefecture',
    steps: ['find-your-prefecture'],
    notices: { freeAndNoWalkIn: false, infoDeskClosed: false, afterLodging: false },
  },
  'not-covered': {
    action: 'contact-form',
    steps: ['open-contact', 'explain-situation', 'no-walk-in'],
    notices: { freeAndNoWalkIn: true, infoDeskClosed: true, afterLodging: false },
  },
};

/** How a request sent to a sous-préfecture is made: the steps for its channel at Nanterre. */
export const SUBPREFECTURE_STEPS: Partial<Record<ChannelId, readonly StepId[]>> = {
  post: ['open-rdv-sites', 'choose-subprefecture', 'send-by-post', 'ask-contact-if-missing'],
};
