// Embed and kiosk parameters: each has a safe default; an invalid value is ignored with a warning
// that names it, and never throws.
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/config/contrast';
import { readParams } from '../../src/config/params';

function read(search: string) {
  const warnings: string[] = [];
  const params = readParams(search, (message) => warnings.push(message));
  return { params, warnings };
}

describe('defaults', () => {
  it('a plain visit is the full app, in no particular language, with a 90 s kiosk delay', () => {
    expect(read('').params).toEqual({
      lang: undefined,
      embed: false,
      kiosk: false,
      header: true,
      accent: undefined,
      parentOrigin: undefined,
      idleSeconds: 90,
    });
  });

  it('embed mode hides the header unless header=1', () => {
    expect(read('?embed=1').params.header).toBe(false);
    expect(read('?embed=1&header=1').params.header).toBe(true);
  });
});

describe('valid values are used', () => {
  it('reads lang, accent, parentOrigin and idle', () => {
    const { params, warnings } = read(
      '?lang=ar&accent=%23006A4E&parentOrigin=https://asso.example.org&idle=120&kiosk=1',
    );
    expect(params).toMatchObject({
      lang: 'ar',
      accent: '#006a4e',
      parentOrigin: 'https://asso.example.org',
      idleSeconds: 120,
      kiosk: true,
    });
    expect(warnings).toEqual([]);
  });
});

describe('hostile or broken values are ignored, with a warning naming them', () => {
  it.each([
    ['lang', '?lang=xx-evil'],
    ['accent', '?accent=red;background:url(https://evil.example)'],
    ['accent', '?accent=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['accent', '?accent=%23ffff00'], // too light: text would be unreadable
    ['parentOrigin', '?parentOrigin=javascript:alert(1)'],
    ['parentOrigin', '?parentOrigin=http://asso.example.org'],
    ['parentOrigin', '?parentOrigin=https://asso.example.org/path'],
    ['idle', '?idle=5'],
    ['idle', '?idle=9999'],
    ['idle', '?idle=1e2x'],
    ['embed', '?embed=yes'],
    ['header', '?header=2'],
  ])('%s from %s', (name, search) => {
    const { params, warnings } = read(search);
    expect(warnings).toEqual([`Titre de séjour 92: ignoring invalid parameter "${name}"`]);
    expect(params.accent).toBeUndefined();
    expect(params.parentOrigin).toBeUndefined();
    expect(params.idleSeconds).toBe(90);
  });

  it('a malformed query string does not throw', () => {
    expect(() => read('?%E0%A4%A=1&&=')).not.toThrow();
  });
});

it('contrast ratios follow WCAG 2.1', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#1d4f91', '#ffffff')).toBeGreaterThan(4.5);
  expect(contrastRatio('#ffff00', '#ffffff')).toBeLessThan(4.5);
});
