// Embed and kiosk parameters: each has a safe default; an invalid value is ignored with a warning
// that names it, and never throws.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio } from '../../src/config/contrast';
import { ACCENT_BACKGROUNDS } from '../../src/config/theme';
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

it('an accent that passes against white but not against the panels it colours links on is refused', () => {
  // #767676 and #c05000 read at 4.54:1 and 4.6:1 on white, but 4.07:1 and 4.29:1 on the selected-answer
  // panel (#eef3fa) and the warning panel (#fff4e0).
  for (const accent of ['#767676', '#c05000']) {
    expect(contrastRatio(accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readParams(`?accent=${encodeURIComponent(accent)}`, () => undefined).accent).toBeUndefined();
  }
  expect(readParams('?accent=%23006a4e', () => undefined).accent).toBe('#006a4e');
});

it('the backgrounds the accent is checked against are those of the stylesheet', () => {
  const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
  for (const [name, colour] of Object.entries(ACCENT_BACKGROUNDS)) {
    if (name === 'white') continue;
    expect(root, name).toContain(`--${name}: ${colour};`);
  }
});

it('contrast ratios follow WCAG 2.1', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#1d4f91', '#ffffff')).toBeGreaterThan(4.5);
  expect(contrastRatio('#ffff00', '#ffffff')).toBeLessThan(4.5);
});

it('every status badge of the overview reads at 4.5:1 on its background (RGAA 3.2)', () => {
  const css = readFileSync(new URL('../../src/overview/overview.css', import.meta.url), 'utf8');
  const vars = Object.fromEntries(
    [
      ...readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8').matchAll(
        /--([\w-]+):\s*(#[0-9a-f]{6});/gi,
      ),
    ].map((m) => [m[1]!, m[2]!]),
  );
  const colour = (value: string) => (value.startsWith('var(') ? vars[value.slice(6, -1)]! : value);
  const badges = [...css.matchAll(/\.ov-badge\.status-([\w-]+)\s*\{([^}]*)\}/g)];
  expect(badges.map((m) => m[1])).toEqual(['explicit', 'inferred', 'external', 'not-covered']);
  for (const [, status, rule] of badges) {
    const text = colour(/(?:^|\s)color:\s*([^;]+);/.exec(rule!)![1]!.trim());
    const background = colour(/background:\s*([^;]+);/.exec(rule!)![1]!.trim());
    expect(contrastRatio(text, background), status).toBeGreaterThanOrEqual(4.5);
  }
});
