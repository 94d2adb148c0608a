// Switching language while the outcome screen's words are being fetched (at idle, on the first
// questions) must not fall back to French with "the language could not be loaded".
import { expect, it } from 'vitest';
import { createI18n, loadNamespace, switchLanguage } from '../../src/i18n/setup';

it('a namespace asked for while a language loads does not make the switch fail', async () => {
  const i18n = createI18n();
  const switching = switchLanguage(i18n, 'ar');
  const results = loadNamespace(i18n, 'results');
  await expect(switching).resolves.toBeUndefined();
  await results;
  expect(i18n.language).toBe('ar');
  expect(i18n.hasResourceBundle('ar', 'results')).toBe(true);
});

it('nor when the language was asked for at start, and the namespace while its words were on their way', async () => {
  const i18n = createI18n();
  // What src/main.tsx does for a reader in Russian, before the app takes over the page.
  void i18n.loadLanguages('ru');
  const switching = switchLanguage(i18n, 'ru');
  // The switch is waiting for the Russian words when the outcome screen asks for its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(i18n.hasResourceBundle('ru', 'translation')).toBe(false);
  const results = loadNamespace(i18n, 'results');
  await expect(switching).resolves.toBeUndefined();
  await results;
  expect(i18n.language).toBe('ru');
  expect(i18n.hasResourceBundle('ru', 'results')).toBe(true);
});
