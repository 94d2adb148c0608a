// Builds the app as `npm start` does and serves it with the real security headers, once for
// all browser tests: by the server behind `npm start`, and by nginx with the configuration of
// docs/deploying.md (the header and offline tests run against both).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { chromePath } from '../../scripts/browser.mjs';
import { writeDeploymentFiles } from '../../scripts/deploy-config.mjs';
import { frameAncestorsFromEnv } from '../../scripts/frame-ancestors.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { nginxPath, startNginx } from './nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The served build, for tests of what it contains (tests/e2e/first-load.test.ts). */
    buildDir: string;
    /** The same build served by nginx, configured as docs/deploying.md shows. */
    nginxUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Fail first, with how to install Chromium or nginx, rather than after the build.
  chromePath();
  nginxPath();
  // A private output folder, so that test runs never race each other or `npm start` over dist/.
  const outDir = mkdtempSync(join(tmpdir(), 'titre-sejour-92-build-'));
  execFileSync(
    'node_modules/.bin/vite',
    ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  // What `npm run build` adds after Vite: the deployment files nginx includes.
  writeDeploymentFiles(outDir, { frameAncestors: frameAncestorsFromEnv() });
  const server: Server = await startServer({ dir: outDir, port: 0 });
  const { port } = server.address() as AddressInfo;
  const nginx = await startNginx(outDir);
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('buildDir', outDir);
  project.provide('nginxUrl', nginx.url);
  return async () => {
    await nginx.stop();
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(outDir, { recursive: true, force: true });
  };
}
