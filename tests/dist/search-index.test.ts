import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, DIST, EXPECTED_SECTIONS, fileFor, readPage, SITE_PAGES } from '../helpers/dist.ts';

const INDEXED = ['zh', 'en'].flatMap((lang) => [
  `/${lang}/`,
  ...[...EXPECTED_SECTIONS, ...SITE_PAGES].map((section) => `/${lang}/${section.key}/`),
]);

describe('what Pagefind indexes', () => {
  it('only the overview, the five sections and the help page carry data-pagefind-body, on their article', () => {
    for (const path of allPages()) {
      const $ = readPage(path);
      const bodies = $('[data-pagefind-body]');
      if (INDEXED.includes(path)) {
        expect(bodies.length, path).toBe(1);
        expect(bodies.is('article.prose'), path).toBe(true);
      } else {
        expect(bodies.length, path).toBe(0);
      }
    }
    expect(allPages()).toEqual(expect.arrayContaining(['/zh/full/', '/en/full/', '/zh/search/', '/en/search/']));
  });

  it('interface inside an article body is marked data-pagefind-ignore', () => {
    for (const path of INDEXED) {
      const $ = readPage(path);
      for (const el of $('[data-pagefind-body] :is(nav, button, [data-search-panel])').toArray()) {
        expect($(el).closest('[data-pagefind-ignore]').length, `${path}: ${$.html(el).slice(0, 80)}`).toBe(1);
      }
    }
  });

  it('writes one index per language, each with the seven pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(7);
    expect(entry.languages.en.page_count).toBe(7);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js']) {
      expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
    }
  });

  it('puts each page’s keywords, hidden, under the heading they name', () => {
    const $ = readPage('/zh/why-full-repayment/');
    const lists = $('[data-pagefind-body] [data-search-keywords]');
    expect(lists.length).toBeGreaterThan(0);
    for (const el of lists.toArray()) expect($(el).attr('hidden')).toBeDefined();
    // The part of the page between a heading and the next one, where Pagefind files its words.
    const under = (path: string, id: string) => {
      const html = readFileSync(fileFor(path), 'utf8');
      const from = html.indexOf(`id="${id}"`);
      return html.slice(from, html.indexOf('<h2', from + 1));
    };
    expect(under('/zh/why-full-repayment/', 'credit-record')).toMatch(/data-search-keywords[^>]*>⟦ [^<]*上征信/);
    expect(under('/zh/why-full-repayment/', 'cost-of-delay')).toMatch(/data-search-keywords[^>]*>⟦ 罚息 滞纳金 ⟧/);
    expect(under('/en/why-full-repayment/', 'credit-record')).toMatch(/data-search-keywords[^>]*>⟦ credit report/);
  });

  it('the search pages are noindex and not in the index', () => {
    for (const lang of ['zh', 'en']) {
      const $ = readPage(`/${lang}/search/`);
      expect($('meta[name="robots"]').attr('content')).toContain('noindex');
      expect($('noscript').length).toBe(1);
    }
  });
});
