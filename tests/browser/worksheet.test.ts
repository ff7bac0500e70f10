import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planToMarkdown } from '../../src/features/worksheet/file-format';
import { planFileLabels } from '../../src/features/worksheet/file-labels';
import { KEPT_KEY, PLAN_KEY } from '../../src/features/worksheet/keys';
import { blankRow, compactPlan, emptyPlan, LIMITS, type Plan } from '../../src/features/worksheet/plan';
import { listOf } from '../../src/features/worksheet/plan-file';
import { readStoredText, storedText } from '../../src/features/worksheet/storage';
import { t } from '../../src/i18n/index.ts';
import { format, plural } from '../../src/lib/text';
import { axeViolations } from '../helpers/axe.ts';
import { holdScript, newWatchedPage } from '../helpers/browser';
import { useServedSite } from '../helpers/served-site.ts';

/**
 * The repayment-plan worksheet in a real browser: it keeps what the reader writes, in this browser
 * only, through everything that used to lose it (issue 9): files that are not a plan or are cut
 * off, limits, a second tab, big files, a full storage, a stored plan that cannot be read, an
 * import regretted; and the contact log (issue 13). Every test ends by checking the reader's data.
 */

type Lang = 'zh' | 'en';
const LANGS = ['zh', 'en'] as const;
const NO_PROBLEMS = { errors: [], console: [], foreignRequests: [] };
const w = (lang: Lang) => t(lang).worksheet;
const LOCALE = { zh: 'zh-CN', en: 'en-GB' } as const;
const num = (lang: Lang, n: number) => new Intl.NumberFormat(LOCALE[lang]).format(n);

const env = useServedSite();

/** Waits for a condition (the machine may be busy: the wait is long, and never a fixed sleep). */
const poll = <T>(read: () => T | Promise<T>, message?: string) =>
  expect.poll(read, { timeout: 15_000, ...(message ? { message } : {}) });

async function openPlan(lang: Lang = 'en', options = {}) {
  const watched = await newWatchedPage(env.browser, env.site.origin, {
    viewport: { width: 390, height: 900 },
    // No smooth scrolling: the test driver waits for a control to stop moving before it clicks.
    reducedMotion: 'reduce',
    ...options,
  });
  await watched.page.goto(env.site.url(`/${lang}/plan/`));
  // The first script shows the controls; the worksheet's code comes when needed.
  await watched.page.locator('[data-export]').waitFor({ state: 'visible' });
  return watched;
}

/** Waits until the worksheet's code runs (it loads on intent, or at once for a saved plan). */
async function ready(page: Page) {
  await page.locator('plan-worksheet[data-ready]').waitFor({ state: 'attached' });
}

/** Reaches for the form, as a reader does, and waits for the worksheet's code. */
async function start(page: Page) {
  await page.locator('[data-field="owed"]').focus();
  await ready(page);
}

async function reload(page: Page) {
  await page.reload();
  await page.locator('[data-export]').waitFor({ state: 'visible' });
}

async function storedRaw(page: Page, key = PLAN_KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The stored plan without blank rows, or null. */
async function storedPlan(page: Page): Promise<Plan | null> {
  const read = readStoredText(await storedRaw(page));
  if (read.kind === 'unreadable') throw new Error(`unreadable: ${read.raw}`);
  return read.kind === 'plan' ? compactPlan(read.plan) : null;
}

/** Stores `raw` under the plan's key, as if an earlier visit had, and reloads. */
async function withStored(page: Page, raw: string, key = PLAN_KEY) {
  await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [key, raw]);
  await reload(page);
  await ready(page);
}

/**
 * Clicks a control after bringing it to the middle of the screen: brought only just into view,
 * it sits under the page's sticky header, and the test driver spends a second finding a way round.
 */
async function press(control: Locator) {
  await control.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await control.click();
}

const status = (page: Page) => page.locator('plan-worksheet [data-status]').textContent();
const savedLine = (page: Page) => page.locator('[data-saved]').textContent();
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const row = (page: Page, list: string, n: number) => page.locator(`[data-list="${list}"] > li`).nth(n);

async function importFile(page: Page, text: string | Buffer, name = 'plan.md') {
  await page
    .locator('[data-import-file]')
    .setInputFiles({ name, mimeType: 'text/markdown', buffer: typeof text === 'string' ? Buffer.from(text) : text });
}

async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** A plan typed into the form, in either language. */
async function fillPlan(page: Page, lang: Lang = 'en') {
  const s = w(lang);
  await start(page);
  await field(page, s.owed).fill('12,345.67');
  await field(page, s.dueDate).fill('2026-12-31');
  const sum1 = row(page, 'sums', 0);
  await sum1.getByLabel(s.date, { exact: true }).fill('2026-12-01');
  await sum1.getByLabel(s.amount, { exact: true }).fill('3000');
  await sum1.getByLabel(s.source, { exact: true }).selectOption({ label: planFileLabels[lang].sources.spending });
  await sum1.getByLabel(s.details, { exact: true }).fill('Cook at home | no takeaway\nsecond line');
  const sum2 = row(page, 'sums', 1);
  await sum2.getByLabel(s.amount, { exact: true }).fill('5000.5');
  await sum2.getByLabel(s.source, { exact: true }).selectOption('family');
  await page.getByRole('button', { name: s.addSum }).click();
  await row(page, 'sums', 3).getByLabel(s.amount, { exact: true }).fill('0.1');
  await field(page, s.risk).first().fill('Salary paid late');
  await field(page, s.response).first().fill('Use the reserve');
  await field(page, s.reserveAmount).fill('800');
  const contact = row(page, 'contacts', 0);
  await contact.getByLabel(s.contactDate, { exact: true }).fill('2026-11-28');
  await contact.getByLabel(s.time, { exact: true }).fill('14:30');
  await contact.getByLabel(s.how, { exact: true }).selectOption('call');
  await contact.getByLabel(s.who, { exact: true }).fill('Mr Wang');
  await contact.getByLabel(s.number, { exact: true }).fill('95384');
  await contact.getByLabel(s.said, { exact: true }).fill('Asked when I can pay');
  await contact.getByLabel(s.promised, { exact: true }).fill('He will send the amount by SMS');
  await contact.getByLabel(s.agreed, { exact: true }).fill('Pay in full by 31 Dec');
}

