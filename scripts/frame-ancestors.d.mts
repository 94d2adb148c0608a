export const ACCEPTED_FORMS: string;
export class FrameAncestorsError extends Error {
  constructor(value: string, part: string);
}
export function parseFrameAncestors(value: string | undefined): string[];
export function frameAncestorsFromEnv(env?: Record<string, string | undefined>): string[];
