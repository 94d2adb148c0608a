/** The text sizes of the A / A+ / A++ buttons, as a factor of the kiosk's (already large) text. */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
export type TextScale = (typeof TEXT_SCALES)[number];
