// An association's page on another origin ("localhost", where the guide is on "127.0.0.1"), made
// of the two lines docs/embedding.md tells associations to paste, the guide's address filled in.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The snippet of docs/embedding.md, as documented, for a guide at `guideBase`. */
export function documentedSnippet(guideBase: string): string {
  const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
  const block = /## The two lines to paste[\s\S]*?```html\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block?.includes('https://GUIDE-ADDRESS/')) {
    throw new Error(
      'docs/embedding.md has no snippet with https://GUIDE-ADDRESS/ under "The two lines to paste"',
    );
  }
  return block.replaceAll('https://GUIDE-ADDRESS/', guideBase);
}

export interface HostPage {
  /** The page's address; `attributes` (e.g. ` data-lang="ar"`) go on the snippet's <div>. */
  url: (attributes?: string) => string;
  close: () => Promise<void>;
}

export async function startHostPage(guideBase: string): Promise<HostPage> {
  const snippet = documentedSnippet(guideBase);
  const server: Server = createServer((req, res) => {
    const attributes = new URL(req.url ?? '/', 'http://host').searchParams.get('div') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Association exemple</title></head>
      <body><h1>Association exemple</h1>
      ${snippet.replace('<div data-titre-sejour-92', () => `<div data-titre-sejour-92${attributes}`)}
      </body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (attributes = '') =>
      `http://localhost:${port}/${attributes ? `?div=${encodeURIComponent(attributes)}` : ''}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
