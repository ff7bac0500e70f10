import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { newWatchedPage } from '../helpers/browser';
import { useServedSite } from '../helpers/served-site.ts';

/** The cost-of-delay estimator in a real browser (the worksheet has its own file: worksheet.test.ts). */

const NO_PROBLEMS = { errors: [], console: [], foreignRequests: [] };

const env = useServedSite();

async function openEstimator(lang: 'zh' | 'en' = 'en', options = {}) {
  const watched = await newWatchedPage(env.browser, env.site.origin, {
    viewport: { width: 390, height: 900 },
    ...options,
  });
  await watched.page.goto(env.site.url(`/${lang}/why-full-repayment/`));
  return watched;
}

async function estimateWith(page: Page, values: Record<'amount' | 'rate' | 'multiple' | 'days', string>) {
  await page.locator('#estimator-amountFen').fill(values.amount);
  await page.locator('#estimator-rate').fill(values.rate);
  await page.locator('#estimator-multiple').fill(values.multiple);
  await page.locator('#estimator-days').fill(values.days);
  await page.locator('[data-estimator-form] button[type="submit"]').click();
}

describe('the cost-of-delay estimator', () => {
  it('gives the hand-computed figures for a known input', async () => {
    const { context, page, problems } = await openEstimator();
    // ¥10,000 × 0.05% × 1.5 = ¥7.50 a day.
    await estimateWith(page, { amount: '10000', rate: '0.05', multiple: '1.5', days: '30' });
    const result = page.locator('[data-estimator-result]');
    await result.waitFor({ state: 'visible' });
    await expect(result.locator('[data-out="soFar"]').textContent()).resolves.toBe(
      'So far (30 days), the penalty interest is about ¥225.00.',
    );
    await expect(result.locator('[data-out="more"]').textContent()).resolves.toBe(
      'Each further day of delay adds about ¥7.50; each further week adds about ¥52.50; each further month (30 days) adds about ¥225.00.',
    );
    await expect(result.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      'Today\t¥225.00',
      'In 15 days\t¥337.50',
      'In 30 days\t¥450.00',
      'In 45 days\t¥562.50',
      'In 60 days\t¥675.00',
      'In 75 days\t¥787.50',
      'In 90 days\t¥900.00',
    ]);
    await expect(page.getByRole('img', { name: /¥900\.00 in 90 days/ }).count()).resolves.toBe(1);
    await expect(page.locator('[data-estimator-status]').textContent()).resolves.toContain('¥225.00');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('works in Chinese too', async () => {
    const { context, page, problems } = await openEstimator('zh');
    await estimateWith(page, { amount: '１２３４.５６', rate: '0.05%', multiple: '1.5', days: '1' });
    const result = page.locator('[data-estimator-result]');
    await result.waitFor({ state: 'visible' });
    await expect(result.locator('[data-out="soFar"]').textContent()).resolves.toBe(
      '到目前为止（1 天），罚息约为 ¥0.93。',
    );
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  // Every reason a number is refused is unit-tested (estimate.test.ts, money.test.ts); this
  // proves the wiring for each field, one case after another in one tab.
  const errors = t('en').forms.errors;
  const cases = [
    ['amountFen', '', errors.empty],
    ['amountFen', '-100', errors.negative],
    ['amountFen', 'ten thousand', errors.notNumber],
    ['rate', '1.5', errors.rateTooHigh],
    ['rate', 'abc', errors.rateNotNumber],
    ['multiple', '1,5', errors.ambiguousComma],
    ['multiple', '-2', errors.negative],
    ['days', '3.5', errors.daysNotWhole],
    ['days', 'x', errors.daysNotNumber],
  ] as const;
  it('puts each refused value’s message next to its field, and takes it away once corrected', async () => {
    const { context, page, problems } = await openEstimator();
    const good = { amount: '10000', rate: '0.05', multiple: '1.5', days: '30' };
    for (const [field, value, message] of cases) {
      const key = field === 'amountFen' ? 'amount' : field;
      await estimateWith(page, { ...good, [key]: value });
      const input = page.locator(`#estimator-${field}`);
      await expect(input.getAttribute('aria-invalid'), `${field} = ${value}`).resolves.toBe('true');
      await expect(input.getAttribute('aria-describedby')).resolves.toContain(`estimator-${field}-error`);
      await expect(page.locator(`#estimator-${field}-error`).textContent()).resolves.toBe(message);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`estimator-${field}`);
      await expect(page.locator('[data-estimator-result]').isVisible()).resolves.toBe(false);
      expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/);
      // Correcting the field takes the message away.
      await input.fill(good[key]);
      await expect(input.getAttribute('aria-invalid')).resolves.toBeNull();
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('says it needs JavaScript, and shows no controls, when JavaScript is off', async () => {
    const { context, page, problems } = await openEstimator('en', { javaScriptEnabled: false });
    await expect(page.getByText('This estimator needs JavaScript to work.').isVisible()).resolves.toBe(true);
    await expect(page.locator('cost-estimator input:visible, cost-estimator button:visible').count()).resolves.toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('is a link on the whole-guide page, to the estimator on its section page', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/en/full/'));
    await expect(page.locator('cost-estimator').count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Work it out with the cost-of-delay estimator' }).click();
    await page.waitForURL(env.site.url('/en/why-full-repayment/#cost-estimator'));
    await expect(page.locator('#cost-estimator').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('the estimator in use has no axe violations (%s)', (colorScheme) => {
  it('the estimator with messages, then with a result', async () => {
    const { context, page, problems } = await openEstimator('zh', { colorScheme });
    await estimateWith(page, { amount: '', rate: '2', multiple: 'x', days: '-1' });
    await page.locator('#estimator-days-error').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    await estimateWith(page, { amount: '10000', rate: '0.05', multiple: '1.5', days: '30' });
    await page.locator('[data-estimator-result]').waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});
