import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillTemplate, letterText } from '../../src/features/letters/fill.ts';
import {
  FIELDS,
  type FieldKey,
  LETTER_KEYS,
  LETTERS,
  type LetterKey,
  OPTIONAL_MARK,
  specKind,
} from '../../src/features/letters/templates.ts';
import { emptyPlan } from '../../src/features/worksheet/plan.ts';
import { storedText } from '../../src/features/worksheet/storage.ts';
import { t } from '../../src/i18n/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { holdScript, newWatchedPage, type PageProblems } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

/** The fill-in letters and their reminders (issue 13, sections 2 and 4) in a real browser. */

const STORAGE_KEY = 'weilidai-guide:letters';

import { PLAN_KEY } from '../../src/features/worksheet/keys.ts';

const NO_PROBLEMS: PageProblems = { errors: [], console: [], foreignRequests: [] };
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];

const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

const env = useServedSite();

async function openLetter(lang: Lang, letter: LetterKey, options: BrowserContextOptions = {}, before?: string) {
  const watched = await newWatchedPage(env.browser, env.site.origin, {
    viewport: { width: 390, height: 900 },
    ...options,
  });
  await watched.page.addInitScript(RECORD_VIOLATIONS);
  if (before) await watched.page.addInitScript(before);
  await watched.page.goto(env.site.url(`/${lang}/letters/${letter}/`));
  if (options.javaScriptEnabled !== false) await watched.page.locator('[data-copy]').waitFor({ state: 'visible' });
  return watched;
}

/** The page held no page error, console error, outside request or CSP violation. */
async function expectClean(page: Page, problems: PageProblems) {
  expect(await page.evaluate('window.__cspViolations')).toEqual([]);
  expect(problems).toEqual(NO_PROBLEMS);
}

/**
 * Every request from now on except the site's own code (loaded when the reader reaches for the
 * form or asks for a file) and blobs (the file itself): what would send anything anywhere.
 */
function outgoing(page: Page): string[] {
  const requests: string[] = [];
  const ownCode = new RegExp(`^${env.site.origin}/_astro/[\\w.-]+\\.js$`);
  page.on('request', (request) => {
    if (!request.url().startsWith('blob:') && !ownCode.test(request.url())) requests.push(request.url());
  });
  return requests;
}

