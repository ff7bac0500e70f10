import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFirstLoad, overBudget } from '../../scripts/lib/first-load.ts';
import { allPages } from '../helpers/dist.ts';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

/** The layer order every stylesheet declares first (src/styles/layers.css, its first line). */
const LAYERS = /^@layer ([^;]+);/
  .exec(readFileSync(join(import.meta.dirname, '../../src/styles/layers.css'), 'utf8'))![1]!
  .split(',')
  .map((name) => name.trim());

// Bytes are deterministic for a given build, so the budget is a test; timings are not (npm run bench).
describe('first-load budget', () => {
  it.each(allPages())(
    '%s loads in ≤ 16 KB gzip with no render-blocking script or stylesheet, its CSS layers in order',
    async (path) => {
      const load = await measureFirstLoad(env.browser, env.site.url(path), path);
      expect(load.requests).toBeGreaterThan(0);
      expect(overBudget(load)).toEqual([]);
      // Inlined CSS comes as <style> blocks in an order Astro picks: the layers must still rank as declared.
      expect(load.layerOrder).toEqual(LAYERS);
    },
  );

  it('the check sees a render-blocking stylesheet and a layer out of order when a page has them', async () => {
    const load = await measureFirstLoad(env.browser, env.site.url('/en/'), '/en/', async (context) => {
      await context.route('**/late.css', (route) =>
        route.fulfill({ contentType: 'text/css', body: '@layer print, reset;' }),
      );
      await context.route(/\/en\/$/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace('<head>', '<head><link rel="stylesheet" href="/late.css">');
        await route.fulfill({ response, body: html });
      });
    });
    expect(overBudget(load)).toEqual([expect.stringMatching(/^\/en\/: render-blocking stylesheets .*\/late\.css$/)]);
    expect(load.layerOrder).not.toEqual(LAYERS);
  });
});

const RECORD_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push(e.value.toFixed(4) + ' ' + e.sources.map((s) => s.node && (s.node.className || s.node.nodeName)).join(', '));
  }).observe({ type: 'layout-shift', buffered: true });
`;

// Scripts that add controls after first paint (share buttons, search) must not move the text.
describe('no layout shift while a guide page loads on a phone', () => {
  const guidePages = allPages().filter((p) => /^\/(zh|en)\/([a-z-]+\/)?$/.test(p) && !/\/(search|plan)\/$/.test(p));

  it.each(guidePages)('%s', async (path) => {
    const context = await env.browser.newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.addInitScript(RECORD_SHIFTS);
    await page.goto(env.site.url(path), { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.__shifts')).toEqual([]);
    await context.close();
  });

  it('the check sees a shift when one happens', async () => {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.addInitScript(RECORD_SHIFTS);
    await page.goto(env.site.url('/en/'), { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.textContent = 'pushed in late';
      block.className = 'late';
      document.querySelector('h1')?.after(block);
    });
    await page.waitForTimeout(300);
    expect(((await page.evaluate('window.__shifts')) as string[]).length).toBeGreaterThan(0);
    await context.close();
  });
});
