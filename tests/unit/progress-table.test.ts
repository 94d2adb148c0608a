// The progress counts ship as a table walked ahead of time (machines/progress-table.ts), so that
// no step and no idle moment pays for the walk. The table must be exactly the walk of the machine
// as it is now: `npm run routes` rewrites it (UPDATE_ROUTES=1).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';
import { walkProgressTable } from '../../machines/progress';
import { QUESTIONS_LEFT } from '../../machines/progress-table';

const path = fileURLToPath(new URL('../../machines/progress-table.ts', import.meta.url));

async function tableSource(table: Record<string, number>): Promise<string> {
  const source = [
    '// Written by `npm run routes` (walkProgressTable in progress.ts): do not edit by hand.',
    '// The most questions left from each question, per answer to `need` ("question|need").',
    `export const QUESTIONS_LEFT: Readonly<Record<string, number>> = ${JSON.stringify(table)};`,
  ].join('\n');
  return format(source, { ...(await resolveConfig(path)), filepath: path });
}

it('machines/progress-table.ts holds the counts the machine walks to', async () => {
  const walked = walkProgressTable();
  if (process.env.UPDATE_ROUTES === '1') {
    writeFileSync(path, await tableSource(walked));
    return;
  }
  expect(QUESTIONS_LEFT, 'machines/progress-table.ts is out of date: run `npm run routes`').toEqual(walked);
});

it('covers every question of every branch', () => {
  const questions = new Set(Object.keys(walkProgressTable()).map((key) => key.split('|')[0]));
  expect(questions.size).toBeGreaterThan(10);
  expect(walkProgressTable()['commune|']).toBeGreaterThan(2);
});