const field = (page: Page, key: string) => page.locator(`[data-field="${key}"]`);
const stored = async (page: Page) =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? 'null');
/** Text as the reader sees it, line breaks (<br>, paragraphs) included. */
const shownText = (page: Page, selector: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what is checked.
  page.locator(selector).innerText();
const sheetText = (page: Page) => shownText(page, '[data-sheet="letter"]');

const NEGOTIATE: Partial<Record<FieldKey, string>> = {
  name: '张三',
  idLast4: '123X',
  phone: '138 0000 0000',
  overdueSince: '2026-09-15',
  situation: '今年 8 月起收入减少。\n家人生病住院。',
  proposal: '12 月 31 日前先还 3000 元，其余分三个月还清。',
  date: '2026-11-30',
};

async function fill(page: Page, values: Partial<Record<string, string>>) {
  for (const [key, value] of Object.entries(values)) await field(page, key).fill(value ?? '');
}

/** The letter as the reader would copy it, from the same template the page uses. */
function expectedLetter(letter: LetterKey, values: Partial<Record<FieldKey, string>>): string {
  const labels = t('zh').letters.fields;
  return letterText(fillTemplate(LETTERS[letter].letter.zh, 'zh-CN', specKind, values), (key) => labels[key].label);
}

describe.each(LANGS)('the letters in %s', (lang) => {
  const l = t(lang).letters;

  it('fill in live as the reader types, and keep everything after a reload, sending nothing', async () => {
    const { context, page, problems } = await openLetter(lang, 'negotiate');
    await page.waitForLoadState('networkidle');
    const requests = outgoing(page);
    await fill(page, NEGOTIATE);
    await expect.poll(() => sheetText(page)).toContain('张三\n2026 年 11 月 30 日');
    await expect(sheetText(page)).resolves.toContain(
      '我是微粒贷借款人张三，身份证号后四位 123X，手机号 138 0000 0000。',
    );
    await expect(sheetText(page)).resolves.toContain('我的微粒贷借款自 2026 年 9 月 15 日起逾期。');
    // The optional amount is empty: its line is not in the letter.
    await expect(sheetText(page)).resolves.not.toContain('待还');
    if (lang === 'en') {
      const rendering = await shownText(page, '[data-sheet="rendering"]');
      expect(rendering).toContain('I am 张三, a Weilidai borrower.');
      expect(rendering).toContain('overdue since 15 September 2026.');
    }
    expect(requests, 'requests while typing').toEqual([]);
    expect(await stored(page)).toEqual({
      version: 1,
      shared: { name: '张三', idLast4: '123X', phone: '138 0000 0000' },
      letters: {
        negotiate: {
          overdueSince: '2026-09-15',
          situation: NEGOTIATE.situation,
          proposal: NEGOTIATE.proposal,
          date: '2026-11-30',
        },
      },
    });
    await expect(page.locator('[data-saved]').textContent()).resolves.toBe(l.saved);

    await page.reload();
    await page.locator('[data-copy]').waitFor({ state: 'visible' });
    for (const [key, value] of Object.entries(NEGOTIATE))
      await expect(field(page, key).inputValue()).resolves.toBe(value);
    await expect.poll(() => sheetText(page)).toContain('借款人张三');

    // The reader's name, phone and ID digits are already in the other letters; their own fields are not.
    await page.goto(env.site.url(`/${lang}/letters/objection/`));
    await page.locator('[data-copy]').waitFor({ state: 'visible' });
    await expect(field(page, 'name').inputValue()).resolves.toBe('张三');
    await expect(field(page, 'idLast4').inputValue()).resolves.toBe('123X');
    await expect(field(page, 'whyWrong').inputValue()).resolves.toBe('');
    await expectClean(page, problems);
    await context.close();
  });

  it('copies the Chinese letter in one tap when the clipboard is allowed', async () => {
    const { context, page, problems } = await openLetter(lang, 'negotiate');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
    await fill(page, { ...NEGOTIATE, loanAmount: '12,345.67' });
    await page.getByRole('button', { name: l.copy }).click();
    await expect.poll(() => page.locator('letter-form [data-status]').textContent()).toBe(l.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expectedLetter('negotiate', { ...NEGOTIATE, loanAmount: '12,345.67' }));
    // In the letter's own words, not only as the fill code would write it.
    expect(copied).toContain('目前待还 12,345.67 元。');
    for (const typed of ['张三', '今年 8 月起收入减少。', '家人生病住院。', '其余分三个月还清。']) {
      expect(copied).toContain(typed);
    }
    expect(copied).toMatch(/^微众银行客服：/);

    // With fields still empty, the copy says which.
    await field(page, 'situation').fill('');
    await page.getByRole('button', { name: l.copy }).click();
    await expect
      .poll(() => page.locator('letter-form [data-status]').textContent())
      .toBe(l.copiedWithBlanks.replace('{fields}', l.fields.situation.label));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('我目前的情况是：〔我目前的情况〕');
    await expectClean(page, problems);
    await context.close();
  });

  it('selects the letter in a box to copy by hand when the clipboard is refused', async () => {
    const refuse = `Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });`;
    const { context, page, problems } = await openLetter(lang, 'complaint', {}, refuse);
    await fill(page, {
      name: '李四',
      phone: '139',
      idLast4: '0001',
      whatHappened: '一天打了 12 次电话。',
      whatYouAsk: '调查',
    });
    await page.getByRole('button', { name: l.copy }).click();
    const box = page.getByLabel(l.copyBox, { exact: true });
    await box.waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('letter-form [data-status]').textContent()).toBe(l.copyFailed);
    const value = await box.inputValue();
    expect(value).toBe(expectedLetter('complaint', { ...(await valuesOf(page)) }));
    // What was typed, in the letter's own words.
    for (const typed of ['李四', '一天打了 12 次电话。', '调查', '此致\n敬礼']) expect(value).toContain(typed);
    expect(
      await box.evaluate((el: HTMLTextAreaElement) => [
        document.activeElement === el,
        el.selectionStart,
        el.selectionEnd,
      ]),
    ).toEqual([true, 0, value.length]);
    await expectClean(page, problems);
    await context.close();
  });

  it.each(LETTER_KEYS)(
    '%s prints on one A4 page, the Chinese letter alone, even with every field full',
    async (letter) => {
      const { context, page, problems } = await openLetter(lang, letter);
      // The worst case: every field at its limit, long ones in several paragraphs.
      for (const key of LETTERS[letter].fields) {
        const spec = FIELDS[key];
        if (spec.kind === 'date') await field(page, key).fill('2026-12-31');
        else if (key === 'idLast4') await field(page, key).fill('123X');
        else if (spec.kind === 'long') {
          const max = spec.maxlength ?? 100;
          const paragraph = `${'这是一段用来测试打印的文字，'.repeat(10)}\n`;
          await field(page, key).fill(paragraph.repeat(Math.ceil(max / paragraph.length)).slice(0, max));
        } else await field(page, key).fill('测'.repeat(spec.maxlength ?? 10));
      }
      // maxlength holds: the browser takes no more than the limit.
      const long = LETTERS[letter].fields.find((key) => FIELDS[key].kind === 'long')!;
      await field(page, long).press('End');
      await field(page, long).pressSequentially('多');
      expect((await field(page, long).inputValue()).length).toBe(FIELDS[long].maxlength);
      // The counter is written by the editing code, which may still be on its way.
      await expect
        .poll(() => page.locator(`[data-count="${long}"]`).textContent(), { timeout: 15_000 })
        .toContain(String(FIELDS[long].maxlength));

      await page.emulateMedia({ media: 'print' });
      const visible = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getClientRects().length > 0 && el.closest('[data-sheet="letter"]') === null)
          .filter((el) => !el.querySelector('[data-sheet="letter"]'))
          .map((el) => el.tagName),
      );
      expect(visible, 'nothing but the letter shows in print').toEqual([]);
      await expect(sheetText(page)).resolves.toContain('2026 年 12 月 31 日');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      await expectClean(page, problems);
      await context.close();
    },
  );

  it.each(LETTER_KEYS)('%s without JavaScript reads fully and prints as a blank template', async (letter) => {
    const { context, page, problems } = await openLetter(lang, letter, { javaScriptEnabled: false });
    await expect(page.getByText(l.noScript).isVisible()).resolves.toBe(true);
    await expect(page.getByText(l.notice).first().isVisible()).resolves.toBe(true);
    await expect(page.locator('main button:visible').count()).resolves.toBe(0);
    // Every field of the letter is a blank labelled in Chinese; optional lines are kept.
    const spec = LETTERS[letter];
    const inLetter = [...new Set([...spec.letter.zh.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as FieldKey))];
    const blanks = await page
      .locator('[data-sheet="letter"] [data-blank]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-blank'), el.textContent]));
    expect([...new Set(blanks.map(([key]) => key))]).toEqual(inLetter);
    for (const [key, text] of blanks) expect(text).toBe(`〔${t('zh').letters.fields[key as FieldKey].label}〕`);
    const optionalLines = spec.letter.zh.split('\n').filter((line) => line.endsWith(OPTIONAL_MARK)).length;
    expect(optionalLines).toBeGreaterThan(0);
    await expect(page.locator('[data-sheet="letter"] [data-optional]').count()).resolves.toBe(optionalLines);
    // How to use and the template notice are there to read.
    await expect(page.locator('#letter-how + ul > li').count()).resolves.toBe(l.letters[letter].howTo.length);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('the objection’s reply-due date goes into a calendar file made on the device', async () => {
    const { context, page, problems } = await openLetter(lang, 'objection', { acceptDownloads: true });
    const c = t(lang).calendar;
    await page.waitForLoadState('networkidle');
    const requests = outgoing(page);
    // Asked before a date is given: told, and taken to the date.
    await page.getByRole('button', { name: c.download }).click();
    await expect.poll(() => page.locator('[data-ics-status]').textContent()).toBe(c.needDate);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-field'))).resolves.toBe('sentOn');

    await field(page, 'sentOn').fill('2026-12-01');
    await expect(page.locator('[data-due]').textContent()).resolves.toContain(
      lang === 'zh' ? '2026 年 12 月 21 日' : '21 December 2026',
    );
    await expect(page.locator('[data-due]').textContent()).resolves.toContain(lang === 'zh' ? '投递' : 'arrive');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: c.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${c.fileName}-2026-12-21.ics`);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toMatch(/\r\n$/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect([event.startDate.toString(), event.startDate.isDate, event.summary]).toEqual([
      '2026-12-21',
      true,
      c.objectionSummary,
    ]);
    await expect.poll(() => page.locator('[data-ics-status]').textContent()).toContain('.ics');

    // A known receipt date is counted from instead.
    await field(page, 'receivedOn').fill('2026-12-05');
    await expect(page.locator('[data-due]').textContent()).resolves.toContain(
      lang === 'zh' ? '2026 年 12 月 25 日' : '25 December 2026',
    );
    expect(requests, 'the file is made without the network').toEqual([]);
    await expectClean(page, problems);
    await context.close();
  });

  it('the complaint offers a reminder only for the People’s Bank of China branch, 30 days from acceptance', async () => {
    const { context, page, problems } = await openLetter(lang, 'complaint', { acceptDownloads: true });
    const c = t(lang).calendar;
    await expect(page.getByText(c.noDeadlineComplaint).isVisible()).resolves.toBe(true);
    await field(page, 'acceptedOn').fill('2026-12-03');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: c.download }).click(),
    ]);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8'))).getFirstSubcomponent('vevent')!,
    );
    expect([event.startDate.toString(), event.summary]).toEqual(['2027-01-02', c.pbocSummary]);
    expect(event.description).toContain(lang === 'zh' ? '第二十六条' : 'Art. 26');
    await expectClean(page, problems);
    await context.close();
  });

  it('the negotiation says there is no deadline to remind of, and offers no file', async () => {
    const { context, page, problems } = await openLetter(lang, 'negotiate');
    await expect(page.getByText(t(lang).calendar.noDeadlineNegotiate).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-ics]').count()).resolves.toBe(0);
    await expectClean(page, problems);
    await context.close();
  });
});

async function valuesOf(page: Page): Promise<Partial<Record<FieldKey, string>>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>('[data-field]')].map((el) => [el.dataset.field, el.value]),
    ),
  );
}

describe('the amount from the worksheet', () => {
  // As the worksheet itself stores it, so that a change to its shape shows here.
  const plan = storedText({ ...emptyPlan(), owed: '8,800.50', dueDate: '2026-12-31' });
  const seed = `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('${PLAN_KEY}', ${JSON.stringify(plan)}); sessionStorage.setItem('seeded', '1'); }`;

  it('is prefilled while the reader has not typed one, and saved only once they do', async () => {
    const { context, page, problems } = await openLetter('en', 'negotiate', {}, seed);
    const amount = field(page, 'loanAmount');
    await expect(amount.inputValue()).resolves.toBe('8,800.50');
    await expect(page.locator('[data-from-plan]').isVisible()).resolves.toBe(true);
    await expect.poll(() => sheetText(page)).toContain('目前待还 8,800.50 元。');
    await field(page, 'name').fill('王五');
    await expect.poll(async () => (await stored(page))?.letters.negotiate).toEqual({});
    // The worksheet's own data is read, never written.
    expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBe(plan);

    await amount.fill('');
    await expect(page.locator('[data-from-plan]').isVisible()).resolves.toBe(false);
    await expect.poll(async () => (await stored(page))?.letters.negotiate).toEqual({ loanAmount: '' });
    await page.reload();
    await page.locator('[data-copy]').waitFor({ state: 'visible' });
    // The reader emptied it on purpose: it stays empty.
    await expect(amount.inputValue()).resolves.toBe('');
    await amount.fill('12abc');
    await amount.blur();
    await expect.poll(() => amount.getAttribute('aria-invalid')).toBe('true');
    await expectClean(page, problems);
    await context.close();
  });
});

describe('what the browser will not keep', () => {
  it('keeps an unreadable saved value under a backup key and says so', async () => {
    const broken = `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('${STORAGE_KEY}', '{"version":1,"shared":'); sessionStorage.setItem('seeded', '1'); }`;
    const { context, page, problems } = await openLetter('zh', 'objection', {}, broken);
    const problem = page.locator('[data-problem]');
    await expect(problem.isVisible()).resolves.toBe(true);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('unreadable')));
    expect(backups).toHaveLength(1);
    await expect(problem.textContent()).resolves.toContain(backups[0]);
    await expect(page.evaluate((key) => localStorage.getItem(key), backups[0]!)).resolves.toBe(
      '{"version":1,"shared":',
    );
    await field(page, 'name').fill('赵六');
    await expect.poll(async () => (await stored(page)).shared?.name).toBe('赵六');
    await expect(page.evaluate((key) => localStorage.getItem(key), backups[0]!)).resolves.toBe(
      '{"version":1,"shared":',
    );
    await expectClean(page, problems);
    await context.close();
  });

  it('says truthfully when the storage is full', async () => {
    const full = `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`;
    const { context, page, problems } = await openLetter('en', 'negotiate', {}, full);
    await field(page, 'name').fill('Zhang');
    const message = t('en').letters.storageFull;
    await expect.poll(() => page.locator('[data-problem]').textContent()).toBe(message);
    await expect(page.locator('[data-saved]').textContent()).resolves.toBe(message);
    // The letter still fills in: nothing the reader typed is lost from the page.
    await expect.poll(() => sheetText(page)).toContain('借款人Zhang');
    await expectClean(page, problems);
    await context.close();
  });

  it('says so when the editing code cannot be loaded (offline), and tries again on the next reach', async () => {
    const { context, page, problems } = await openLetter('en', 'negotiate');
    let offline = true;
    await context.route(/letter-editor\.[\w-]+\.js$/, (route) => (offline ? route.abort() : route.continue()));
    await field(page, 'name').fill('Zhang');
    const message = t('en').letters.loadFailed;
    await expect.poll(() => page.locator('[data-problem]').textContent()).toBe(message);
    offline = false;
    await field(page, 'phone').focus();
    await expect.poll(() => sheetText(page)).toContain('借款人Zhang');
    await expect(page.locator('[data-problem]').isVisible()).resolves.toBe(false);
    await expect.poll(async () => (await stored(page))?.shared.name).toBe('Zhang');
    // The failed fetch is reported by the browser as a console error; nothing else went wrong.
    expect(problems.errors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    await context.close();
  });

  it('refuses an ID fragment that is not 4 characters, with the message by the field', async () => {
    const { context, page, problems } = await openLetter('zh', 'negotiate');
    const id = field(page, 'idLast4');
    await id.fill('12');
    await id.blur();
    await expect.poll(() => id.getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#letter-idLast4-error').textContent()).resolves.toBe(t('zh').letters.errors.idLast4);
    await id.fill('123x');
    await expect(id.getAttribute('aria-invalid')).resolves.toBeNull();
    await expectClean(page, problems);
    await context.close();
  });
});

describe('accessibility, layout and the policy', () => {
  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    it.each(LANGS.flatMap((lang) => [...LETTER_KEYS, ''].map((letter) => [lang, letter] as const)))(
      '/%s/letters/%s/ filled in, with the copy box open, has no axe violations',
      async (lang, letter) => {
        const path = `/${lang}/letters/${letter ? `${letter}/` : ''}`;
        const refuse = `Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('no')) } });`;
        const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, { colorScheme });
        await page.addInitScript(RECORD_VIOLATIONS);
        await page.addInitScript(refuse);
        await page.goto(env.site.url(path));
        if (letter) {
          await page.locator('[data-copy]').waitFor({ state: 'visible' });
          await fill(page, {
            name: '张三',
            idLast4: '12',
            ...(letter === 'objection' ? { sentOn: '2026-12-01' } : {}),
          });
          await field(page, 'idLast4').blur();
          await page.locator('[data-copy]').click();
          await page.locator('.letters__copy-box').waitFor({ state: 'visible' });
        }
        expect(await axeViolations(page)).toEqual([]);
        await expectClean(page, problems);
        await context.close();
      },
    );
  });

  it.each(LANGS.flatMap((lang) => LETTER_KEYS.map((letter) => [lang, letter] as const)))(
    '/%s/letters/%s/ works at 320 px without sideways scrolling',
    async (lang, letter) => {
      const { context, page, problems } = await openLetter(lang, letter, { viewport: { width: 320, height: 700 } });
      // Blank, as a first visit shows it (and as it prints without JavaScript)…
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // …and filled in, once the editing code has written the reader's words into the letter.
      await fill(page, { name: '张三', phone: '138 0000 0000 0000 0000', idLast4: '123X' });
      await expect.poll(() => sheetText(page), { timeout: 15_000 }).toContain('张三');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectClean(page, problems);
      await context.close();
    },
  );

  it('the English page shows the rendering beside the letter on a wide screen and below it on a phone', async () => {
    const positions = async (width: number) => {
      const { context, page } = await openLetter('en', 'objection', { viewport: { width, height: 900 } });
      const [letter, rendering] = await Promise.all(
        ['[data-sheet="letter"]', '[data-sheet="rendering"]'].map((s) => page.locator(s).boundingBox()),
      );
      await context.close();
      return { letter: letter!, rendering: rendering! };
    };
    const wide = await positions(1280);
    expect(wide.rendering.x).toBeGreaterThan(wide.letter.x + wide.letter.width - 1);
    const phone = await positions(390);
    expect(phone.rendering.y).toBeGreaterThan(phone.letter.y + phone.letter.height - 1);
  });
});

describe('"Clear all my data on this device" on a letter page', () => {
  it.each(LANGS)(
    'in %s empties the letter and its saved fields, in this tab and another, after asking',
    async (lang) => {
      const f = t(lang).forms;
      const { context, page, problems } = await openLetter(lang, 'negotiate');
      await fill(page, NEGOTIATE);
      await expect.poll(() => stored(page), { timeout: 15_000 }).not.toBeNull();
      const other = await context.newPage();
      await other.goto(env.site.url(`/${lang}/letters/objection/`));
      await expect.poll(() => field(other, 'name').inputValue(), { timeout: 15_000 }).toBe(NEGOTIATE.name);

      await page.locator('[data-clear-all]').click();
      await page.getByRole('group', { name: f.clearAllConfirm }).waitFor();
      await page.locator('clear-device-data [data-yes]').click();
      await expect
        .poll(() => page.locator('clear-device-data [data-status]').textContent(), { timeout: 15_000 })
        .toBe(f.clearAllDone);
      expect(await stored(page)).toBeNull();
      for (const key of ['name', 'phone', 'situation', 'proposal'] as const) {
        expect(await field(page, key).inputValue(), key).toBe('');
      }
      expect(await sheetText(page)).not.toContain(NEGOTIATE.name);
      await expect.poll(() => field(other, 'name').inputValue(), { timeout: 15_000 }).toBe('');
      await expectClean(page, problems);
      await context.close();
    },
  );
});

describe('what the reader typed is never put back over newer text, nor lost', () => {
  it('a tab in the background, whose field still has the focus, shows the other tab’s correction and never writes its old text back', async () => {
    const { context, page: b, problems } = await openLetter('en', 'objection');
    await field(b, 'name').fill('Li Wie');
    await expect.poll(async () => (await stored(b))?.shared.name, { timeout: 15_000 }).toBe('Li Wie');
    // The reader leaves the cursor in the name here, and corrects it in another letter.
    const a = await context.newPage();
    await a.goto(env.site.url('/en/letters/complaint/'));
    await expect.poll(() => field(a, 'name').inputValue(), { timeout: 15_000 }).toBe('Li Wie');
    await field(a, 'name').fill('Li Wei');
    await expect.poll(() => field(b, 'name').inputValue(), { timeout: 15_000 }).toBe('Li Wei');
    await expect(b.evaluate(() => document.activeElement?.getAttribute('data-field'))).resolves.toBe('name');
    // Back here, a keystroke in another field saves that field, and the name stays corrected.
    await field(b, 'phone').fill('138');
    await expect
      .poll(async () => (await stored(b))?.shared, { timeout: 15_000 })
      .toEqual({ name: 'Li Wei', phone: '138' });
    await expectClean(b, problems);
    await context.close();
  });

  it('what was typed before the page’s script arrived is kept and saved, even over a saved value', async () => {
    const watched = await newWatchedPage(env.browser, env.site.origin, { viewport: { width: 390, height: 900 } });
    const { context, page, problems } = watched;
    await page.goto(env.site.url('/zh/letters/negotiate/'));
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ version: 1, shared: { name: '旧名字' }, letters: {} })),
      STORAGE_KEY,
    );
    // Hold the letter page's first script back while the reader types.
    const release = await holdScript(context, /\/_astro\/LetterForm\.astro[^/]*\.js$/);
    await page.reload({ waitUntil: 'commit' });
    await field(page, 'name').fill('张三');
    await field(page, 'phone').fill('138 0000 0000');
    release();
    await page.locator('[data-copy]').waitFor({ state: 'visible' });
    await expect
      .poll(async () => (await stored(page))?.shared, { timeout: 15_000 })
      .toEqual({ name: '张三', phone: '138 0000 0000' });
    await expect(field(page, 'name').inputValue()).resolves.toBe('张三');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('the same letter open in two tabs', () => {
  it('shows here what the other tab saved, and a keystroke here never undoes it', async () => {
    const { context, page: a, problems } = await openLetter('zh', 'negotiate');
    // Set before the page's own listener, so that A can be kept deaf to B's writes for a moment.
    await a.addInitScript(() =>
      window.addEventListener('storage', (event) => 'deaf' in window && event.stopImmediatePropagation(), true),
    );
    await fill(a, { name: '张三', situation: '收入中断' });
    await expect.poll(() => stored(a), { timeout: 15_000 }).not.toBeNull();
    await a.reload();
    await a.locator('[data-copy]').waitFor({ state: 'visible' });
    const b = await context.newPage();
    await b.goto(env.site.url('/zh/letters/negotiate/'));
    await expect.poll(() => field(b, 'situation').inputValue(), { timeout: 15_000 }).toBe('收入中断');

    // A is typing in one field; B saves another: A shows it, and keeps the field it is in.
    await field(a, 'situation').fill('收入中断三个月');
    // The reader turns to B once B shows A's words: B's copy of the storage can lag behind A's
    // for a moment, and a page cannot merge a write it has not been given.
    await expect.poll(() => field(b, 'situation').inputValue(), { timeout: 15_000 }).toBe('收入中断三个月');
    await field(b, 'proposal').fill('分期 6 个月');
    await expect.poll(() => field(a, 'proposal').inputValue(), { timeout: 15_000 }).toBe('分期 6 个月');
    await expect(a.evaluate(() => document.activeElement?.getAttribute('data-field'))).resolves.toBe('situation');
    await expect(field(a, 'situation').inputValue()).resolves.toBe('收入中断三个月');

    // B saves while A has not heard of it yet; A's next keystroke writes only what A changed.
    await a.evaluate(() => Object.assign(window, { deaf: true }));
    await field(b, 'phone').fill('139 0000 0000');
    await field(b, 'proposal').fill('分期 12 个月');
    // Another tab's write reaches this tab's copy of the storage a moment later (Chromium keeps a
    // copy per renderer): wait until A's storage holds it, while A's page has not heard of it.
    await expect
      .poll(async () => (await stored(a)).letters.negotiate, { timeout: 15_000 })
      .toMatchObject({ proposal: '分期 12 个月' });
    await expect(field(a, 'proposal').inputValue()).resolves.toBe('分期 6 个月');
    await field(a, 'situation').pressSequentially('，');
    const saved = await stored(a);
    expect(saved.shared).toEqual({ name: '张三', phone: '139 0000 0000' });
    expect(saved.letters.negotiate).toMatchObject({ situation: '收入中断三个月，', proposal: '分期 12 个月' });
    await expectClean(a, problems);
    await context.close();
  });
});
