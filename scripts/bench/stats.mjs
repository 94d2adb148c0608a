// Small numeric and formatting helpers shared by the bench's reports.

/**
 * The p-th percentile (0–100), interpolated between the two nearest ranks.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const [a, b] = [sorted[low] ?? NaN, sorted[high] ?? NaN];
  return a + (b - a) * (rank - low);
}

/** @param {number[]} values */
export const median = (values) => percentile(values, 50);

/** @param {number} value */
export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '–');

/** @param {number} bytes */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** @param {number} value */
export const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/**
 * ✓ when the value is within the target (a missing value is neither).
 * @param {number} value
 * @param {number} most
 */
export const verdict = (value, most) => (Number.isFinite(value) ? (value <= most ? '✓' : '✗') : ' ');

/**
 * Prints rows as a table: the first column aligned left, the others right.
 * @param {string[][]} rows
 * @param {string} [indent]
 */
export function printTable(rows, indent = '  ') {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  for (const row of rows) {
    const cells = row.map((cell, column) =>
      column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
    );
    console.log(`${indent}${cells.join('  ')}`.trimEnd());
  }
}
