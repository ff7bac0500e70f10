import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compactPlan, type Plan, toPlan } from '../../src/features/worksheet/plan';
import { t } from '../../src/i18n/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { newWatchedPage } from '../helpers/browser';
import { useServedSite } from '../helpers/served-site.ts';

/** The reader tools (issue 6) in a real browser: the worksheet and the cost-of-delay estimator. */

const STORAGE_KEY = 'weilidai-guide:plan';
const NO_PROBLEMS = { errors: [], console: [], foreignRequests: [] };

const env = useServedSite();

async function openPlan(lang: 'zh' | 'en' = 'en', options = {}) {
  const watched = await newWatchedPage(env.browser, env.site.origin, {
    viewport: { width: 390, height: 900 },
    ...options,
  });
  await watched.page.goto(env.site.url(`/${lang}/plan/`));
  // The script shows its controls once it has loaded its strings.
  await watched.page.locator('[data-export]').waitFor({ state: 'visible' });
  return watched;
}

async function storedPlan(page: Page): Promise<Plan | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : compactPlan(toPlan((JSON.parse(raw) as { plan: unknown }).plan));
}

async function fillPlan(page: Page) {
  await page.getByLabel('Amount to repay in full (yuan)', { exact: true }).fill('12,345.67');
  await page.getByLabel('Date it is due', { exact: true }).fill('2026-12-31');
  const sum1 = page.locator('[data-list="sums"] > li').nth(0);
  await sum1.getByLabel('Date', { exact: true }).fill('2026-12-01');
  await sum1.getByLabel('Amount (yuan)', { exact: true }).fill('3000');
  await sum1.getByLabel('Source', { exact: true }).selectOption({ label: 'Cut non-essential spending' });
  await sum1.getByLabel('Details', { exact: true }).fill('Cook at home | no takeaway\nsecond line');
  const sum2 = page.locator('[data-list="sums"] > li').nth(1);
  await sum2.getByLabel('Amount (yuan)', { exact: true }).fill('5000.5');
  await sum2.getByLabel('Source', { exact: true }).selectOption('family');
  await page.getByRole('button', { name: 'Add a sum' }).click();
  const sum4 = page.locator('[data-list="sums"] > li').nth(3);
  await sum4.getByLabel('Amount (yuan)', { exact: true }).fill('0.1');
  await page.getByLabel('What could go wrong', { exact: true }).first().fill('Salary paid late');
  await page.getByLabel('What you will do', { exact: true }).first().fill('Use the reserve');
  await page.getByLabel('Reserve fund amount (yuan)', { exact: true }).fill('800');
  await page.getByLabel('Date of the call', { exact: true }).first().fill('2026-11-28');
  await page.getByLabel('What was agreed', { exact: true }).first().fill('Pay in full by 31 Dec');
}

