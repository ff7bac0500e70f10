import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalizeQuery } from '../../src/features/search/query.ts';
import { axeViolations } from '../helpers/axe.ts';
import { newWatchedPage, type PageProblems } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';

const NO_PROBLEMS: PageProblems = { errors: [], console: [], foreignRequests: [] };

const env = useServedSite();

interface Shown {
  status: string;
  results: { href: string; title: string; sections: { href: string; title: string; excerpt: string }[] }[];
}

/** Types a query into the open panel (dialog or search page) and waits for its answer. */
async function searchFor(page: Page, query: string, scope = '.search-dialog'): Promise<Shown> {
  const panel = page.locator(`${scope} [data-search-panel]`);
  await panel.locator('[data-search-input]').fill(query);
  const expected = normalizeQuery(query);
  await page.waitForFunction(
    ([selector, q]) => {
      const el = document.querySelector<HTMLElement>(selector!);
      return el?.getAttribute('data-query') === q && el.getAttribute('data-state') !== 'loading';
    },
    [`${scope} [data-search-panel]`, expected] as const,
  );
  return readResults(page, scope);
}

async function readResults(page: Page, scope = '.search-dialog'): Promise<Shown> {
  return page.evaluate((s) => {
    const root = document.querySelector(`${s} [data-search-panel]`)!;
    return {
      status: root.querySelector('[data-search-status]')?.textContent ?? '',
      results: [...root.querySelectorAll('.search-result')].map((li) => ({
        href: li.querySelector<HTMLAnchorElement>('.search-result__title')!.getAttribute('href')!,
        title: li.querySelector('.search-result__title')!.textContent!,
        sections: [...li.querySelectorAll('.search-result__section')].map((s) => ({
          href: s.querySelector('a')!.getAttribute('href')!,
          title: s.querySelector('a')!.textContent!,
          excerpt: s.querySelector('.search-result__excerpt')?.textContent ?? '',
        })),
      })),
    };
  }, scope);
}

async function openDialog(page: Page, how: 'click' | 'slash' | 'ctrl-k' = 'click') {
  if (how === 'click') await page.locator('.site-header [data-search-open]').click();
  else if (how === 'slash') await page.keyboard.press('/');
  else await page.keyboard.press('Control+k');
  await page.locator('.search-dialog[open] [data-search-input]').waitFor();
}

/** Every passage shown, in order: each result's sections, or the page when it has none. */
function passages(shown: Shown): string[] {
  return shown.results
    .flatMap((r) => (r.sections.length > 0 ? r.sections.map((s) => s.href) : [r.href]))
    .map((href) => {
      const url = new URL(href, 'http://x.invalid');
      return `${url.pathname}${url.hash}`;
    });
}

/** Where the first result's first passage points, e.g. `/zh/why-full-repayment/#cost-of-delay`. */
function firstPassage(shown: Shown): string {
  const first = shown.results[0];
  const href = first?.sections[0]?.href ?? first?.href ?? '';
  const url = new URL(href, 'http://x.invalid');
  return `${url.pathname}${url.hash}`;
}

