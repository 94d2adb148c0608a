// Makes sure the browser tests have what they run: a Chromium (CHROME_PATH, or Debian's
// /usr/bin/chromium) and nginx (NGINX_PATH, or Debian's /usr/sbin/nginx, which serves the build
// with the configuration of docs/deploying.md). Missing ones are installed with apt-get when
// running as root on Debian; never is a browser build downloaded.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (/** @type {Array<string | undefined>} */ paths) =>
  paths.some((path) => path && existsSync(path));

/** Debian packages for what is missing. */
const missing = [
  ...(has([process.env.CHROME_PATH, '/usr/bin/chromium']) ? [] : ['chromium', 'fonts-noto-core']),
  ...(has([process.env.NGINX_PATH, '/usr/sbin/nginx']) ? [] : ['nginx-light']),
];

if (missing.length > 0) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(
      `Browser tests need ${missing.join(', ')}: install them (apt-get install -y ${missing.join(' ')}), ` +
        'or set CHROME_PATH / NGINX_PATH.',
    );
    process.exit(1);
  }
  console.log(`Installing Debian ${missing.join(', ')} for the browser tests…`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    {
      stdio: 'inherit',
    },
  );
}
