// The audit record behind the accessibility statement: valid against its schema, honest in its
// shape (a failure has its notes, a fix has its test, every test named exists), and the figures
// the statement and the footers show are the ones computed from it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AUDIT, type Audit, type Criterion } from '../../src/accessibility/audit';
import { byCriterion, conformance, RGAA_CRITERIA, themeOf } from '../../src/accessibility/conformance';
import { STATEMENT_STATUS } from '../../src/accessibility/status';
import { french, leaves } from '../support/french';

const ROOT = join(import.meta.dirname, '../..');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (2026-12-03)');
const testFile = z
  .string()
  .regex(/^tests\/(unit|ui|e2e)\/[\w.-]+\.test\.tsx?$/, 'a test file of tests/unit, tests/ui or tests/e2e')
  .refine((path) => existsSync(join(ROOT, path)), 'a test file that exists');

const criterionSchema = z
  .object({
    id: z.string().refine((id) => RGAA_CRITERIA.includes(id), 'a criterion of the RGAA 4.1'),
    title: z.string().min(20).endsWith('?'),
    result: z.enum(['C', 'NC', 'NA']),
    how: z.string().min(10),
    notes: z.string().min(10).optional(),
    tests: z.array(testFile),
    fixed: isoDate.optional(),
  })
  .strict()
  // A failure says what fails; a fix says what was wrong and which test would catch it again.
  .refine((c) => c.result !== 'NC' || c.notes !== undefined, 'a non-conformity has notes')
  .refine(
    (c) => c.fixed === undefined || (c.result === 'C' && c.notes !== undefined && c.tests.length > 0),
    'a fixed criterion is conformant, says what was wrong and names its tests',
  );

const auditSchema = z
  .object({
    rgaaVersion: z.literal('4.1'),
    date: isoDate,
    sample: z
      .array(z.enum(['start', 'questions', 'outcomes', 'overview', 'changes', 'embed', 'kiosk', 'statement']))
      .min(1),
    environment: z
      .array(
        z
          .object({
            use: z.enum(['automated', 'manual']),
            browser: z.string().min(3),
            os: z.string().min(3),
            assistiveTechnologies: z.array(z.string().min(3)),
          })
          .strict(),
      )
      .min(1),
    tools: z.array(
      z.object({ use: z.enum(['axe', 'playwright', 'contrast', 'tree']), name: z.string() }).strict(),
    ),
    technologies: z.array(z.string()).min(1),
    automated: z.array(
      z
        .object({
          check: z.enum(['axe', 'keyboard', 'narrow', 'zoom', 'text', 'motion', 'kiosk']),
          tests: z.array(testFile).min(1),
        })
        .strict(),
    ),
    derogations: z.array(z.object({ what: z.string().min(5), why: z.string().min(5) }).strict()),
    criteria: z.array(criterionSchema).min(1),
  })
  .strict();

describe('the audit record', () => {
  it('is valid against its schema', () => {
    const result = auditSchema.safeParse(AUDIT);
    expect(result.success, JSON.stringify(result.error?.issues, null, 1)).toBe(true);
  });

  it('names each criterion once, in the RGAA’s order', () => {
    const ids = AUDIT.criteria.map((criterion) => criterion.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort(byCriterion));
  });

  it('records only what it checked: no fix dated after the audit, no audit in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(AUDIT.date <= today).toBe(true);
    for (const criterion of AUDIT.criteria) {
      if (criterion.fixed) expect(criterion.fixed <= AUDIT.date, criterion.id).toBe(true);
    }
  });

  it('covers every page of the guide in its sample', () => {
    expect([...AUDIT.sample].sort()).toEqual(
      ['changes', 'embed', 'kiosk', 'outcomes', 'overview', 'questions', 'start', 'statement'].sort(),
    );
  });
});

