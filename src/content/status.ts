// How sure an answer is (decision-table.md, "Statuses"): defined once, for the schema, the screens
// and the overview.
export const STATUSES = ['explicit', 'inferred', 'external', 'not-covered'] as const;
