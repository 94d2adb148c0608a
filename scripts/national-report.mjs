// `npm run rules:report`: the national rule records (src/content/national.ts), oldest checked
// first, each with its sources, so that a maintainer knows what to read again next. A report,
// never a test: a record is not wrong because it is old (docs/updating-rules.md).
import { runnerImport } from 'vite';

/** @typedef {{ level: string, since: string | null, basis: string, sources: readonly string[], checkedOn: string }} Rule */
/** @typedef {{ title: string, url: string, date: string | null }} Source */

const { module: national } = /** @type {{ module: { NATIONAL_RULES: Record<string, Rule> } }} */ (
  await runnerImport('/src/content/national.ts', { configFile: false, logLevel: 'error' })
);
const { module: sources } = /** @type {{ module: { SOURCES: Record<string, Source> } }} */ (
  await runnerImport('/src/content/sources.ts', { configFile: false, logLevel: 'error' })
);

const today = new Date().toISOString().slice(0, 10);
const days = (/** @type {string} */ date) => Math.round((Date.parse(today) - Date.parse(date)) / 86_400_000);
const records = Object.entries(national.NATIONAL_RULES).sort(
  ([a, x], [b, y]) => x.checkedOn.localeCompare(y.checkedOn) || a.localeCompare(b),
);

console.log(`National rule records, oldest checked first (today ${today}):\n`);
for (const [outcome, rule] of records) {
  console.log(
    `${rule.checkedOn} (${days(rule.checkedOn)} days)  ${outcome}  level ${rule.level}, since ${rule.since ?? 'unknown'}`,
  );
  console.log(`  basis: ${rule.basis}`);
  for (const id of rule.sources) {
    const source = sources.SOURCES[id];
    console.log(
      `  [${id}] ${source?.title ?? '(unknown source)'} — ${source?.url ?? ''} (${source?.date ?? 'n.d.'})`,
    );
  }
}
console.log(`\n${records.length} records. To change one: docs/updating-rules.md.`);
