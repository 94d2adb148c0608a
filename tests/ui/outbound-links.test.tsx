// Links to other sites: in the guide's own page they open in place; embedded in an association's
// iframe they open in a new tab (a framed préfecture page would be refused, leaving a dead frame).
import { render } from '@testing-library/react';
import { WordsProvider } from '../../src/i18n/words';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/views/App';
import { outcomeShown, testI18n } from './helpers';

function outcomeLinks(address: string) {
  window.history.replaceState(null, '', address);
  render(
    <WordsProvider i18n={testI18n()}>
      <App />
    </WordsProvider>,
  );
  // The primary action first, then every other link that leaves the guide.
  const links = outcomeShown()!.querySelectorAll('a[data-primary], a[href]:not([data-primary])');
  return [...links].map((a) => ({
    href: a.getAttribute('href')!,
    target: a.getAttribute('target'),
    rel: a.getAttribute('rel'),
  }));
}

describe('outbound links', () => {
  it('open in place on the guide’s own page', () => {
    const links = outcomeLinks('/#commune=nanterre&need=other&other-kind=duplicate');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatchObject({ target: null, rel: 'noreferrer' });
  });

  it('open in a new tab, without opener or referrer, when embedded', () => {
    const links = outcomeLinks('/?embed=1#commune=nanterre&need=other&other-kind=duplicate');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
  });

  it('leave an email address as it is, embedded or not', () => {
    const [primary] = outcomeLinks('/?embed=1#commune=nanterre&need=aes&aes-kind=question');
    expect(primary).toMatchObject({ target: null, rel: 'noreferrer' });
    expect(primary?.href).toMatch(/^mailto:/);
  });
});
