// A translation may mark a French term `<fr>…</fr>` in any text (RGAA 8.7). Where a view prints a
// text as it is (`{t('key')}` in JSX, or in an attribute), the mark would show as a raw tag: such
// keys must hold no mark in any language, or the view must go through `rich()` / `<T>` (or
// `plain()` for an attribute). This test reads the views for such uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { leaves, type Tree } from '../support/french';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

/** Keys printed as they are: `{t('key'…)}` as a child, or `attr={t('key'…)}`. */
function rawUses(): Array<{ file: string; key: string }> {
  return files(join(ROOT, 'src')).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/(?<![\w.(])\{\s*t\(\s*'([\w.-]+)'/g)].map((m) => ({
      file: file.slice(ROOT.length + 1),
      key: m[1]!,
    }));
  });
}

function marked(): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  const locales = join(ROOT, 'locales');
  for (const code of readdirSync(locales)) {
    for (const file of readdirSync(join(locales, code))) {
      const tree = JSON.parse(readFileSync(join(locales, code, file), 'utf8')) as Tree;
      for (const [key, text] of leaves(tree)) {
        if (!text.includes('<fr>')) continue;
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        byKey.set(base, [...(byKey.get(base) ?? []), code]);
      }
    }
  }
  return byKey;
}

it('no text printed as it is holds a <fr> mark in any language', () => {
  const withMarks = marked();
  const raw = rawUses().flatMap(({ file, key }) =>
    withMarks.has(key) ? [`${file}: ${key} (marked in ${withMarks.get(key)!.join(', ')})`] : [],
  );
  expect(raw).toEqual([]);
});

it('finds the raw uses it is meant to find', () => {
  expect(rawUses().length).toBeGreaterThan(20);
});
