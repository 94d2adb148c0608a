import { contrastRatio, darken } from './contrast';

/**
 * Every background the accent colour is used on as text or link colour (src/styles.css custom
 * properties of the same names; tests/unit/params.test.ts keeps them equal), and white, the text
 * colour on accent buttons. An accent is accepted only if it reads at 4.5:1 on each (RGAA 3.2).
 */
export const ACCENT_BACKGROUNDS = {
  white: '#ffffff',
  surface: '#f5f6f8',
  'warning-bg': '#fff4e0',
  selected: '#eef3fa',
} as const;

/** The lowest contrast of an accent colour against every background it is used on. */
export function accentContrast(accent: string): number {
  return Math.min(
    ...Object.values(ACCENT_BACKGROUNDS).map((background) => contrastRatio(accent, background)),
  );
}

/**
 * Applies a validated accent colour through the CSSOM (never as CSS text, which the CSP would
 * refuse and which could carry injected rules).
 */
export function applyAccent(accent: string | undefined) {
  const style = document.documentElement.style;
  if (!accent) {
    style.removeProperty('--accent');
    style.removeProperty('--accent-dark');
    return;
  }
  style.setProperty('--accent', accent);
  style.setProperty('--accent-dark', darken(accent));
}
