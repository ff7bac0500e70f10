import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, newWatchedPage } from '../helpers/browser.ts';
import { buildCopy } from '../helpers/fixture-build.ts';
import { serveDist } from '../helpers/server.ts';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe('search in the build', () => {
  it('a keyword naming a heading the page lacks stops the build, naming the file', () => {
    const result = buildCopy('search-bad-keyword', (dir) => {
      const file = join(dir, 'content/zh/causes.mdx');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('  - 失业 {#income-change}', '  - 失业 {#no-such-heading}'));
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/zh\/causes\.mdx: keywords name #no-such-heading/);
  }, 180_000);

  it('works under a sub-path: the bundle, the results and the highlight all stay under the base', async () => {
    const result = buildCopy('search-base', () => undefined, { BASE_PATH: '/guide/' });
    expect(result.status, result.output).toBe(0);
    const site = await serveDist(join(result.dir, 'dist'), '/guide/');
    const browser = await launchBrowser();
    cleanups.push(
      () => browser.close(),
      () => site.close(),
    );
    const { page, problems } = await newWatchedPage(browser, site.origin);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(site.url('/zh/strategies/'));
    expect(await page.locator('.site-header [data-search-open]').getAttribute('href')).toBe('/guide/zh/search/');
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').fill('罚息');
    const link = page.locator('.search-dialog .search-result__section-title').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(
      '/guide/zh/why-full-repayment/?pagefind-highlight=%E7%BD%9A%E6%81%AF#cost-of-delay',
    );
    const pagefindRequests = requests.filter((path) => path.includes('pagefind'));
    expect(pagefindRequests.length).toBeGreaterThan(0);
    for (const path of pagefindRequests) expect(path).toMatch(/^\/guide\/pagefind\//);
    await link.click();
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await page.goto(site.url('/en/search/?q=grace%20period'));
    const first = page.locator('[data-search-page] .search-result__section-title').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/guide\/en\/strategies\/\?pagefind-highlight=grace\+period#/);
    expect(problems).toEqual({ errors: [], console: [], foreignRequests: [] });
  }, 180_000);
});
