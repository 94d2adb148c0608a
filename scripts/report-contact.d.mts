export type ReportContact = { kind: 'email'; address: string } | { kind: 'url'; url: string };
export function reportContactFromEnv(env?: Record<string, string | undefined>): ReportContact | null;
