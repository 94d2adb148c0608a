// An invalid FRAME_ANCESTORS stops npm start (before it builds), npm run serve and the
// deployment-file step, with a message naming the value and the accepted forms (issue 11).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, serve } from './processes';

const BAD = [
  'https://asso.example.org/',
  'asso.example.org',
  'https://a.example.org,https://b.example.org',
  "'none'",
  'http://asso.example.org',
];

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'titre-sejour-92-fa-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectRefusal({ code, output }: { code: number | null; output: string }, value: string) {
  expect(code, output).toBe(1);
  expect(output).toContain(`FRAME_ANCESTORS=${JSON.stringify(value)} is not valid`);
  expect(output).toContain('https://host[:port]');
}

describe.each(BAD)('FRAME_ANCESTORS=%s', (value) => {
  const env = { FRAME_ANCESTORS: value };

  it('stops npm run serve', async () => {
    expectRefusal(await run('npm', ['run', 'serve', '--', '--dir', dir, '--port', '0'], env), value);
  });

  it('stops npm start before it builds anything', async () => {
    const result = await run('npm', ['start'], env);
    expectRefusal(result, value);
    // What Vite prints as it builds (npm echoes the script's command line, `vite build` included).
    expect(result.output).not.toMatch(/building|transformed|built in/i);
  });

  it('stops the deployment-file step, which writes nothing', async () => {
    expectRefusal(await run(process.execPath, ['scripts/deploy-config.mjs', dir], env), value);
    expect(readdirSync(dir)).toEqual(['index.html']);
  });
});

describe('a valid FRAME_ANCESTORS', () => {
  it('is the frame-ancestors of every response, the guide’s own origin included', async () => {
    const server = await serve(['--dir', dir, '--port', '0'], {
      FRAME_ANCESTORS: 'https://asso-a.example.org https://asso-b.example.org:8443',
    });
    try {
      const csp = (await fetch(server.url)).headers.get('content-security-policy');
      expect(csp).toContain(
        "frame-ancestors 'self' https://asso-a.example.org https://asso-b.example.org:8443",
      );
    } finally {
      await server.stop();
    }
  });
});
