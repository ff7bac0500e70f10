import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newWatchedPage } from '../helpers/browser';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' };

async function open(path: string, options: BrowserContextOptions = {}, init?: string) {
  const watched = await newWatchedPage(env.browser, env.site.origin, { ...PHONE, ...options });
  if (init) await watched.page.addInitScript(init);
  await watched.page.goto(env.site.url(path));
  return watched;
}

/** Where a heading sits relative to the header and the viewport. */
function placement(page: Page, id: string) {
  return page.evaluate(`(() => {
    const heading = document.getElementById(${JSON.stringify(id)}).getBoundingClientRect();
    const header = document.querySelector('.site-header').getBoundingClientRect();
    return { top: heading.top, bottom: heading.bottom, headerBottom: header.bottom, viewport: innerHeight };
  })()`) as Promise<{ top: number; bottom: number; headerBottom: number; viewport: number }>;
}

async function expectInView(page: Page, id: string) {
  const at = await placement(page, id);
  expect(at.top).toBeGreaterThanOrEqual(at.headerBottom);
  expect(at.top).toBeGreaterThanOrEqual(0);
  expect(at.bottom).toBeLessThanOrEqual(at.viewport);
}

const noProblems = { errors: [], console: [], foreignRequests: [] };

describe('copying a heading link', () => {
  it('puts the absolute URL of the heading on the clipboard and says so politely', async () => {
    const { context, page, problems } = await open('/zh/strategies/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
    const button = page.locator('button[data-copy="raise-funds"]');
    await expect(button.getAttribute('hidden')).resolves.toBeNull();
    await expect(button.textContent()).resolves.toBe('复制本节链接：优先筹措资金');
    await button.click();
    await expect
      .poll(() => page.evaluate('navigator.clipboard.readText()'))
      .toBe(`${env.site.origin}/zh/strategies/#raise-funds`);
    await expect.poll(() => page.locator('#share-status').textContent()).toBe('链接已复制');
    await expect(page.locator('#share-status').getAttribute('role')).resolves.toBe('status');
    expect(problems).toEqual(noProblems);
    await context.close();
  });

  it('copies the page link from the page control', async () => {
    const { context, page } = await open('/en/causes/?utm_source=chat#income-change', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
    await page.locator('.page-share button[data-copy=""]').click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(`${env.site.origin}/en/causes/`);
    await expect.poll(() => page.locator('#share-status').textContent()).toBe('Link copied');
    await context.close();
  });

  it('shows the link selected in a box when the clipboard is refused', async () => {
    const refuse = `Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });`;
    const { context, page, problems } = await open('/en/strategies/', {}, refuse);
    await page.locator('button[data-copy="raise-funds"]').click();
    const input = page.locator('.share-fallback input');
    await expect(input.inputValue()).resolves.toBe(`${env.site.origin}/en/strategies/#raise-funds`);
    await expect(input.isVisible()).resolves.toBe(true);
    const selection = await page.evaluate(
      `(() => { const el = document.activeElement; return { focused: el.matches('.share-fallback input'), start: el.selectionStart, end: el.selectionEnd, length: el.value.length }; })()`,
    );
    expect(selection).toMatchObject({ focused: true, start: 0 });
    expect((selection as { end: number; length: number }).end).toBe((selection as { length: number }).length);
    await expect(page.getByLabel('Link to share').count()).resolves.toBe(1);
    await expect.poll(() => page.locator('#share-status').textContent()).toContain('could not be copied');
    expect(problems).toEqual(noProblems);
    await context.close();
  });
});

describe('sharing', () => {
  it('offers no share button where the env.browser has no share sheet', async () => {
    const { context, page } = await open('/en/strategies/', {}, 'delete Navigator.prototype.share;');
    await expect(page.locator('button[data-share]:not([hidden])').count()).resolves.toBe(0);
    await context.close();
  });

  it('opens the share sheet with the title and the heading URL', async () => {
    const stub = `navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };`;
    const { context, page, problems } = await open('/zh/strategies/', {}, stub);
    await page.locator('button[data-share="raise-funds"]').click();
    const shared = (await page.evaluate('window.__shared')) as { title: string; url: string };
    expect(shared.url).toBe(`${env.site.origin}/zh/strategies/#raise-funds`);
    expect(shared.title).toContain('优先筹措资金');
    expect(problems).toEqual(noProblems);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the # links work and no dead buttons show', async () => {
    const { context, page } = await open('/zh/strategies/', { javaScriptEnabled: false });
    await expect(page.locator('button:visible').count()).resolves.toBe(0);
    await page.locator('a[href="#raise-funds"]').last().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#raise-funds$/);
    await expectInView(page, 'raise-funds');
    await context.close();
  });
});

describe('arriving on a heading', () => {
  it.each(['/zh/strategies/#raise-funds', '/en/after-repayment/#mental-health', '/zh/full/#keep-in-touch'])(
    '%s shows the heading below the header, marked',
    async (path) => {
      const { context, page, problems } = await open(path);
      const id = path.split('#')[1] as string;
      await expectInView(page, id);
      await expect(page.evaluate(`document.getElementById('${id}').matches(':target')`)).resolves.toBe(true);
      expect(problems).toEqual(noProblems);
      await context.close();
    },
  );

  it('Back returns from a followed heading link to where the reader was', async () => {
    const { context, page } = await open('/en/strategies/');
    await page.locator('.on-this-page a[href="#repayment-plan"]').click();
    await page.waitForURL(/#repayment-plan$/);
    await page.goBack();
    await page.waitForURL(env.site.url('/en/strategies/'));
    await expect(page.evaluate('scrollY')).resolves.toBe(0);
    await context.close();
  });
});

describe('the language switch keeps the place', () => {
  it('/zh/strategies/#raise-funds → /en/strategies/#raise-funds and back', async () => {
    const { context, page, problems } = await open('/zh/strategies/#raise-funds');
    const link = page.locator('a.language-link');
    await expect.poll(() => link.getAttribute('href')).toBe('/en/strategies/#raise-funds');
    await link.click();
    await page.waitForURL(env.site.url('/en/strategies/#raise-funds'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#raise-funds').textContent()).resolves.toMatch(/money/i);
    await expectInView(page, 'raise-funds');
    await expect.poll(() => link.getAttribute('href')).toBe('/zh/strategies/#raise-funds');
    await link.click();
    await page.waitForURL(env.site.url('/zh/strategies/#raise-funds'));
    await expectInView(page, 'raise-funds');
    expect(problems).toEqual(noProblems);
    await context.close();
  });

  it('follows the reader as they scroll, and drops the id back at the top', async () => {
    const { context, page } = await open('/en/causes/');
    const link = page.locator('a.language-link');
    await expect(link.getAttribute('href')).resolves.toBe('/zh/causes/');
    await page.evaluate(`document.getElementById('money-management').scrollIntoView()`);
    await expect.poll(() => link.getAttribute('href')).toBe('/zh/causes/#money-management');
    await page.evaluate('scrollTo(0, 0)');
    await expect.poll(() => link.getAttribute('href')).toBe('/zh/causes/');
    await context.close();
  });

  it('carries a followed anchor on the whole-guide page', async () => {
    const { context, page } = await open('/en/full/');
    await page.locator('.contents a[href="#strategies"]').click();
    await expect.poll(() => page.locator('a.language-link').getAttribute('href')).toBe('/zh/full/#strategies');
    await context.close();
  });
});

describe('heading tools are visible when needed', () => {
  const opacity = (page: Page) =>
    page.evaluate(`getComputedStyle(document.querySelector('#raise-funds + .heading-tools')).opacity`);

  it('on a touch screen, always', async () => {
    const { context, page } = await open('/zh/strategies/', { hasTouch: true, isMobile: true });
    await expect(opacity(page)).resolves.toBe('1');
    await context.close();
  });

  it('with a mouse, on hover and on keyboard focus', async () => {
    const { context, page } = await open('/zh/strategies/', { viewport: { width: 1280, height: 800 } });
    await expect(opacity(page)).resolves.toBe('0');
    await page.locator('#raise-funds').hover();
    await expect(opacity(page)).resolves.toBe('1');
    await page.mouse.move(0, 0);
    await page.locator('#raise-funds + .heading-tools a').focus();
    await expect(opacity(page)).resolves.toBe('1');
    await context.close();
  });
});