describe('the repayment-plan worksheet', () => {
  it('keeps what the reader types in this browser, with a running total, and sends nothing', async () => {
    const { context, page, problems } = await openPlan();
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await fillPlan(page);
    const total = page.locator('[data-total-text]');
    await expect(total.textContent()).resolves.toContain('Planned: ¥8,000.60');
    await expect(total.textContent()).resolves.toContain('To repay: ¥12,345.67');
    await expect(total.textContent()).resolves.toContain('Still short by ¥4,345.07');
    expect(requests, 'requests while editing').toEqual([]);

    const before = await storedPlan(page);
    expect(before?.owed).toBe('12,345.67');
    expect(before?.sums).toHaveLength(3);
    await page.reload();
    await page.locator('[data-export]').waitFor({ state: 'visible' });
    await expect(page.getByLabel('Amount to repay in full (yuan)', { exact: true }).inputValue()).resolves.toBe(
      '12,345.67',
    );
    const sum1 = page.locator('[data-list="sums"] > li').nth(0);
    await expect(sum1.getByLabel('Details', { exact: true }).inputValue()).resolves.toBe(
      'Cook at home | no takeaway\nsecond line',
    );
    await expect(sum1.getByLabel('Source', { exact: true }).inputValue()).resolves.toBe('spending');
    await expect(page.getByLabel('What was agreed', { exact: true }).first().inputValue()).resolves.toBe(
      'Pay in full by 31 Dec',
    );
    await expect(total.textContent()).resolves.toContain('Still short by ¥4,345.07');
    expect(await storedPlan(page)).toEqual(before);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('shows a surplus as reserve, and a message by a mistyped amount', async () => {
    const { context, page, problems } = await openPlan();
    await page.getByLabel('Amount to repay in full (yuan)', { exact: true }).fill('1000');
    const amount = page.locator('[data-list="sums"] > li').nth(0).getByLabel('Amount (yuan)', { exact: true });
    await amount.fill('1200.5');
    await expect(page.locator('[data-total-text]').textContent()).resolves.toContain(
      '¥200.50 more than you owe: keep it as your reserve',
    );
    await amount.fill('12abc');
    await amount.blur();
    await expect(amount.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = await amount.getAttribute('aria-describedby');
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe(t('en').forms.errors.notNumber);
    await expect(page.locator('[data-total-text]').textContent()).resolves.toContain('1 amount could not be read');
    await amount.fill('12');
    await expect(amount.getAttribute('aria-invalid')).resolves.toBeNull();
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('clears everything only after the reader confirms', async () => {
    const { context, page, problems } = await openPlan();
    await fillPlan(page);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    const confirm = page.getByRole('group', { name: /Delete the whole plan/ });
    await expect(confirm.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel, keep the plan');
    await page.keyboard.press('Enter');
    await expect(confirm.isVisible()).resolves.toBe(false);
    expect((await storedPlan(page))?.owed).toBe('12,345.67');

    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(page.getByLabel('Amount to repay in full (yuan)', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.locator('[data-list="sums"] > li').count()).resolves.toBe(1);
    expect(await storedPlan(page)).toBeNull();
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('The plan was cleared.');
    await page.reload();
    await page.locator('[data-export]').waitFor({ state: 'visible' });
    await expect(page.getByLabel('Amount to repay in full (yuan)', { exact: true }).inputValue()).resolves.toBe('');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('exports a Markdown file that imports back to the same plan, in either language', async () => {
    const { context, page, problems } = await openPlan('en', { acceptDownloads: true });
    await fillPlan(page);
    const plan = await storedPlan(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^repayment-plan-\d{4}-\d{2}-\d{2}\.md$/);
    const file = await download.path();
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toContain('# Repayment plan');
    expect(markdown).toContain(
      '| 2026-12-01 | 3000 | Cut non-essential spending | Cook at home \\| no takeaway<br>second line |',
    );

    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    expect(await storedPlan(page)).toBeNull();
    await page
      .locator('[data-import-file]')
      .setInputFiles({ name: 'plan.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('The plan was restored from the file.');
    expect(await storedPlan(page)).toEqual(plan);
    await expect(page.getByLabel('Amount to repay in full (yuan)', { exact: true }).inputValue()).resolves.toBe(
      '12,345.67',
    );

    // The same file on the Chinese page.
    await page.goto(env.site.url('/zh/plan/'));
    await page.locator('[data-export]').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: '清除全部内容' }).click();
    await page.getByRole('button', { name: '确定清除' }).click();
    await page
      .locator('[data-import-file]')
      .setInputFiles({ name: 'plan.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('已从文件恢复计划。');
    expect(await storedPlan(page)).toEqual(plan);

    await page
      .locator('[data-import-file]')
      .setInputFiles({ name: 'x.md', mimeType: 'text/markdown', buffer: Buffer.from('# Shopping\n- milk') });
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('不是本站导出的还款计划');
    expect(await storedPlan(page)).toEqual(plan);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('prints on one A4 page with the date', async () => {
    const { context, page, problems } = await openPlan();
    await fillPlan(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-printed]').textContent()).resolves.toMatch(
      /^Printed on \d{1,2} \w+ \d{4}$|^Printed on \w+ \d{1,2}, \d{4}$/,
    );
    await expect(page.locator('[data-printed]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-export]').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it.each(['zh', 'en'] as const)('in %s works at 320 px without sideways scrolling', async (lang) => {
    const { context, page, problems } = await openPlan(lang, { viewport: { width: 320, height: 700 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('without JavaScript is a blank worksheet to print, with no dead buttons', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, {
      javaScriptEnabled: false,
    });
    await page.goto(env.site.url('/zh/plan/'));
    await expect(page.locator('main h2').allTextContents()).resolves.toEqual([
      '需要偿还的金额',
      '计划筹集的款项',
      '可能出现的问题及应对措施',
      '备用资金',
      '与客服的沟通记录',
    ]);
    await expect(page.locator('[data-list="sums"] > li').count()).resolves.toBe(3);
    await expect(page.getByText('没有启用 JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.locator('main button:visible').count()).resolves.toBe(0);
    await expect(page.locator('[data-list="sums"] option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['减少非必要开支', '寻求亲友支持', '变卖闲置物品', '增收']),
    );
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

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

  const errors = t('en').forms.errors;
  it.each([
    ['amountFen', '', errors.empty],
    ['amountFen', '-100', errors.negative],
    ['amountFen', 'ten thousand', errors.notNumber],
    ['rate', '1.5', errors.rateTooHigh],
    ['rate', 'abc', errors.rateNotNumber],
    ['multiple', '1,5', errors.ambiguousComma],
    ['multiple', '', errors.empty],
    ['multiple', '-2', errors.negative],
    ['days', '100000', errors.daysTooMany],
    ['days', '3.5', errors.daysNotWhole],
    ['days', 'x', errors.daysNotNumber],
  ] as const)('%s = "%s" gets its message next to the field', async (field, value, message) => {
    const { context, page, problems } = await openEstimator();
    const good = { amount: '10000', rate: '0.05', multiple: '1.5', days: '30' };
    const key = field === 'amountFen' ? 'amount' : field;
    await estimateWith(page, { ...good, [key]: value });
    const input = page.locator(`#estimator-${field}`);
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(input.getAttribute('aria-describedby')).resolves.toContain(`estimator-${field}-error`);
    await expect(page.locator(`#estimator-${field}-error`).textContent()).resolves.toBe(message);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(`estimator-${field}`);
    await expect(page.locator('[data-estimator-result]').isVisible()).resolves.toBe(false);
    const text = await page.locator('main').textContent();
    expect(text).not.toMatch(/NaN|Infinity/);
    // Correcting the field takes the message away.
    await input.fill(good[key]);
    await expect(input.getAttribute('aria-invalid')).resolves.toBeNull();
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('says it needs JavaScript, and shows no controls, when JavaScript is off', async () => {
    const { context, page, problems } = await openEstimator('en', { javaScriptEnabled: false });
    await expect(page.getByText('This estimator needs JavaScript to work.').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-estimator] input:visible, [data-estimator] button:visible').count()).resolves.toBe(
      0,
    );
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('is a link on the whole-guide page, to the estimator on its section page', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/en/full/'));
    await expect(page.locator('[data-estimator]').count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Work it out with the cost-of-delay estimator' }).click();
    await page.waitForURL(env.site.url('/en/why-full-repayment/#cost-estimator'));
    await expect(page.locator('#cost-estimator').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('the tools in use have no axe violations (%s)', (colorScheme) => {
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

  it('the worksheet filled, with a message and the clear step open', async () => {
    const { context, page, problems } = await openPlan('en', { colorScheme });
    await fillPlan(page);
    const amount = page.locator('[data-list="sums"] > li').nth(1).getByLabel('Amount (yuan)', { exact: true });
    await amount.fill('abc');
    await amount.blur();
    await page.getByRole('button', { name: 'Clear everything' }).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});