/** The plan fillPlan types, as stored (without blank rows). */
const FILLED: Plan = {
  owed: '12,345.67',
  dueDate: '2026-12-31',
  sums: [
    { date: '2026-12-01', amount: '3000', source: 'spending', details: 'Cook at home | no takeaway\nsecond line' },
    { date: '', amount: '5000.5', source: 'family', details: '' },
    { date: '', amount: '0.1', source: '', details: '' },
  ],
  risks: [{ risk: 'Salary paid late', response: 'Use the reserve' }],
  reserveAmount: '800',
  reserveDetails: '',
  contacts: [
    {
      date: '2026-11-28',
      time: '14:30',
      who: 'Mr Wang',
      number: '95384',
      how: 'call',
      said: 'Asked when I can pay',
      promised: 'He will send the amount by SMS',
      agreed: 'Pay in full by 31 Dec',
    },
  ],
};

/** A different plan, to import over FILLED. */
const OTHER: Plan = {
  ...emptyPlan(),
  owed: '800',
  sums: [{ date: '2027-01-05', amount: '800', source: 'income', details: 'Bonus' }],
  contacts: [{ ...blankRow('contacts'), date: '2026-12-02', how: 'wechat', said: '催收人员发来微信' }],
};
const exported = (plan: Plan, lang: Lang = 'zh') => planToMarkdown(plan, planFileLabels[lang], '2026-11-27');