describe('the RGAA 4.1 criteria', () => {
  it('are 106, in 13 themes', () => {
    expect(RGAA_CRITERIA).toHaveLength(106);
    expect(new Set(RGAA_CRITERIA).size).toBe(106);
    expect(new Set(RGAA_CRITERIA.map(themeOf)).size).toBe(13);
    expect(RGAA_CRITERIA.slice(-1)).toEqual(['13.12']);
  });

  it('sort as the RGAA numbers them', () => {
    expect(['10.11', '9.4', '10.2', '1.1'].sort(byCriterion)).toEqual(['1.1', '9.4', '10.2', '10.11']);
  });
});

const record = (criteria: Array<Pick<Criterion, 'id' | 'result'>>): Audit => ({
  ...AUDIT,
  criteria: criteria.map((c) => ({ ...c, title: '', how: '', tests: [] })),
});

describe('the conformance rate, as the RGAA computes it', () => {
  it('is conformant criteria over applicable ones, rounded down; non-applicable ones do not count', () => {
    const result = conformance(
      record([
        { id: '1.1', result: 'C' },
        { id: '1.2', result: 'C' },
        { id: '1.3', result: 'NC' },
        { id: '4.1', result: 'NA' },
      ]),
    );
    expect(result.rate).toBe(66);
    expect(result.applicable).toBe(3);
    expect(result.evaluated).toBe(4);
    expect(result.untested).toHaveLength(102);
    expect(result.status).toBe('partial');
  });

  it('says "totally conformant" only when all 106 criteria were evaluated and none fails', () => {
    const all = RGAA_CRITERIA.map((id) => ({ id, result: 'C' as const }));
    expect(conformance(record(all))).toMatchObject({ rate: 100, status: 'total', untested: [] });
    expect(conformance(record(all.slice(1))).status).toBe('partial');
    const oneFails = all.map((c, i) => (i === 0 ? { ...c, result: 'NC' as const } : c));
    expect(conformance(record(oneFails))).toMatchObject({ rate: 99, status: 'partial' });
  });

  it('says "not conformant" below 50 %, and with nothing applicable', () => {
    expect(
      conformance(
        record([
          { id: '1.1', result: 'C' },
          { id: '1.2', result: 'NC' },
          { id: '1.3', result: 'NC' },
        ]),
      ).status,
    ).toBe('none');
    expect(conformance(record([{ id: '4.1', result: 'NA' }])).status).toBe('none');
  });
});

describe('what the pages show', () => {
  const result = conformance(AUDIT);

  it('every footer names the status computed from the audit', () => {
    expect(STATEMENT_STATUS, 'set STATEMENT_STATUS in src/accessibility/status.ts').toBe(result.status);
  });

  it('the audit gives a rate, and every failure found is listed as a non-conformity', () => {
    expect(result.rate).toBeGreaterThan(0);
    expect(result.nonConformant.map((c) => c.id)).toEqual(
      AUDIT.criteria.filter((c) => c.result === 'NC').map((c) => c.id),
    );
  });

  it('every word the statement builds from the record has its French text', () => {
    const texts = leaves(french);
    const keys = [
      ...(['total', 'partial', 'none'] as const).flatMap((status) => [
        `app.accessibility.status.${status}`,
        `accessibility.conformity.${status}`,
      ]),
      ...['C', 'NC', 'NA'].map((r) => `accessibility.criteria.result.${r}`),
      ...[...new Set(RGAA_CRITERIA.map(themeOf))].map((theme) => `accessibility.criteria.theme.${theme}`),
      ...AUDIT.sample.map((page) => `accessibility.establishment.sample.${page}`),
      ...AUDIT.environment.map((entry) => `accessibility.establishment.use.${entry.use}`),
      ...AUDIT.tools.map((tool) => `accessibility.establishment.tool.${tool.use}`),
      ...AUDIT.automated.map((entry) => `accessibility.establishment.automated.${entry.check}`),
    ];
    expect(keys.filter((key) => !texts.has(key))).toEqual([]);
  });
});
