// Developer aid: node scripts/screenshot.mjs URL OUT.png [width] [height]
import { launchBrowser } from './browser.mjs';

const [url, out, width = '390', height = '900'] = process.argv.slice(2);
if (!url || !out) {
  console.error('Usage: node scripts/screenshot.mjs URL OUT.png [width] [height]');
  process.exit(1);
}
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto(url);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
