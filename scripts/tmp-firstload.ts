import { measureFirstLoad } from '/work/main/scripts/lib/first-load.ts';
import { launchBrowser } from '/work/main/tests/helpers/browser.ts';
import { serveDist } from '/work/main/tests/helpers/server.ts';

const [dist] = process.argv.slice(2);
const site = await serveDist(dist);
const browser = await launchBrowser();
const pages = [
  '/zh/',
  '/zh/causes/',
  '/zh/strategies/',
  '/zh/why-full-repayment/',
  '/zh/full/',
  '/zh/plan/',
  '/zh/search/',
  '/en/',
  '/en/strategies/',
  '/en/full/',
  '/en/plan/',
  '/',
];
for (const p of pages) {
  const l = await measureFirstLoad(browser, site.url(p), p);
  console.log(p.padEnd(26), l.gzipBytes, l.requests);
}
await browser.close();
await site.close();