describe('loading on intent', () => {
  it('fetches nothing of Pagefind until the reader opens search, then its script, worker and this language’s pages', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(env.site.url('/zh/strategies/'));
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 400);
    await page.keyboard.press('Tab');
    await page.evaluate(() => customElements.whenDefined('site-search'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(requests.filter((path) => path.includes('pagefind'))).toEqual([]);
    await openDialog(page);
    await searchFor(page, '罚息');
    expect(requests).toEqual(
      expect.arrayContaining([
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind-worker.js',
      ]),
    );
    // This language's pages and search words only.
    expect(requests.some((path) => /\/pagefind\/fragment\/zh-cn_/.test(path))).toBe(true);
    expect(requests.some((path) => /\/pagefind\/fragment\/en_/.test(path))).toBe(false);
    expect(requests).toContain('/zh/search-words.json');
    expect(requests).not.toContain('/en/search-words.json');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('queries land on the right section and heading', () => {
  // The guide's own words, readers' words, whole questions, typos and pinyin. The full set of
  // realistic queries is in tests/search-eval/ (search-quality.test.ts); these name the kinds.
  const cases: Array<[lang: 'zh' | 'en', query: string, passage: string]> = [
    ['zh', '罚息', '/zh/why-full-repayment/#cost-of-delay'],
    ['zh', '滞纳金', '/zh/why-full-repayment/#cost-of-delay'],
    ['zh', '宽限期', '/zh/strategies/#contact-customer-service'],
    ['zh', '协商还款', '/zh/strategies/#contact-customer-service'],
    ['zh', '分期', '/zh/strategies/#contact-customer-service'],
    ['zh', '失业', '/zh/causes/#income-change'],
    ['zh', '记账', '/zh/after-repayment/#budget'],
    ['zh', '焦虑', '/zh/after-repayment/#mental-health'],
    ['zh', '逾期了怎么处理罚息', '/zh/why-full-repayment/#cost-of-delay'],
    ['zh', '找朋友借钱', '/zh/strategies/#raise-funds'],
    ['zh', '会坐牢吗', '/zh/help/#criminal-law'],
    ['zh', '催收电话', '/zh/help/#collection-calls'],
    ['zh', '胁商', '/zh/strategies/#contact-customer-service'],
    ['zh', 'zhengxin 有错误', '/zh/help/#object-to-an-error'],
    ['en', 'grace period', '/en/strategies/#contact-customer-service'],
    ['en', 'Grace Period', '/en/strategies/#contact-customer-service'],
    ['en', 'penalty interest', '/en/why-full-repayment/#cost-of-delay'],
    ['en', 'job loss', '/en/causes/#income-change'],
    ['en', 'budgeting app', '/en/after-repayment/#budget'],
    ['en', 'Xianyu', '/en/strategies/#raise-funds'],
    ['en', 'what happens if i miss a payment', '/en/why-full-repayment/#credit-record'],
    ['en', 'can i go to jail', '/en/help/#criminal-law'],
    ['en', 'debt colectors keep calling', '/en/help/#collection-calls'],
    ['en', 'penalty intrest', '/en/why-full-repayment/#cost-of-delay'],
  ];

  it.each(['zh', 'en'] as const)(
    'in %s, each query’s first result is its passage (one tab, query after query)',
    async (lang) => {
      const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
      await page.goto(env.site.url(`/${lang}/`));
      await openDialog(page, 'slash');
      const wrong: string[] = [];
      for (const [, query, passage] of cases.filter(([l]) => l === lang)) {
        const shown = await searchFor(page, query);
        if (firstPassage(shown) !== passage) wrong.push(`${query} → ${firstPassage(shown)} (want ${passage})`);
      }
      expect(wrong).toEqual([]);
      expect(problems).toEqual(NO_PROBLEMS);
      await context.close();
    },
  );

  it('罚息 lists the passages that say 罚息, marked in a real excerpt, the passage about it first', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/zh/strategies/'));
    await openDialog(page);
    const shown = await searchFor(page, '罚息');
    expect(shown.results[0]!.title).toBe('二、全款偿还的必要性与作用');
    const section = shown.results[0]!.sections[0]!;
    expect(new URL(section.href, 'http://x.invalid').hash).toBe('#cost-of-delay');
    expect(section.title).toBe('经济成本考量');
    expect(section.excerpt).toContain('较高的罚息和滞纳金');
    expect(await page.locator('.search-dialog .search-result mark').first().textContent()).toBe('罚息');
    await context.close();
  });
});

describe('when the guide has nothing on it', () => {
  it.each([
    ['zh', '花呗怎么开通', '本指南没有讲到“花呗怎么开通”。', '95384'],
    ['en', 'how to buy bitcoin', 'The guide has nothing on “how to buy bitcoin”.', '95384'],
  ])('says so plainly in %s, lists nothing, and offers the way on', async (lang, query, status, hotline) => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url(`/${lang}/`));
    await openDialog(page);
    const shown = await searchFor(page, query);
    expect(shown.results).toEqual([]);
    expect(shown.status).toBe(status);
    const panel = page.locator('.search-dialog [data-search-panel]');
    expect(await panel.getAttribute('data-answer')).toBe('none');
    const none = panel.locator('[data-search-none]');
    expect(await none.isVisible()).toBe(true);
    expect(await none.textContent()).toContain(hotline);
    for (const href of [`/${lang}/`, `/${lang}/full/`, `/${lang}/help/`])
      expect(await none.locator(`a[href="${href}"]`).count(), href).toBe(1);
    // The next query that has an answer clears the message.
    await searchFor(page, lang === 'zh' ? '罚息' : 'penalty interest');
    expect(await none.isVisible()).toBe(false);
    expect(await panel.getAttribute('data-answer')).toBeNull();
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('a long question said into the phone', () => {
  it.each([
    [
      'zh',
      '请问一下啊我是在工地上干活的去年跟着一个包工头干了大半年他一直说年底一起结账结果到了年底老板跑路了电话也打不通我们十几个人的工钱都没拿到然后微粒贷就逾期了现在催收的打电话天天催我说再不还就要起诉我还说要抓我去坐牢这是真的吗',
      '/zh/help/#criminal-law',
    ],
    [
      'en',
      'so last winter my grandmother got really sick and we spent a lot of time in the hospital with her and I was away from work for weeks, and now a message says I could be sued and go to prison over my weilidai loan, is that true',
      '/en/help/#criminal-law',
    ],
  ])('%s: is read to its end, where the question is, and answered', async (lang, question, passage) => {
    // The question comes after the first hundred characters, where queries used to be cut.
    expect(Array.from(question).slice(0, 100).join('')).not.toMatch(/坐牢|prison/);
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url(`/${lang}/search/`));
    const shown = await searchFor(page, question, '[data-search-page]');
    expect(await page.locator('[data-search-page] [data-search-panel]').getAttribute('data-query')).toBe(
      normalizeQuery(question),
    );
    // Among the first three passages: the story around the question has words of its own
    // (电话也打不通 is about the boss's phone) that other passages share.
    expect(passages(shown).slice(0, 3)).toContain(passage);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('quotes a long question back cut short when the guide has nothing on it', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/en/search/'));
    const question = `so my cousin asked me this and I honestly have no idea, ${'how do I buy bitcoin '.repeat(5)}`;
    const shown = await searchFor(page, question, '[data-search-page]');
    expect(shown.results).toEqual([]);
    expect(shown.status).toMatch(
      /^The guide has nothing on “so my cousin asked me this and I honestly have no idea, how…”\.$/,
    );
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('one index per language', () => {
  it('a Chinese page finds Chinese pages only, and an English page English ones', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/zh/causes/'));
    await openDialog(page);
    expect((await searchFor(page, 'grace period')).results).toEqual([]);
    const zh = await searchFor(page, '微粒贷');
    expect(zh.results.length).toBeGreaterThan(0);
    for (const r of zh.results) expect(r.href).toMatch(/^\/zh\//);
    await page.goto(env.site.url('/en/causes/'));
    await openDialog(page);
    expect((await searchFor(page, '罚息')).results).toEqual([]);
    // The English text names 微粒贷 in brackets: still only English pages.
    const en = await searchFor(page, '微粒贷');
    expect(en.results.length).toBeGreaterThan(0);
    for (const r of en.results) expect(r.href).toMatch(/^\/en\//);
    expect(await page.locator('.search-dialog [data-search-status]').textContent()).toMatch(/^Pages found: \d+\.$/);
    await context.close();
  });
});

describe('the dialog', () => {
  it('opens with the header button, / and Ctrl+K; Esc closes it and gives focus back', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/en/strategies/'));
    const button = page.locator('.site-header [data-search-open]');
    expect(await button.textContent()).toBe('Search');
    expect(await button.getAttribute('aria-haspopup')).toBe('dialog');
    for (const how of ['click', 'slash', 'ctrl-k'] as const) {
      if (how === 'click') await button.focus();
      await openDialog(page, how);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
      await page.keyboard.press('Escape');
      await page.locator('.search-dialog[open]').waitFor({ state: 'detached' });
      if (how === 'click') {
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-search-open'))).toBe('');
      }
    }
    // `/` typed into a text field is text, not a shortcut.
    await openDialog(page);
    await page.keyboard.type('a/b');
    expect(await page.locator('#search-dialog-input').inputValue()).toBe('a/b');
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('is named, labelled in the page’s language, and reachable by keyboard to a result', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/zh/'));
    await openDialog(page, 'ctrl-k');
    const dialog = page.getByRole('dialog', { name: '搜索' });
    expect(await dialog.count()).toBe(1);
    expect(await dialog.getByRole('searchbox', { name: '搜索本指南' }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: '关闭搜索' }).count()).toBe(1);
    await searchFor(page, '罚息');
    expect(await page.locator('.search-dialog [role="status"]').textContent()).toBe('找到 1 个相关页面。');
    // From the box, Tab reaches the page's link, then its passages.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-result__title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('经济成本考量');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/why-full-repayment\/\?pagefind-highlight=.*#cost-of-delay$/);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe-core open, with results, in the %s scheme', async (colorScheme) => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, { colorScheme });
    await page.goto(env.site.url('/zh/strategies/'));
    await openDialog(page);
    await searchFor(page, '征信');
    expect(await axeViolations(page)).toEqual([]);
    await searchFor(page, 'zzz');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(env.site.url('/en/search/?q=grace%20period'));
    await page.locator('[data-search-page] [data-search-panel][data-state="done"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});

describe('the search page', () => {
  it('runs the query in ?q= and keeps the URL in step as the reader types', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url(`/zh/search/?q=${encodeURIComponent('滞纳金')}`));
    await page.locator('[data-search-page] [data-search-panel][data-state="done"]').waitFor();
    const shared = await readResults(page, '[data-search-page]');
    expect(firstPassage(shared)).toBe('/zh/why-full-repayment/#cost-of-delay');
    expect(await page.locator('#search-page-input').inputValue()).toBe('滞纳金');
    const historyLength = await page.evaluate(() => history.length);
    await searchFor(page, '罚息', '[data-search-page]');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=罚息');
    await searchFor(page, '  ', '[data-search-page]');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(problems).toEqual(NO_PROBLEMS);

    // Whoever opens the shared address sees the same results.
    const other = await newWatchedPage(env.browser, env.site.origin);
    await other.page.goto(env.site.url(`/zh/search/?q=${encodeURIComponent('滞纳金')}`));
    await other.page.locator('[data-search-page] [data-search-panel][data-state="done"]').waitFor();
    expect(await readResults(other.page, '[data-search-page]')).toEqual(shared);
    await other.context.close();
    await context.close();
  });

  it('the header button and / go to the page’s own box instead of opening a dialog', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    await page.goto(env.site.url('/en/search/'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await page.locator('.site-header [data-search-open]').click();
    expect(await page.locator('.search-dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await context.close();
  });

  it.each([
    ['zh', '搜索功能需要启用 JavaScript', '目录'],
    ['en', 'Search needs JavaScript', 'Contents'],
  ])(
    '/%s/search/ without JavaScript says why and links to the contents and the whole guide',
    async (lang, text, contents) => {
      const { context, page } = await newWatchedPage(env.browser, env.site.origin, { javaScriptEnabled: false });
      await page.goto(env.site.url(`/${lang}/search/?q=x`));
      const notice = page.locator('.search-page__noscript');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain(text);
      expect(await notice.getByRole('link', { name: contents }).getAttribute('href')).toBe(`/${lang}/`);
      expect(await notice.locator(`a[href="/${lang}/full/"]`).count()).toBe(1);
      expect(await page.locator('[data-search-page] [data-search-form]').isVisible()).toBe(false);
      await context.close();
    },
  );
});

describe('arriving from a result', () => {
  it('lands on the heading with the searched words highlighted, within the CSP', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin, {
      viewport: { width: 390, height: 844 },
    });
    await page.addInitScript(`
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective));
    `);
    await page.goto(env.site.url('/en/'));
    await openDialog(page);
    const shown = await searchFor(page, 'grace period');
    expect(firstPassage(shown)).toBe('/en/strategies/#contact-customer-service');
    await page.locator('.search-dialog .search-result__section-title').first().click();
    await page.waitForURL(/\/en\/strategies\/\?pagefind-highlight=grace\+period#contact-customer-service$/);
    const mark = page.locator('mark.pagefind-highlight').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('grace period');
    const state = await page.evaluate(() => {
      const heading = document.getElementById('contact-customer-service')!.getBoundingClientRect();
      const marked = document.querySelector('mark.pagefind-highlight')!;
      return {
        headingInView: heading.top >= -1 && heading.top < window.innerHeight / 2,
        markSection: marked.closest('article')?.hasAttribute('data-pagefind-body'),
        hiddenMarks: document.querySelectorAll('[hidden] mark').length,
        background: getComputedStyle(marked).backgroundColor,
      };
    });
    expect(state).toEqual({ headingInView: true, markSection: true, hiddenMarks: 0, background: 'rgb(255, 221, 0)' });
    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('a page opened without the parameter loads no highlighter', async () => {
    const { context, page } = await newWatchedPage(env.browser, env.site.origin);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(env.site.url('/en/strategies/#contact-customer-service'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
    await context.close();
  });
});

describe('when the index cannot be loaded', () => {
  it.each([
    ['zh', '搜索暂时无法使用'],
    ['en', 'Search is not available right now'],
  ])('says so in the page’s language (%s), with a way on, and no page error', async (lang, text) => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    await context.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.goto(env.site.url(`/${lang}/causes/`));
    await openDialog(page);
    const shown = await searchFor(page, lang === 'zh' ? '罚息' : 'grace period');
    expect(shown.results).toEqual([]);
    const alert = page.locator('.search-dialog [data-search-unavailable]');
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain(text);
    expect(await alert.locator(`a[href="/${lang}/"]`).count()).toBe(1);
    expect(await alert.locator(`a[href="/${lang}/full/"]`).count()).toBe(1);
    expect(problems.errors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    // The only console lines are the browser's own notes of the refused requests.
    for (const line of problems.console) expect(line).toMatch(/Failed to load resource|Failed to fetch/);

    // Back online, the next query works.
    await context.unroute('**/pagefind/**');
    const again = await searchFor(page, lang === 'zh' ? '征信' : 'credit report');
    expect(again.results.length).toBeGreaterThan(0);
    expect(await alert.isVisible()).toBe(false);
    await context.close();
  });
});

describe('hostile input changes nothing', () => {
  const inputs: string[] = [
    '<img src=x onerror="window.__pwned=1"><b>bold</b>',
    '<script>window.__pwned=1</script>',
    `罚息 ${'x'.repeat(4997)}`,
    ['.*+?^$', '{}()|[]\\/(?<x>a)'].join(''),
    '      \u3000 ',
    '😀🙈💸 罚息 👨‍👩‍👧',
    '"罚息" “征信” \'x\'',
  ];

  it('HTML, a script, 5,000 characters, regex characters, only spaces, emoji and quotes, in the dialog and in ?q=', async () => {
    const { context, page, problems } = await newWatchedPage(env.browser, env.site.origin);
    const check = async () => {
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.locator('img[src="x"], main b, .search-dialog b, [data-search-page] b').count()).toBe(0);
    };
    await page.goto(env.site.url('/zh/strategies/'));
    await openDialog(page);
    for (const value of inputs) {
      const shown = await searchFor(page, value);
      await check();
      if (normalizeQuery(value) === '') expect(shown.status).toBe('输入要查找的词语，例如：罚息、征信、分期还款。');
      // Still usable afterwards.
      expect(firstPassage(await searchFor(page, '罚息'))).toBe('/zh/why-full-repayment/#cost-of-delay');
    }
    for (const value of inputs) {
      await page.goto(env.site.url(`/zh/search/?q=${encodeURIComponent(value)}`));
      await page
        .locator('[data-search-page] [data-search-panel]:is([data-state="done"], [data-state="idle"])')
        .waitFor();
      await check();
      expect(await page.locator('#search-page-input').inputValue()).toBe(normalizeQuery(value));
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });
});
