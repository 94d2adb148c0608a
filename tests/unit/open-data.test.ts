// The open rules data (/rules.json): valid against its published JSON Schema (checked by ajv, not
// by the zod schema it is generated from), its routes exactly docs/routes.csv row by row, and its
// content the guide's own (ids, French words, national rules, communes, change log).
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANSWERS, COMMUNES_92, OUTCOME_IDS, QUESTION_IDS, type OutcomeId } from '../../machines/ids';
import { openDataFiles } from '../../scripts/open-data/files';
import { buildRules } from '../../scripts/open-data/rules';
import { rulesJsonSchema } from '../../scripts/open-data/schema';
import { ROUTE_COLUMNS, ROUTES_FILE } from '../../scripts/routes';
import { CHANGES, RULES_VERSION } from '../../src/content/changes';
import { CHANGE_TEXTS } from '../../src/content/changes-fr';
import { NATIONAL_RULES, nationalText } from '../../src/content/national';
import { plain } from '../../src/i18n/rich';
import { french } from '../support/french';

// As a reuser gets it: through JSON.
const rules = JSON.parse(JSON.stringify(buildRules())) as ReturnType<typeof buildRules>;
const schema = rulesJsonSchema();

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(schema);
}

/** docs/routes.csv as rows of fields (RFC 4180 quoting, as scripts/routes.ts writes it). */
function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replaceAll('\r\n', '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  return rows;
}

describe('rules.schema.json', () => {
  it('is JSON Schema 2020-12 and ajv compiles it in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => validator()).not.toThrow();
  });

  it('accepts rules.json', () => {
    const validate = validator();
    expect(validate(rules), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  });

  it('rejects data that breaks the format (it is not a schema that accepts anything)', () => {
    const validate = validator();
    const [first, ...rest] = rules.routes;
    const broken = [
      { ...rules, version: '1.0' },
      { ...rules, routes: [{ ...first, outcome: undefined }, ...rest] },
      { ...rules, routes: [{ ...first, status: 'probable' }, ...rest] },
      { ...rules, extra: true },
    ];
    for (const data of broken) expect(validate(JSON.parse(JSON.stringify(data)))).toBe(false);
  });
});

describe('rules.json routes', () => {
  const [header, ...lines] = readCsv(fileURLToPath(new URL(`../../${ROUTES_FILE}`, import.meta.url)));

  it(`are exactly the rows of ${ROUTES_FILE}, in order`, () => {
    expect(header).toEqual([...ROUTE_COLUMNS]);
    const asCsv = rules.routes.map((route) => [
      route.fragment,
      route.outcome,
      route.request ?? '',
      route.case ?? '',
      route.channel,
      route.national ?? '',
      route.since ?? '',
      route.target,
      route.status,
    ]);
    expect(asCsv.length).toBe(lines.length);
    asCsv.forEach((row, i) => expect(row, `row ${i + 2} of ${ROUTES_FILE}`).toEqual(lines[i]));
  });

  it('give their answers in order, matching the fragment, each a real answer of a real question', () => {
    for (const route of rules.routes) {
      expect(new URLSearchParams(route.fragment).toString()).toBe(
        new URLSearchParams(route.answers.map((a) => [a.question, a.answer])).toString(),
      );
      for (const { question, answer } of route.answers) {
        expect(QUESTION_IDS, route.fragment).toContain(question);
        expect(ANSWERS[question as keyof typeof ANSWERS], route.fragment).toContain(answer);
      }
    }
  });

  it('name caveats whose words the outcome (or, at a sous-préfecture, the request) gives', () => {
    const words = new Map(rules.outcomes.map((o) => [o.id, new Set(o.caveats.map((c) => c.id))]));
    for (const route of rules.routes) {
      for (const caveat of route.caveats) {
        const found =
          words.get(route.outcome)?.has(caveat) || (route.request && words.get(route.request)?.has(caveat));
        expect(found, `${route.fragment}: ${caveat}`).toBe(true);
      }
    }
  });
});

