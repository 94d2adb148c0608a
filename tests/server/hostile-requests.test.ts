// A few thousand hostile request targets, sent over raw TCP as an attacker would (no client
// library to tidy them up), to `npm run serve`: no answer is a 5xx, nothing outside the served
// folder ever comes back (not even from a sibling folder named like it), and afterwards the
// server is still up and serves the guide (issue 11: one request used to stop it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Serving } from './processes';
import { hostileRequests, type RawRequest } from './hostile-targets';

const SECRET = `secret-${Math.random().toString(36).slice(2)}`;
let base: string;
let server: Serving;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'titre-sejour-92-fuzz-'));
  const root = join(base, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Titre de séjour 92</title>');
  writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1);');
  writeFileSync(join(root, '_headers'), `/*\n  X-Secret: ${SECRET}\n`);
  writeFileSync(join(root, '.env'), SECRET);
  // Outside the root: a sibling whose name starts like it, and the folder above it.
  mkdirSync(join(base, 'dist.bak'));
  writeFileSync(join(base, 'dist.bak', 'secret.txt'), SECRET);
  writeFileSync(join(base, 'secret.txt'), SECRET);
  server = await serve(['--dir', root, '--port', '0']);
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server.stop();
  rmSync(base, { recursive: true, force: true });
});

/**
 * Sends bytes as they are and returns the whole answer. The request asks the server to close
 * after answering; the client never half-closes first, as no browser does.
 */
function send({ method, target, headers = [], body = '' }: RawRequest): Promise<string> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    const answer: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (chunk) => answer.push(chunk));
    socket.on('close', () => done(Buffer.concat(answer).toString()));
    socket.on('error', () => undefined);
    const head = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...headers];
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`, 'latin1');
  });
}

const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

describe('npm run serve under hostile requests', () => {
  it('answers every one with a status below 500 and never with a file from outside its folder', async () => {
    const requests = hostileRequests();
    expect(requests.length).toBeGreaterThan(2000);
    const failures: string[] = [];
    // A few at a time, as a small attack would.
    for (let i = 0; i < requests.length; i += 16) {
      const batch = requests.slice(i, i + 16);
      const answers = await Promise.all(batch.map(send));
      answers.forEach((answer, j) => {
        const request = batch[j]!;
        const code = status(answer);
        const label = `${request.method} ${request.target.slice(0, 120)}`;
        if (code === 0 || code >= 500) failures.push(`${label}: ${answer.slice(0, 60) || 'no answer'}`);
        if (answer.includes(SECRET)) failures.push(`${label}: LEAKED the secret`);
        if (request.expect && code !== request.expect)
          failures.push(`${label}: ${code}, not ${request.expect}`);
      });
    }
    expect(failures).toEqual([]);
  });

  it('is still running afterwards, and serves the guide', async () => {
    expect(server.child.exitCode).toBeNull();
    const answer = await send({ method: 'GET', target: '/' });
    expect(status(answer)).toBe(200);
    expect(answer).toContain('<title>Titre de séjour 92</title>');
    expect(status(await send({ method: 'GET', target: '/assets/app-1.js' }))).toBe(200);
  });
});
