export { frameAncestorsFromEnv } from './frame-ancestors.mjs';
export const EMBED_DEMO_PATH: string;
export function securityHeaders(
  options?: { frameAncestors?: string[] },
  extraDirectives?: string[],
): Record<string, string>;
export function embedDemoHeaders(options?: { frameAncestors?: string[] }): Record<string, string>;
export function headersForPath(
  pathname: string,
  options?: { frameAncestors?: string[] },
): Record<string, string>;