describe('rules.json content', () => {
  it('has every question with every answer, and French labels', () => {
    expect(rules.questions.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const question of rules.questions) {
      expect(question.answers.map((a) => a.id)).toEqual([...ANSWERS[question.id as keyof typeof ANSWERS]]);
    }
    const need = rules.questions.find((q) => q.id === 'need')!;
    expect(need.title).toBe(french.question.need.title);
    expect(need.answers.find((a) => a.id === 'first')?.label).toBe(french.answer.need.first.label);
    const commune = rules.questions.find((q) => q.id === 'commune')!;
    expect(commune.answers.find((a) => a.id === 'chatenay-malabry')?.label).toBe('Châtenay-Malabry');
    expect(JSON.stringify(rules)).not.toMatch(/<\/?fr>/);
  });

  it('has every outcome the routes reach once, with its channel, links, request words and caveat texts', () => {
    const ids = rules.outcomes.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...OUTCOME_IDS].sort());
    const worker = rules.outcomes.find((o) => o.id === 'first-algerian-worker')!;
    expect(worker.channel).toBe('email');
    expect(worker.targets).toContainEqual(
      expect.objectContaining({
        id: 'T-MAIL-ALG',
        role: 'primary',
        email: 'pref-demandeRdv-salaries92@hauts-de-seine.gouv.fr',
      }),
    );
    expect(worker.request).toBe('Certificat de résidence algérien « salarié » ou « travailleur temporaire »');
    expect(worker.caveats.find((c) => c.id === 'pieces')).toMatchObject({
      text: plain(french.caveat.pieces),
      quote: 'Pour les pièces à fournir voir sur',
      target: 'T-PIECES',
    });
    const student = rules.outcomes.find((o) => o.id === 'renew-student')!;
    expect(student.primaryTarget).toBe('T-ANEF');
    expect(student.national).toBe('A');
  });

  it('has the national rule records, their cases covered in French, and their sources', () => {
    expect(rules.nationalRules.map((r) => r.outcome)).toEqual(Object.keys(NATIONAL_RULES));
    for (const rule of rules.nationalRules) {
      const record = NATIONAL_RULES[rule.outcome as keyof typeof NATIONAL_RULES];
      const [, texts] = nationalText(rule.outcome as OutcomeId, 'covers').split('.');
      const covers = (french.national as Record<string, { covers?: string }>)[texts!]?.covers;
      expect(rule.covers).toBe(plain(covers!));
      expect(rule).toMatchObject({ level: record.level, since: record.since, basis: record.basis });
      expect(rule.sources.map((s) => s.id)).toEqual([...record.sources]);
    }
  });

  it('has the 36 communes with their INSEE and postal codes and arrondissement', () => {
    expect(rules.communes).toEqual(COMMUNES_92.map((c) => ({ ...c, postalCodes: [...c.postalCodes] })));
    expect(rules.arrondissements.map((a) => [a.id, a.routeCommune])).toEqual([
      ['nanterre', 'nanterre'],
      ['antony', 'antony'],
      ['boulogne-billancourt', 'boulogne-billancourt'],
    ]);
  });

  it('carries the change log of changes.html, and its version and date', () => {
    expect(rules.version).toBe(RULES_VERSION);
    expect(rules.date).toBe(CHANGES[0].date);
    expect(rules.changes.map((c) => c.id)).toEqual(CHANGES.map((c) => c.id));
    for (const change of rules.changes) {
      expect(change).toMatchObject(CHANGE_TEXTS[change.id as keyof typeof CHANGE_TEXTS]);
    }
  });

  it('is under the Licence Ouverte 2.0', () => {
    expect(rules.licence.name).toMatch(/^Licence Ouverte \/ Open Licence 2\.0/);
  });
});

it('the build publishes rules.json and rules.schema.json as JSON, the data checked', () => {
  const files = openDataFiles();
  expect(JSON.parse(files['rules.json'])).toEqual(rules);
  expect(JSON.parse(files['rules.schema.json'])).toEqual(schema);
});
