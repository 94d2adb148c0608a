// The communes the app ships (machines/communes-92.ts) are those of the official reference
// (@etalab/decoupage-administratif) and of decision-table.md §3; a person finds theirs by name or
// postal code, accents optional.
import { describe, expect, it } from 'vitest';
import { ARRONDISSEMENTS, COMMUNES_92 } from '../../machines/ids';
import { communeMatches, foldForSearch, resolveCommune } from '../../src/content/communes';
import { ARRONDISSEMENT_ORDER, communeRows } from '../../scripts/communes.mjs';

it('machines/communes-92.ts holds what the official reference says (run `npm run communes` if not)', () => {
  expect(COMMUNES_92).toEqual(communeRows());
  expect(ARRONDISSEMENTS).toEqual(ARRONDISSEMENT_ORDER);
});

it('the 36 communes of the specification: 17 + 11 + 8, under the ids of decision-table.md §3', () => {
  const count = (a: string) => COMMUNES_92.filter((c) => c.arrondissement === a).length;
  expect(ARRONDISSEMENTS.map(count)).toEqual([17, 11, 8]);
  expect(COMMUNES_92.map((c) => c.id)).toEqual(
    expect.arrayContaining([
      'asnieres-sur-seine',
      'chatenay-malabry',
      'le-plessis-robinson',
      'ville-d-avray',
      'sevres',
    ]),
  );
  expect(COMMUNES_92.find((c) => c.id === 'antony')?.arrondissement).toBe('antony');
  expect(COMMUNES_92.find((c) => c.id === 'meudon')?.arrondissement).toBe('boulogne-billancourt');
  expect(COMMUNES_92.find((c) => c.id === 'rueil-malmaison')?.arrondissement).toBe('nanterre');
});

describe('finding a commune', () => {
  it.each([
    ['92160', 'antony'],
    ['chatenay malabry', 'chatenay-malabry'],
    ['CHÂTENAY-MALABRY', 'chatenay-malabry'],
    ["ville d'avray", 'ville-d-avray'],
    ['92360', 'meudon'],
    ['92190', 'meudon'],
    ['Sèvres', 'sevres'],
  ])('"%s" is %s', (typed, id) => {
    expect(resolveCommune(typed)?.id).toBe(id);
  });

  it('the first digits of a postal code narrow the list', () => {
    const matching = COMMUNES_92.filter((c) => communeMatches(c, foldForSearch('9216')));
    expect(matching.map((c) => c.id)).toEqual(['antony']);
    expect(COMMUNES_92.filter((c) => communeMatches(c, foldForSearch('921'))).length).toBeGreaterThan(5);
  });

  it('an ambiguous text names no commune', () => {
    expect(resolveCommune('colombes')?.id).toBe('colombes');
    expect(resolveCommune('col')).toBeUndefined();
    expect(resolveCommune('75001')).toBeUndefined();
  });
});
