export function frameAncestorsFromEnv(env?: Record<string, string | undefined>): string[];
export function securityHeaders(options?: { frameAncestors?: string[] }): Record<string, string>;
