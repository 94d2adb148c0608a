// Launches Chromium through playwright-core: Debian's /usr/bin/chromium, or CHROME_PATH.
// No browser is ever downloaded. Network access is limited to loopback by a proxy that refuses
// everything, so nothing can leak to a third party even by accident.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function chromePath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

/** The flags every test browser runs with. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Every request outside loopback goes to a proxy that does not exist, so it fails.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>;127.0.0.1;localhost',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: ARGS });
}

/**
 * A browser with a profile on disk (`userDataDir`), for tests of what Chromium itself keeps
 * (form data, for instance); one context, closed with the browser.
 * @param {string} userDataDir
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export function launchWithProfile(userDataDir, options = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: chromePath(),
    headless: true,
    args: ARGS,
  });
}
