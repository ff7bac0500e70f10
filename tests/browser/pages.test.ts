import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstLoadExclusions, measureFirstLoad, overBudget, visitFirstLoad } from '../../scripts/lib/first-load.ts';
import { axeViolations } from '../helpers/axe.ts';
import { newWatchedPage } from '../helpers/browser.ts';
import { allPages } from '../helpers/dist.ts';
import { useServedSite } from '../helpers/served-site.ts';

/**
 * One sweep of every built page, once in each colour scheme, on a phone: in the same visit, the
 * first-load budget (bytes are deterministic for a build, so it is a test; timings are not: npm
 * run bench), no render-blocking script or stylesheet, the CSS layers in their declared order,
 * no CSP violation, page error, console error or request to another host, no layout shift while
 * the page's scripts add their controls, and no axe-core violation (WCAG 2.2 AA, best practice).
 */
const env = useServedSite();

const NO_PROBLEMS = { errors: [], console: [], foreignRequests: [] };

/** The layer order every stylesheet declares first (src/styles/layers.css, its first line). */
const LAYERS = /^@layer ([^;]+);/
  .exec(readFileSync(join(import.meta.dirname, '../../src/styles/layers.css'), 'utf8'))![1]!
  .split(',')
  .map((name) => name.trim());

const RECORD = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push(e.value.toFixed(4) + ' ' + e.sources.map((s) => s.node && (s.node.className || s.node.nodeName)).join(', '));
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** The guide's own pages (overview, parts, whole guide, the site's pages), not the tools. */
function isReadingPage(path: string): boolean {
  return /^\/(zh|en)\/([a-z-]+\/)?$/.test(path) && !/\/(search|plan|letters)\//.test(path);
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR' } as const;

/** The recorded layout shifts ("0.0123 heading-tools") a reader could see. */
function visibleShifts(shifts: unknown): string[] {
  return (shifts as string[]).filter((entry) => Number.parseFloat(entry) >= 0.001);
}

/** Waits until every custom element on the page is defined and two frames have been painted. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const names = new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.includes('-')));
    await Promise.all([...names].map((name) => customElements.whenDefined(name)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

describe.each(allPages())('%s', (path) => {
  it('on a phone: within budget, nothing render-blocking, layers in order, no CSP violation, error or shift, axe clean light and dark', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, {
      ...PHONE,
      colorScheme: 'light',
    });
    await page.addInitScript(RECORD);
    const load = await visitFirstLoad(page, env.site.url(path), path, firstLoadExclusions(path));
    expect(load.requests).toBeGreaterThan(0);
    expect(overBudget(load)).toEqual([]);
    // Inlined CSS comes as <style> blocks in an order Astro picks: the layers must still rank as declared.
    expect(load.layerOrder).toEqual(LAYERS);
    await settled(page);
    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    // The reading pages' text must not move as scripts add their controls; the tool pages are
    // built up by their scripts on purpose (the search panel, the worksheet's rows). A shift
    // scored under 0.001 (a hundredth of what counts as a small shift) is sub-pixel rounding that
    // Chromium reports only on a busy machine ("0.0000 heading-tools"); no reader can see it.
    if (isReadingPage(path)) expect(visibleShifts(await page.evaluate('window.__shifts'))).toEqual([]);
    expect(await axeViolations(page), 'light').toEqual([]);
    // The same page in the dark scheme: the media query switches the colours in place.
    await page.emulateMedia({ colorScheme: 'dark' });
    await settled(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page), 'dark').toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('the sweep’s checks can fail', () => {
  it('sees a render-blocking stylesheet and a layer out of order', async () => {
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

  it('sees an injected inline script blocked, a layout shift and an axe violation', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin, PHONE);
    await page.addInitScript(RECORD);
    await page.goto(env.site.url('/en/'));
    await settled(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      const faint = document.createElement('p');
      faint.textContent = 'pushed in late';
      faint.style.color = '#eeeeee';
      document.querySelector('h1')?.after(faint, document.createElement('img'));
      document.body.append(script);
    });
    await settled(page);
    expect(await page.evaluate('window.__injected === true')).toBe(false);
    expect(((await page.evaluate('window.__cspViolations')) as string[]).length).toBeGreaterThan(0);
    expect(visibleShifts(await page.evaluate('window.__shifts')).length).toBeGreaterThan(0);
    const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
    await context.close();
  });

  it('the server sends the CSP header', async () => {
    const response = await fetch(env.site.url('/zh/'));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
