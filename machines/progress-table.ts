// Written by `npm run routes` (walkProgressTable in progress.ts): do not edit by hand.
// The most questions left from each question, per answer to `need` ("question|need").
export const QUESTIONS_LEFT: Readonly<Record<string, number>> = {
  'aes-kind|aes': 1,
  'algerian|first': 1,
  'change-target|change-status': 1,
  'commune|': 6,
  'entry|first': 3,
  'first-with-visa|first': 2,
  'first-without-visa|first': 2,
  'health|change-status': 2,
  'health|first': 4,
  'health|renewal': 2,
  'health|ten-year': 2,
  'licence-origin|other': 1,
  'need|': 5,
  'other-kind|other': 2,
  'receipt-window|other': 1,
  'renewal-card|renewal': 1,
  'renewal-card|ten-year': 1,
  'ten-year-current|ten-year': 3,
};