describe('the worksheet keeps what the reader types', () => {
  it('in this browser, with a running total, and sends nothing', async () => {
    const { context, page, problems } = await openPlan();
    await page.waitForLoadState('networkidle');
    await field(page, w('en').owed).focus();
    await ready(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await fillPlan(page);
    const total = page.locator('[data-total-text]');
    await expect(total.textContent()).resolves.toContain('Planned: ¥8,000.60');
    await expect(total.textContent()).resolves.toContain('To repay: ¥12,345.67');
    await expect(total.textContent()).resolves.toContain('Still short by ¥4,345.07');
    expect(requests, 'requests while editing').toEqual([]);
    expect(await storedPlan(page)).toEqual(FILLED);
    await expect(savedLine(page)).resolves.toBe(w('en').saved);

    await reload(page);
    await ready(page);
    const sum1 = row(page, 'sums', 0);
    await expect(sum1.getByLabel('Details', { exact: true }).inputValue()).resolves.toBe(
      'Cook at home | no takeaway\nsecond line',
    );
    await expect(sum1.getByLabel('Source', { exact: true }).inputValue()).resolves.toBe('spending');
    await expect(field(page, 'What you agreed').first().inputValue()).resolves.toBe('Pay in full by 31 Dec');
    await expect(total.textContent()).resolves.toContain('Still short by ¥4,345.07');
    expect(await storedPlan(page)).toEqual(FILLED);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('what a new reader types before the code has arrived', async () => {
    const { context, page, problems } = await openPlan('zh');
    // Typed at once: the code loads on this first focus and saves what is already there.
    await field(page, w('zh').owed).fill('5000');
    await ready(page);
    await poll(() => storedPlan(page)).toEqual({ ...emptyPlan(), owed: '5000' });
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('what a reader with a saved plan types before any script runs goes over the plan, and is saved', async () => {
    const s = w('en');
    const { context, page, problems } = await openPlan('en');
    await withStored(page, storedText(FILLED));
    const release = await holdScript(context, /\/_astro\/PlanWorksheet\.astro[^/]*\.js$/);
    await page.reload({ waitUntil: 'commit' });
    await field(page, s.risk).first().fill('Lose my job in March');
    release();
    await ready(page);
    await poll(async () => (await storedPlan(page))?.risks[0]?.risk).toBe('Lose my job in March');
    await expect(field(page, s.risk).first().inputValue()).resolves.toBe('Lose my job in March');
    expect((await storedPlan(page))?.owed).toBe(FILLED.owed);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it.each(LANGS)(
    'in %s, a saved plan is not typed over while its code arrives, nor lost if it cannot',
    async (lang) => {
      const s = w(lang);
      const { context, page, problems } = await openPlan(lang);
      await withStored(page, storedText(FILLED));
      // Hold the worksheet's code back until the test lets it through; then make it fail to arrive.
      const release = await holdScript(context, /\/_astro\/worksheet\.[^/]+\.js$/);
      await page.reload();
      await page.locator('[data-export]').waitFor({ state: 'visible' });
      await expect(savedLine(page)).resolves.toBe(s.loading);
      await expect(
        page
          .locator('.plan__part')
          .first()
          .evaluate((el) => (el as HTMLElement).inert),
      ).resolves.toBe(true);
      release();
      await ready(page);
      await expect(field(page, s.owed).inputValue()).resolves.toBe(FILLED.owed);
      await expect(savedLine(page)).resolves.toBe(s.saved);

      await context.unroute(/\/_astro\/worksheet\.[^/]+\.js$/);
      await context.route(/\/_astro\/worksheet\.[^/]+\.js$/, (route) => route.abort());
      await page.reload();
      await poll(() => savedLine(page)).toBe(s.loadFailed);
      await expect(
        page
          .locator('.plan__part')
          .first()
          .evaluate((el) => (el as HTMLElement).inert),
      ).resolves.toBe(false);
      expect(await storedPlan(page)).toEqual(FILLED);
      // The failed fetch is reported as a console error by the browser; nothing else went wrong.
      expect(problems.errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    },
  );

  it('shows a surplus as reserve, and a message by a mistyped amount', async () => {
    const { context, page, problems } = await openPlan();
    await start(page);
    await field(page, 'Amount to repay in full (yuan)').fill('1000');
    const amount = row(page, 'sums', 0).getByLabel('Amount (yuan)', { exact: true });
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
    expect((await storedPlan(page))?.sums[0]?.amount).toBe('12');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('clears the plan only after the reader confirms', async () => {
    const { context, page, problems } = await openPlan();
    await fillPlan(page);
    await page.getByRole('button', { name: 'Clear the plan' }).click();
    const confirm = page.getByRole('group', { name: /Delete the whole plan/ });
    await expect(confirm.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel, keep the plan');
    await page.keyboard.press('Enter');
    await expect(confirm.isVisible()).resolves.toBe(false);
    expect(await storedPlan(page)).toEqual(FILLED);

    await page.getByRole('button', { name: 'Clear the plan' }).click();
    await page.getByRole('button', { name: 'Yes, clear the plan' }).click();
    await expect(field(page, 'Amount to repay in full (yuan)').inputValue()).resolves.toBe('');
    await expect(page.locator('[data-list="sums"] > li').count()).resolves.toBe(1);
    expect(await storedPlan(page)).toBeNull();
    await poll(() => status(page)).toBe('The plan was cleared.');
    await reload(page);
    await expect(field(page, 'Amount to repay in full (yuan)').inputValue()).resolves.toBe('');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it.each(LANGS)('in %s works at 320 px without sideways scrolling, with the contact log', async (lang) => {
    const { context, page, problems } = await openPlan(lang, { viewport: { width: 320, height: 700 } });
    await fillPlan(page, lang);
    await page.locator('#contact-log').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('without JavaScript is a blank worksheet to print, with no dead buttons', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, {
      javaScriptEnabled: false,
    });
    await page.goto(env.site.url('/zh/plan/'));
    await expect(page.locator('main h2:visible').allTextContents()).resolves.toEqual([
      '需要偿还的金额',
      '计划筹集的款项',
      '可能出现的问题及应对措施',
      '备用资金',
      '联系记录',
    ]);
    await expect(page.locator('[data-list="sums"] > li').count()).resolves.toBe(3);
    await expect(page.locator('#contact-log [data-list="contacts"] > li').count()).resolves.toBe(2);
    await expect(page.getByText('没有启用 JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.locator('main button:visible').count()).resolves.toBe(0);
    await expect(page.locator('[data-list="sums"] option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['减少非必要开支', '寻求亲友支持', '变卖闲置物品', '增收']),
    );
    await expect(page.locator('[data-list="contacts"] option').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['电话', '短信', '微信', '其他']),
    );
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('import: checked first, applied only when the reader confirms, undone at one click', () => {
  it('exports a Markdown file that imports back to the same plan, in either language', async () => {
    const { context, page, problems } = await openPlan('en', { acceptDownloads: true });
    await fillPlan(page);
    const markdown = await exportFile(page);
    expect(markdown).toContain('# Repayment plan');
    expect(markdown).toContain(
      '| 2026-12-01 | 3000 | Cut non-essential spending | Cook at home \\| no takeaway<br>second line |',
    );
    expect(markdown).toContain('## Contact log');
    expect(markdown).toContain(
      '| 2026-11-28 | 14:30 | Mr Wang | 95384 | Phone call | Asked when I can pay | He will send the amount by SMS | Pay in full by 31 Dec |',
    );

    await page.getByRole('button', { name: 'Clear the plan' }).click();
    await page.getByRole('button', { name: 'Yes, clear the plan' }).click();
    expect(await storedPlan(page)).toBeNull();
    await importFile(page, markdown);
    const review = page.getByRole('region', { name: 'Check before you import' });
    await review.waitFor();
    await expect(review.textContent()).resolves.toContain(
      'The file “plan.md” holds the amount to repay “12,345.67”, 3 planned sums, 1 problem to plan for and 1 contact.',
    );
    await expect(review.textContent()).resolves.toContain('Your worksheet is empty, so nothing will be replaced.');
    // Nothing changes before the reader confirms.
    expect(await storedPlan(page)).toBeNull();
    await review.getByRole('button', { name: 'Replace my plan with this file' }).click();
    await poll(() => status(page)).toBe('Your plan was replaced with the one in the file.');
    expect(await storedPlan(page)).toEqual(FILLED);
    await expect(field(page, 'Amount to repay in full (yuan)').inputValue()).resolves.toBe('12,345.67');

    // The same file on the Chinese page.
    await page.goto(env.site.url('/zh/plan/'));
    await ready(page);
    await page.getByRole('button', { name: '清空计划' }).click();
    await page.getByRole('button', { name: '确定清空' }).click();
    await importFile(page, markdown);
    await page.getByRole('button', { name: '用文件中的计划替换' }).click();
    await poll(() => status(page)).toBe('已用文件中的计划替换了原来的计划。');
    expect(await storedPlan(page)).toEqual(FILLED);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it.each(LANGS)('in %s, says what will replace what, and Undo brings the previous plan back', async (lang) => {
    const { context, page, problems } = await openPlan(lang);
    await withStored(page, storedText(FILLED));
    await importFile(page, exported(OTHER, lang), 'other.md');
    const s = w(lang);
    const review = page.getByRole('region', { name: s.reviewTitle });
    await review.waitFor();
    const list = (items: string[]) => listOf(LOCALE[lang], items);
    const contents = (plan: Plan) =>
      list([
        format(s.countOwed, { value: plan.owed }),
        plural(LOCALE[lang], s.countSums, plan.sums.length, { n: plan.sums.length }),
        plural(LOCALE[lang], s.countRisks, plan.risks.length, { n: plan.risks.length }),
        plural(LOCALE[lang], s.countContacts, plan.contacts.length, { n: plan.contacts.length }),
      ]);
    await expect(review.locator('[data-review-file]').textContent()).resolves.toBe(
      format(s.reviewFile, { name: 'other.md', contents: contents(OTHER) }),
    );
    await expect(review.locator('[data-review-current]').textContent()).resolves.toBe(
      format(s.reviewCurrent, { contents: contents(FILLED) }),
    );
    // Cancel keeps the plan.
    await review.getByRole('button', { name: s.keep }).click();
    await poll(() => status(page)).toBe(s.importCancelled);
    expect(await storedPlan(page)).toEqual(FILLED);

    await importFile(page, exported(OTHER, lang), 'other.md');
    await review.getByRole('button', { name: s.replace }).click();
    await poll(() => status(page)).toBe(s.importDone);
    expect(await storedPlan(page)).toEqual(OTHER);
    await expect(field(page, s.owed).inputValue()).resolves.toBe('800');
    await page.getByRole('button', { name: s.undo }).click();
    await poll(() => status(page)).toBe(s.undone);
    expect(await storedPlan(page)).toEqual(FILLED);
    await expect(field(page, s.owed).inputValue()).resolves.toBe('12,345.67');
    await expect(page.getByRole('button', { name: s.undo }).isVisible()).resolves.toBe(false);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('keeps values that are not valid, with their message beside each field', async () => {
    const { context, page, problems } = await openPlan('zh');
    await withStored(page, storedText(FILLED));
    const file = exported(OTHER)
      .replace('- 还款截止日期：', '- 还款截止日期：月底')
      .replace('| 2027-01-05 | 800 | 增收 |', '| 下周五 | 800元左右 | 卖车 |')
      .replace('| 2026-12-02 |   |', '| 2026-12-02 | 下午 |');
    await importFile(page, file);
    const review = page.getByRole('region', { name: '导入前请核对' });
    await review.waitFor();
    await expect(review.locator('[data-review-notes] li').count()).resolves.toBe(5);
    await expect(review.textContent()).resolves.toContain('有 5 处需要核对：');
    await review.getByRole('button', { name: '用文件中的计划替换' }).click();
    await poll(() => status(page)).toBe(w('zh').importDone);
    const s = w('zh');
    const errorOf = async (control: ReturnType<typeof field>) => {
      await expect(control.getAttribute('aria-invalid')).resolves.toBe('true');
      const ids = (await control.getAttribute('aria-describedby'))?.split(' ') ?? [];
      return page.locator(`[id="${ids[0]}"]`).textContent();
    };
    const due = field(page, s.dueDate);
    await expect(due.inputValue()).resolves.toBe('月底');
    await expect(errorOf(due)).resolves.toBe(s.invalidDate);
    const sum = row(page, 'sums', 0);
    await expect(errorOf(sum.getByLabel(s.date, { exact: true }))).resolves.toBe(s.invalidDate);
    await expect(errorOf(sum.getByLabel(s.amount, { exact: true }))).resolves.toBe(t('zh').forms.errors.notNumber);
    await expect(errorOf(sum.getByLabel(s.source, { exact: true }))).resolves.toBe(
      format(s.invalidChoice, { value: '卖车' }),
    );
    await expect(errorOf(row(page, 'contacts', 0).getByLabel(s.time, { exact: true }))).resolves.toBe(s.invalidTime);
    // Kept as they are, in the form and in storage.
    const stored = await storedPlan(page);
    expect(stored?.dueDate).toBe('月底');
    expect(stored?.sums[0]).toEqual({ date: '下周五', amount: '800元左右', source: '卖车', details: 'Bonus' });
    expect(stored?.contacts[0]?.time).toBe('下午');

    // Corrected, the date is a date picker again and its message goes.
    await due.fill('2026-12-31');
    await due.blur();
    await expect(due.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(due.getAttribute('type')).resolves.toBe('date');
    await sum.getByLabel(s.source, { exact: true }).selectOption('sell');
    await expect(sum.locator('option[data-raw]').count()).resolves.toBe(0);
    expect((await storedPlan(page))?.sums[0]?.source).toBe('sell');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('a double click on Export exports once, on Import opens one file picker, on Replace replaces once', async () => {
    const { context, page, problems } = await openPlan('en', { acceptDownloads: true });
    await withStored(page, storedText(FILLED));
    // Every export makes one file URL: count them in the page.
    await page.evaluate(() => {
      const make = URL.createObjectURL.bind(URL);
      Object.assign(window, { exports: 0 });
      URL.createObjectURL = (blob) => {
        (window as unknown as { exports: number }).exports++;
        return make(blob);
      };
    });
    const first = page.waitForEvent('download');
    await page.locator('[data-export]').dblclick();
    await first;
    // A second export would run in the same turn as the first, so it would be counted by now.
    await expect(page.evaluate(() => (window as unknown as { exports: number }).exports)).resolves.toBe(1);

    let pickers = 0;
    page.on('filechooser', () => pickers++);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-import]').dblclick();
    await (await chooser).setFiles({
      name: 'other.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(exported(OTHER)),
    });
    const review = page.getByRole('region', { name: 'Check before you import' });
    await review.waitFor();
    expect(pickers).toBe(1);
    // The Undo button appears where the reader's second click would land: it must not be pressed.
    await review.getByRole('button', { name: 'Replace my plan with this file' }).dblclick();
    await poll(() => status(page)).toBe('Your plan was replaced with the one in the file.');
    expect(await storedPlan(page)).toEqual(OTHER);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('import: files that are not a whole plan are refused with the reason, the plan intact', () => {
  const full = (lang: Lang) => exported(OTHER, lang);
  const cases = (lang: Lang) => {
    const s = w(lang);
    const labels = planFileLabels[lang];
    const sections = {
      sums: s.sumsLegend,
      risks: s.risksLegend,
      reserve: s.reserveLegend,
      contacts: s.contactsLegend,
    };
    return [
      ['a note whose first line is the title', `# ${labels.title}\n\nCall them tomorrow.\n`, s.importNoContent],
      [
        'an export cut off after its first section',
        full(lang).slice(0, full(lang).indexOf(`## ${labels.sumsSection}`)),
        format(s.importMissing, {
          sections: listOf(
            LOCALE[lang],
            Object.values(sections).map((name) => `“${name}”`),
          ),
        }),
      ],
      [
        'an export cut off in the contact log',
        full(lang).slice(0, full(lang).lastIndexOf('|') - 3),
        format(s.importCutOff, { section: s.contactsLegend }),
      ],
      [
        'a file with a section twice',
        full(lang).replace(`## ${labels.reserveSection}`, `## ${labels.owedSection}\n\n## ${labels.reserveSection}`),
        format(s.importDuplicate, { label: labels.owedSection }),
      ],
      ['another file', '# Shopping\n- milk', s.importFailed],
      [
        'a file over the row limit',
        exported(
          { ...OTHER, risks: Array.from({ length: LIMITS.rows + 1 }, (_, i) => ({ risk: `${i}`, response: '' })) },
          lang,
        ),
        format(s.importTooManyRows, {
          section: s.risksLegend,
          n: num(lang, LIMITS.rows + 1),
          max: num(lang, LIMITS.rows),
        }),
      ],
      [
        'a file with a note over the length limit',
        exported({ ...OTHER, reserveDetails: 'x'.repeat(LIMITS.long + 1) }, lang),
        format(s.importTooLong, {
          where: s.reserveLegend,
          field: s.reserveDetails,
          n: num(lang, LIMITS.long + 1),
          max: num(lang, LIMITS.long),
        }),
      ],
    ] as const;
  };

  it.each(LANGS)('in %s', async (lang) => {
    const { context, page, problems } = await openPlan(lang);
    await withStored(page, storedText(FILLED));
    for (const [name, file, message] of cases(lang)) {
      await importFile(page, file);
      await poll(() => status(page), name).toBe(message);
      await expect(page.locator('[data-review]:visible').count(), name).resolves.toBe(0);
      expect(await storedPlan(page), name).toEqual(FILLED);
      await expect(field(page, w(lang).owed).inputValue(), name).resolves.toBe(FILLED.owed);
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it.each(LANGS)('in %s, a file too big is refused before it is read', async (lang) => {
    const { context, page, problems } = await openPlan(lang);
    await withStored(page, storedText(FILLED));
    const big = Buffer.alloc(LIMITS.fileBytes + 500_000, 'a');
    await importFile(page, big, 'video.md');
    const size = (bytes: number) =>
      `${new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
    await poll(() => status(page)).toBe(
      format(w(lang).importTooBig, { size: size(big.length), max: size(LIMITS.fileBytes) }),
    );
    expect(await storedPlan(page)).toEqual(FILLED);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

/** A second page in the same context (same storage), watched for errors like the first. */
async function secondTab(context: BrowserContext, lang: Lang, errors: string[]) {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.site.url(`/${lang}/plan/`));
  await page.locator('[data-export]').waitFor({ state: 'visible' });
  return page;
}

describe('two tabs', () => {
  it.each(LANGS)('in %s stay in step: the newest write wins, and a clear in one clears both', async (lang) => {
    const s = w(lang);
    const { context, page: a, problems } = await openPlan(lang);
    const errors: string[] = [];
    // B is open and untouched: its code loads when A first saves.
    const b = await secondTab(context, lang, errors);
    // The newest page is the one on screen; a page behind it gets no animation frames to settle in.
    await a.bringToFront();
    await fillPlan(a, lang);
    await ready(b);
    // B's code may have arrived after A's last write, with nothing left to bring in step: A
    // writes once more now that B listens.
    await field(a, s.reserveAmount).fill('801');
    await poll(() => field(b, s.reserveAmount).inputValue()).toBe('801');
    await field(a, s.reserveAmount).fill('800');
    await poll(() => field(b, s.owed).inputValue()).toBe('12,345.67');
    await poll(() => status(b)).toBe(s.syncedFromTab);
    // B has heard all of A's writes (the last one fills the contact's last field). Before that,
    // B's copy of the storage can itself be behind A's (Chromium hands a write to another tab a
    // moment later), and no page can merge a write it has not been given.
    await poll(() => row(b, 'contacts', 0).getByLabel(s.agreed, { exact: true }).inputValue()).toBe(
      'Pay in full by 31 Dec',
    );

    await field(b, s.owed).fill('20000');
    await poll(() => field(a, s.owed).inputValue()).toBe('20000');
    await field(a, s.response).first().fill('Ask my sister');
    await poll(() => field(b, s.response).first().inputValue()).toBe('Ask my sister');
    // Neither tab wrote its whole plan over the other's change.
    expect(await storedPlan(a)).toEqual({
      ...FILLED,
      owed: '20000',
      risks: [{ risk: 'Salary paid late', response: 'Ask my sister' }],
    });

    await a.bringToFront();
    await a.getByRole('button', { name: s.clear }).click();
    await a.getByRole('button', { name: s.clearYes }).click();
    await poll(() => field(b, s.owed).inputValue()).toBe('');
    await poll(() => status(b)).toBe(s.clearedInTab);
    await expect(field(b, s.response).first().inputValue()).resolves.toBe('');
    // A keystroke in B after the clear brings nothing of the old plan back.
    await field(b, s.owed).fill('300');
    await poll(() => field(a, s.owed).inputValue()).toBe('300');
    expect(await storedPlan(a)).toEqual({ ...emptyPlan(), owed: '300' });
    expect(errors).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('leave the field the reader is composing in (an input method) alone, and save it when they finish', async () => {
    const s = w('zh');
    const { context, page: a, problems } = await openPlan('zh');
    await withStored(a, storedText(FILLED));
    const b = await secondTab(context, 'zh', []);
    await ready(b);
    // The reader composes in the tab on screen; the other tab writes from behind it.
    await a.bringToFront();
    const detailsA = row(a, 'sums', 0).getByLabel(s.details, { exact: true });
    await detailsA.fill('');
    // B has heard A's write before it writes its own: the two writes come in one order.
    await poll(() => row(b, 'sums', 0).getByLabel(s.details, { exact: true }).inputValue()).toBe('');
    await detailsA.focus();
    const ime = await context.newCDPSession(a);
    await ime.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 });
    // Another tab writes while the reader is mid-word here: a different field, and this one.
    await field(b, s.owed).fill('999');
    await row(b, 'sums', 0).getByLabel(s.details, { exact: true }).fill('from B');
    await poll(() => field(a, s.owed).inputValue()).toBe('999');
    await expect(detailsA.inputValue()).resolves.toBe('zhong');
    await ime.send('Input.insertText', { text: '中' });
    await poll(async () => (await storedPlan(a))?.sums[0]?.details).toBe('中');
    expect((await storedPlan(a))?.owed).toBe('999');
    await poll(() => row(b, 'sums', 0).getByLabel(s.details, { exact: true }).inputValue()).toBe('中');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('merge what another tab wrote a moment ago, before this tab heard of it: neither change is lost', async () => {
    const s = w('en');
    const { context, page: a, problems } = await openPlan('en');
    // Set before the worksheet's own listener, so that it can keep A deaf to B's writes for now,
    // as in the moment between B's write and A's storage event.
    await a.addInitScript(() =>
      window.addEventListener('storage', (event) => 'deaf' in window && event.stopImmediatePropagation(), true),
    );
    await withStored(a, storedText(FILLED));
    const b = await secondTab(context, 'en', []);
    await ready(b);
    await a.bringToFront();
    await a.evaluate(() => Object.assign(window, { deaf: true }));
    await field(b, s.owed).fill('999');
    // Another tab's write reaches this tab's copy of the storage a moment later (Chromium keeps a
    // copy per renderer): wait until A's storage holds it, while A's page has not heard of it.
    await poll(async () => (await storedPlan(a))?.owed).toBe('999');
    await expect(field(a, s.owed).inputValue()).resolves.toBe('12,345.67');
    await field(a, s.response).first().fill('Ask my sister');
    const both = { ...FILLED, owed: '999', risks: [{ risk: 'Salary paid late', response: 'Ask my sister' }] };
    expect(await storedPlan(a)).toEqual(both);
    await expect(field(a, s.owed).inputValue()).resolves.toBe('999');
    await poll(() => field(b, s.response).first().inputValue()).toBe('Ask my sister');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

/** Makes the browser refuse to store this site's keys (all, or those starting with `prefix`) as full. */
async function fillStorage(page: Page, prefix = 'weilidai-guide:') {
  await page.evaluate((start) => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(start)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      set.call(this, key, value);
    };
  }, prefix);
}

describe('storage full', () => {
  it.each(LANGS)(
    'in %s: the reader is told the truth, both lines agree, and the saved plan is intact',
    async (lang) => {
      const s = w(lang);
      const { context, page, problems } = await openPlan(lang);
      await withStored(page, storedText(FILLED));
      await fillStorage(page);
      await field(page, s.owed).fill('99999');
      await poll(() => savedLine(page)).toBe(s.storageFull);
      await poll(() => status(page)).toBe(s.storageFull);
      // What is shown stays; what is stored is the last plan that could be saved.
      await expect(field(page, s.owed).inputValue()).resolves.toBe('99999');
      expect(await storedPlan(page)).toEqual(FILLED);

      await importFile(page, exported(OTHER, lang));
      await page.getByRole('button', { name: s.replace }).click();
      await poll(() => status(page)).toBe(s.importNotSaved);
      await expect(savedLine(page)).resolves.toBe(s.storageFull);
      expect(await storedPlan(page)).toEqual(FILLED);

      // As the page said: after a reload, the saved plan is the earlier one.
      await reload(page);
      await ready(page);
      await expect(field(page, s.owed).inputValue()).resolves.toBe(FILLED.owed);
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );
});

describe('a stored plan that cannot be read', () => {
  it.each(LANGS)('in %s is kept aside, offered for download, and not overwritten unseen', async (lang) => {
    const s = w(lang);
    const { context, page, problems } = await openPlan(lang, { acceptDownloads: true });
    const damaged = '{"version":2,"plan":{"owed":"5000","sums":[{"date":"2026-12-0';
    await withStored(page, damaged);
    const notice = page.locator('[data-kept]');
    await expect(notice.textContent()).resolves.toContain(s.keptDamaged);
    await expect(savedLine(page)).resolves.toBe('');
    await expect(storedRaw(page, KEPT_KEY)).resolves.toBe(damaged);
    await expect(storedRaw(page)).resolves.toBe(damaged);
    // Now kept aside, the plan's key may take a new plan.
    await field(page, s.owed).fill('100');
    await poll(() => storedPlan(page)).toEqual({ ...emptyPlan(), owed: '100' });
    await expect(storedRaw(page, KEPT_KEY)).resolves.toBe(damaged);
    // Still offered after a reload.
    await reload(page);
    await ready(page);
    await expect(notice.isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: s.downloadKept }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(damaged);
    await page.getByRole('button', { name: s.deleteKept }).click();
    await poll(() => status(page)).toBe(s.keptDeleted);
    await expect(notice.isVisible()).resolves.toBe(false);
    await expect(storedRaw(page, KEPT_KEY)).resolves.toBeNull();
    expect(await storedPlan(page)).toEqual({ ...emptyPlan(), owed: '100' });
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('from a newer version is never written over here', async () => {
    const s = w('en');
    const { context, page, problems } = await openPlan('en');
    const newer = JSON.stringify({ version: 3, plan: { owed: '5000', notes: ['a newer field'] } });
    await withStored(page, newer);
    await expect(page.locator('[data-kept]').textContent()).resolves.toContain(s.keptNewer);
    await field(page, s.owed).fill('1');
    await poll(() => savedLine(page)).toBe(s.keptNewer);
    await expect(storedRaw(page)).resolves.toBe(newer);
    await expect(storedRaw(page, KEPT_KEY)).resolves.toBe(newer);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('with no room to keep it aside, is not written over until the reader has downloaded it', async () => {
    const s = w('zh');
    const { context, page, problems } = await openPlan('zh', { acceptDownloads: true });
    const damaged = 'not json at all';
    await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [PLAN_KEY, damaged]);
    await page.addInitScript((kept) => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith(kept)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        set.call(this, key, value);
      };
    }, KEPT_KEY);
    await reload(page);
    await ready(page);
    await expect(page.locator('[data-kept]').textContent()).resolves.toContain(s.keptNotKept);
    await field(page, s.owed).fill('100');
    await poll(() => savedLine(page)).toBe(s.keptNotKept);
    await expect(storedRaw(page)).resolves.toBe(damaged);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: s.downloadKept }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(damaged);
    // The reader has it now: the plan on screen is saved.
    await poll(() => storedPlan(page)).toEqual({ ...emptyPlan(), owed: '100' });
    await expect(savedLine(page)).resolves.toBe(s.saved);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

const V1_PLAN = {
  version: 1,
  plan: {
    owed: '5000',
    dueDate: '2026-12-31',
    sums: [{ date: '2026-12-01', amount: '3000', source: 'spending', details: '少点外卖' }],
    risks: [],
    reserveAmount: '',
    reserveDetails: '',
    calls: [
      { date: '2026-11-28', agreed: '12 月 31 日前还清' },
      { date: '2026-11-30', agreed: 'Called again | no answer' },
    ],
  },
};

describe('version 1 of the worksheet', () => {
  it('its stored calls become contacts, with their date and what was agreed, nothing lost', async () => {
    const s = w('zh');
    const { context, page, problems } = await openPlan('zh');
    await withStored(page, JSON.stringify(V1_PLAN));
    const contact = row(page, 'contacts', 1);
    await expect(contact.getByLabel(s.contactDate, { exact: true }).inputValue()).resolves.toBe('2026-11-30');
    await expect(contact.getByLabel(s.agreed, { exact: true }).inputValue()).resolves.toBe('Called again | no answer');
    expect(JSON.parse((await storedRaw(page)) ?? '{}').version).toBe(2);
    const { calls, ...rest } = V1_PLAN.plan;
    expect(await storedPlan(page)).toEqual({
      ...rest,
      contacts: calls.map((call) => ({ ...blankRow('contacts'), ...call })),
    });
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it.each(LANGS)('its exported files still import (%s)', async (lang) => {
    const { context, page, problems } = await openPlan(lang);
    await start(page);
    const v1 = {
      zh: '# 还款计划\n\n导出日期：2026 年 11 月 27 日\n\n## 需要偿还的金额\n\n- 需全额偿还的金额（元）：5000\n- 还款截止日期：2026-12-31\n\n## 计划筹集的款项\n\n| 日期 | 金额（元） | 来源 | 说明 |\n| --- | --- | --- | --- |\n| 2026-12-01 | 3000 | 减少非必要开支 | 少点外卖 |\n\n计划筹集：¥3,000.00；需偿还：¥5,000.00；还差 ¥2,000.00\n\n## 可能出现的问题及应对措施\n\n| 可能出现的问题 | 应对措施 |\n| --- | --- |\n\n## 备用资金\n\n- 金额（元）：\n- 说明：\n\n## 与客服的沟通记录\n\n| 日期 | 约定的内容 |\n| --- | --- |\n| 2026-11-28 | 12 月 31 日前还清 |\n',
      en: '# Repayment plan\n\nExported: 27 November 2026\n\n## What you must repay\n\n- Amount to repay in full (yuan): 5000\n- Date it is due: 2026-12-31\n\n## Planned sums\n\n| Date | Amount (yuan) | Source | Details |\n| --- | --- | --- | --- |\n| 2026-12-01 | 3000 | Cut non-essential spending | 少点外卖 |\n\nPlanned: ¥3,000.00; To repay: ¥5,000.00; Still short by ¥2,000.00\n\n## What could go wrong, and what you will do\n\n| What could go wrong | What you will do |\n| --- | --- |\n\n## Reserve fund\n\n- Amount (yuan): \n- Details: \n\n## Calls with customer service\n\n| Date | What was agreed |\n| --- | --- |\n| 2026-11-28 | 12 月 31 日前还清 |\n',
    }[lang];
    await importFile(page, v1);
    await page.getByRole('button', { name: w(lang).replace }).click();
    await poll(() => status(page)).toBe(w(lang).importDone);
    expect(await storedPlan(page)).toEqual({
      ...emptyPlan(),
      owed: '5000',
      dueDate: '2026-12-31',
      sums: [{ date: '2026-12-01', amount: '3000', source: 'spending', details: '少点外卖' }],
      contacts: [{ ...blankRow('contacts'), date: '2026-11-28', agreed: '12 月 31 日前还清' }],
    });
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

const contactsOf = (count: number, said = 'call') =>
  Array.from({ length: count }, (_, i) => ({ ...blankRow('contacts'), date: '2026-11-01', said: `${said} ${i + 1}` }));

describe('limits a real plan never meets, shown in the form', () => {
  it.each(LANGS)(
    'in %s, a text box counts down near its limit and a paste that does not fit is refused whole',
    async (lang) => {
      const s = w(lang);
      const { context, page, problems } = await openPlan(lang);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
      await start(page);
      const said = row(page, 'contacts', 0).getByLabel(s.said, { exact: true });
      await expect(said.getAttribute('maxlength')).resolves.toBe(String(LIMITS.long));
      await said.fill('x'.repeat(LIMITS.long - 1000));
      const counter = row(page, 'contacts', 0).locator('.field__count');
      const left = plural(LOCALE[lang], s.charsLeft, 1000, { n: num(lang, 1000) });
      await expect(counter.textContent()).resolves.toBe(left);
      await expect(said.getAttribute('aria-describedby')).resolves.toContain(await counter.getAttribute('id'));
      // Announced once the reader pauses, politely.
      await poll(() => page.locator('plan-worksheet [data-announce]').textContent()).toBe(left);

      await page.evaluate((text) => navigator.clipboard.writeText(text), 'y'.repeat(1500));
      await said.press('End');
      await said.press('ControlOrMeta+V');
      await poll(() => counter.textContent()).toBe(
        format(s.pasteTooLong, { n: num(lang, 1500), left: num(lang, 1000) }),
      );
      await expect(said.inputValue()).resolves.toBe('x'.repeat(LIMITS.long - 1000));

      await said.fill('x'.repeat(LIMITS.long));
      await expect(counter.textContent()).resolves.toBe(format(s.charsAtLimit, { max: num(lang, LIMITS.long) }));
      await said.press('a');
      await expect(said.inputValue()).resolves.toHaveLength(LIMITS.long);
      expect((await storedPlan(page))?.contacts[0]?.said).toHaveLength(LIMITS.long);
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );

  it.each(LANGS)('in %s, the Add button is off at the row limit, with the reason beside it', async (lang) => {
    const s = w(lang);
    const { context, page, problems } = await openPlan(lang);
    await withStored(page, storedText({ ...emptyPlan(), contacts: contactsOf(LIMITS.rows - 1) }));
    // CSS locators here: role queries over hundreds of rows are slow in the test driver.
    const add = page.locator('[data-add="contacts"]');
    // The stored rows are built in slices after the first ones; a placeholder is not exactly the
    // height of its row, so the button below them moves until they are all built: wait for that.
    await poll(() => page.locator('[data-list="contacts"] > li[data-later]').count()).toBe(0);
    await add.click();
    await poll(() => page.locator('[data-list="contacts"] > li').count()).toBe(LIMITS.rows);
    await expect(add.isDisabled()).resolves.toBe(true);
    const reason = page.locator('[data-limit="contacts"]');
    await expect(reason.isVisible()).resolves.toBe(true);
    await expect(reason.textContent()).resolves.toBe(format(s.rowLimit, { max: num(lang, LIMITS.rows) }));
    const remove = row(page, 'contacts', 0).locator('[data-remove]');
    await expect(remove.textContent()).resolves.toBe(format(s.removeContact, { n: 1 }));
    await remove.click();
    await expect(add.isDisabled()).resolves.toBe(false);
    await expect(reason.isVisible()).resolves.toBe(false);
    expect((await storedPlan(page))?.contacts).toEqual(contactsOf(LIMITS.rows - 1).slice(1));
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('a stored plan over the limits is read whole, and saved whole', async () => {
    const s = w('en');
    const { context, page, problems } = await openPlan('en');
    const over: Plan = {
      ...emptyPlan(),
      reserveDetails: 'z'.repeat(LIMITS.long + 200),
      contacts: contactsOf(LIMITS.rows + 100),
    };
    await withStored(page, storedText(over));
    await expect(page.locator('[data-list="contacts"] > li').count()).resolves.toBe(LIMITS.rows + 100);
    // Every row built from the stored plan, not only placeholders for them.
    await poll(() => page.locator('[data-list="contacts"] > li[data-later]').count()).toBe(0);
    await expect(page.locator('[data-list="contacts"] > li:not(:has([data-field]))').count()).resolves.toBe(0);
    // CSS locators here: label queries over hundreds of rows are slow in the test driver.
    const details = page.locator('#plan-reserve-details');
    await expect(details.inputValue()).resolves.toHaveLength(LIMITS.long + 200);
    await expect(page.locator('#plan-reserve-details-count').textContent()).resolves.toBe(
      plural('en-GB', s.charsOver, 200, { n: '200' }),
    );
    await expect(page.locator('[data-add="contacts"]').isDisabled()).resolves.toBe(true);
    await page.locator('#plan-owed-amount').fill('100');
    await poll(() => storedPlan(page)).toEqual({ ...over, owed: '100' });
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('the contact log', () => {
  const contacts = (lang: Lang) => [
    {
      ...blankRow('contacts'),
      date: '2026-11-28',
      time: '14:30',
      who: '王先生',
      how: 'call',
      said: lang === 'zh' ? '催我还款' : 'Asked me to pay',
    },
    {
      ...blankRow('contacts'),
      date: '2026-11-20',
      time: '09:00',
      who: '95384',
      how: 'sms',
      said: lang === 'zh' ? '短信提醒' : 'A reminder',
    },
  ];

  it.each(LANGS)(
    'in %s is in time order in the export and the print; the form keeps the order of entry',
    async (lang) => {
      const s = w(lang);
      const { context, page, problems } = await openPlan(lang, { acceptDownloads: true });
      await start(page);
      for (const [i, contact] of contacts(lang).entries()) {
        const r = row(page, 'contacts', i);
        await r.getByLabel(s.contactDate, { exact: true }).fill(contact.date);
        await r.getByLabel(s.time, { exact: true }).fill(contact.time);
        await r.getByLabel(s.who, { exact: true }).fill(contact.who);
        await r.getByLabel(s.how, { exact: true }).selectOption(contact.how);
        await r.getByLabel(s.said, { exact: true }).fill(contact.said);
      }
      expect((await storedPlan(page))?.contacts).toEqual(contacts(lang));

      const markdown = await exportFile(page);
      const labels = planFileLabels[lang];
      expect(markdown).toContain(`## ${labels.contactsSection}`);
      expect(markdown).toContain(
        `| 2026-11-28 | 14:30 | 王先生 |   | ${labels.ways.call} | ${contacts(lang)[0]?.said} |`,
      );
      expect(markdown.indexOf('| 2026-11-20 |')).toBeLessThan(markdown.indexOf('| 2026-11-28 |'));

      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const top = (n: number) => row(page, 'contacts', n).evaluate((el) => el.getBoundingClientRect().top);
      expect(await top(1)).toBeLessThan(await top(0));
      await expect(page.locator('#contact-log').isVisible()).resolves.toBe(true);
      expect((await storedPlan(page))?.contacts).toEqual(contacts(lang));
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );

  it('has the id the help page links to', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin, {
      viewport: { width: 390, height: 700 },
    });
    await page.goto(env.site.url('/zh/plan/#contact-log'));
    const heading = page.getByRole('heading', { name: '联系记录' });
    await expect(heading.evaluate((el) => el.getBoundingClientRect().top)).resolves.toBeLessThan(700);
    await context.close();
  });

  it('prints on one A4 page with the date, the contact log included', async () => {
    const { context, page, problems } = await openPlan();
    await fillPlan(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-printed]').textContent()).resolves.toMatch(
      /^Printed on \d{1,2} \w+ \d{4}$|^Printed on \w+ \d{1,2}, \d{4}$/,
    );
    await expect(page.locator('[data-printed]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-export]').isVisible()).resolves.toBe(false);
    await expect(page.locator('#contact-log').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(await storedPlan(page)).toEqual(FILLED);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('"Clear all my data on this device"', () => {
  it.each(LANGS)(
    'in %s asks first, then clears every key of the site, in every tab, and nothing else',
    async (lang) => {
      const f = t(lang).forms;
      const { context, page, problems } = await openPlan(lang);
      await page.evaluate(
        ([kept]) => {
          localStorage.setItem(kept as string, 'an unreadable plan');
          localStorage.setItem('weilidai-guide:letters', '{"a letter":1}');
          localStorage.setItem('another-site', 'not ours');
        },
        [KEPT_KEY],
      );
      await withStored(page, storedText(FILLED));
      const other = await secondTab(context, lang, []);
      await ready(other);
      // The newest page is the one on screen; a page behind it gets no animation frames to settle in.
      await page.bringToFront();

      // Its accessible name once; CSS locators after (role queries over the whole form are slow).
      await expect(page.getByRole('button', { name: f.clearAll }).count()).resolves.toBe(1);
      const open = page.locator('[data-clear-all]');
      const yes = page.locator('clear-device-data [data-yes]');
      await press(open);
      // The control's code may arrive after the click: the click is held and carried out then.
      const confirm = page.getByRole('group', { name: f.clearAllConfirm });
      await confirm.waitFor();
      await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(f.clearAllNo);
      await page.keyboard.press('Escape');
      await expect(confirm.isVisible()).resolves.toBe(false);
      expect(await storedPlan(page)).toEqual(FILLED);

      await press(open);
      await press(yes);
      await poll(() => page.locator('clear-device-data [data-status]').textContent()).toBe(f.clearAllDone);
      await expect(page.evaluate(() => Object.keys(localStorage))).resolves.toEqual(['another-site']);
      await expect(field(page, w(lang).owed).inputValue()).resolves.toBe('');
      await expect(page.locator('[data-kept]').isVisible()).resolves.toBe(false);
      await poll(() => field(other, w(lang).owed).inputValue()).toBe('');
      // A keystroke in the other tab brings nothing back.
      await field(other, w(lang).risk).first().fill('x');
      await poll(() => storedPlan(page)).toEqual({ ...emptyPlan(), risks: [{ risk: 'x', response: '' }] });

      await press(open);
      await press(yes);
      await poll(() => page.locator('clear-device-data [data-status]').textContent()).toBe(f.clearAllDone);
      await page.reload();
      await press(open);
      await press(yes);
      await poll(() => page.locator('clear-device-data [data-status]').textContent()).toBe(f.clearAllNothing);
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );
});

describe.each(['light', 'dark'] as const)('the worksheet in use has no axe violations (%s)', (colorScheme) => {
  it.each(LANGS)(
    '%s: filled, with messages, a counter, the import check, a kept plan and both questions open',
    async (lang) => {
      const s = w(lang);
      const { context, page, problems } = await openPlan(lang, { colorScheme });
      await page.evaluate(([k]) => localStorage.setItem(k as string, 'damaged'), [KEPT_KEY]);
      await fillPlan(page, lang);
      const amount = row(page, 'sums', 1).getByLabel(s.amount, { exact: true });
      await amount.fill('abc');
      await amount.blur();
      await row(page, 'contacts', 0)
        .getByLabel(s.said, { exact: true })
        .fill('x'.repeat(LIMITS.long - 10));
      await importFile(page, exported(OTHER, lang).replace('- 还款截止日期：', '- 还款截止日期：月底'));
      await page.locator('[data-review]').waitFor();
      await page.getByRole('button', { name: s.clear }).click();
      await page.getByRole('button', { name: t(lang).forms.clearAll }).click();
      await expect(page.locator('[data-kept]').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );
});

describe('the worksheet’s dates in a calendar file', () => {
  it.each(LANGS)(
    'in %s: the due date and each dated sum, made on the device, read by an iCalendar parser',
    async (lang) => {
      const c = t(lang).calendar;
      const { context, page, problems } = await openPlan(lang, { acceptDownloads: true });
      await start(page);
      const button = page.getByRole('button', { name: c.planButton });
      await press(button);
      await poll(() => status(page)).toBe(c.planNone);
      await page.locator('[data-field="dueDate"]').fill('2026-12-31');
      await row(page, 'sums', 0).locator('[data-field="date"]').fill('2026-12-10');
      await row(page, 'sums', 0).locator('[data-field="amount"]').fill('3000');
      const [download] = await Promise.all([page.waitForEvent('download'), press(button)]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${c.planFileName}-\\d{4}-\\d{2}-\\d{2}\\.ics$`));
      const ics = readFileSync(await download.path(), 'utf8');
      const events = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .map((e) => [e.startDate.toString(), e.summary]);
      expect(events).toEqual([
        ['2026-12-31', c.planDue],
        ['2026-12-10', format(c.planSum, { amount: '3000' })],
      ]);
      await poll(() => status(page)).toContain('.ics');
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );
});
