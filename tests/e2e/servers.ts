// The two ways the build is served in the browser tests: the server behind `npm start`, and nginx
// with the configuration of docs/deploying.md. Tests of what a server does run against both.
import { inject } from 'vitest';

export const SERVERS = [
  { name: 'npm start (scripts/serve.mjs)', url: () => inject('baseUrl') },
  { name: 'nginx (docs/deploying.md)', url: () => inject('nginxUrl') },
];
