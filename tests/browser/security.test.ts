import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newWatchedPage } from '../helpers/browser.ts';
import { allPages } from '../helpers/dist.ts';
import { type StaticSite, serveDist } from '../helpers/server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

describe('the policy in a real browser', () => {
  it('the server sends the CSP header', async () => {
    const response = await fetch(site.url('/zh/'));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it.each(allPages())('%s loads with no CSP violation, page error or outside request', async (path) => {
    const { context, page, problems } = await newWatchedPage(browser, site.origin, { locale: 'fr-FR' });
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(site.url(path));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    expect(problems).toEqual({ errors: [], console: [], foreignRequests: [] });
    await context.close();
  });

  it('really blocks an injected inline script (the check above can fail)', async () => {
    const { context, page } = await newWatchedPage(browser, site.origin);
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(site.url('/en/'));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate('window.__injected === true')).toBe(false);
    expect(((await page.evaluate('window.__cspViolations')) as string[]).length).toBeGreaterThan(0);
    await context.close();
  });
});
