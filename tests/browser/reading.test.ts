import { describe, expect, it } from 'vitest';
import { newWatchedPage } from '../helpers/browser';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

describe('the root page', () => {
  it.each([
    ['zh-CN', '/zh/'],
    ['en-GB', '/en/'],
  ])('sends a browser that prefers %s to %s', async (locale, target) => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, { locale });
    await page.goto(env.site.url('/'));
    await page.waitForURL(env.site.url(target));
    expect(problems).toEqual({ errors: [], console: [], foreignRequests: [] });
    const cookies = await context.cookies();
    expect(cookies).toEqual([]);
    await context.close();
  });

  it('stays put and offers both links when the browser prefers neither language', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin, { locale: 'fr-FR' });
    // Every navigation the page starts, even one not yet committed when the checks below run.
    const navigations: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(request.url());
    });
    await page.goto(env.site.url('/'));
    // Once <language-choice> has run and decided, the page is still the root.
    await page.evaluate(() => customElements.whenDefined('language-choice'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await page.waitForLoadState('networkidle');
    expect(navigations.map((url) => new URL(url).pathname)).toEqual(['/']);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.getByRole('link', { name: /English/ }).count()).resolves.toBe(1);
    await context.close();
  });

  it('shows both links without JavaScript', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin, {
      javaScriptEnabled: false,
      locale: 'en-GB',
    });
    await page.goto(env.site.url('/'));
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('main a[href="/zh/"]').isVisible()).toBe(true);
    expect(await page.locator('main a[href="/en/"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('reading without JavaScript', () => {
  it('shows the whole article text of a section', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin, { javaScriptEnabled: false });
    await page.goto(env.site.url('/zh/strategies/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('三、微粒贷逾期后的全款偿还策略');
    await expect(page.locator('#raise-funds').isVisible()).resolves.toBe(true);
    await expect(page.locator('article li').count()).resolves.toBeGreaterThanOrEqual(8);
    await context.close();
  });
});

describe('unknown addresses', () => {
  it('get the bilingual 404 page', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    const response = await page.goto(env.site.url('/zh/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    await context.close();
  });
});
