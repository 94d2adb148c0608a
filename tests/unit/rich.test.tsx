import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { plain, rich } from '../../src/i18n/rich';

const html = (text: string) => renderToStaticMarkup(<>{rich(text)}</>);

it('marks official French names as French, isolated from the surrounding direction', () => {
  expect(html('Renew my receipt (<fr>récépissé</fr>) now')).toBe(
    'Renew my receipt <bdi lang="fr">(récépissé)</bdi> now',
  );
  expect(html('<fr>titre de séjour</fr>, <fr>visa</fr>')).toBe(
    '<bdi lang="fr">titre de séjour</bdi>, <bdi lang="fr">visa</bdi>',
  );
});

it('leaves a lone bracket where it is', () => {
  expect(html('a (b <fr>c</fr>) d')).toBe('a (b <bdi lang="fr">c</bdi>) d');
});

it('never turns translation text into markup', () => {
  expect(html('<b>x</b> <fr><img src=x></fr>')).toBe(
    '&lt;b&gt;x&lt;/b&gt; <bdi lang="fr">&lt;img src=x&gt;</bdi>',
  );
});

it('plain text drops the tags', () => {
  expect(plain('your receipt (<fr>récépissé</fr>)')).toBe('your receipt (récépissé)');
});
