import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const [dist, path] = process.argv.slice(2);
const site = await serveDist(dist!);
const browser = await launchBrowser();
const page = await browser.newPage();
const out: Array<Promise<string>> = [];
page.on('response', (r) =>
  out.push(
    r
      .body()
      .then((b) => `${gzipSync(b, { level: 9 }).length}\t${b.length}\t${new URL(r.url()).pathname}`)
      .catch(() => ''),
  ),
);
await page.goto(site.url(path!), { waitUntil: 'networkidle' });
console.log((await Promise.all(out)).join('\n'));
await browser.close();
await site.close();
