import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newWatchedPage } from '../helpers/browser';
import { readPage } from '../helpers/dist';
import { type BuildResult, buildCopy } from '../helpers/fixture-build';
import { checkLinks } from '../helpers/links';
import { type StaticSite, serveDist } from '../helpers/server';

/** The site served from a folder (e.g. GitHub Pages project sites): BASE_PATH=/guide/. */
const SITE = 'https://guide.example';
let build: BuildResult;
let dist: string;

beforeAll(() => {
  build = buildCopy('base-path', () => {}, { BASE_PATH: '/guide/', SITE_URL: SITE });
  dist = join(build.dir, 'dist');
}, 240_000);

describe('a build under /guide/', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('has no broken link, asset, image URL or anchor', () => {
    expect(checkLinks(dist, '/guide/', SITE)).toEqual([]);
  });

  it('puts the base into canonical, alternates, social images, robots.txt and the sitemap', () => {
    const $ = readPage('/zh/strategies/', dist);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/guide/zh/strategies/`);
    expect($('link[hreflang="en"]').attr('href')).toBe(`${SITE}/guide/en/strategies/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}/guide/og/zh/strategies.png`);
    expect($('a.language-link').attr('href')).toBe('/guide/en/strategies/');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/guide/sitemap-index.xml`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}/guide/zh/strategies/</loc>`);
  });

  describe('in a browser', () => {
    let browser: Browser;
    let site: StaticSite;
    beforeAll(async () => {
      site = await serveDist(dist, '/guide/');
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('keeps the place across languages and copies links under the base', async () => {
      const { context, page, problems } = await newWatchedPage(browser, site.origin, { reducedMotion: 'reduce' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      await page.goto(site.url('/zh/strategies/#raise-funds'));
      const link = page.locator('a.language-link');
      await expect.poll(() => link.getAttribute('href')).toBe('/guide/en/strategies/#raise-funds');
      await page.locator('button[data-copy="raise-funds"]').click();
      await expect
        .poll(() => page.evaluate('navigator.clipboard.readText()'))
        .toBe(`${site.origin}/guide/zh/strategies/#raise-funds`);
      await link.click();
      await page.waitForURL(site.url('/en/strategies/#raise-funds'));
      expect(problems).toEqual({ errors: [], console: [], foreignRequests: [] });
      await context.close();
    });

    it('searches under the base: the bundle, the search words, the results and the highlight', async () => {
      const { context, page, problems } = await newWatchedPage(browser, site.origin);
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
      const searchRequests = requests.filter((path) => /pagefind|search-words|search-panel/.test(path));
      expect(searchRequests.length).toBeGreaterThan(0);
      for (const path of searchRequests) expect(path).toMatch(/^\/guide\//);
      await link.click();
      await page.locator('mark.pagefind-highlight').first().waitFor();
      await page.goto(site.url('/en/search/?q=grace%20period'));
      const first = page.locator('[data-search-page] .search-result__section-title').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toMatch(/^\/guide\/en\/strategies\/\?pagefind-highlight=grace\+period#/);
      expect(problems).toEqual({ errors: [], console: [], foreignRequests: [] });
      await context.close();
    });
  });
});
