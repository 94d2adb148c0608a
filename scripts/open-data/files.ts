// The files the build publishes beside the guide (scripts/vite-plugins.mjs, publishRulesData):
// /rules.json, checked against its format before it is written, and /rules.schema.json.
import { buildRules } from './rules';
import { rulesJsonSchema, rulesSchema } from './schema';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function openDataFiles(): Record<'rules.json' | 'rules.schema.json', string> {
  const rules = buildRules();
  const checked = rulesSchema.safeParse(rules);
  if (!checked.success) {
    throw new Error(
      `rules.json does not match its format: ${JSON.stringify(checked.error.issues.slice(0, 5))}`,
    );
  }
  return { 'rules.json': json(rules), 'rules.schema.json': json(rulesJsonSchema()) };
}
