import { describe, expect, it } from 'vitest';
import { newWatchedPage } from '../helpers/browser.ts';
import { allPages } from '../helpers/dist.ts';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

describe('the policy in a real browser', () => {
  it('the server sends the CSP header', async () => {
    const response = await fetch(env.site.url('/zh/'));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it.each(allPages())('%s loads with no CSP violation, page error or outside request', async (path) => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, { locale: 'fr-FR' });
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(env.site.url(path));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    expect(problems).toEqual({ errors: [], console: [], foreignRequests: [] });
    await context.close();
  });

  it('really blocks an injected inline script (the check above can fail)', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(env.site.url('/en/'));
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
