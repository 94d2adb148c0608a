import { darken } from './contrast';

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
