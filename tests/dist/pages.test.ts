import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, EXPECTED_SECTIONS, NOTICE, readPage } from '../helpers/dist.ts';

/**
 * The built HTML, page by page: what a reader (and a screen reader) gets from dist/. Expected
 * titles come from the content files themselves, so the test follows edits to the text but not
 * to the templates.
 */

const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];
const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const ZH_NUMERALS = ['', '一', '二', '三', '四', '五'];

function frontmatterTitle(lang: Lang, key: string): string {
  const source = readFileSync(join(import.meta.dirname, '..', '..', 'content', lang, `${key}.mdx`), 'utf8');
  const match = /^title:\s*(.+)$/m.exec(source);
  if (!match) throw new Error(`content/${lang}/${key}.mdx has no title line`);
  return match[1]!.trim().replace(/^(['"])(.*)\1$/, '$2');
}

const numbered = (lang: Lang, n: number, title: string) =>
  lang === 'zh' ? `${ZH_NUMERALS[n]}、${title}` : `${n}. ${title}`;

const text = ($: ReturnType<typeof readPage>, selector: string) => $(selector).first().text().trim();

describe.each(LANGS)('the %s pages', (lang) => {
  const guideTitle = frontmatterTitle(lang, 'overview');

  it('the overview has the guide title, the opening and a numbered contents list with summaries', () => {
    const $ = readPage(`/${lang}/`);
    expect($('html').attr('lang')).toBe(HTML_LANG[lang]);
    expect($('h1').length).toBe(1);
    expect(text($, 'h1')).toBe(guideTitle);
    expect($('article > p').first().text().length).toBeGreaterThan(40);
    const items = $('ol.contents__list > li').toArray();
    expect(items.map((li) => $(li).find('a').attr('href'))).toEqual(EXPECTED_SECTIONS.map((s) => `/${lang}/${s.key}/`));
    items.forEach((li, i) => {
      const key = EXPECTED_SECTIONS[i]!.key;
      expect($(li).find('a').text()).toBe(numbered(lang, i + 1, frontmatterTitle(lang, key)));
      expect($(li).find('.contents__summary').text().length).toBeGreaterThan(5);
    });
  });

  describe.each(EXPECTED_SECTIONS.map((s, i) => ({ ...s, n: i + 1 })))('/$key/', ({ key, ids, n }) => {
    const path = `/${lang}/${key}/`;
    const $ = readPage(path);
    const h1 = numbered(lang, n, frontmatterTitle(lang, key));

    it('has the right lang, one h1 and a "Section — Guide" title', () => {
      expect($('html').attr('lang')).toBe(HTML_LANG[lang]);
      expect($('h1').length).toBe(1);
      expect(text($, 'h1')).toBe(h1);
      expect($('title').text()).toBe(`${h1} — ${guideTitle}`);
    });

    it('has its sub-headings as h2 with the brief’s ids, in order', () => {
      const headingIds = $('article h2[id]')
        .not('.on-this-page__title')
        .toArray()
        .map((el) => $(el).attr('id'));
      expect(headingIds).toEqual(ids);
      expect($('article h3, article h4').length).toBe(0);
    });

    it('says which part it is and lists its sub-headings', () => {
      expect(text($, '.part-of')).toBe(lang === 'zh' ? `第 ${n} 部分，共 5 部分` : `Part ${n} of 5`);
      const onPage = $('.on-this-page a')
        .toArray()
        .map((a) => $(a).attr('href'));
      expect(onPage).toEqual(ids.map((id) => `#${id}`));
    });

    it('links to its neighbours by name and to the whole guide', () => {
      const prev = EXPECTED_SECTIONS[n - 2];
      const next = EXPECTED_SECTIONS[n];
      const prevLink = $('a[rel="prev"]');
      const nextLink = $('a[rel="next"]');
      if (prev) {
        expect(prevLink.attr('href')).toBe(`/${lang}/${prev.key}/`);
        expect(prevLink.text()).toContain(frontmatterTitle(lang, prev.key));
      } else expect(prevLink.length).toBe(0);
      if (next) {
        expect(nextLink.attr('href')).toBe(`/${lang}/${next.key}/`);
        expect(nextLink.text()).toContain(frontmatterTitle(lang, next.key));
      } else expect(nextLink.length).toBe(0);
      expect($(`a[href="/${lang}/full/"]`).length).toBeGreaterThanOrEqual(1);
    });
  });

  it('the whole guide has every part in order, numbered, with h3 sub-headings and unique ids', () => {
    const $ = readPage(`/${lang}/full/`);
    expect($('html').attr('lang')).toBe(HTML_LANG[lang]);
    expect($('h1').length).toBe(1);
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    const parts = $('section.whole-guide__part').toArray();
    expect(parts.map((s) => $(s).find('h2').attr('id'))).toEqual(EXPECTED_SECTIONS.map((s) => s.key));
    parts.forEach((part, i) => {
      const { key, ids } = EXPECTED_SECTIONS[i]!;
      expect($(part).find('h2').first().text().trim()).toBe(numbered(lang, i + 1, frontmatterTitle(lang, key)));
      expect(
        $(part)
          .find('h3[id]')
          .toArray()
          .map((el) => $(el).attr('id')),
      ).toEqual(ids);
    });
    const allIds = $('[id]')
      .toArray()
      .map((el) => $(el).attr('id'));
    expect(allIds.length).toBe(new Set(allIds).size);
  });

  it('marks the checked facts as notes where the issue asks', () => {
    const note = (key: string, id: string) => {
      const $ = readPage(`/${lang}/${key}/`);
      // The note belongs to the passage: it sits after the heading and before the next one.
      return $(`#${id}`).nextUntil('h2').filter('.note[role="note"]').text();
    };
    expect(note('strategies', 'contact-customer-service')).toContain('95384');
    // Paying in full does not wipe the record: said where the reader meets "full repayment", once.
    expect(note('why-full-repayment', 'what-full-repayment-means')).toMatch(lang === 'zh' ? /5 年/ : /5 years/);
    expect(note('why-full-repayment', 'credit-record')).toMatch(lang === 'zh' ? /异议/ : /object/);
    expect(note('why-full-repayment', 'credit-record')).not.toMatch(lang === 'zh' ? /5 年/ : /5 years/);
    expect(note('after-repayment', 'financial-literacy')).toMatch(lang === 'zh' ? /修复征信/ : /repair/i);
  });
});

describe('every page', () => {
  const pages = allPages();

  it('includes the root, the 404 page and every guide page in both languages', () => {
    for (const lang of LANGS) {
      for (const s of EXPECTED_SECTIONS) expect(pages).toContain(`/${lang}/${s.key}/`);
      expect(pages).toContain(`/${lang}/`);
      expect(pages).toContain(`/${lang}/full/`);
    }
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  it.each(pages)('%s has a lang, one h1, a skip link first, the notice and the publication date', (path) => {
    const $ = readPage(path);
    expect(['zh-CN', 'en']).toContain($('html').attr('lang'));
    expect($('h1').length).toBe(1);
    const first = $('body a').first();
    expect(first.hasClass('skip-link')).toBe(true);
    expect($(first.attr('href') ?? '').length || $('#main').length).toBe(1);
    const notices = $('.notice').text();
    const langs: Lang[] =
      path === '/' || path === '/404.html' ? ['zh', 'en'] : [$('html').attr('lang') === 'en' ? 'en' : 'zh'];
    for (const lang of langs) {
      expect(notices).toContain(NOTICE[lang]);
      expect(notices).toContain(
        lang === 'zh' ? '原文发布于 2025 年 5 月 17 日' : 'Original article published 17 May 2025',
      );
    }
  });

  it.each(pages)('%s never skips a heading level', (path) => {
    const $ = readPage(path);
    let previous = 0;
    for (const el of $('h1, h2, h3, h4, h5, h6').toArray()) {
      const level = Number(el.tagName.slice(1));
      expect(level, `${$(el).text()} after h${previous}`).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });
});

describe('Chinese typography in the built text', () => {
  const HAN = '\\p{Script=Han}';
  const zhPages = allPages().filter((p) => p.startsWith('/zh/'));

  it.each(zhPages)('%s: no ASCII punctuation or space between two Chinese characters', (path) => {
    const $ = readPage(path);
    // Hidden search keywords are a word list for the index, never shown or read out.
    $('script, style, [hidden]').remove();
    const body = $('main').text();
    const asciiPunct = body.match(new RegExp(`${HAN}[,.:;!?()]${HAN}`, 'gu')) ?? [];
    const spaces = body.match(new RegExp(`${HAN} +${HAN}`, 'gu')) ?? [];
    expect(asciiPunct).toEqual([]);
    expect(spaces).toEqual([]);
  });

  it.each(zhPages)('%s: a space between Chinese and Latin letters or digits', (path) => {
    const $ = readPage(path);
    $('script, style, [hidden], .visually-hidden').remove();
    const body = $('main p, main li, main h1, main h2, main h3')
      .toArray()
      .map((el) => $(el).text())
      .join('\n');
    const tight = body.match(new RegExp(`${HAN}[A-Za-z0-9]|[A-Za-z0-9]${HAN}`, 'gu')) ?? [];
    expect(tight).toEqual([]);
  });

  it('the checks above can fail', () => {
    expect('处罚,利息'.match(new RegExp(`${HAN}[,.:;!?()]${HAN}`, 'gu'))).not.toBeNull();
    expect('微粒贷App'.match(new RegExp(`${HAN}[A-Za-z0-9]`, 'gu'))).not.toBeNull();
  });
});

describe('the root and 404 pages', () => {
  it('the root offers both languages, each link named in its own language', () => {
    const $ = readPage('/');
    expect($('main a[href="/zh/"]').attr('lang')).toBe('zh-CN');
    expect($('main a[href="/en/"]').attr('lang')).toBe('en');
  });

  it('the 404 page speaks both languages and links to both overviews', () => {
    const $ = readPage('/404.html');
    expect($('main [lang="en"]').text()).toContain('Page not found');
    expect($('h1').text()).toContain('找不到该页面');
    expect($('main a[href="/zh/"]').length).toBe(1);
    expect($('main a[href="/en/"]').length).toBe(1);
  });
});
