// The approved routes: docs/routes.csv is reviewed like code, so that a change to where people are
// sent is always seen in a diff. `npm run routes` rewrites it (UPDATE_ROUTES=1).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { ROUTES_FILE, routesCsv } from '../../scripts/routes';

const path = fileURLToPath(new URL(`../../${ROUTES_FILE}`, import.meta.url));

it(`${ROUTES_FILE} lists the routes the guide really takes`, () => {
  const generated = routesCsv();
  if (process.env.UPDATE_ROUTES === '1') {
    writeFileSync(path, generated);
    return;
  }
  const approved = existsSync(path) ? readFileSync(path, 'utf8').replaceAll('\r\n', '\n') : '';
  const approvedLines = new Set(approved.split('\n'));
  const generatedLines = new Set(generated.split('\n'));
  const difference = {
    'in the machine, not in the file': [...generatedLines].filter((l) => !approvedLines.has(l)).slice(0, 20),
    'in the file, not in the machine': [...approvedLines].filter((l) => !generatedLines.has(l)).slice(0, 20),
    'file identical to the machine (line order included)': approved === generated,
  };
  expect(
    difference,
    `${ROUTES_FILE} differs from the machine's routes: run \`npm run routes\`, then review the diff ` +
      `(git diff ${ROUTES_FILE}) before committing it`,
  ).toEqual({
    'in the machine, not in the file': [],
    'in the file, not in the machine': [],
    'file identical to the machine (line order included)': true,
  });
});
