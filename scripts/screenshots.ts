/**
 * `npm run screenshots`: every built page at phone and desktop widths, light and dark, as PNGs in
 * screenshots/ (git-ignored), for a person to look at before a change lands.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { allPages } from '../tests/helpers/dist.ts';
import { serveDist } from '../tests/helpers/server.ts';

const OUT = join(import.meta.dirname, '..', 'screenshots');
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

mkdirSync(OUT, { recursive: true });
const site = await serveDist();
const browser = await launchBrowser();
let count = 0;
try {
  for (const colorScheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, locale: 'fr-FR' });
      const page = await context.newPage();
      for (const path of allPages()) {
        await page.goto(site.url(path), { waitUntil: 'networkidle' });
        const name = path === '/' ? 'root' : path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-');
        await page.screenshot({ path: join(OUT, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`${count} screenshots in ${OUT}`);
