// The conformance status every page's footer names ("Accessibilité : partiellement conforme").
// The audit record is not bundled with the guide just to compute it (the first download is
// budgeted): tests/unit/accessibility-audit.test.ts fails when this is not what the audit gives.
export type ConformanceStatus = 'total' | 'partial' | 'none';

export const STATEMENT_STATUS: ConformanceStatus = 'partial';

/** The statement's address, in the reader's language (relative: it sits next to index.html). */
export const statementHref = (language: string) => `accessibilite.html?lang=${language}`;
