// The primary action of an outcome: the one thing to open (a page, an email address). Its button
// says what it opens: the locale key `action.<id>` names the page and, where the document gives
// it, the entry to choose there, so that heading, button and warning agree (issue 12).
import type { Action } from './schema-base';

export const ACTIONS = {
  'book-appointment': { target: 'T-RDV' },
  'aes-booking': { target: 'T-NANTERRE' },
  'ds-form': { target: 'T-NANTERRE' },
  anef: { target: 'T-ANEF' },
  'email-algerian-workers': { target: 'T-MAIL-ALG' },
  'email-aes': { target: 'T-MAIL-AES' },
  'judgment-form': { target: 'T-RDV' },
  'pieces-list': { target: 'T-PIECES' },
  'antony-modalities': { target: 'T-SITE' },
  ants: { target: 'T-ANTS' },
  'contact-form': { target: 'T-CONTACT' },
  'subprefecture-sites': { target: 'T-RDV' },
  'find-prefecture': { target: 'T-SP' },
} as const satisfies Record<string, Action>;

export type ActionId = keyof typeof ACTIONS;
