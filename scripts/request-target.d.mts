export const MAX_PATH_LENGTH: number;
export type Accepted = { ok: true; path: string; pathname: string };
export type Refused = { ok: false; status: 400 | 405 | 414; reason: string };
export function readRequestTarget(method: string | undefined, target?: string): Accepted | Refused;
