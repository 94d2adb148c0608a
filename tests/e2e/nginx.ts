// Real nginx serving a build with the configuration docs/deploying.md shows, read from the page
// itself so that the two cannot drift: only the `listen` line and the build folder are replaced.
// nginx runs unprivileged, on a free high port, with its own prefix for pid and temporary files.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DOC = new URL('../../docs/deploying.md', import.meta.url);
const DOC_ROOT = '/srv/titre-sejour-92/dist';

export function nginxPath(): string {
  const found = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(
    (path) => path && existsSync(path),
  );
  if (!found) {
    throw new Error(
      'No nginx found for the browser tests. Install it (Debian: apt-get install -y nginx-light) or set NGINX_PATH.',
    );
  }
  return found;
}

/** The first ```nginx block of docs/deploying.md that has a `server` block: the documented config. */
export function documentedConfig(): string {
  const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```nginx\n([\s\S]*?)```/g)].map(
    (match) => match[1]!,
  );
  const config = blocks.find((block) => /^server \{/m.test(block));
  if (!config) throw new Error('docs/deploying.md shows no nginx `server` block');
  return config;
}

/** The documented config for `root` on `port`; each replaced piece must be in the doc. */
export function testedConfig(root: string, port: number): string {
  const config = documentedConfig();
  if (config.split('listen 80;').length !== 2)
    throw new Error('docs/deploying.md: expected one `listen 80;`');
  if (!config.includes(DOC_ROOT)) throw new Error(`docs/deploying.md: expected the build in ${DOC_ROOT}`);
  return config.replace('listen 80;', `listen 127.0.0.1:${port};`).replaceAll(DOC_ROOT, root);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** Debian's `nobody`, for when the tests run as root: nginx never needs to. */
function unprivileged(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('nobody:'));
  const [, , uid = '65534', gid = '65534'] = line?.split(':') ?? [];
  return { uid: Number(uid), gid: Number(gid) };
}

export interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

/** Starts nginx on `root` (a build with its deployment files) and waits until it answers. */
export async function startNginx(root: string): Promise<Nginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'titre-sejour-92-nginx-'));
  const user = unprivileged();
  if (user) {
    chownSync(prefix, user.uid, user.gid);
    chmodSync(root, 0o755); // mkdtemp makes it private to root; the build is public anyway.
  }
  const port = await freePort();
  const site = join(prefix, 'site.conf');
  writeFileSync(site, testedConfig(root, port));
  // What the stock Debian nginx.conf sets around a site, with every path in the prefix.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`)
    .join('\n');
  const stockTypes = '/etc/nginx/mime.types';
  const main = join(prefix, 'nginx.conf');
  writeFileSync(
    main,
    `worker_processes 1;
events { worker_connections 256; }
http {
  ${existsSync(stockTypes) ? `include ${stockTypes};` : ''}
  default_type application/octet-stream;
  sendfile on;
  gzip on;
  access_log off;
${temp}
  include ${site};
}
`,
  );
  const child: ChildProcess = spawn(
    nginxPath(),
    ['-p', prefix, '-e', 'stderr', '-c', main, '-g', `daemon off; pid ${join(prefix, 'nginx.pid')};`],
    { stdio: ['ignore', 'ignore', 'pipe'], ...user },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log}`);
    try {
      await fetch(url);
      return { url, stop };
    } catch {
      if (tries > 200) {
        await stop();
        throw new Error(`nginx did not answer on ${url}: ${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
