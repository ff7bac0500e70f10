import { describe, expect, it } from 'vitest';
import { newWatchedPage } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

const env = useServedSite();

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/zh/strategies/'));
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, href: el.getAttribute('href'), visible: box.top >= 0 && box.height > 0 };
    });
    expect(first).toEqual({ text: '跳到正文', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it.each(['/en/why-full-repayment/', '/zh/', '/'])(
    'on %s every control is reachable by Tab, named, and shows a visible focus style',
    async (path) => {
      const { context, page } = await newWatchedPage(env.browser, env.site.origin, { locale: 'fr-FR' });
      await page.goto(env.site.url(path));
      const expected = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]'),
          ].filter((el) => !el.hidden && el.getClientRects().length > 0).length,
      );
      const seen: string[] = [];
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const focusShown =
            (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
            style.boxShadow !== 'none' ||
            style.backgroundColor !== getComputedStyle(el.parentElement ?? el).backgroundColor;
          // A form field is named by its <label> (the estimator's inputs are).
          const labels = (el as HTMLInputElement).labels;
          const name = (el.getAttribute('aria-label') ?? labels?.[0]?.textContent ?? el.textContent ?? '').trim();
          // The walk ends when focus comes back round to an element it has already visited.
          const visit = el.dataset.tabVisit ?? String(document.querySelectorAll('[data-tab-visit]').length);
          el.dataset.tabVisit = visit;
          return { key: `${visit} ${el.tagName} ${el.getAttribute('href') ?? ''} ${name}`, name, focusShown };
        });
        if (!state || seen.includes(state.key)) break;
        seen.push(state.key);
        expect(state.name, state.key).not.toBe('');
        expect(state.focusShown, `focus not visible on ${state.key}`).toBe(true);
      }
      expect(seen.length).toBe(expected);
      await context.close();
    },
  );
});

describe('motion', () => {
  it('scrolls smoothly only for readers who have not asked for reduced motion', async () => {
    for (const [reducedMotion, expected] of [
      ['reduce', 'auto'],
      ['no-preference', 'smooth'],
    ] as const) {
      const { context, page } = await newWatchedPage(env.browser, env.site.origin, { reducedMotion });
      await page.goto(env.site.url('/en/'));
      // Arriving on a page (nothing focused) jumps straight to a #heading; following an in-page
      // link (something focused) scrolls smoothly, unless the reader asked for reduced motion.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
      await page.locator('.on-this-page a, .contents a').first().focus();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(expected);
      await context.close();
    }
  });
});
