// Makes sure the browser tests have a Chromium: CHROME_PATH, or Debian's /usr/bin/chromium,
// installed with apt-get when running as root on Debian. Never downloads a browser build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const present = [process.env.CHROME_PATH, '/usr/bin/chromium'].some((p) => p && existsSync(p));
if (!present) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(
      'Browser tests need Chromium: install it (apt-get install -y chromium) or set CHROME_PATH.',
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core',
    {
      stdio: 'inherit',
    },
  );
}
