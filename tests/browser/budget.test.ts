import { describe, expect, it } from 'vitest';
import { measureFirstLoad, overBudget } from '../../scripts/lib/first-load.ts';
import { allPages } from '../helpers/dist.ts';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

// Bytes are deterministic for a given build, so the budget is a test; timings are not (npm run bench).
describe('first-load budget', () => {
  it.each(allPages())('%s loads in ≤ 16 KB gzip with no render-blocking script', async (path) => {
    const load = await measureFirstLoad(env.browser, env.site.url(path), path);
    expect(load.requests).toBeGreaterThan(0);
    expect(overBudget(load)).toEqual([]);
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
