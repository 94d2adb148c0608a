// The channels of decision-table.md §1: what the person does, and the document's own sentence
// for it (verbatim, shown as a quotation before anything else on the outcome).
import type { TargetId } from './targets';

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
  /** The channel's usual primary link; outcomes may name another. */
  target?: TargetId;
  /** Which general notices apply (decision-table.md §2). */
  notices: { freeAndNoWalkIn: boolean; infoDeskClosed: boolean; whileYouWait: boolean };
}

export const CHANNELS: Record<ChannelId, Channel> = {
  appointment: {
    quote: 'Uniquement par rendez-vous sur Internet',
    target: 'T-RDV',
    notices: { freeAndNoWalkIn: true, infoDeskClosed: false, whileYouWait: true },
  },
  'demarches-simplifiees': {
    quote: 'Dossier à déposer obligatoirement sur le nouveau téléservice « démarches simplifiées »',
    target: 'T-NANTERRE',
    notices: { freeAndNoWalkIn: true, infoDeskClosed: false, whileYouWait: true },
  },
  anef: {
    quote:
      'Dossier à déposer obligatoirement sur le nouveau téléservice administration numérique des étrangers en France (ANEF)',
    target: 'T-ANEF',
    notices: { freeAndNoWalkIn: false, infoDeskClosed: false, whileYouWait: true },
  },
  email: {
    notices: { freeAndNoWalkIn: true, infoDeskClosed: false, whileYouWait: true },
  },
  post: {
    notices: { freeAndNoWalkIn: true, infoDeskClosed: false, whileYouWait: true },
  },
  antony: {
    quote:
      'Les demandes de titre de séjour « étrangers malades » doivent être déposées auprès de la sous-préfecture d’Antony.',
    target: 'T-SITE',
    notices: { freeAndNoWalkIn: true, infoDeskClosed: false, whileYouWait: true },
  },
  ants: {
    quote: 'Depuis le 4 août 2020 la procédure est entièrement dématérialisée',
    target: 'T-ANTS',
    notices: { freeAndNoWalkIn: false, infoDeskClosed: false, whileYouWait: false },
  },
  'contact-form': {
    quote:
      'veuillez adresser votre demande via le formulaire « contact » disponible sur le site Internet de la préfecture',
    target: 'T-CONTACT',
    notices: { freeAndNoWalkIn: true, infoDeskClosed: true, whileYouWait: false },
  },
  'sub-prefecture': {
    target: 'T-SITE',
    notices: { freeAndNoWalkIn: true, infoDeskClosed: false, whileYouWait: false },
  },
  'other-prefecture': {
    target: 'T-SP',
    notices: { freeAndNoWalkIn: false, infoDeskClosed: false, whileYouWait: false },
  },
  'not-covered': {
    target: 'T-CONTACT',
    notices: { freeAndNoWalkIn: true, infoDeskClosed: true, whileYouWait: false },
  },
};

/** Channels run by the Nanterre service, which residents of the other arrondissements do not use (precedence 3). */
export const NANTERRE_SERVICE_CHANNELS: readonly ChannelId[] = [
  'appointment',
  'demarches-simplifiees',
  'post',
];
